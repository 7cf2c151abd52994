import type { SitemapOptions } from '@astrojs/sitemap';
import { lastModified } from '../lib/revisions.ts';
import { checkArticleFiles } from '../lib/content/article-files.ts';
import { formatContentProblems } from '../lib/content/content-problems.ts';
import { articleLastmods, isPageUrl, SITEMAP_FILES } from '../lib/syndication/sitemap.ts';
import { readArticleFiles, resolveContentDir } from '../loaders/content-files.ts';
import { settings, urls } from '../data/site.ts';

/**
 * Options for `@astrojs/sitemap`: HTML pages only (no feeds or robots.txt), the news sitemap
 * listed in the index, and each article's `lastmod` (its newest update or correction).
 */
export function sitemapOptions(root: string): SitemapOptions {
	let lastmods: Promise<Map<string, Date>> | undefined;
	return {
		filter: isPageUrl,
		customSitemaps: [urls.absolute(urls.file(SITEMAP_FILES.news))],
		serialize: async (item) => {
			lastmods ??= articleModifications(root);
			const lastmod = (await lastmods).get(item.url);
			return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
		},
	};
}

/**
 * Each article's absolute URL with its last modification. The sitemap integration runs after the
 * build, outside the content collection, so it reads and checks the files with the loader's own
 * functions; a file with problems fails here too, never silently.
 */
async function articleModifications(root: string): Promise<Map<string, Date>> {
	const files = await readArticleFiles(root, resolveContentDir(root, settings.contentDir));
	const { articles, problems } = checkArticleFiles(files, settings.timeZone);
	if (problems.length) throw new Error(formatContentProblems(problems));
	return articleLastmods(
		articles.map((article) => ({ path: urls.article(article), modified: lastModified(article.data) })),
		urls,
	);
}

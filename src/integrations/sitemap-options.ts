import type { SitemapOptions } from '@astrojs/sitemap';
import { toArticle, type Article } from '../lib/articles.ts';
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
			lastmods ??= readArticles(root).then((articles) => articleLastmods(articles, urls));
			const lastmod = (await lastmods).get(item.url);
			return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
		},
	};
}

/**
 * Every article of the content folder. The sitemap integration runs after the build, outside the
 * content collection, so it reads the files again, one at a time (all at once exhausted file
 * handles: EMFILE), with the loader's own reading and checks. A problem the loader reported has
 * already failed the build; one that appeared since fails it here.
 */
async function readArticles(root: string): Promise<Article[]> {
	const files = await readArticleFiles(root, resolveContentDir(root, settings.contentDir));
	const { articles, problems } = checkArticleFiles(files, settings.timeZone);
	if (problems.length) throw new Error(formatContentProblems(problems));
	return articles.map((article) => toArticle(article, settings.timeZone, settings.buildTime));
}

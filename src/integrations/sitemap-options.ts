import { readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import type { SitemapOptions } from '@astrojs/sitemap';
import { glob } from 'tinyglobby';
import { validateArticleData } from '../lib/article-schema.ts';
import { toArticle, type Article } from '../lib/articles.ts';
import { splitArticle } from '../lib/content/frontmatter.ts';
import { articleLastmods, isPageUrl, SITEMAP_FILES } from '../lib/syndication/sitemap.ts';
import { ARTICLE_GLOB } from '../loaders/articles-loader.ts';
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
 * Every valid article of the content folder. The sitemap integration runs after the build, outside
 * the content collection, so it reads the files again with the same parser and schema; a file with
 * problems has already failed the build.
 */
async function readArticles(root: string): Promise<Article[]> {
	const contentDir = isAbsolute(settings.contentDir) ? settings.contentDir : resolve(root, settings.contentDir);
	const files = await glob(ARTICLE_GLOB, { cwd: contentDir, dot: false });
	const articles = await Promise.all(
		files.map(async (file): Promise<Article[]> => {
			const split = splitArticle(await readFile(join(contentDir, file)));
			if ('problems' in split) return [];
			const validated = validateArticleData(split.frontmatter, settings.timeZone);
			if ('problems' in validated) return [];
			const entry = { id: file.replace(/\.(md|markdown)$/iu, ''), filePath: file, data: validated.data };
			return [toArticle(entry, settings.timeZone, settings.buildTime)];
		}),
	);
	return articles.flat();
}

import type { SitemapOptions } from '@astrojs/sitemap';
import { articleLastmods, isPageUrl, SITEMAP_FILES } from '../lib/syndication/sitemap.ts';
import { takeArticleLastmods } from '../data/sitemap-lastmods.ts';
import { urls } from '../data/site.ts';

/**
 * Options for `@astrojs/sitemap`: HTML pages only (no feeds or robots.txt), the news sitemap
 * listed in the index, and each article's `lastmod` (its newest update or correction).
 */
export function sitemapOptions(): SitemapOptions {
	let lastmods: Promise<Map<string, Date>> | undefined;
	return {
		filter: isPageUrl,
		customSitemaps: [urls.absolute(urls.file(SITEMAP_FILES.news))],
		serialize: async (item) => {
			// As the article route recorded them in this build (src/data/sitemap-lastmods.ts).
			lastmods ??= takeArticleLastmods().then((articles) => articleLastmods(articles, urls));
			const lastmod = (await lastmods).get(item.url);
			return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
		},
	};
}

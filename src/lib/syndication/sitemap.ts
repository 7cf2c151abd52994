import type { Article } from '../articles.ts';
import type { Urls } from '../urls.ts';

/** File names of the sitemaps in the site's root folder. */
export const SITEMAP_FILES = { index: 'sitemap-index.xml', news: 'news-sitemap.xml' } as const;

/** Each article's absolute URL with its `lastmod`: its newest update or correction, else its publication. */
export function articleLastmods(
	articles: readonly Pick<Article, 'path' | 'modified'>[],
	urls: Urls,
): Map<string, Date> {
	return new Map(articles.map((article) => [urls.absolute(article.path), article.modified]));
}

/** True for the URL of an HTML page (they all end in `/`), not a feed, robots.txt or other file. */
export function isPageUrl(url: string): boolean {
	return new URL(url).pathname.endsWith('/');
}

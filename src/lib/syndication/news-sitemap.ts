import XMLBuilder from 'fast-xml-builder';
import { newestFirst, type Article } from '../articles.ts';
import { isoWithOffset } from '../dates.ts';
import { xmlSafe } from './feed-content.ts';
import { publishedOnly } from '../publishing.ts';
import type { Urls } from '../urls.ts';

/** How far back a Google News sitemap reaches: articles of the last two days. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** The most URLs a news sitemap may hold. */
export const NEWS_LIMIT = 1000;

/** One article in the news sitemap. */
export interface NewsSitemapEntry {
	/** Absolute URL. */
	readonly url: string;
	readonly title: string;
	/** W3C date-time with the site's offset. */
	readonly publicationDate: string;
}

/**
 * The articles for the Google News sitemap: published in the two days up to `now` (both ends
 * included), newest first, at most {@link NEWS_LIMIT}.
 */
export function newsSitemapEntries(
	articles: readonly Article[],
	{ now, urls, timeZone }: { now: Date; urls: Urls; timeZone: string },
): NewsSitemapEntry[] {
	const since = now.getTime() - NEWS_WINDOW_MS;
	const recent = publishedOnly(articles).filter((article) => article.date.instant.getTime() >= since);
	return newestFirst(recent)
		.slice(0, NEWS_LIMIT)
		.map((article) => ({
			url: urls.absolute(article.path),
			title: article.title,
			publicationDate: isoWithOffset(article.date.instant, timeZone),
		}));
}

/**
 * The publication language as Google News wants it: an ISO 639 code (`en` from `en-US`), except
 * Chinese, which keeps its script region (`zh-cn`, `zh-tw`).
 */
export function newsLanguage(lang: string): string {
	const [language = lang, region] = lang.toLowerCase().split(/[-_]/u);
	if (language === 'zh' && region) return `zh-${region === 'hant' || region === 'tw' || region === 'hk' ? 'tw' : 'cn'}`;
	return language;
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true });

/** The news sitemap document (https://www.google.com/schemas/sitemap-news/0.9) of `entries`. */
export function newsSitemapXml(
	entries: readonly NewsSitemapEntry[],
	publication: { name: string; lang: string },
): string {
	return builder.build({
		'?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
		urlset: {
			'@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
			'@_xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
			url: entries.map((entry) => ({
				loc: entry.url,
				'news:news': {
					'news:publication': {
						'news:name': xmlSafe(publication.name),
						'news:language': newsLanguage(publication.lang),
					},
					'news:publication_date': entry.publicationDate,
					'news:title': xmlSafe(entry.title),
				},
			})),
		},
	});
}

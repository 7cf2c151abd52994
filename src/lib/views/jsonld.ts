import type { NewsArticleLeaf, WithContext } from 'schema-dts';
import type { TagLabeller } from './article-view.ts';
import type { Article } from '../articles.ts';
import { isoWithOffset } from '../dates.ts';
import { lastModified } from '../revisions.ts';
import { distinctTagLabels } from '../tag-labels.ts';
import type { Urls } from '../urls.ts';

/** What the structured data needs to know of the site. */
export interface JsonLdOptions {
	readonly urls: Urls;
	/** The publication's name: the publisher Organization. */
	readonly publisher: string;
	readonly lang: string;
	readonly timeZone: string;
	/** Words in the body, from the reading-time plugin; left out when not a count. */
	readonly wordCount: unknown;
	readonly label?: TagLabeller;
	/** Absolute URLs of the article's images (16:9, 4:3 and 1:1 crops, or the generated card). */
	readonly images?: readonly string[];
}

/**
 * The schema.org `NewsArticle` of an article: dates with the site's offset (the newest correction
 * or update is the modification), a Person author only when the article names one, the site as
 * publisher, and each correction as a `CorrectionComment`.
 */
export function newsArticleJsonLd(article: Article, options: JsonLdOptions): WithContext<NewsArticleLeaf> {
	const { urls, timeZone } = options;
	const url = urls.absolute(urls.article(article.day, article.slug));
	const keywords = distinctTagLabels(article.tags, options.label);
	const { wordCount } = options;
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: article.title,
		description: article.description,
		url,
		mainEntityOfPage: { '@type': 'WebPage', '@id': url },
		datePublished: isoWithOffset(article.date.instant, timeZone),
		dateModified: isoWithOffset(lastModified(article), timeZone),
		...(article.author ? { author: { '@type': 'Person', name: article.author } } : {}),
		publisher: { '@type': 'Organization', name: options.publisher, url: urls.absolute(urls.home()) },
		...(options.images?.length ? { image: [...options.images] } : {}),
		inLanguage: options.lang,
		...(keywords.length > 0 ? { keywords } : {}),
		...(typeof wordCount === 'number' && Number.isInteger(wordCount) && wordCount >= 0 ? { wordCount } : {}),
		isAccessibleForFree: true,
		...(article.corrections.length > 0
			? {
					correction: [...article.corrections]
						.sort((a, b) => b.date.instant.getTime() - a.date.instant.getTime())
						.map((c) => ({
							'@type': 'CorrectionComment' as const,
							text: c.text,
							datePublished: isoWithOffset(c.date.instant, timeZone),
						})),
				}
			: {}),
	};
}

/**
 * `data` as the text of a `<script type="application/ld+json">`. `<`, `>` and `&` are written as
 * JSON escapes, so no text in it (say a headline holding `</script>`) can end the script early;
 * U+2028/U+2029 too, for scripts that read it as JavaScript.
 */
export function jsonLdText(data: object): string {
	return JSON.stringify(data)
		.replace(/</gu, '\\u003c')
		.replace(/>/gu, '\\u003e')
		.replace(/&/gu, '\\u0026')
		.replace(/\u2028/gu, '\\u2028')
		.replace(/\u2029/gu, '\\u2029');
}

import type { NewsArticleLeaf, WithContext } from 'schema-dts';
import type { Article } from '../articles.ts';
import { isoWithOffset } from '../dates.ts';
import { distinctTagLabels } from '../tag-labels.ts';
import type { ViewContext } from './view-context.ts';

/**
 * The schema.org `NewsArticle` of an article: dates with the site's offset (the newest correction
 * or update is the modification), a Person author only when the article names one, the site as
 * publisher, and each correction as a `CorrectionComment`.
 */
export function newsArticleJsonLd(
	article: Article,
	{ urls, dates, label, site }: ViewContext,
	/** Absolute URLs of the article's images (16:9, 4:3 and 1:1 crops, or the generated card). */
	images: readonly string[] = [],
): WithContext<NewsArticleLeaf> {
	const url = urls.absolute(article.path);
	const keywords = distinctTagLabels(article.tags, label);
	const { wordCount } = article;
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: article.title,
		description: article.description,
		url,
		mainEntityOfPage: { '@type': 'WebPage', '@id': url },
		datePublished: isoWithOffset(article.date.instant, dates.timeZone),
		dateModified: isoWithOffset(article.modified, dates.timeZone),
		...(article.author ? { author: { '@type': 'Person', name: article.author } } : {}),
		publisher: { '@type': 'Organization', name: site.title, url: urls.absolute(urls.home()) },
		...(images.length ? { image: [...images] } : {}),
		inLanguage: site.lang,
		...(keywords.length > 0 ? { keywords } : {}),
		...(Number.isInteger(wordCount) && wordCount >= 0 ? { wordCount } : {}),
		isAccessibleForFree: true,
		...(article.corrections.length > 0
			? {
					correction: [...article.corrections]
						.sort((a, b) => b.date.instant.getTime() - a.date.instant.getTime())
						.map((c) => ({
							'@type': 'CorrectionComment' as const,
							text: c.text,
							datePublished: isoWithOffset(c.date.instant, dates.timeZone),
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

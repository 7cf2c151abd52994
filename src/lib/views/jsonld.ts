import type { ArticleLabel } from '../article-schema.ts';
import type { Article } from '../articles.ts';
import { authorSlug } from '../bylines.ts';
import type { Publisher } from '../publisher.ts';
import { slugify } from '../slugs.ts';
import { isoWithOffset } from '../dates.ts';
import { distinctTagLabels } from '../tag-labels.ts';
import type { ViewContext } from './view-context.ts';

/** The schema.org type of each label: news types where schema.org has one, a live blog for live coverage. */
export const LABEL_TYPES = {
	news: 'NewsArticle',
	analysis: 'AnalysisNewsArticle',
	opinion: 'OpinionNewsArticle',
	review: 'ReviewNewsArticle',
	explainer: 'BackgroundNewsArticle',
	// schema.org has no interview or obituary type: they are news articles.
	interview: 'NewsArticle',
	obituary: 'NewsArticle',
	live: 'LiveBlogPosting',
} as const satisfies Record<ArticleLabel, string>;

/** A schema.org `Person` with the URL of their author page. */
export interface PersonJsonLd {
	readonly '@type': 'Person';
	readonly name: string;
	readonly url: string;
	readonly jobTitle?: string;
	readonly description?: string;
	readonly sameAs?: readonly string[];
}

/** The publishing organisation as schema.org's `NewsMediaOrganization`, with the trust properties that apply. */
export interface OrganizationJsonLd {
	readonly '@type': 'NewsMediaOrganization';
	readonly name: string;
	readonly url: string;
	readonly logo: string;
	readonly [policy: string]: string;
}

/** The JSON-LD of an article page. */
export interface ArticleJsonLd {
	readonly '@context': 'https://schema.org';
	readonly '@type': (typeof LABEL_TYPES)[ArticleLabel];
	readonly headline: string;
	readonly description: string;
	readonly url: string;
	readonly mainEntityOfPage: { readonly '@type': 'WebPage'; readonly '@id': string };
	readonly datePublished: string;
	readonly dateModified: string;
	/** Each byline as a Person, or the publisher when the article names nobody. */
	readonly author: readonly PersonJsonLd[] | OrganizationJsonLd;
	readonly publisher: OrganizationJsonLd;
	readonly image?: readonly string[];
	readonly inLanguage: string;
	readonly keywords?: readonly string[];
	readonly wordCount?: number;
	readonly isAccessibleForFree: true;
	readonly isPartOf?: { readonly '@type': 'CreativeWorkSeries'; readonly name: string; readonly url: string };
	readonly correction?: readonly {
		readonly '@type': 'CorrectionComment';
		readonly text: string;
		readonly datePublished: string;
	}[];
}

/** The publisher of `context`: the one it names, else the site under its own title with no policies. */
export function contextPublisher({ publisher, site, urls }: ViewContext): Publisher {
	return (
		publisher ?? {
			name: site.title,
			url: urls.absolute(urls.home()),
			logo: urls.absolute(urls.file('favicon.svg')),
			correctionsPolicy: urls.absolute(urls.corrections()),
		}
	);
}

/** The schema.org `NewsMediaOrganization` of the publisher: name, home, logo and each policy page. */
export function organizationJsonLd(publisher: Publisher): OrganizationJsonLd {
	// The about page is for readers (linked in the footer); schema.org's trust properties are the policies.
	const { name, url, logo, about: _about, ...policies } = publisher;
	return { '@type': 'NewsMediaOrganization', name, url, logo, ...policies };
}

/** The schema.org `Person` of a byline, pointing to their author page. */
export function personJsonLd(name: string, { urls }: Pick<ViewContext, 'urls'>): PersonJsonLd {
	return { '@type': 'Person', name, url: urls.absolute(urls.author(authorSlug(name))) };
}

/**
 * The schema.org article of an article, typed by its label (`OpinionNewsArticle`…): dates with the
 * site's offset (the newest correction or update is the modification), each byline a Person with
 * their page (the publisher when there is none, never an invented person), the publisher as a
 * `NewsMediaOrganization`, and each correction as a `CorrectionComment`.
 */
export function newsArticleJsonLd(
	article: Article,
	context: ViewContext,
	/** Absolute URLs of the article's images (16:9, 4:3 and 1:1 crops, or the generated card). */
	images: readonly string[] = [],
): ArticleJsonLd {
	const { urls, dates, label, site } = context;
	const url = urls.absolute(article.path);
	const keywords = distinctTagLabels(article.tags, label);
	const { wordCount } = article;
	const publisher = organizationJsonLd(contextPublisher(context));
	return {
		'@context': 'https://schema.org',
		'@type': LABEL_TYPES[article.label],
		headline: article.title,
		description: article.description,
		url,
		mainEntityOfPage: { '@type': 'WebPage', '@id': url },
		datePublished: isoWithOffset(article.date.instant, dates.timeZone),
		dateModified: isoWithOffset(article.modified, dates.timeZone),
		author: article.author.length > 0 ? article.author.map((name) => personJsonLd(name, context)) : publisher,
		publisher,
		...(images.length ? { image: [...images] } : {}),
		inLanguage: site.lang,
		...(keywords.length > 0 ? { keywords } : {}),
		...(Number.isInteger(wordCount) && wordCount >= 0 ? { wordCount } : {}),
		isAccessibleForFree: true,
		...(article.story
			? {
					isPartOf: {
						'@type': 'CreativeWorkSeries' as const,
						name: article.story,
						url: urls.absolute(urls.story(slugify(article.story))),
					},
				}
			: {}),
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

/** The front page's JSON-LD: the publisher as a `NewsMediaOrganization` with its policies. */
export function homeJsonLd(context: ViewContext): OrganizationJsonLd & { readonly '@context': 'https://schema.org' } {
	return { '@context': 'https://schema.org', ...organizationJsonLd(contextPublisher(context)) };
}

/** An author page's JSON-LD: a `ProfilePage` whose `mainEntity` is the person. */
export function profilePageJsonLd(
	person: PersonJsonLd,
	pageUrl: string,
): { '@context': 'https://schema.org'; '@type': 'ProfilePage'; url: string; mainEntity: PersonJsonLd } {
	return { '@context': 'https://schema.org', '@type': 'ProfilePage', url: pageUrl, mainEntity: person };
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

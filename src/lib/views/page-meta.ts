import type { Article } from '../articles.ts';
import { isoWithOffset } from '../dates.ts';
import { jsonLdText, newsArticleJsonLd, type JsonLdOptions } from './jsonld.ts';
import { lastModified } from '../revisions.ts';
import { distinctTagLabels } from '../tag-labels.ts';

/** One `<meta>` element: Open Graph uses `property`, Twitter cards use `name`. */
export interface MetaTag {
	readonly attribute: 'property' | 'name';
	readonly key: string;
	readonly content: string;
}

/** The facts of an article that its page's head announces. */
export interface ArticleHead {
	/** RFC 3339 with offset. */
	readonly publishedTime: string;
	/** The newest update or correction, else the publication; RFC 3339 with offset. */
	readonly modifiedTime: string;
	readonly tags: readonly string[];
	/** The NewsArticle JSON-LD, already safe to put in a script element. */
	readonly jsonLd: string;
}

/** The head data of an article page: its dates, tags and NewsArticle JSON-LD. */
export function articleHead(article: Article, options: JsonLdOptions): ArticleHead {
	return {
		publishedTime: isoWithOffset(article.date.instant, options.timeZone),
		modifiedTime: isoWithOffset(lastModified(article), options.timeZone),
		tags: distinctTagLabels(article.tags, options.label),
		jsonLd: jsonLdText(newsArticleJsonLd(article, options)),
	};
}

/** A page as social previews see it. */
export interface SocialPage {
	readonly title: string;
	readonly description: string;
	/** Absolute canonical URL. */
	readonly url: string;
}

/**
 * The Open Graph and Twitter card tags of a page: `og:type=article` with the `article:*` dates
 * and tags when `article` is given, `website` otherwise.
 */
export function socialMeta(page: SocialPage, site: { name: string; lang: string }, article?: ArticleHead): MetaTag[] {
	const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
	const twitter = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
	return [
		og('og:type', article ? 'article' : 'website'),
		og('og:title', page.title),
		og('og:description', page.description),
		og('og:url', page.url),
		og('og:site_name', site.name),
		og('og:locale', site.lang.replace('-', '_')),
		...(article
			? [
					og('article:published_time', article.publishedTime),
					og('article:modified_time', article.modifiedTime),
					...article.tags.map((tag) => og('article:tag', tag)),
				]
			: []),
		twitter('twitter:card', 'summary'),
		twitter('twitter:title', page.title),
		twitter('twitter:description', page.description),
	];
}

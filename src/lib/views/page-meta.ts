import type { Article } from '../articles.ts';
import { isoWithOffset } from '../dates.ts';
import { jsonLdText, newsArticleJsonLd } from './jsonld.ts';
import { distinctTagLabels } from '../tag-labels.ts';
import type { ShareImage } from './share-image.ts';
import type { ViewContext } from './view-context.ts';

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
	/** The picture a shared link shows: a crop of the lead image, or the generated card. */
	readonly shareImage?: ShareImage;
}

/** The head data of an article page: its dates, tags and NewsArticle JSON-LD. */
export function articleHead(
	article: Article,
	context: ViewContext,
	{ images = [], shareImage }: { images?: readonly string[]; shareImage?: ShareImage | undefined } = {},
): ArticleHead {
	return {
		...(shareImage ? { shareImage } : {}),
		publishedTime: isoWithOffset(article.date.instant, context.dates.timeZone),
		modifiedTime: isoWithOffset(article.modified, context.dates.timeZone),
		tags: distinctTagLabels(article.tags, context.label),
		jsonLd: jsonLdText(newsArticleJsonLd(article, context, images)),
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
		...(article?.shareImage ? imageMeta(article.shareImage) : [twitter('twitter:card', 'summary')]),
		twitter('twitter:title', page.title),
		twitter('twitter:description', page.description),
	];
}

/** og:image with its size and alt text, and a large-image Twitter card showing the same picture. */
function imageMeta(image: ShareImage): MetaTag[] {
	const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
	const twitter = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
	return [
		og('og:image', image.url),
		...(image.width && image.height
			? [og('og:image:width', String(image.width)), og('og:image:height', String(image.height))]
			: []),
		og('og:image:alt', image.alt),
		twitter('twitter:card', 'summary_large_image'),
		twitter('twitter:image', image.url),
		twitter('twitter:image:alt', image.alt),
	];
}

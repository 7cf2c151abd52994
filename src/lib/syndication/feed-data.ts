import { newestFirst, type Article } from '../articles.ts';
import { formatByline } from '../bylines.ts';
import { publishedOnly } from '../publishing.ts';
import { feedHtml, xmlSafe } from './feed-content.ts';
import { distinctTagLabels, type TagLabeller } from '../tag-labels.ts';
import type { Urls } from '../urls.ts';

/** How many articles a feed carries: the newest by publication date. */
export const FEED_SIZE = 50;

/** The three feed formats every feed is published in. */
export const FEED_FORMATS = ['rss', 'atom', 'json'] as const;

/** One of {@link FEED_FORMATS}. */
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** Each format's file name in its folder. */
export const FEED_FILES: Readonly<Record<FeedFormat, string>> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' };

/** Each format's media type, for autodiscovery links and responses. */
export const FEED_MEDIA_TYPES: Readonly<Record<FeedFormat, string>> = {
	rss: 'application/rss+xml',
	atom: 'application/atom+xml',
	json: 'application/feed+json',
};

const FORMAT_NAMES: Readonly<Record<FeedFormat, string>> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

/** One article in a feed. Every string is already free of characters XML forbids. */
export interface FeedEntry {
	/** The stable id: the article's permanent absolute URL (RSS `guid`, Atom `id`, JSON Feed `id`). */
	readonly id: string;
	readonly url: string;
	readonly title: string;
	/** The standfirst. */
	readonly summary: string;
	/** The full article HTML, with absolute URLs. */
	readonly contentHtml: string;
	readonly author?: string;
	/** Tag labels, one per distinct tag. */
	readonly categories: readonly string[];
	/** Publication: decides the entry's place and never moves. */
	readonly published: Date;
	/** The last update or correction; the publication instant when there was none. */
	readonly modified: Date;
}

/** A feed, format-neutral: what the RSS, Atom and JSON Feed serialisers write. */
export interface FeedData {
	readonly title: string;
	readonly description: string;
	/** The absolute URL of the page the feed follows (home or tag page); also the Atom feed id. */
	readonly pageUrl: string;
	/** The absolute URL of the feed in each format (the `self` links). */
	readonly feedUrls: Readonly<Record<FeedFormat, string>>;
	/** BCP 47 language. */
	readonly lang: string;
	/** The publication's name, the feed-level author. */
	readonly publisher: string;
	/** The zone in which dates are written with their offset. */
	readonly timeZone: string;
	/** The newest modification among the entries (`now` for a feed without entries). */
	readonly updated: Date;
	readonly entries: readonly FeedEntry[];
}

/** What a feed follows: the whole site, or one tag. */
export interface FeedScope {
	readonly title: string;
	readonly description: string;
	/** The root-relative path of the page the feed follows. */
	readonly pagePath: string;
	/** Root-relative path of the feed in `format`. */
	readonly feedPath: (format: FeedFormat) => string;
}

/** The publication a feed belongs to. */
export interface FeedSite {
	readonly title: string;
	readonly description: string;
}

/** The site-wide feeds: `/rss.xml`, `/atom.xml`, `/feed.json`. */
export function siteFeedScope(urls: Urls, site: FeedSite): FeedScope {
	return { ...site, pagePath: urls.home(), feedPath: (format) => urls.file(FEED_FILES[format]) };
}

/** The feeds of one tag: `/tags/<slug>/rss.xml` and the others beside it. */
export function tagFeedScope(urls: Urls, site: FeedSite, tag: { slug: string; label: string }): FeedScope {
	return {
		title: `${tag.label} · ${site.title}`,
		description: `The newest articles on ${tag.label} from ${site.title}.`,
		pagePath: urls.tag(tag.slug),
		feedPath: (format) => urls.tagFile(tag.slug, FEED_FILES[format]),
	};
}

/** The feeds of one author: `/authors/<slug>/rss.xml` and the others beside it. */
export function authorFeedScope(urls: Urls, site: FeedSite, author: { slug: string; name: string }): FeedScope {
	return {
		title: `${author.name} · ${site.title}`,
		description: `The newest articles by ${author.name} in ${site.title}.`,
		pagePath: urls.author(author.slug),
		feedPath: (format) => urls.authorFile(author.slug, FEED_FILES[format]),
	};
}

/** The feeds of one developing story: `/stories/<slug>/rss.xml` and the others beside it. */
export function storyFeedScope(urls: Urls, site: FeedSite, story: { slug: string; name: string }): FeedScope {
	return {
		title: `${story.name} · ${site.title}`,
		description: `Every article of the developing story "${story.name}" in ${site.title}, newest first.`,
		pagePath: urls.story(story.slug),
		feedPath: (format) => urls.storyFile(story.slug, FEED_FILES[format]),
	};
}

/** Everything {@link feedData} needs besides the articles. */
export interface FeedOptions {
	readonly urls: Urls;
	readonly lang: string;
	readonly publisher: string;
	readonly timeZone: string;
	/** The build time: the feed's `updated` when it has no entries. */
	readonly now: Date;
	/**
	 * The article's full HTML ready for a feed (see {@link articleFeedHtml}); asked only for the
	 * articles a feed carries, so a caller can keep each article's answer for all its feeds.
	 */
	readonly contentHtml: (article: Article) => string;
	/** Site-wide tag labels, so a tag reads the same in feeds as on the site. */
	readonly label?: TagLabeller;
}

/** The rendered HTML of `article` made fit for a feed: absolute URLs, nothing XML forbids. */
export function articleFeedHtml(article: Article, renderedHtml: string, urls: Urls): string {
	return feedHtml(renderedHtml, urls.absolute(article.path));
}

/**
 * The feed of `scope`: its newest {@link FEED_SIZE} published articles by publication date, so an
 * update or correction changes an entry's `modified` date but never its place.
 */
export function feedData(articles: readonly Article[], scope: FeedScope, options: FeedOptions): FeedData {
	const { urls } = options;
	const entries = newestFirst(publishedOnly(articles))
		.slice(0, FEED_SIZE)
		.map((article) => feedEntry(article, options));
	const updated = Math.max(...entries.map((entry) => entry.modified.getTime()));
	return {
		title: xmlSafe(scope.title),
		description: xmlSafe(scope.description),
		pageUrl: urls.absolute(scope.pagePath),
		feedUrls: {
			rss: urls.absolute(scope.feedPath('rss')),
			atom: urls.absolute(scope.feedPath('atom')),
			json: urls.absolute(scope.feedPath('json')),
		},
		lang: options.lang,
		publisher: xmlSafe(options.publisher),
		timeZone: options.timeZone,
		updated: entries.length > 0 ? new Date(updated) : options.now,
		entries,
	};
}

function feedEntry(article: Article, { urls, label, contentHtml }: FeedOptions): FeedEntry {
	const url = urls.absolute(article.path);
	return {
		id: url,
		url,
		title: xmlSafe(article.title),
		summary: xmlSafe(article.description),
		contentHtml: contentHtml(article),
		...(article.author.length > 0 ? { author: xmlSafe(formatByline(article.author)) } : {}),
		categories: distinctTagLabels(article.tags, label).map(xmlSafe),
		published: article.date.instant,
		modified: article.modified,
	};
}

/** An autodiscovery link, for `<link rel="alternate">` in a page's head. */
export interface FeedLinkView {
	readonly href: string;
	readonly type: string;
	readonly title: string;
	/** The format's name alone, for a visible link: `RSS`, `Atom`, `JSON Feed`. */
	readonly name: string;
}

/** The autodiscovery links of `scope`'s feeds, one per format, with absolute URLs. */
export function feedLinks(scope: FeedScope, urls: Urls): FeedLinkView[] {
	return FEED_FORMATS.map((format) => ({
		href: urls.absolute(scope.feedPath(format)),
		type: FEED_MEDIA_TYPES[format],
		title: `${scope.title} (${FORMAT_NAMES[format]})`,
		name: FORMAT_NAMES[format],
	}));
}

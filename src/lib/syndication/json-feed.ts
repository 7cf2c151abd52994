import { isoWithOffset } from '../dates.ts';
import type { FeedData, FeedEntry } from './feed-data.ts';

/** A JSON Feed 1.1 author. */
export interface JsonFeedAuthor {
	readonly name: string;
}

/** A JSON Feed 1.1 item, as this site writes it (https://jsonfeed.org/version/1.1). */
export interface JsonFeedItem {
	readonly id: string;
	readonly url: string;
	readonly title: string;
	readonly content_html: string;
	readonly summary: string;
	/** RFC 3339 with the site's offset. */
	readonly date_published: string;
	/** Present only when the article was updated or corrected. */
	readonly date_modified?: string;
	readonly authors?: readonly JsonFeedAuthor[];
	readonly tags?: readonly string[];
	readonly language: string;
}

/** A JSON Feed 1.1 document. */
export interface JsonFeed {
	readonly version: 'https://jsonfeed.org/version/1.1';
	readonly title: string;
	readonly home_page_url: string;
	readonly feed_url: string;
	readonly description: string;
	readonly language: string;
	readonly authors: readonly JsonFeedAuthor[];
	readonly items: readonly JsonFeedItem[];
}

/** `feed` as a JSON Feed 1.1 object. */
export function jsonFeed(feed: FeedData): JsonFeed {
	const date = (instant: Date): string => isoWithOffset(instant, feed.timeZone);
	return {
		version: 'https://jsonfeed.org/version/1.1',
		title: feed.title,
		home_page_url: feed.pageUrl,
		feed_url: feed.feedUrls.json,
		description: feed.description,
		language: feed.lang,
		authors: [{ name: feed.publisher }],
		items: feed.entries.map((entry) => jsonItem(entry, feed.lang, date)),
	};
}

function jsonItem(entry: FeedEntry, language: string, date: (instant: Date) => string): JsonFeedItem {
	const revised = entry.modified.getTime() > entry.published.getTime();
	return {
		id: entry.id,
		url: entry.url,
		title: entry.title,
		content_html: entry.contentHtml,
		summary: entry.summary,
		date_published: date(entry.published),
		...(revised ? { date_modified: date(entry.modified) } : {}),
		...(entry.author ? { authors: [{ name: entry.author }] } : {}),
		...(entry.categories.length > 0 ? { tags: entry.categories } : {}),
		language,
	};
}

/** `feed` as JSON Feed 1.1 text. JSON escapes every control character, so nothing can break it. */
export function jsonFeedText(feed: FeedData): string {
	return `${JSON.stringify(jsonFeed(feed), null, '\t')}\n`;
}

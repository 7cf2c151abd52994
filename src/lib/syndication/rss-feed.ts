import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { FeedData, FeedEntry } from './feed-data.ts';

// @astrojs/rss runs `customData` through fast-xml-parser, which reads a text that looks like a
// number ("0012", "1e3", "0x1F") as that number and writes it back changed.
const NUMBER_LIKE = /^[+-]?(?:0x[\da-f]+|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)$/iu;

/** The options for `@astrojs/rss` that write `feed` as RSS 2.0: full HTML in `content:encoded`. */
export function rssFeedOptions(feed: FeedData): RSSOptions {
	return {
		title: feed.title,
		description: feed.description,
		site: feed.pageUrl,
		xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
		customData: [
			`<language>${escapeXml(feed.lang)}</language>`,
			// The newest modification, not the clock, so an unchanged site builds an identical feed.
			`<lastBuildDate>${feed.updated.toUTCString()}</lastBuildDate>`,
			`<atom:link href="${escapeXml(feed.feedUrls.rss)}" rel="self" type="application/rss+xml"/>`,
		].join(''),
		items: feed.entries.map(rssItem),
	};
}

function rssItem(entry: FeedEntry): RSSFeedItem {
	// The library writes the link as a permanent guid too (isPermaLink="true"): the stable id.
	return {
		title: entry.title,
		link: entry.url,
		pubDate: entry.published,
		description: entry.summary,
		content: entry.contentHtml,
		categories: [...entry.categories],
		...(entry.author ? byline(entry.author) : {}),
	};
}

/**
 * RSS's own `<author>` must be an e-mail address, so a byline goes in `dc:creator`; a byline the
 * library would misread as a number falls back to `<author>`, which it writes verbatim.
 */
function byline(author: string): Pick<RSSFeedItem, 'author' | 'customData'> {
	if (NUMBER_LIKE.test(author.trim())) return { author };
	return { customData: `<dc:creator>${escapeXml(author)}</dc:creator>` };
}

/** `text` escaped for XML character data and double-quoted attributes. */
export function escapeXml(text: string): string {
	return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

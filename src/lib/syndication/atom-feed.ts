import XMLBuilder from 'fast-xml-builder';
import { isoWithOffset } from '../dates.ts';
import { FEED_MEDIA_TYPES, type FeedData, type FeedEntry } from './feed-data.ts';

const builder = new XMLBuilder({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	format: true,
	suppressEmptyNode: true,
});

/**
 * `feed` as an Atom 1.0 document (RFC 4287). Titles and summaries are `type="text"`, so `&`, `<`
 * and quotes in a headline mean themselves; the article is `type="html"`, escaped rather than put
 * in CDATA, so no article text can end the section early. Dates are RFC 3339 with the site's offset.
 */
export function atomFeedXml(feed: FeedData): string {
	const date = (instant: Date): string => isoWithOffset(instant, feed.timeZone);
	return builder.build({
		'?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
		feed: {
			'@_xmlns': 'http://www.w3.org/2005/Atom',
			'@_xml:lang': feed.lang,
			id: feed.pageUrl,
			title: { '@_type': 'text', '#text': feed.title },
			subtitle: { '@_type': 'text', '#text': feed.description },
			updated: date(feed.updated),
			link: [
				{ '@_rel': 'alternate', '@_type': 'text/html', '@_href': feed.pageUrl },
				{ '@_rel': 'self', '@_type': FEED_MEDIA_TYPES.atom, '@_href': feed.feedUrls.atom },
			],
			// Atom needs an author for every entry; the publication stands in where an article names none.
			author: { name: feed.publisher },
			entry: feed.entries.map((entry) => atomEntry(entry, date)),
		},
	});
}

function atomEntry(entry: FeedEntry, date: (instant: Date) => string): Record<string, unknown> {
	return {
		id: entry.id,
		title: { '@_type': 'text', '#text': entry.title },
		link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': entry.url },
		published: date(entry.published),
		updated: date(entry.modified),
		...(entry.author ? { author: { name: entry.author } } : {}),
		category: entry.categories.map((term) => ({ '@_term': term })),
		summary: { '@_type': 'text', '#text': entry.summary },
		content: { '@_type': 'html', '#text': entry.contentHtml },
	};
}

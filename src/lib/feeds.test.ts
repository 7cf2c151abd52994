import { describe, expect, test } from 'vitest';
import { makeArticle, TEST_ZONE } from '../../test/support/article-factory.ts';
import { sampleFeed, sampleUrls, TRICKY_TITLE } from '../../test/support/feed-sample.ts';
import { FEED_SIZE, feedData, feedLinks, siteFeedScope, tagFeedScope } from './feeds.ts';

const site = { title: 'The Ledger', description: 'News.' };
const options = { urls: sampleUrls, lang: 'en-US', publisher: 'The Ledger', timeZone: TEST_ZONE, now: new Date('2025-03-01T00:00:00Z') };

describe('feedData', () => {
	test('lists articles newest first by publication date, with absolute ids and URLs under the base path', () => {
		const feed = sampleFeed();
		expect(feed.entries.map((e) => e.title)).toEqual([TRICKY_TITLE, 'Corrected later', 'Oldest']);
		expect(feed.entries[0]?.id).toBe('https://example.org/news/2025/02/12/tricky/');
		expect(feed.entries[0]?.url).toBe(feed.entries[0]?.id);
		expect(feed.pageUrl).toBe('https://example.org/news/');
		expect(feed.feedUrls).toEqual({
			rss: 'https://example.org/news/rss.xml',
			atom: 'https://example.org/news/atom.xml',
			json: 'https://example.org/news/feed.json',
		});
	});

	test('an update or correction sets modified but keeps the publication date and the place', () => {
		const corrected = sampleFeed().entries[1];
		expect(corrected?.published.toISOString()).toBe('2025-02-10T05:00:00.000Z');
		expect(corrected?.modified.toISOString()).toBe('2025-02-13T08:00:00.000Z');
	});

	test('the feed is updated when its newest entry was modified, not when it was built', () => {
		expect(sampleFeed().updated.toISOString()).toBe('2025-02-13T08:00:00.000Z');
		const empty = feedData([], siteFeedScope(sampleUrls, site), options);
		expect(empty.entries).toEqual([]);
		expect(empty.updated).toEqual(options.now);
	});

	test('carries the full HTML with absolute links, the summary, the byline and one category per tag', () => {
		const entry = sampleFeed().entries[0];
		expect(entry?.contentHtml).toBe('<p>Body with <a href="https://example.org/news/tags/ukraine/">a tag link</a> &#x26; an ampersand.</p>');
		expect(entry?.summary).toBe(`Less < more & "quoted"`);
		expect(entry?.author).toBe(`Ann "A&B" O'Neil`);
		expect(entry?.categories).toEqual(['Ukraine', 'Diplomacy']);
		expect(sampleFeed().entries[1]).not.toHaveProperty('author');
	});

	test('uses the site-wide tag label when one is given', () => {
		const article = makeArticle({ tags: ['ukraine'] });
		const feed = feedData([{ article, html: '' }], siteFeedScope(sampleUrls, site), { ...options, label: () => 'Ukraine' });
		expect(feed.entries[0]?.categories).toEqual(['Ukraine']);
	});

	test(`keeps only the newest ${FEED_SIZE}`, () => {
		const sources = Array.from({ length: FEED_SIZE + 5 }, (_, i) => ({
			// One hour apart, so article i is the i-th oldest.
			article: makeArticle({ title: `Article ${i}`, date: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString() }, { id: `a${i}` }),
			html: '',
		}));
		const feed = feedData(sources, siteFeedScope(sampleUrls, site), options);
		expect(feed.entries).toHaveLength(FEED_SIZE);
		expect(feed.entries[0]?.title).toBe(`Article ${FEED_SIZE + 4}`);
		expect(feed.entries.at(-1)?.title).toBe('Article 5');
	});

	test('leaves out drafts and scheduled articles, whatever the caller passes', () => {
		const now = new Date('2025-02-12T12:00:00Z');
		const sources = [
			{ article: makeArticle({ title: 'Draft', draft: true }, { id: 'd', now }), html: '' },
			{ article: makeArticle({ title: 'Tomorrow', date: '2025-02-13' }, { id: 's', now }), html: '' },
			{ article: makeArticle({ title: 'Out' }, { id: 'p', now }), html: '' },
		];
		expect(feedData(sources, siteFeedScope(sampleUrls, site), options).entries.map((e) => e.title)).toEqual(['Out']);
	});

	test('removes control characters from the article HTML', () => {
		const feed = feedData([{ article: makeArticle({}), html: '<p>a\u0000b\u001Bc</p>' }], siteFeedScope(sampleUrls, site), options);
		expect(feed.entries[0]?.contentHtml).toBe('<p>abc</p>');
	});
});

describe('tagFeedScope', () => {
	test('puts the feeds in the tag folder and names the tag', () => {
		const scope = tagFeedScope(sampleUrls, site, { slug: 'donald-trump', label: 'Donald Trump' });
		expect(scope.pagePath).toBe('/news/tags/donald-trump/');
		expect(scope.feedPath('rss')).toBe('/news/tags/donald-trump/rss.xml');
		expect(scope.feedPath('atom')).toBe('/news/tags/donald-trump/atom.xml');
		expect(scope.feedPath('json')).toBe('/news/tags/donald-trump/feed.json');
		expect(scope.title).toBe('Donald Trump · The Ledger');
	});
});

describe('feedLinks', () => {
	test('gives one absolute autodiscovery link per format with its media type', () => {
		expect(feedLinks(siteFeedScope(sampleUrls, site), sampleUrls)).toEqual([
			{ href: 'https://example.org/news/rss.xml', type: 'application/rss+xml', title: 'The Ledger (RSS)' },
			{ href: 'https://example.org/news/atom.xml', type: 'application/atom+xml', title: 'The Ledger (Atom)' },
			{ href: 'https://example.org/news/feed.json', type: 'application/feed+json', title: 'The Ledger (JSON Feed)' },
		]);
	});
});

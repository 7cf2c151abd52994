import { describe, expect, test } from 'vitest';
import { makeArticle } from '../../../test/support/article-factory.ts';
import { sampleFeed, sampleOptions, sampleUrls, TRICKY_TITLE } from '../../../test/support/feed-sample.ts';
import { FEED_SIZE, feedData, feedLinks, siteFeedScope, tagFeedScope } from './feed-data.ts';

const site = { title: 'The Ledger', description: 'News.' };
const options = sampleOptions({}, new Date('2025-03-01T00:00:00Z'));

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
		expect(entry?.contentHtml).toBe(
			'<p>Body with <a href="https://example.org/news/tags/ukraine/">a tag link</a> &amp; an ampersand.</p>',
		);
		expect(entry?.summary).toBe(`Less < more & "quoted"`);
		expect(entry?.author).toBe(`Ann "A&B" O'Neil`);
		expect(entry?.categories).toEqual(['Ukraine', 'Diplomacy']);
		expect(sampleFeed().entries[1]).not.toHaveProperty('author');
	});

	test('uses the site-wide tag label when one is given', () => {
		const article = makeArticle({ tags: ['ukraine'] });
		const feed = feedData([article], siteFeedScope(sampleUrls, site), { ...options, label: () => 'Ukraine' });
		expect(feed.entries[0]?.categories).toEqual(['Ukraine']);
	});

	test(`keeps only the newest ${FEED_SIZE}`, () => {
		// One hour apart, so article i is the i-th oldest.
		const articles = Array.from({ length: FEED_SIZE + 5 }, (_, i) =>
			makeArticle(
				{ title: `Article ${i}`, date: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString() },
				{ id: `a${i}` },
			),
		);
		const asked: string[] = [];
		const feed = feedData(articles, siteFeedScope(sampleUrls, site), {
			...options,
			contentHtml: (article) => (asked.push(article.id), ''),
		});
		expect(feed.entries).toHaveLength(FEED_SIZE);
		expect(feed.entries[0]?.title).toBe(`Article ${FEED_SIZE + 4}`);
		expect(feed.entries.at(-1)?.title).toBe('Article 5');
		// Only the articles the feed carries have their HTML made.
		expect(asked).toHaveLength(FEED_SIZE);
		expect(asked).not.toContain('a4');
	});

	test('leaves out drafts and scheduled articles, whatever the caller passes', () => {
		const now = new Date('2025-02-12T12:00:00Z');
		const articles = [
			makeArticle({ title: 'Draft', draft: true }, { id: 'd', now }),
			makeArticle({ title: 'Tomorrow', date: '2025-02-13' }, { id: 's', now }),
			makeArticle({ title: 'Out' }, { id: 'p', now }),
		];
		expect(feedData(articles, siteFeedScope(sampleUrls, site), options).entries.map((e) => e.title)).toEqual(['Out']);
	});

	test('removes control characters from the article HTML', () => {
		const article = makeArticle({}, { id: 'ctl' });
		const feed = feedData([article], siteFeedScope(sampleUrls, site), sampleOptions({ ctl: '<p>a\u0000b\u001Bc</p>' }));
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
	test('gives one absolute autodiscovery link per format with its media type and name', () => {
		expect(feedLinks(siteFeedScope(sampleUrls, site), sampleUrls)).toEqual([
			{ href: 'https://example.org/news/rss.xml', type: 'application/rss+xml', title: 'The Ledger (RSS)', name: 'RSS' },
			{
				href: 'https://example.org/news/atom.xml',
				type: 'application/atom+xml',
				title: 'The Ledger (Atom)',
				name: 'Atom',
			},
			{
				href: 'https://example.org/news/feed.json',
				type: 'application/feed+json',
				title: 'The Ledger (JSON Feed)',
				name: 'JSON Feed',
			},
		]);
	});
});

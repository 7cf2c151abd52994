import { getRssString } from '@astrojs/rss';
import { SyntaxValidator } from 'fast-xml-validator';
import Parser from 'rss-parser';
import { describe, expect, test } from 'vitest';
import { makeArticle } from '../../../test/support/article-factory.ts';
import { sampleFeed, sampleOptions, sampleUrls, TRICKY_TITLE } from '../../../test/support/feed-sample.ts';
import { feedData, siteFeedScope } from './feed-data.ts';
import { rssFeedOptions } from './rss-feed.ts';

const parser = new Parser<Record<string, never>, { 'content:encoded'?: string }>();

async function rss(feed = sampleFeed()): Promise<string> {
	return getRssString(rssFeedOptions(feed));
}

describe('rssFeedOptions with @astrojs/rss', () => {
	test('writes well-formed RSS 2.0 that rss-parser reads back exactly', async () => {
		const xml = await rss();
		expect(() => SyntaxValidator.validate(xml)).not.toThrow();
		const parsed = await parser.parseString(xml);
		expect(parsed.title).toBe('The Ledger');
		expect(parsed.description).toBe('News & more.');
		expect(parsed.link).toBe('https://example.org/news/');
		expect(parsed.feedUrl).toBe('https://example.org/news/rss.xml');
		expect(parsed.language).toBe('en-US');
		const [first, second] = parsed.items;
		expect(first?.title).toBe(TRICKY_TITLE);
		expect(first?.guid).toBe('https://example.org/news/2025/02/12/tricky/');
		expect(first?.link).toBe('https://example.org/news/2025/02/12/tricky/');
		expect(first?.content).toBe(`Less < more & "quoted"`);
		expect(first?.['content:encoded']).toBe(
			'<p>Body with <a href="https://example.org/news/tags/ukraine/">a tag link</a> &amp; an ampersand.</p>',
		);
		expect(first?.creator).toBe(`Ann "A&B" O'Neil`);
		expect(first?.categories).toEqual(['Ukraine', 'Diplomacy']);
		expect(second?.creator).toBeUndefined();
	});

	test('dates are RFC 822 and give the publication instant, never the correction date', async () => {
		const xml = await rss();
		expect(xml).toContain('<pubDate>Mon, 10 Feb 2025 05:00:00 GMT</pubDate>');
		const parsed = await parser.parseString(xml);
		expect(parsed.items.map((i) => i.isoDate)).toEqual([
			'2025-02-12T14:30:00.000Z',
			'2025-02-10T05:00:00.000Z',
			'2025-01-02T05:00:00.000Z',
		]);
		expect(parsed.lastBuildDate).toBe('Thu, 13 Feb 2025 08:00:00 GMT');
	});

	test.each(['0012', '1e3', '0x1F', 'Tom & <Jerry>', 'Zoë Ångström'])(
		'the byline %s comes through unchanged',
		async (author) => {
			const feed = feedData(
				[makeArticle({ author })],
				siteFeedScope(sampleUrls, { title: 'T', description: 'D' }),
				sampleOptions(),
			);
			const parsed = await parser.parseString(await rss(feed));
			expect(parsed.items[0]?.creator).toBe(author);
		},
	);
});

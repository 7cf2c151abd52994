import { describe, expect, test } from 'vitest';
import { sampleFeed, TRICKY_TITLE } from '../../../test/support/feed-sample.ts';
import { jsonFeedText } from './json-feed.ts';

describe('jsonFeedText', () => {
	test('writes JSON Feed 1.1 with its required fields', () => {
		const feed = JSON.parse(jsonFeedText(sampleFeed()));
		expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
		expect(feed.title).toBe('The Ledger');
		expect(feed.home_page_url).toBe('https://example.org/news/');
		expect(feed.feed_url).toBe('https://example.org/news/feed.json');
		expect(feed.language).toBe('en-US');
		expect(Array.isArray(feed.items)).toBe(true);
		for (const item of feed.items) {
			expect(typeof item.id).toBe('string');
			expect(typeof item.content_html).toBe('string');
		}
	});

	test('items carry the exact title, full HTML, summary, byline, tags and dates with offsets', () => {
		const [first, second, third] = JSON.parse(jsonFeedText(sampleFeed())).items;
		expect(first).toEqual({
			id: 'https://example.org/news/2025/02/12/tricky/',
			url: 'https://example.org/news/2025/02/12/tricky/',
			title: TRICKY_TITLE,
			content_html:
				'<p>Body with <a href="https://example.org/news/tags/ukraine/">a tag link</a> &amp; an ampersand.</p>',
			summary: `Less < more & "quoted"`,
			date_published: '2025-02-12T09:30:00-05:00',
			authors: [{ name: `Ann "A&B" O'Neil` }],
			tags: ['Ukraine', 'Diplomacy'],
			language: 'en-US',
		});
		expect(second.date_published).toBe('2025-02-10T00:00:00-05:00');
		expect(second.date_modified).toBe('2025-02-13T03:00:00-05:00');
		expect(third).not.toHaveProperty('date_modified');
		expect(third).not.toHaveProperty('authors');
	});
});

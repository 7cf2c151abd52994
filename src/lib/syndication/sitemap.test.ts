import { describe, expect, test } from 'vitest';
import { makeArticle } from '../../../test/support/article-factory.ts';
import { articleLastmods, isPageUrl } from './sitemap.ts';
import { createUrls } from '../urls.ts';

const urls = createUrls({ siteUrl: 'https://example.org', basePath: '/news/' });

describe('articleLastmods', () => {
	test('gives each article URL its newest correction or update, else its publication', () => {
		const plain = makeArticle({ date: '2025-02-12' }, { id: 'plain' });
		const corrected = makeArticle(
			{ date: '2025-02-10', updated: '2025-02-11', corrections: [{ date: '2025-02-14T10:00:00Z', text: 'Fixed.' }] },
			{ id: 'corrected' },
		);
		const lastmods = articleLastmods([plain, corrected], urls);
		expect([...lastmods].map(([url, date]) => [url, date.toISOString()])).toEqual([
			['https://example.org/news/2025/02/12/plain/', '2025-02-12T05:00:00.000Z'],
			['https://example.org/news/2025/02/10/corrected/', '2025-02-14T10:00:00.000Z'],
		]);
	});
});

describe('isPageUrl', () => {
	test.each([
		['https://example.org/news/', true],
		['https://example.org/news/tags/ukraine/', true],
		['https://example.org/news/rss.xml', false],
		['https://example.org/news/tags/ukraine/feed.json', false],
		['https://example.org/news/robots.txt', false],
	])('%s → %s', (url, expected) => {
		expect(isPageUrl(url)).toBe(expected);
	});
});

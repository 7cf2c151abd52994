import { describe, expect, test } from 'vitest';
import { makeArticle, testContext, testDates } from '../../../test/support/article-factory.ts';
import { correctionsPage } from './corrections.ts';
import { createUrls } from '../urls.ts';

const urls = createUrls({ siteUrl: 'https://example.org', basePath: '/news/' });
const options = testContext({
	urls,
	dates: testDates(),
	site: { title: 'The Ledger', description: 'News.', lang: 'en-US' },
});

describe('correctionsPage', () => {
	test('lists every correction of every article newest first, linking to its article', () => {
		const first = makeArticle(
			{
				title: 'Harbour vote',
				date: '2025-02-10',
				corrections: [
					{ date: '2025-02-11', text: 'The vote was 7–2, not 6–3.' },
					{ date: '2025-02-14T09:15:00-05:00', text: 'The councillor’s name is Smith.' },
				],
			},
			{ id: 'harbour' },
		);
		const second = makeArticle(
			{ title: 'Budget', date: '2025-02-12', corrections: [{ date: '2025-02-13', text: 'The total is $4m.' }] },
			{ id: 'budget' },
		);
		const page = correctionsPage([second, first], options);
		expect(page.path).toBe('/news/corrections/');
		expect(page.entries).toEqual([
			{
				time: { iso: '2025-02-14T09:15:00-05:00', text: 'Feb. 14, 2025, 9:15 a.m. ET' },
				text: 'The councillor’s name is Smith.',
				article: { href: '/news/2025/02/10/harbour/', label: 'Harbour vote' },
			},
			{
				time: { iso: '2025-02-13T00:00:00-05:00', text: 'Feb. 13, 2025' },
				text: 'The total is $4m.',
				article: { href: '/news/2025/02/12/budget/', label: 'Budget' },
			},
			{
				time: { iso: '2025-02-11T00:00:00-05:00', text: 'Feb. 11, 2025' },
				text: 'The vote was 7–2, not 6–3.',
				article: { href: '/news/2025/02/10/harbour/', label: 'Harbour vote' },
			},
		]);
	});

	test('corrections made at the same moment follow the article order, then their own', () => {
		const a = makeArticle(
			{
				title: 'A',
				corrections: [
					{ date: '2025-03-01', text: 'a1' },
					{ date: '2025-03-01', text: 'a2' },
				],
			},
			{ id: 'a' },
		);
		const b = makeArticle({ title: 'B', corrections: [{ date: '2025-03-01', text: 'b1' }] }, { id: 'b' });
		expect(correctionsPage([b, a], options).entries.map((e) => e.text)).toEqual(['b1', 'a1', 'a2']);
	});

	test('is empty when no article was corrected', () => {
		expect(correctionsPage([makeArticle({})], options).entries).toEqual([]);
	});
});

import { describe, expect, test } from 'vitest';
import { articlePageMonth, bundleGlob, groupByBundle, searchBundles } from './search-bundles.ts';

const days = (...months: string[]) =>
	months.map((m) => {
		const [year = '', month = ''] = m.split('-');
		return { year: Number(year), month: Number(month) };
	});

describe('searchBundles', () => {
	test('splits the newest year into its newest month and the rest; older years whole; newest first', () => {
		expect(searchBundles(days('2023-05', '2024-12', '2024-01', '2023-01', '2024-11', '2024-12'))).toEqual([
			{ name: '2024-12', year: '2024', months: ['12'] },
			{ name: '2024-01-to-11', year: '2024', months: ['01', '11'] },
			{ name: '2023', year: '2023', months: ['01', '05'] },
		]);
	});

	test('a newest year of one month is that month alone; two months make two one-month bundles', () => {
		expect(searchBundles(days('2025-01', '2024-06'))).toEqual([
			{ name: '2025-01', year: '2025', months: ['01'] },
			{ name: '2024', year: '2024', months: ['06'] },
		]);
		expect(searchBundles(days('2025-02', '2025-01'))).toEqual([
			{ name: '2025-02', year: '2025', months: ['02'] },
			{ name: '2025-01', year: '2025', months: ['01'] },
		]);
	});

	test('the next month or year cuts the bundles anew', () => {
		const before = searchBundles(days('2024-11', '2024-12')).map((b) => b.name);
		const nextYear = searchBundles(days('2024-11', '2024-12', '2025-01')).map((b) => b.name);
		expect(before).toEqual(['2024-12', '2024-11']);
		expect(nextYear).toEqual(['2025-01', '2024']);
	});

	test('is empty without articles', () => {
		expect(searchBundles([])).toEqual([]);
	});
});

describe('articlePageMonth', () => {
	test('is the year and month of an article page, with either separator', () => {
		expect(articlePageMonth('2025/02/12/harbour-budget/index.html')).toEqual({ year: 2025, month: 2 });
		expect(articlePageMonth('2025\\02\\12\\harbour-budget\\index.html')).toEqual({ year: 2025, month: 2 });
	});

	test('is undefined for listing pages and everything else', () => {
		for (const path of ['2025/index.html', '2025/02/index.html', '2025/02/12/index.html', 'tags/x/index.html'])
			expect(articlePageMonth(path), path).toBeUndefined();
	});
});

describe('groupByBundle', () => {
	test('puts each article page in its bundle, newest bundle first, each sorted; other files in none', () => {
		const groups = groupByBundle([
			'2024/05/01/b/index.html',
			'2025/03/01/a/index.html',
			'2025/01/09/c/index.html',
			'2024/01/01/z/index.html',
			'2025/03/index.html',
			'index.html',
		]);
		expect([...groups].map(([name, { paths }]) => [name, paths])).toEqual([
			['2025-03', ['2025/03/01/a/index.html']],
			['2025-01', ['2025/01/09/c/index.html']],
			['2024', ['2024/01/01/z/index.html', '2024/05/01/b/index.html']],
		]);
	});
});

describe('bundleGlob', () => {
	test('matches exactly the months of the bundle', () => {
		expect(bundleGlob({ name: '2024-12', year: '2024', months: ['12'] })).toBe('2024/12/*/*/index.html');
		expect(bundleGlob({ name: '2024-01-to-11', year: '2024', months: ['01', '02', '11'] })).toBe(
			'2024/{01,02,11}/*/*/index.html',
		);
	});
});

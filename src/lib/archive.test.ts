import { afterEach, describe, expect, test } from 'vitest';
import { makeArticle } from '../../test/support/article-factory.ts';
import { adjacentPeriods, allDays, allMonths, groupByDate } from './archive.ts';

const BUILD_ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata'];
const originalTz = process.env.TZ;
afterEach(() => {
	if (originalTz === undefined) delete process.env.TZ;
	else process.env.TZ = originalTz;
});

const at = (id: string, date: string) => makeArticle({ date }, { id });

describe('groupByDate', () => {
	test.each(BUILD_ZONES)(
		'puts an article dated 2025-02-12 under 12 February when the build machine runs in %s',
		(zone) => {
			process.env.TZ = zone;
			// Late evening in New York is already the 13th in UTC and in Kiritimati.
			const late = at('late', '2025-02-12T23:30:00-05:00');
			// The trap this guards against: the machine's own calendar says the 13th east of New York.
			if (zone !== 'America/Los_Angeles') expect(late.date.instant.getDate()).toBe(13);
			const years = groupByDate([late, at('plain', '2025-02-12')]);
			expect(years).toHaveLength(1);
			expect(years[0]?.year).toBe(2025);
			expect(years[0]?.months.map((m) => m.month)).toEqual([2]);
			expect(allDays(years).map((d) => [d.day, d.articles.map((a) => a.id)])).toEqual([
				[{ year: 2025, month: 2, day: 12 }, ['late', 'plain']],
			]);
		},
	);

	test('an instant written in UTC is filed by the site zone’s calendar day', () => {
		// 03:00 UTC on the 1st of March is still 28 February in New York.
		const years = groupByDate([at('x', '2025-03-01T03:00:00Z')]);
		expect(allDays(years)[0]?.day).toEqual({ year: 2025, month: 2, day: 28 });
	});

	test('groups years, months and days newest first with counts, keeping article order', () => {
		const articles = [
			at('d', '2025-02-12T10:00:00-05:00'),
			at('c', '2025-02-12T09:00:00-05:00'),
			at('b', '2025-01-30'),
			at('a', '2023-12-31'),
		];
		const years = groupByDate(articles);
		expect(years.map((y) => [y.year, y.count])).toEqual([
			[2025, 3],
			[2023, 1],
		]);
		expect(allMonths(years).map((m) => [m.year, m.month, m.count])).toEqual([
			[2025, 2, 2],
			[2025, 1, 1],
			[2023, 12, 1],
		]);
		expect(allDays(years).map((d) => d.articles.map((a) => a.id))).toEqual([['d', 'c'], ['b'], ['a']]);
	});

	test('sorts by date even when given out of order', () => {
		const years = groupByDate([at('a', '2023-05-01'), at('b', '2025-01-01'), at('c', '2024-07-04')]);
		expect(years.map((y) => y.year)).toEqual([2025, 2024, 2023]);
	});

	test('no articles, no years', () => {
		expect(groupByDate([])).toEqual([]);
	});
});

describe('adjacentPeriods', () => {
	const newestFirst = ['2025-03', '2025-01', '2024-11'];

	test('the earlier period is the next in a newest-first list, the later one the previous', () => {
		expect(adjacentPeriods(newestFirst, 1)).toEqual({ earlier: '2024-11', later: '2025-03' });
	});

	test('the newest has no later period and the oldest no earlier one', () => {
		expect(adjacentPeriods(newestFirst, 0)).toEqual({ earlier: '2025-01' });
		expect(adjacentPeriods(newestFirst, 2)).toEqual({ later: '2025-01' });
		expect(adjacentPeriods(['only'], 0)).toEqual({});
	});
});

import { describe, expect, test } from 'vitest';
import { makeArticle, testDates } from '../../../test/support/article-factory.ts';
import { groupByDate } from '../archive.ts';
import { calendarView, monthGrid } from './calendar.ts';
import { createUrls } from '../urls.ts';

const urls = createUrls({ siteUrl: 'https://news.example.org', basePath: '/news/' });

describe('monthGrid', () => {
	test('February 2025 starts on a Saturday and fills five Sunday-first weeks', () => {
		const grid = monthGrid(2025, 2);
		expect(grid).toHaveLength(5);
		expect(grid[0]).toEqual([null, null, null, null, null, null, 1]);
		expect(grid[2]).toEqual([9, 10, 11, 12, 13, 14, 15]);
		expect(grid[4]).toEqual([23, 24, 25, 26, 27, 28, null]);
	});

	test('weeks can start on Monday', () => {
		const grid = monthGrid(2025, 2, 1);
		expect(grid[0]).toEqual([null, null, null, null, null, 1, 2]);
		expect(grid.at(-1)).toEqual([24, 25, 26, 27, 28, null, null]);
	});

	test('a leap February has 29 days, and every grid holds each day once in whole weeks', () => {
		for (const [year, month, days] of [
			[2024, 2, 29],
			[2023, 2, 28],
			[2025, 8, 31],
			[2026, 2, 28],
		] as const) {
			const grid = monthGrid(year, month);
			expect(grid.every((week) => week.length === 7)).toBe(true);
			expect(grid.flat().filter((d) => d !== null)).toEqual(Array.from({ length: days }, (_, i) => i + 1));
		}
		// 1 February 2026 is a Sunday: no leading blanks, exactly four weeks.
		expect(monthGrid(2026, 2)).toHaveLength(4);
	});

	test('is the same whatever the build machine’s zone', () => {
		const original = process.env.TZ;
		try {
			const grids = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((zone) => {
				process.env.TZ = zone;
				return monthGrid(2025, 2);
			});
			expect(grids[1]).toEqual(grids[0]);
			expect(grids[2]).toEqual(grids[0]);
		} finally {
			if (original === undefined) delete process.env.TZ;
			else process.env.TZ = original;
		}
	});
});

describe('calendarView', () => {
	const [year] = groupByDate([
		makeArticle({ date: '2025-02-12' }, { id: 'a' }),
		makeArticle({ date: '2025-02-12T08:00:00-05:00' }, { id: 'b' }),
		makeArticle({ date: '2025-02-03' }, { id: 'c' }),
	]);
	const month = year?.months[0];
	if (!month) throw new Error('fixture month missing');
	const view = calendarView(month, urls, testDates());
	const cells = view.weeks.flat().filter((cell) => cell !== null);

	test('captions the month and names the weekdays', () => {
		expect(view.caption).toBe('February 2025');
		expect(view.weekdays[0]).toEqual({ long: 'Sunday', short: 'Sun' });
		expect(view.weekdays.map((d) => d.short)).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
	});

	test('links each day with articles to its page, with its count', () => {
		expect(cells.find((c) => c.day === 12)).toEqual({
			day: 12,
			iso: '2025-02-12',
			label: 'Feb. 12, 2025',
			count: 2,
			href: '/news/2025/02/12/',
			countText: '2 articles',
		});
		expect(cells.find((c) => c.day === 3)).toMatchObject({
			count: 1,
			href: '/news/2025/02/03/',
			countText: '1 article',
		});
	});

	test('leaves days without articles unlinked', () => {
		const linked = cells.filter((c) => c.href !== undefined).map((c) => c.day);
		expect(linked).toEqual([3, 12]);
		expect(cells.find((c) => c.day === 13)).toEqual({
			day: 13,
			iso: '2025-02-13',
			label: 'Feb. 13, 2025',
			count: 0,
		});
	});
});

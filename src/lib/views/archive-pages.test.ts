import { describe, expect, test } from 'vitest';
import { makeArticle, testContext, testDates } from '../../../test/support/article-factory.ts';
import {
	archiveView,
	dayPages,
	MONTH_PAGE_LIMIT,
	monthPages,
	YEAR_PAGE_HEADLINES,
	yearPages,
} from './archive-pages.ts';
import { groupByDate } from '../archive.ts';
import { newestFirst } from '../articles.ts';
import { createUrls } from '../urls.ts';

const urls = createUrls({ siteUrl: 'https://news.example.org', basePath: '/news/' });
const options = testContext({ urls, dates: testDates() });
const years = groupByDate(
	newestFirst([
		makeArticle({ date: '2025-02-12', title: 'Seed' }, { id: 'seed' }),
		makeArticle({ date: '2025-02-12T09:00:00-05:00', title: 'Morning' }, { id: 'morning' }),
		makeArticle({ date: '2025-01-05', title: 'January' }, { id: 'jan' }),
		makeArticle({ date: '2024-11-30', title: 'November' }, { id: 'nov' }),
		makeArticle({ date: '2024-03-01', title: 'March' }, { id: 'mar' }),
	]),
);

describe('archiveView', () => {
	test('lists every year newest first and its months January first, with counts', () => {
		const view = archiveView(years, options);
		expect(view.path).toBe('/news/archive/');
		expect(view.description).toBe('Every month with articles: 5 articles in 2 years.');
		expect(view.years).toEqual([
			{
				href: '/news/2025/',
				label: '2025',
				countText: '3 articles',
				months: [
					{ href: '/news/2025/01/', label: 'January', year: '2025', countText: '1 article' },
					{ href: '/news/2025/02/', label: 'February', year: '2025', countText: '2 articles' },
				],
			},
			{
				href: '/news/2024/',
				label: '2024',
				countText: '2 articles',
				months: [
					{ href: '/news/2024/03/', label: 'March', year: '2024', countText: '1 article' },
					{ href: '/news/2024/11/', label: 'November', year: '2024', countText: '1 article' },
				],
			},
		]);
	});
});

describe('yearPages', () => {
	const pages = yearPages(years, options);

	test('one page a year, linked to the nearest years with articles', () => {
		expect(pages.map((p) => [p.params, p.path, p.earlier?.href, p.later?.href])).toEqual([
			[{ year: '2025' }, '/news/2025/', '/news/2024/', undefined],
			[{ year: '2024' }, '/news/2024/', undefined, '/news/2025/'],
		]);
	});

	test('holds the months with counts and each month’s headlines, newest first', () => {
		const [y2025] = pages;
		expect(y2025?.countText).toBe('3 articles');
		expect(y2025?.months.map((m) => m.label)).toEqual(['January', 'February']);
		expect(y2025?.sections.map((s) => [s.label, s.href, s.id, s.countText, s.headlines.map((c) => c.title)])).toEqual([
			['February 2025', '/news/2025/02/', '2025-02', '2 articles', ['Morning', 'Seed']],
			['January 2025', '/news/2025/01/', '2025-01', '1 article', ['January']],
		]);
		expect(y2025?.breadcrumbs).toEqual([{ href: '/news/archive/', label: 'Archive' }]);
	});
});

describe('bounded date pages', () => {
	// A busy month: more articles than a month page lists, spread over its days.
	const busy = groupByDate(
		newestFirst(
			Array.from({ length: MONTH_PAGE_LIMIT + 1 }, (_, i) =>
				makeArticle(
					{
						date: `2024-05-${String((i % 28) + 1).padStart(2, '0')}T${String(12 + (i % 10))}:${String(i % 60).padStart(2, '0')}:00Z`,
						title: `A${i}`,
					},
					{ id: `a${i}` },
				),
			),
		),
	);

	test('a year page shows at most a few headlines a month, with a link to the rest', () => {
		const [year] = yearPages(busy, options);
		const [may] = year?.sections ?? [];
		expect(may?.headlines).toHaveLength(YEAR_PAGE_HEADLINES);
		expect(may?.more).toEqual({ href: '/news/2024/05/', label: `All ${MONTH_PAGE_LIMIT + 1} articles of May 2024` });
	});

	test('a month too busy to list keeps its calendar and says where the headlines are', () => {
		const [may] = monthPages(busy, options);
		expect(may?.sections).toEqual([]);
		expect(may?.note).toMatch(/each day in the calendar/u);
		expect(may?.calendar.weeks.flat().filter((cell) => cell?.href)).toHaveLength(28);
	});
});

describe('monthPages', () => {
	const pages = monthPages(years, options);

	test('one page a month with articles, linked across years to the nearest months with articles', () => {
		expect(pages.map((p) => [p.path, p.earlier?.label, p.later?.label])).toEqual([
			['/news/2025/02/', 'January 2025', undefined],
			['/news/2025/01/', 'November 2024', 'February 2025'],
			['/news/2024/11/', 'March 2024', 'January 2025'],
			['/news/2024/03/', undefined, 'November 2024'],
		]);
		expect(pages[0]?.params).toEqual({ year: '2025', month: '02' });
	});

	test('has the calendar, then the articles by day', () => {
		const [february] = pages;
		expect(february?.title).toBe('February 2025');
		expect(
			february?.calendar.weeks
				.flat()
				.filter((c) => c?.href)
				.map((c) => c?.day),
		).toEqual([12]);
		expect(february?.sections.map((s) => [s.label, s.href, s.iso, s.headlines.map((c) => c.title)])).toEqual([
			['Feb. 12, 2025', '/news/2025/02/12/', '2025-02-12', ['Morning', 'Seed']],
		]);
		// Grouped by day, a headline shows its time alone, and only when the article gave one.
		expect(february?.sections[0]?.headlines.map((h) => h.timeOfDay)).toEqual(['9:00 a.m. ET', undefined]);
		expect(february?.note).toBeUndefined();
		expect(february?.breadcrumbs.map((b) => b.label)).toEqual(['Archive', '2025']);
	});
});

describe('dayPages', () => {
	const pages = dayPages(years, options);

	test('one page a day with articles, with its articles and neighbours', () => {
		expect(pages.map((p) => [p.params, p.title, p.cards.length])).toEqual([
			[{ year: '2025', month: '02', day: '12' }, 'Feb. 12, 2025', 2],
			[{ year: '2025', month: '01', day: '05' }, 'Jan. 5, 2025', 1],
			[{ year: '2024', month: '11', day: '30' }, 'Nov. 30, 2024', 1],
			[{ year: '2024', month: '03', day: '01' }, 'March 1, 2024', 1],
		]);
		expect(pages[1]?.earlier).toEqual({ href: '/news/2024/11/30/', label: 'Nov. 30, 2024' });
		expect(pages[1]?.later).toEqual({ href: '/news/2025/02/12/', label: 'Feb. 12, 2025' });
		expect(pages[0]?.breadcrumbs.map((b) => b.href)).toEqual(['/news/archive/', '/news/2025/', '/news/2025/02/']);
		expect(pages[0]?.description).toBe('2 articles published on Feb. 12, 2025.');
	});
});

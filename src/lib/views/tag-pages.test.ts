import { describe, expect, test } from 'vitest';
import { makeArticle, testContext, testDates } from '../../../test/support/article-factory.ts';
import {
	archivePageNumber,
	initial,
	TAG_ARCHIVE_PAGE,
	tagArchivePages,
	TOP_TOPICS,
	tagIndexView,
	tagPages,
} from './tag-pages.ts';
import { groupByTag, tagLabeller } from '../tags.ts';
import { createUrls } from '../urls.ts';

const urls = createUrls({ siteUrl: 'https://news.example.org', basePath: '/news/' });
const tagged = (id: string, tags: string[], date: string) => makeArticle({ tags, date, title: `Title ${id}` }, { id });

describe('tagIndexView', () => {
	const groups = groupByTag([
		tagged('a', ['Ukraine', 'Russia', 'Émigrés'], '2025-02-12'),
		tagged('b', ['ukraine', 'AC/DC', '2025 budget'], '2025-02-11'),
		tagged('c', ['Ukraine', 'Україна'], '2025-02-10'),
	]);
	const view = tagIndexView(groups, testContext({ urls }));

	test('lists every tag most used first, with its count and link', () => {
		expect(view.byCount[0]).toEqual({
			href: '/news/tags/ukraine/',
			label: 'Ukraine',
			count: 3,
			countText: '3 articles',
		});
		expect(view.byCount.map((t) => t.countText)).toEqual([
			'3 articles',
			'1 article',
			'1 article',
			'1 article',
			'1 article',
			'1 article',
		]);
	});

	test('files the same tags A–Z under initial letters, accents folded, symbols and digits last', () => {
		expect(view.byLetter.map((s) => [s.letter, s.tags.map((t) => t.label)])).toEqual([
			['A', ['AC/DC']],
			['E', ['Émigrés']],
			['R', ['Russia']],
			['U', ['Ukraine']],
			['У', ['Україна']],
			['#', ['2025 budget']],
		]);
		expect(view.byLetter.map((s) => s.id)).toEqual([
			'letter-a',
			'letter-e',
			'letter-r',
			'letter-u',
			'letter-у',
			'letter-other',
		]);
	});

	test('a slash in a tag stays inside its own URL segment; non-Latin slugs are percent-encoded', () => {
		const hrefs = view.byCount.map((t) => t.href);
		expect(hrefs).toContain('/news/tags/ac-dc/');
		expect(hrefs).toContain(`/news/tags/${encodeURIComponent('україна')}/`);
	});

	test('counts the topics in its description', () => {
		expect(view.description).toBe('All 6 topics: the most covered, then A to Z.');
	});

	test('heads the page with only the most covered topics; A to Z has them all', () => {
		const many = groupByTag(
			Array.from({ length: TOP_TOPICS + 5 }, (_, i) => tagged(`t${i}`, [`Topic ${i}`], '2025-02-12')),
		);
		const big = tagIndexView(many, testContext({ urls }));
		expect(big.byCount).toHaveLength(TOP_TOPICS);
		expect(big.byLetter.flatMap((s) => s.tags)).toHaveLength(TOP_TOPICS + 5);
	});
});

describe('initial', () => {
	test('is the first letter, upper case and without accents, or # for anything else', () => {
		expect(['apple', 'Émile', 'école', 'ßtraße', '東京', '42', '🚀', '"Quoted"'].map(initial)).toEqual([
			'A',
			'E',
			'E',
			'S',
			'東',
			'#',
			'#',
			'#',
		]);
	});
});

describe('tagPages', () => {
	const articles = Array.from({ length: 5 }, (_, i) =>
		tagged(`a${i}`, [i === 0 ? 'HARBOUR' : 'Harbour'], `2024-03-${String(20 - i).padStart(2, '0')}`),
	);
	const groups = groupByTag(articles);
	const context = testContext({ urls, dates: testDates(), pageSize: 2, label: tagLabeller(groups) });
	const [page] = tagPages(groups, context);

	test('one page a tag: its label as the heading, the count beside it, the newest articles as cards', () => {
		expect([page?.slug, page?.path, page?.label, page?.countText]).toEqual([
			'harbour',
			'/news/tags/harbour/',
			'Harbour',
			'5 articles',
		]);
		expect(page?.cards.map((c) => c.title)).toEqual(['Title a0', 'Title a1']);
	});

	test('links the archive page holding the next older article, and each year', () => {
		expect(page?.older).toEqual({ href: '/news/tags/harbour/1/', label: 'Older articles' });
		expect(page?.years).toEqual([{ href: '/news/tags/harbour/1/', label: '2024', countText: '5 articles' }]);
	});

	test('names its own feeds for visible links', () => {
		expect(page?.feeds.map((f) => [f.name, f.href])).toEqual([
			['RSS', 'https://news.example.org/news/tags/harbour/rss.xml'],
			['Atom', 'https://news.example.org/news/tags/harbour/atom.xml'],
			['JSON Feed', 'https://news.example.org/news/tags/harbour/feed.json'],
		]);
	});

	test('cards show the site-wide label, not the article’s own spelling', () => {
		expect(page?.cards[0]?.tags).toEqual([{ href: '/news/tags/harbour/', label: 'Harbour' }]);
	});

	test('a tag that fits its own page has no archive pages', () => {
		const [small] = tagPages(groups, testContext({ urls, dates: testDates(), pageSize: 10 }));
		expect(small?.older).toBeUndefined();
		expect(small?.years).toEqual([]);
		expect(tagArchivePages(groups, testContext({ urls, dates: testDates(), pageSize: 10 }))).toEqual([]);
	});
});

describe('tagArchivePages', () => {
	const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
	// Article k (0 the oldest) is the same article whatever the tag's size: a bigger tag is a later state.
	const tagOf = (n: number) =>
		groupByTag(Array.from({ length: n }, (_, i) => tagged(`a${n - 1 - i}`, ['Harbour'], day(n - 1 - i))));
	const context = testContext({ urls, dates: testDates(), pageSize: 10 });

	test('numbers pages from the oldest article, newest first within a page', () => {
		const pages = tagArchivePages(tagOf(TAG_ARCHIVE_PAGE + 3), context);
		expect(pages.map((p) => [p.number, p.path, p.headlines.length, p.newer, p.older])).toEqual([
			[1, '/news/tags/harbour/1/', TAG_ARCHIVE_PAGE, '/news/tags/harbour/2/', undefined],
			[2, '/news/tags/harbour/2/', 3, undefined, '/news/tags/harbour/1/'],
		]);
		expect(pages[1]?.headlines.map((h) => h.title)).toEqual(['Title a52', 'Title a51', 'Title a50']);
		expect(pages[0]?.heading).toBe('Harbour: Jan. 1, 2020 to Feb. 19, 2020');
	});

	test('a new article changes only the newest page; every older page stays byte for byte the same', () => {
		const before = tagArchivePages(tagOf(2 * TAG_ARCHIVE_PAGE + 7), context);
		const after = tagArchivePages(tagOf(2 * TAG_ARCHIVE_PAGE + 8), context);
		expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
		expect(after[2]).not.toEqual(before[2]);
	});

	test('the tag page links each year to the archive page with that year’s newest article', () => {
		const groups = tagOf(3 * TAG_ARCHIVE_PAGE);
		const [page] = tagPages(groups, context);
		const pages = tagArchivePages(groups, context);
		for (const year of page?.years ?? []) {
			const target = pages.find((p) => p.path === year.href);
			const newestOfYear = groups[0]?.articles.find((a) => String(a.day.year) === year.label);
			expect(target?.headlines.map((h) => h.href)).toContain(newestOfYear?.path);
		}
		expect(page?.years.map((y) => y.label)).toEqual(['2020']);
	});
});

describe('archivePageNumber', () => {
	test('counts from the oldest article', () => {
		expect(archivePageNumber(0, 120)).toBe(3);
		expect(archivePageNumber(119, 120)).toBe(1);
		expect(archivePageNumber(70, 120)).toBe(1);
		expect(archivePageNumber(69, 120)).toBe(2);
	});
});

import { describe, expect, test } from 'vitest';
import { makeArticle, testContext, testDates } from '../../../test/support/article-factory.ts';
import { initial, tagIndexView, tagPages } from './tag-pages.ts';
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
		expect(view.description).toBe('All 6 topics, by number of articles and A to Z.');
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
	const pages = tagPages(groups, testContext({ urls, dates: testDates(), pageSize: 2, label: tagLabeller(groups) }));

	test('paginates each tag newest first, the count in every heading', () => {
		expect(pages.map((p) => [p.slug, p.number, p.path, p.heading])).toEqual([
			['harbour', 1, '/news/tags/harbour/', 'Harbour (5 articles)'],
			['harbour', 2, '/news/tags/harbour/2/', 'Harbour (5 articles)'],
			['harbour', 3, '/news/tags/harbour/3/', 'Harbour (5 articles)'],
		]);
		expect(pages.map((p) => p.cards.map((c) => c.title))).toEqual([
			['Title a0', 'Title a1'],
			['Title a2', 'Title a3'],
			['Title a4'],
		]);
	});

	test('links the pages to each other and titles the later ones', () => {
		expect(pages[0]?.pagination).toEqual({ number: 1, total: 3, older: '/news/tags/harbour/2/' });
		expect(pages[1]?.pagination).toEqual({
			number: 2,
			total: 3,
			newer: '/news/tags/harbour/',
			older: '/news/tags/harbour/3/',
		});
		expect(pages[0]?.title).toBe('Harbour');
		expect(pages[2]?.title).toBe('Harbour, page 3 of 3');
		expect(pages[2]?.description).toBe('Every article on Harbour, newest first. Page 3 of 3.');
	});

	test('cards show the site-wide label, not the article’s own spelling', () => {
		expect(pages[0]?.cards[0]?.tags).toEqual([{ href: '/news/tags/harbour/', label: 'Harbour' }]);
	});
});

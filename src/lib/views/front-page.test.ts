import { describe, expect, test } from 'vitest';
import { makeArticle, testContext } from '../../../test/support/article-factory.ts';
import { groupByDate } from '../archive.ts';
import { newestFirst, type Article } from '../articles.ts';
import { groupByTag, tagLabeller } from '../tags.ts';
import { archiveView, dayPages, monthPages, yearPages } from './archive-pages.ts';
import { activeTopics, FRONT_PAGE, frontPageView } from './front-page.ts';
import { tagArchivePages, tagIndexView, tagPages } from './tag-pages.ts';

const TAGS = Array.from({ length: 300 }, (_, i) => `Topic ${i}`);

/**
 * `n` articles over 2022–2024, a few a day, each with 2–4 tags drawn Zipf-like (a few topics
 * carry most articles), as the benchmark corpus is shaped; deterministic.
 */
function corpus(n: number): Article[] {
	let seed = 7;
	const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
	const zipf = (): string => TAGS[Math.min(TAGS.length - 1, Math.floor(1 / (random() + 0.0034) - 1))] ?? 'Topic 0';
	const start = Date.UTC(2022, 0, 1, 12);
	const span = Date.UTC(2025, 0, 1) - start;
	return newestFirst(
		Array.from({ length: n }, (_, i) => {
			const instant = new Date(start + Math.floor((span * i) / n));
			const tags = [...new Set(Array.from({ length: 2 + (i % 3) }, zipf))];
			return makeArticle(
				{ title: `Headline ${i}`, date: instant.toISOString().replace('.000Z', 'Z'), tags },
				{ id: `a${i}` },
			);
		}),
	);
}

describe('frontPageView', () => {
	test('with one article, leads with it and shows nothing empty', () => {
		const articles = [makeArticle({ title: 'The only story', tags: ['Ukraine', 'Russia'] }, { id: 'seed' })];
		const context = testContext();
		const view = frontPageView(articles, groupByTag(articles), groupByDate(articles), context);
		expect(view.lead?.title).toBe('The only story');
		expect(view.secondary).toEqual([]);
		expect(view.latest).toEqual([]);
		// Its topics hold only the lead, already shown with its standfirst: no block repeats it.
		expect(view.topics).toEqual([]);
		expect(view.years).toEqual([{ href: '/news/2025/', label: '2025', countText: '1 article' }]);
		expect(view.countText).toBe('1 article');
	});

	test('with nothing published, has no lead and no parts', () => {
		const view = frontPageView([], [], [], testContext());
		expect(view.lead).toBeUndefined();
		expect([view.secondary, view.latest, view.topics, view.years]).toEqual([[], [], [], []]);
	});

	test('at 10,000 articles: a lead, secondary stories, latest headlines and topic blocks, each bounded', () => {
		const articles = corpus(10_000);
		const tags = groupByTag(articles);
		const view = frontPageView(articles, tags, groupByDate(articles), testContext({ label: tagLabeller(tags) }));
		expect(view.lead?.title).toBe(articles[0]?.title);
		expect(view.secondary.map((c) => c.title)).toEqual(articles.slice(1, 5).map((a) => a.title));
		expect(view.latest).toHaveLength(FRONT_PAGE.latest);
		expect(view.latest[0]?.title).toBe(articles[5]?.title);
		expect(view.topics).toHaveLength(FRONT_PAGE.topics);
		for (const block of view.topics) expect(block.headlines.length).toBeLessThanOrEqual(FRONT_PAGE.topicHeadlines);
		// No headline appears twice on the page.
		const hrefs = [view.lead, ...view.secondary, ...view.latest, ...view.topics.flatMap((t) => t.headlines)].map(
			(item) => item?.href,
		);
		expect(new Set(hrefs).size).toBe(hrefs.length);
		expect(view.years.map((y) => y.label)).toEqual(['2024', '2023', '2022']);
		expect(view.countText).toBe('10,000 articles');
	});
});

describe('activeTopics', () => {
	test('ranks topics by articles among the newest, not by all-time count', () => {
		const old = Array.from({ length: 5 }, (_, i) =>
			makeArticle({ date: `2020-01-0${i + 1}`, tags: ['Old giant'] }, { id: `old${i}` }),
		);
		const fresh = Array.from({ length: 2 }, (_, i) =>
			makeArticle({ date: `2025-01-0${i + 1}`, tags: ['Fresh'] }, { id: `new${i}` }),
		);
		const articles = newestFirst([...old, ...fresh]);
		const groups = groupByTag(articles);
		expect(activeTopics(groups, articles, 3, 5).map((g) => g.label)).toEqual(['Fresh', 'Old giant']);
		expect(activeTopics(groups, articles, 2, 5).map((g) => g.label)).toEqual(['Fresh']);
	});
});

describe('every article within 4 clicks of the front page', () => {
	test('at 10,000 articles, following the links the view models give', () => {
		const articles = corpus(10_000);
		const tags = groupByTag(articles);
		const context = testContext({ label: tagLabeller(tags) });
		const dates = groupByDate(articles);
		const edges = new Map<string, string[]>();
		const link = (from: string, to: Iterable<string | undefined>): void => {
			edges.set(from, [...(edges.get(from) ?? []), ...[...to].filter((href) => href !== undefined)]);
		};
		const front = frontPageView(articles, tags, dates, context);
		link(front.path, [
			front.lead?.href,
			...front.secondary.map((c) => c.href),
			...front.latest.map((h) => h.href),
			...front.topics.flatMap((t) => [t.href, ...t.headlines.map((h) => h.href)]),
			...front.years.map((y) => y.href),
			front.archive,
			front.allTopics,
		]);
		const archive = archiveView(dates, context);
		link(
			archive.path,
			archive.years.flatMap((y) => [y.href, ...y.months.map((m) => m.href)]),
		);
		for (const year of yearPages(dates, context))
			link(year.path, [
				...year.months.map((m) => m.href),
				...year.sections.flatMap((s) => [s.href, s.more?.href, ...s.headlines.map((h) => h.href)]),
			]);
		for (const month of monthPages(dates, context))
			link(month.path, [
				...month.calendar.weeks.flat().map((cell) => cell?.href),
				...month.sections.flatMap((s) => [s.href, ...s.headlines.map((h) => h.href)]),
			]);
		for (const day of dayPages(dates, context))
			link(
				day.path,
				day.cards.map((c) => c.href),
			);
		const index = tagIndexView(tags, context);
		link(
			index.path,
			[...index.byCount, ...index.byLetter.flatMap((s) => s.tags)].map((t) => t.href),
		);
		for (const page of tagPages(tags, context))
			link(page.path, [...page.cards.map((c) => c.href), page.older?.href, ...page.years.map((y) => y.href)]);
		for (const page of tagArchivePages(tags, context))
			link(page.path, [...page.headlines.map((h) => h.href), page.newer, page.older]);

		const depth = new Map([[front.path, 0]]);
		const queue = [front.path];
		for (let path = queue.shift(); path !== undefined; path = queue.shift())
			for (const next of edges.get(path) ?? [])
				if (!depth.has(next)) {
					depth.set(next, (depth.get(path) ?? 0) + 1);
					queue.push(next);
				}
		const deepest = Math.max(...articles.map((a) => depth.get(a.path) ?? Infinity));
		expect(deepest).toBeLessThanOrEqual(4);
	});
});

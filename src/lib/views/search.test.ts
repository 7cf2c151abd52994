import { describe, expect, test } from 'vitest';
import {
	excerptRuns,
	hasCriteria,
	pagefindArguments,
	pagefindSearches,
	parseSearchQuery,
	resultsSummary,
	searchQueryString,
	searchResultView,
	withoutLeadingTitle,
	tagOptions,
	yearOptions,
	type SearchQuery,
} from './search.ts';

const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
	term: '',
	tag: '',
	author: '',
	label: '',
	year: '',
	order: 'relevance',
	...overrides,
});

describe('parseSearchQuery', () => {
	test('reads words, tag, year and order from the query string', () => {
		expect(parseSearchQuery(new URLSearchParams('q=+peace+talks+&tag=Donald%20Trump&year=2025&sort=newest'))).toEqual({
			term: 'peace talks',
			tag: 'Donald Trump',
			author: '',
			label: '',
			year: '2025',
			order: 'newest',
		});
	});

	test('reads an author and a kind of article', () => {
		expect(parseSearchQuery(new URLSearchParams('author=Ada%20Reporter&label=Opinion'))).toEqual(
			query({ author: 'Ada Reporter', label: 'Opinion' }),
		);
	});

	test('falls back to everything, by relevance, for missing or unknown values', () => {
		expect(parseSearchQuery(new URLSearchParams('sort=oldest'))).toEqual(query());
	});
});

describe('searchQueryString', () => {
	test('round-trips through parseSearchQuery, including characters that need escaping', () => {
		const asked = query({
			term: 'Zelensky & “peace”',
			tag: 'R&D / Science',
			author: 'Ann “A&B” O’Neil',
			label: 'Analysis',
			year: '2024',
			order: 'newest',
		});
		expect(parseSearchQuery(new URLSearchParams(searchQueryString(asked)))).toEqual(asked);
	});

	test('is empty for an empty query, so the address stays /search/', () => {
		expect(searchQueryString(query())).toBe('');
	});
});

describe('hasCriteria', () => {
	test('is true for words, a tag or a year alone, and false for nothing', () => {
		expect(hasCriteria(query({ term: 'x' }))).toBe(true);
		expect(hasCriteria(query({ tag: 'Ukraine' }))).toBe(true);
		expect(hasCriteria(query({ year: '2025' }))).toBe(true);
		expect(hasCriteria(query({ author: 'Ada Reporter' }))).toBe(true);
		expect(hasCriteria(query({ label: 'Opinion' }))).toBe(true);
		expect(hasCriteria(query({ order: 'newest' }))).toBe(false);
	});
});

describe('pagefindArguments', () => {
	test('passes the words and only the filters chosen, ranked by relevance', () => {
		expect(pagefindArguments(query({ term: 'Lyovochkin', tag: 'Ukraine' }))).toEqual([
			'Lyovochkin',
			{ filters: { tag: 'Ukraine' } },
		]);
	});

	test('filters by author and by kind of article', () => {
		expect(pagefindArguments(query({ term: 'harbour', author: 'Ada Reporter', label: 'Opinion' }))).toEqual([
			'harbour',
			{ filters: { author: 'Ada Reporter', label: 'Opinion' } },
		]);
	});

	test('sorts by date, newest first, when asked', () => {
		expect(pagefindArguments(query({ term: 'peace', year: '2025', order: 'newest' }))).toEqual([
			'peace',
			{ filters: { year: '2025' }, sort: { date: 'desc' } },
		]);
	});

	test('lists a filter’s articles newest first when no words are given', () => {
		expect(pagefindArguments(query({ tag: 'Ukraine' }))).toEqual([
			null,
			{ filters: { tag: 'Ukraine' }, sort: { date: 'desc' } },
		]);
	});
});

describe('excerptRuns', () => {
	test('splits out each marked word as a match', () => {
		expect(excerptRuns('the ambassador, Serhiy <mark>Lyovochkin</mark>, said')).toEqual([
			{ text: 'the ambassador, Serhiy ', match: false },
			{ text: 'Lyovochkin', match: true },
			{ text: ', said', match: false },
		]);
	});

	test('decodes the entities Pagefind escapes with, so markup in the text stays text', () => {
		expect(
			excerptRuns('&lt;script&gt;alert(1)&lt;/script&gt; R&amp;D &quot;x&quot; &#39;y&#x27; <mark>A&amp;B</mark>'),
		).toEqual([
			{ text: '<script>alert(1)</script> R&D "x" \'y\' ', match: false },
			{ text: 'A&B', match: true },
		]);
	});

	test('moves punctuation around a marked word out of the highlight', () => {
		expect(
			excerptRuns(
				'ambassador, Serhiy <mark>Lyovochkin,</mark> said <mark>“lengthy</mark> and <mark>U.S.-backed</mark>',
			),
		).toEqual([
			{ text: 'ambassador, Serhiy ', match: false },
			{ text: 'Lyovochkin', match: true },
			{ text: ', said “', match: false },
			{ text: 'lengthy', match: true },
			{ text: ' and ', match: false },
			{ text: 'U.S.-backed', match: true },
		]);
	});

	test('keeps a highlight that is punctuation only', () => {
		expect(excerptRuns('a <mark>--</mark> b')).toEqual([
			{ text: 'a ', match: false },
			{ text: '--', match: true },
			{ text: ' b', match: false },
		]);
	});

	test('leaves an unknown entity as written', () => {
		expect(excerptRuns('a &bogus; b')).toEqual([{ text: 'a &bogus; b', match: false }]);
	});

	test('gives no runs for an empty excerpt', () => {
		expect(excerptRuns('')).toEqual([]);
	});
});

describe('searchResultView', () => {
	test('shows the headline, the date and the excerpt', () => {
		const view = searchResultView({
			url: '/news/2025/02/12/trump-putin-ukraine-peace-talks/',
			excerpt: 'Serhiy <mark>Lyovochkin</mark> said',
			meta: {
				title: 'Trump says he expects to meet Putin',
				date: '12 February 2025',
				datetime: '2025-02-12T00:00:00-05:00',
			},
		});
		expect(view).toEqual({
			href: '/news/2025/02/12/trump-putin-ukraine-peace-talks/',
			title: 'Trump says he expects to meet Putin',
			published: { iso: '2025-02-12T00:00:00-05:00', text: '12 February 2025' },
			excerpt: [
				{ text: 'Serhiy ', match: false },
				{ text: 'Lyovochkin', match: true },
				{ text: ' said', match: false },
			],
		});
	});

	test('does not repeat the headline at the start of the excerpt', () => {
		const view = searchResultView({
			url: '/a/',
			excerpt: 'Trump says he expects to <mark>meet</mark> Putin Serhiy <mark>Lyovochkin</mark> said',
			meta: { title: 'Trump says he expects to meet Putin' },
		});
		expect(view.excerpt).toEqual([
			{ text: 'Serhiy ', match: false },
			{ text: 'Lyovochkin', match: true },
			{ text: ' said', match: false },
		]);
	});

	test('keeps an excerpt that only mentions the headline later', () => {
		const runs = [{ text: 'Earlier, Trump says he expects to meet Putin', match: false }];
		expect(withoutLeadingTitle(runs, 'Trump says he expects to meet Putin')).toEqual(runs);
	});

	test('marks an opinion result as the listings do', () => {
		expect(searchResultView({ url: '/a/', excerpt: 'x', meta: { title: 'A', kicker: 'Opinion' } }).kicker).toBe(
			'Opinion',
		);
		expect(searchResultView({ url: '/a/', excerpt: 'x', meta: { title: 'A' } })).not.toHaveProperty('kicker');
	});

	test('leaves out a missing date and falls back to the address for a missing headline', () => {
		const view = searchResultView({ url: '/a/', excerpt: 'x', meta: {} });
		expect(view.title).toBe('/a/');
		expect(view).not.toHaveProperty('published');
		expect(JSON.stringify(view)).not.toContain('undefined');
	});
});

describe('tagOptions and yearOptions', () => {
	test('list tags alphabetically whatever their case, and years newest first', () => {
		expect(tagOptions({ ukraine: 1, Diplomacy: 2, 'Donald Trump': 1 }).map((o) => o.label)).toEqual([
			'Diplomacy',
			'Donald Trump',
			'ukraine',
		]);
		expect(yearOptions({ '2023': 5, '2025': 1, '2024': 9 }).map((o) => o.value)).toEqual(['2025', '2024', '2023']);
	});

	test('are empty before the site has any articles', () => {
		expect(tagOptions(undefined)).toEqual([]);
		expect(yearOptions({})).toEqual([]);
	});
});

describe('resultsSummary', () => {
	test('counts results for the words within the chosen tag and year', () => {
		expect(resultsSummary(1, query({ term: 'Lyovochkin' }))).toBe('1 result for “Lyovochkin”.');
		expect(resultsSummary(12, query({ term: 'peace talks', tag: 'Ukraine', year: '2025' }))).toBe(
			'12 results for “peace talks” tagged Ukraine in 2025.',
		);
		expect(resultsSummary(3, query({ tag: 'Ukraine' }))).toBe('3 results tagged Ukraine.');
		expect(resultsSummary(2, query({ author: 'Ada Reporter', label: 'Opinion' }))).toBe(
			'2 opinion results by Ada Reporter.',
		);
	});

	test('says plainly when nothing matches', () => {
		expect(resultsSummary(0, query({ term: 'xqzvbnm' }))).toBe('No results for “xqzvbnm”.');
	});
});

describe('pagefindSearches', () => {
	const bundles = [
		{ name: '2025-03', year: '2025' },
		{ name: '2025-01-to-02', year: '2025' },
		{ name: '2024', year: '2024' },
	];

	test('ranks words by relevance with one search over every bundle', () => {
		expect(pagefindSearches(query({ term: 'harbour' }), bundles)).toEqual([['harbour', { filters: {} }]]);
	});

	test('lists newest first bundle by bundle, newest bundle first, so the order holds across bundles', () => {
		expect(pagefindSearches(query({ term: 'harbour', order: 'newest', tag: 'Budget' }), bundles)).toEqual(
			bundles.map(({ name }) => ['harbour', { filters: { tag: 'Budget', bundle: name }, sort: { date: 'desc' } }]),
		);
		expect(pagefindSearches(query({ tag: 'Budget' }), bundles).map(([, options]) => options.filters.bundle)).toEqual(
			bundles.map(({ name }) => name),
		);
	});

	test('asks only the bundles of the year the reader chose, each once', () => {
		expect(pagefindSearches(query({ term: 'harbour', order: 'newest', year: '2025' }), bundles)).toEqual([
			['harbour', { filters: { year: '2025', bundle: '2025-03' }, sort: { date: 'desc' } }],
			['harbour', { filters: { year: '2025', bundle: '2025-01-to-02' }, sort: { date: 'desc' } }],
		]);
		expect(pagefindSearches(query({ order: 'newest', year: '2024' }), bundles)).toEqual([
			[null, { filters: { year: '2024', bundle: '2024' }, sort: { date: 'desc' } }],
		]);
	});
});

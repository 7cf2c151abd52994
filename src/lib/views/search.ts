import type { TimeView } from './article-view.ts';

/** The orders the search page offers: Pagefind's ranking, or publication date newest first. */
export type SearchOrder = 'relevance' | 'newest';

/** What a reader asked the search page for; mirrors its query string `?q=…&tag=…&author=…&label=…&year=…&sort=newest`. */
export interface SearchQuery {
	/** The words typed, trimmed; empty when only filters are chosen. */
	readonly term: string;
	/** A tag's display label, or empty for every tag. */
	readonly tag: string;
	/** A byline's name, or empty for every author. */
	readonly author: string;
	/** A kind of article as its kicker reads ("Opinion", "News"), or empty for every kind. */
	readonly label: string;
	/** A year such as `2025`, or empty for every year. */
	readonly year: string;
	readonly order: SearchOrder;
}

/** The query in a search page URL's parameters; anything missing or unknown falls back to "all" and relevance. */
export function parseSearchQuery(params: URLSearchParams): SearchQuery {
	return {
		term: params.get('q')?.trim() ?? '',
		tag: params.get('tag')?.trim() ?? '',
		author: params.get('author')?.trim() ?? '',
		label: params.get('label')?.trim() ?? '',
		year: params.get('year')?.trim() ?? '',
		order: params.get('sort') === 'newest' ? 'newest' : 'relevance',
	};
}

/** The query string (with `?`, or empty) that {@link parseSearchQuery} reads back as `query`. */
export function searchQueryString(query: SearchQuery): string {
	const params = new URLSearchParams();
	if (query.term) params.set('q', query.term);
	if (query.tag) params.set('tag', query.tag);
	if (query.author) params.set('author', query.author);
	if (query.label) params.set('label', query.label);
	if (query.year) params.set('year', query.year);
	if (query.order === 'newest') params.set('sort', 'newest');
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** True when the query asks for anything: words, a tag, an author, a kind or a year. */
export function hasCriteria(query: SearchQuery): boolean {
	return query.term !== '' || query.tag !== '' || query.author !== '' || query.label !== '' || query.year !== '';
}

/** The arguments of Pagefind's `search(term, options)`: a null term lists every article the filters allow. */
export function pagefindArguments(query: SearchQuery): [term: string | null, options: PagefindSearchOptions] {
	const filters: Record<string, string> = {};
	if (query.tag) filters.tag = query.tag;
	if (query.author) filters.author = query.author;
	if (query.label) filters.label = query.label;
	if (query.year) filters.year = query.year;
	// Without words there is no relevance to rank by, so filter-only listings are newest first too.
	const newest = query.order === 'newest' || query.term === '';
	return [query.term || null, { filters, ...(newest ? { sort: { date: 'desc' } } : {}) }];
}

/**
 * The Pagefind searches that answer `query` over the search bundles (`bundles`, newest first: see
 * src/lib/search-bundles.ts), in the order their results are shown. Pagefind merges bundles by
 * score, and a sorted search scores each result by its place in its own bundle, so newest-first asks
 * bundle by bundle (each bundle's pages carry its name as the `bundle` filter) and keeps that order.
 */
export function pagefindSearches(
	query: SearchQuery,
	bundles: readonly { readonly name: string; readonly year: string }[],
): [term: string | null, options: PagefindSearchOptions][] {
	const newest = query.order === 'newest' || query.term === '';
	if (!newest) return [pagefindArguments(query)];
	return bundles
		.filter((bundle) => query.year === '' || bundle.year === query.year)
		.map((bundle) => {
			const [term, options] = pagefindArguments(query);
			return [term, { ...options, filters: { ...options.filters, bundle: bundle.name } }];
		});
}

/** The options of Pagefind's `search()` that this site uses. */
export interface PagefindSearchOptions {
	readonly filters: Readonly<Record<string, string>>;
	readonly sort?: Readonly<Record<string, 'asc' | 'desc'>>;
}

/** One result's data as Pagefind's `result.data()` returns it: the parts this site reads. */
export interface PagefindResultData {
	readonly url: string;
	/** Text around the matches, HTML-escaped, each matching word wrapped in `<mark>`. */
	readonly excerpt: string;
	readonly meta: Readonly<Record<string, string | undefined>>;
}

/** A stretch of excerpt text, and whether it is a matching word to highlight. */
export interface ExcerptRun {
	readonly text: string;
	readonly match: boolean;
}

/** What a search result shows: headline linking to the article, date and excerpt. */
export interface SearchResultView {
	readonly href: string;
	readonly title: string;
	readonly published?: TimeView;
	/** The kind of article ("Opinion") when it is not plain news. */
	readonly kicker?: string;
	readonly excerpt: readonly ExcerptRun[];
}

/** The view of one Pagefind result; metadata an article page did not record is left out, never shown as "undefined". */
export function searchResultView(data: PagefindResultData): SearchResultView {
	const { title, date, datetime, kicker } = data.meta;
	return {
		href: data.url,
		title: title?.trim() || data.url,
		...(date && datetime ? { published: { iso: datetime, text: date } } : {}),
		...(kicker?.trim() ? { kicker: kicker.trim() } : {}),
		excerpt: withoutLeadingTitle(excerptRuns(data.excerpt), title?.trim() ?? ''),
	};
}

/**
 * The excerpt without the headline it starts with: the page's text begins with its h1, so a match
 * near the top would show the headline twice, once as the link and again in the excerpt.
 */
export function withoutLeadingTitle(runs: readonly ExcerptRun[], title: string): ExcerptRun[] {
	const text = runs.map((run) => run.text).join('');
	const lead = /^\s*/u.exec(text)?.[0].length ?? 0;
	if (title === '' || !text.startsWith(title, lead)) return [...runs];
	let cut = lead + title.length;
	const rest: ExcerptRun[] = [];
	for (const run of runs) {
		if (cut >= run.text.length) {
			cut -= run.text.length;
			continue;
		}
		rest.push({ text: run.text.slice(cut), match: run.match });
		cut = 0;
	}
	const [first, ...others] = rest;
	if (!first) return [];
	const trimmed = first.text.replace(/^[\s.:–—-]+/u, '');
	return trimmed === '' ? others : [{ text: trimmed, match: first.match }, ...others];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(html: string): string {
	return html.replace(
		/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));/giu,
		(whole, decimal?: string, hex?: string, name?: string) => {
			if (decimal) return String.fromCodePoint(Number(decimal));
			if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
			return ENTITIES[name?.toLowerCase() ?? ''] ?? whole;
		},
	);
}

/**
 * Pagefind's excerpt as plain-text runs, so the page can build it with text nodes and `<mark>` elements
 * instead of parsing HTML. Pagefind marks whole space-separated words; punctuation around a word
 * (`“Lyovochkin,”`) is moved out of the highlight.
 */
export function excerptRuns(excerpt: string): ExcerptRun[] {
	const runs: ExcerptRun[] = [];
	const add = (text: string, match: boolean): void => {
		if (text === '') return;
		const last = runs.at(-1);
		if (last?.match === match) runs[runs.length - 1] = { text: last.text + text, match };
		else runs.push({ text, match });
	};
	for (const part of excerpt.split(/(<mark>[\s\S]*?<\/mark>)/u)) {
		const marked = /^<mark>([\s\S]*)<\/mark>$/u.exec(part);
		if (!marked) {
			add(decodeEntities(part), false);
			continue;
		}
		const [, before = '', word = '', after = ''] =
			/^(\p{P}*)([\s\S]*?)(\p{P}*)$/u.exec(decodeEntities(marked[1] ?? '')) ?? [];
		// A "word" of punctuation only stays highlighted rather than vanish from the highlight.
		if (word === '') add(before + after, true);
		else {
			add(before, false);
			add(word, true);
			add(after, false);
		}
	}
	return runs;
}

/** A choice in a filter menu. */
export interface FilterOption {
	readonly value: string;
	readonly label: string;
}

/** The values Pagefind knows for a filter (tags, authors, kinds), alphabetical, from `pagefind.filters()`'s counts. */
export function tagOptions(counts: Readonly<Record<string, number>> | undefined): FilterOption[] {
	return Object.keys(counts ?? {})
		.sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : 1))
		.map((tag) => ({ value: tag, label: tag }));
}

/** The years Pagefind knows, newest first, from `pagefind.filters()`'s counts for `year`. */
export function yearOptions(counts: Readonly<Record<string, number>> | undefined): FilterOption[] {
	return Object.keys(counts ?? {})
		.sort((a, b) => Number(b) - Number(a))
		.map((year) => ({ value: year, label: year }));
}

/** The sentence announced after a search, e.g. `2 opinion results for “peace talks” tagged Ukraine by Ada Reporter in 2025`. */
export function resultsSummary(count: number, query: SearchQuery): string {
	const scope = [
		query.tag ? ` tagged ${query.tag}` : '',
		query.author ? ` by ${query.author}` : '',
		query.year ? ` in ${query.year}` : '',
	].join('');
	const words = query.term ? ` for “${query.term}”` : '';
	const kind = query.label ? `${query.label.toLowerCase()} ` : '';
	if (count === 0) return `No ${kind}results${words}${scope}.`;
	return `${count} ${kind}${count === 1 ? 'result' : 'results'}${words}${scope}.`;
}

/**
 * The search page in the browser: loads Pagefind's bundle from the built site, fills the topic and
 * year menus, searches as the reader types, and renders the results.
 * What to ask Pagefind and how to show its answers is decided in src/lib/views/search.ts.
 */
import {
	hasCriteria,
	pagefindSearches,
	parseSearchQuery,
	resultsSummary,
	searchQueryString,
	searchResultView,
	tagOptions,
	yearOptions,
	type FilterOption,
	type PagefindResultData,
	type PagefindSearchOptions,
	type SearchQuery,
	type SearchResultView,
} from '../lib/views/search.ts';

/** The options this page gives Pagefind, for the first bundle and every merged one. */
interface PagefindOptions {
	baseUrl: string;
	excerptEllipsis: string;
	/** Filters given to every page of the bundle: its name, to search one bundle at a time. */
	mergeFilter?: Record<string, string>;
}

/** The parts of Pagefind's browser API (`pagefind/<year>/pagefind.js`) this page uses. */
interface Pagefind {
	options(options: PagefindOptions): Promise<void>;
	init(): Promise<void>;
	mergeIndex(indexPath: string, options: PagefindOptions): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(term: string | null, options: PagefindSearchOptions): Promise<PagefindSearch>;
	debouncedSearch(
		term: string | null,
		options: PagefindSearchOptions,
		timeout?: number,
	): Promise<PagefindSearch | null>;
}

interface PagefindSearch {
	results: PagefindResult[];
}

interface PagefindResult {
	data(): Promise<PagefindResultData>;
}

/** Results loaded at a time: each costs a fragment download. */
const PAGE_SIZE = 10;
/** Pause after the last keystroke before searching. */
const TYPING_PAUSE_MS = 250;

function find<T extends Element>(root: ParentNode, selector: string, type: abstract new () => T): T {
	const found = root.querySelector(selector);
	if (!(found instanceof type)) throw new Error(`search page: no ${type.name} matches ${selector}`);
	return found;
}

function fillMenu(select: HTMLSelectElement, options: readonly FilterOption[], chosen: string): void {
	select.append(...options.map(({ value, label }) => new Option(label, value)));
	select.value = options.some((option) => option.value === chosen) ? chosen : '';
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const made = document.createElement(tag);
	if (className) made.className = className;
	made.append(...children);
	return made;
}

/** A result as a list item: headline link, date, excerpt with the matching words in <mark>. */
function renderResult(view: SearchResultView): HTMLLIElement {
	const link = element('a', '', view.title);
	link.href = view.href;
	const title = element('h2', 'search-result__title', link);
	title.dir = 'auto';
	const excerpt = element(
		'p',
		'search-result__excerpt',
		...view.excerpt.map((run) => (run.match ? element('mark', '', run.text) : run.text)),
	);
	excerpt.dir = 'auto';
	const item = element('li', 'search-result');
	// Opinion and the other kinds are marked wherever an article is listed, results included.
	if (view.kicker) item.append(element('p', 'kicker', view.kicker));
	item.append(title);
	if (view.published) {
		const time = element('time', '', view.published.text);
		time.dateTime = view.published.iso;
		item.append(element('p', 'meta search-result__date', time));
	}
	item.append(excerpt);
	return item;
}

/** Wires up the search page rooted at `root` (the element with `data-search`). */
export async function startSearch(root: HTMLElement): Promise<void> {
	const form = find(root, 'form', HTMLFormElement);
	const input = find(form, '[name="q"]', HTMLInputElement);
	const tagMenu = find(form, '[name="tag"]', HTMLSelectElement);
	const authorMenu = find(form, '[name="author"]', HTMLSelectElement);
	const labelMenu = find(form, '[name="label"]', HTMLSelectElement);
	const yearMenu = find(form, '[name="year"]', HTMLSelectElement);
	const orderMenu = find(form, '[name="sort"]', HTMLSelectElement);
	const status = find(root, '.search__status', HTMLElement);
	const help = find(root, '.search__help', HTMLElement);
	const list = find(root, '.search__results', HTMLOListElement);
	const more = find(root, '.search__more', HTMLButtonElement);

	const initial = parseSearchQuery(new URLSearchParams(location.search));
	input.value = initial.term;
	orderMenu.value = initial.order;
	form.hidden = false;

	// The search bundles, newest first (src/lib/search-bundles.ts): the first is loaded, the others merged into it,
	// each page tagged with its bundle's name so that newest-first can ask bundle by bundle.
	const words = (value: string | undefined): string[] => (value ?? '').split(' ').filter(Boolean);
	const names = words(root.dataset.bundleNames);
	const years = words(root.dataset.bundleYears);
	const bundles = words(root.dataset.bundles).map((url, i) => ({ url, name: names[i] ?? '', year: years[i] ?? '' }));
	const ready = (async (): Promise<Pagefind> => {
		const [first, ...others] = bundles;
		if (first === undefined) throw new Error('search page: no search bundle');
		const pagefind = (await import(/* @vite-ignore */ `${first.url}pagefind.js`)) as Pagefind;
		const options: PagefindOptions = { baseUrl: root.dataset.base ?? '/', excerptEllipsis: '…' };
		await pagefind.options({ ...options, mergeFilter: { bundle: first.name } });
		await pagefind.init();
		await Promise.all(
			others.map((bundle) => pagefind.mergeIndex(bundle.url, { ...options, mergeFilter: { bundle: bundle.name } })),
		);
		const filters = await pagefind.filters();
		fillMenu(tagMenu, tagOptions(filters.tag), initial.tag);
		fillMenu(authorMenu, tagOptions(filters.author), initial.author);
		fillMenu(labelMenu, tagOptions(filters.label), initial.label);
		fillMenu(yearMenu, yearOptions(filters.year), initial.year);
		return pagefind;
	})();
	const unavailable = (): void => {
		// `astro dev` has no index (only builds make one), and a host may have dropped the folder.
		status.textContent = 'Search is not available right now: its index could not be loaded.';
		help.hidden = false;
	};

	const current = (): SearchQuery => ({
		term: input.value.trim(),
		tag: tagMenu.value,
		author: authorMenu.value,
		label: labelMenu.value,
		year: yearMenu.value,
		order: orderMenu.value === 'newest' ? 'newest' : 'relevance',
	});

	// Each search gets a number; answers to searches overtaken by a newer one are dropped.
	let latest = 0;
	let pending: PagefindResult[] = [];

	const showMore = async (search: number): Promise<HTMLAnchorElement | undefined> => {
		const batch = pending.splice(0, PAGE_SIZE);
		const views = (await Promise.all(batch.map((result) => result.data()))).map(searchResultView);
		if (search !== latest) return undefined;
		const firstNew = list.children.length;
		list.append(...views.map(renderResult));
		more.hidden = pending.length === 0;
		return list.children[firstNew]?.querySelector('a') ?? undefined;
	};

	const run = async (typing: boolean): Promise<void> => {
		const search = ++latest;
		let pagefind: Pagefind;
		try {
			pagefind = await ready;
		} catch {
			unavailable();
			return;
		}
		if (search !== latest) return;
		// Read the form only now: the topic and year menus are filled once the index has loaded.
		const query = current();
		history.replaceState(history.state, '', `${location.pathname}${searchQueryString(query)}`);
		if (!hasCriteria(query)) {
			list.replaceChildren();
			status.textContent = '';
			help.hidden = true;
			more.hidden = true;
			return;
		}
		const found: PagefindResult[] = [];
		for (const [index, [term, options]] of pagefindSearches(query, bundles).entries()) {
			// Only the first search waits for the typing to pause; the others (one per bundle) follow at once.
			const answer =
				typing && index === 0
					? await pagefind.debouncedSearch(term, options, TYPING_PAUSE_MS)
					: await pagefind.search(term, options);
			if (answer === null || search !== latest) return;
			found.push(...answer.results);
		}
		pending = [...found];
		list.replaceChildren();
		await showMore(search);
		if (search !== latest) return;
		// The status region is live: setting its text announces the outcome to screen readers.
		status.textContent = resultsSummary(found.length, query);
		help.hidden = found.length > 0;
	};

	input.addEventListener('input', () => void run(true));
	for (const menu of [tagMenu, authorMenu, labelMenu, yearMenu, orderMenu])
		menu.addEventListener('change', () => void run(false));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run(false);
	});
	more.addEventListener('click', () => {
		void showMore(latest).then((firstNew) => firstNew?.focus());
	});

	// Listeners are attached before the index loads, so nothing typed meanwhile is lost; once it is
	// loaded, search for what the address asked for or the reader has already typed.
	try {
		await ready;
	} catch {
		unavailable();
		return;
	}
	if (hasCriteria(current())) await run(false);
}

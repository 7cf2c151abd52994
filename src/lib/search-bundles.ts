import { pad2 } from './dates.ts';

/**
 * How the search index is split. Pagefind cannot update an index, so every bundle whose pages
 * change is indexed again whole; a publish should touch a small one. Every past year is one bundle
 * (`2023`); the newest year is split into its newest month (`2024-12`), where new articles land,
 * and the rest of that year (`2024-01-to-11`). When a new month or year begins, the bundles are cut
 * anew once. The search page merges them in the browser, newest first.
 */
export interface SearchBundle {
	/** Its folder under `pagefind/` and the value of its `bundle` filter. */
	readonly name: string;
	readonly year: string;
	/** The months of `year` whose article pages it holds (two digits, ascending). */
	readonly months: readonly string[];
}

/** The search bundles of a site whose articles fall on `days`, newest first. */
export function searchBundles(days: Iterable<{ readonly year: number; readonly month: number }>): SearchBundle[] {
	const years = new Map<number, Set<number>>();
	for (const { year, month } of days) years.set(year, (years.get(year) ?? new Set()).add(month));
	const bundles: SearchBundle[] = [];
	for (const [index, [year, monthSet]] of [...years].sort(([a], [b]) => b - a).entries()) {
		const months = [...monthSet].sort((a, b) => a - b).map(pad2);
		const newest = months.at(-1);
		if (index > 0 || newest === undefined) {
			bundles.push({ name: String(year), year: String(year), months });
			continue;
		}
		bundles.push({ name: `${year}-${newest}`, year: String(year), months: [newest] });
		const rest = months.slice(0, -1);
		const [first] = rest;
		const last = rest.at(-1);
		if (first === undefined || last === undefined) continue;
		bundles.push({
			name: first === last ? `${year}-${first}` : `${year}-${first}-to-${last}`,
			year: String(year),
			months: rest,
		});
	}
	return bundles;
}

/** An article page in the built site: `2025/02/12/slug/index.html`. */
const ARTICLE_PAGE = /^(\d{4})\/(\d{2})\/\d{2}\/[^/]+\/index\.html$/u;

/** The year and month of an article page of the built site (path relative to the site), or undefined for any other file. */
export function articlePageMonth(relativePath: string): { year: number; month: number } | undefined {
	const match = ARTICLE_PAGE.exec(relativePath.replaceAll('\\', '/'));
	return match ? { year: Number(match[1]), month: Number(match[2]) } : undefined;
}

/** The article pages of the built site, grouped by their bundle's name (newest bundle first, each group sorted). */
export function groupByBundle(
	relativePaths: readonly string[],
): Map<string, { bundle: SearchBundle; paths: string[] }> {
	const pages = relativePaths.flatMap((path) => {
		const month = articlePageMonth(path);
		return month ? [{ path, ...month }] : [];
	});
	const groups = new Map(searchBundles(pages).map((bundle) => [bundle.name, { bundle, paths: [] as string[] }]));
	for (const { path, year, month } of pages) {
		const group = [...groups.values()].find(
			({ bundle }) => bundle.year === String(year) && bundle.months.includes(pad2(month)),
		);
		group?.paths.push(path);
	}
	for (const { paths } of groups.values()) paths.sort();
	return groups;
}

/** The glob (relative to the built site) of a bundle's article pages, for Pagefind's `--glob`. */
export function bundleGlob(bundle: SearchBundle): string {
	const months = bundle.months.length === 1 ? bundle.months[0] : `{${bundle.months.join(',')}}`;
	return `${bundle.year}/${months ?? '*'}/*/*/index.html`;
}

import { createHash } from 'node:crypto';

/**
 * The search index is split into one Pagefind bundle per publication year, so a publish re-indexes
 * only the year whose article pages changed (Pagefind itself cannot update an index). The search
 * page merges the bundles in the browser with Pagefind's `mergeIndex`.
 */

/** An article page in the built site: `2025/02/12/slug/index.html` (its first folder is its year). */
const ARTICLE_PAGE = /^(\d{4})\/\d{2}\/\d{2}\/[^/]+\/index\.html$/u;

/** The glob that finds the article pages of the built site, of one year or of every year (see {@link bundleYear}). */
export function articlePageGlob(year = '[0-9][0-9][0-9][0-9]'): string {
	return `${year}/*/*/*/index.html`;
}

/** The year bundle an HTML file of the built site belongs to (path relative to the site), or undefined. */
export function bundleYear(relativePath: string): string | undefined {
	return ARTICLE_PAGE.exec(relativePath.replaceAll('\\', '/'))?.[1];
}

/** Article pages grouped by year bundle; each group's paths sorted. */
export function groupByYear(relativePaths: readonly string[]): Map<string, string[]> {
	const groups = new Map<string, string[]>();
	for (const path of relativePaths) {
		const year = bundleYear(path);
		if (year === undefined) continue;
		groups.set(year, [...(groups.get(year) ?? []), path]);
	}
	for (const paths of groups.values()) paths.sort();
	return new Map([...groups].sort(([a], [b]) => b.localeCompare(a)));
}

/**
 * The digest of a year bundle's input: the indexer's identity (Pagefind version and options) and
 * every page's path and bytes. Equal digests give identical bundles, so the previous one is reused.
 */
export function bundleDigest(indexer: string, pages: readonly { path: string; bytes: Uint8Array }[]): string {
	const hash = createHash('sha256').update(indexer).update('\0');
	for (const { path, bytes } of pages) {
		hash.update(path).update('\0').update(createHash('sha256').update(bytes).digest('hex')).update('\0');
	}
	return hash.digest('hex');
}

/** Which year bundles to copy from the cache, which to index anew, and which cached ones are gone. */
export interface BundlePlan {
	readonly reuse: readonly string[];
	readonly rebuild: readonly string[];
	readonly drop: readonly string[];
}

/** Compares this build's bundle digests with those of the bundles kept in the cache. */
export function planBundles(
	cached: Readonly<Record<string, string>>,
	current: ReadonlyMap<string, string>,
): BundlePlan {
	const reuse: string[] = [];
	const rebuild: string[] = [];
	for (const [year, digest] of current) (cached[year] === digest ? reuse : rebuild).push(year);
	const drop = Object.keys(cached)
		.filter((year) => !current.has(year))
		.sort();
	return { reuse, rebuild, drop };
}

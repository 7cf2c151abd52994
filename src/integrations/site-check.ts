/**
 * What a complete build writes, checked before the site is moved into place: a step that failed
 * quietly (an integration that logged an error and carried on) must not ship a site without it.
 */

/** Files every build must write, relative to the output folder. */
export const REQUIRED_FILES: readonly string[] = [
	'index.html',
	'404.html',
	'robots.txt',
	'sitemap-index.xml',
	'news-sitemap.xml',
	'rss.xml',
];

/** The entry file of each search bundle (`2025-02` → `pagefind/2025-02/pagefind-entry.json`). */
export function searchBundleFiles(bundles: readonly string[]): string[] {
	return bundles.map((name) => `pagefind/${name}/pagefind-entry.json`);
}

/** The files `robots.txt` names as sitemaps, relative to the output folder (the site URL and base path removed). */
export function sitemapsNamedIn(robotsTxt: string, siteBase: string): string[] {
	return robotsTxt
		.split('\n')
		.map((line) => /^sitemap:\s*(\S+)/iu.exec(line.trim())?.[1])
		.filter((url): url is string => url?.startsWith(siteBase) === true)
		.map((url) => decodeURIComponent(url.slice(siteBase.length)));
}

/**
 * The problems with a built site: every required file, every sitemap robots.txt names, and the
 * search bundle the articles make (`bundles`, their names: src/lib/search-bundles.ts), that is missing.
 */
export function missingOutputs(
	exists: (path: string) => boolean,
	robotsTxt: string | undefined,
	siteBase: string,
	bundles: readonly string[],
): string[] {
	const wanted = [
		...REQUIRED_FILES,
		...(robotsTxt === undefined ? [] : sitemapsNamedIn(robotsTxt, siteBase)),
		...searchBundleFiles(bundles),
	];
	return [...new Set(wanted)].filter((path) => !exists(path));
}

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

/** The search bundle of each year of articles (`2025` → `pagefind/2025/pagefind-entry.json`). */
export function searchBundleFiles(years: readonly string[]): string[] {
	return years.map((year) => `pagefind/${year}/pagefind-entry.json`);
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
 * search bundle of every year of articles (`years`), that is missing.
 */
export function missingOutputs(
	exists: (path: string) => boolean,
	robotsTxt: string | undefined,
	siteBase: string,
	years: readonly string[],
): string[] {
	const wanted = [
		...REQUIRED_FILES,
		...(robotsTxt === undefined ? [] : sitemapsNamedIn(robotsTxt, siteBase)),
		...searchBundleFiles(years),
	];
	return [...new Set(wanted)].filter((path) => !exists(path));
}

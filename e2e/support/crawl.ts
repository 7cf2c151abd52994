/**
 * Crawls a built site from its home page the way a reader and a feed reader would, and reports
 * every link that is broken, needs a redirect, leaves the base path or points at a missing anchor,
 * and every built page no link reaches. Fetching is passed in, so the logic is tested without a server.
 */
import { cssLinks, htmlFacts, jsonLinks, robotsLinks, xmlLinks, type FoundLink } from './links.ts';

/** Where a build lives: the origin it is served from in the tests and the one it was built for. */
export interface CrawlSite {
	/** The served origin, e.g. `http://127.0.0.1:4401`. */
	readonly localOrigin: string;
	/** `SITE_URL` of the build: absolute links (canonical, feeds, sitemaps) use it. */
	readonly publicOrigin: string;
	/** `BASE_PATH`, with leading and trailing slash. */
	readonly basePath: string;
	/** Every file of the build, relative to its folder with `/` separators (`2025/index.html`). */
	readonly files: ReadonlySet<string>;
}

/** What a fetch returned: the status (3xx not followed) and the body as text. */
export interface Fetched {
	readonly status: number;
	readonly body: string;
}

/** One broken target and everything that points at it. */
export interface Problem {
	/** The target path (with fragment when the anchor is the problem). */
	readonly target: string;
	readonly reason: string;
	/** `page (via)` of the first few referrers. */
	readonly from: string[];
	readonly count: number;
}

/** The result of a crawl. */
export interface CrawlReport {
	/** Every site path fetched, with its status. */
	readonly fetched: Map<string, number>;
	readonly problems: Problem[];
	/** Built HTML pages (as unencoded paths) that no `<a href>` on a reachable page leads to. */
	readonly orphans: string[];
	/** The fewest clicks from the home page to each reachable page (unencoded paths); the home page is 0. */
	readonly depths: Map<string, number>;
}

/** The path of `url` on the served site if it belongs to the site (served or public origin), else undefined. */
export function sitePath(url: string, site: Pick<CrawlSite, 'localOrigin' | 'publicOrigin'>): string | undefined {
	const parsed = new URL(url);
	if (parsed.origin !== new URL(site.localOrigin).origin && parsed.origin !== new URL(site.publicOrigin).origin)
		return undefined;
	return parsed.pathname + parsed.search;
}

/** The build file a path is answered with, or why no static host answers it directly. */
export function targetFile(
	path: string,
	basePath: string,
	files: ReadonlySet<string>,
): { file: string } | { problem: string } {
	const pathname = path.split('?')[0] ?? '';
	if (!pathname.startsWith(basePath)) return { problem: `outside the base path ${basePath}` };
	let relative: string;
	try {
		relative = decodeURIComponent(pathname.slice(basePath.length));
	} catch {
		return { problem: 'malformed percent-encoding' };
	}
	const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
	if (files.has(file)) return { file };
	if (files.has(`${relative}/index.html`)) return { problem: `only works through a redirect to ${pathname}/` };
	return { problem: 'no such file in the build' };
}

/** The path at which a built HTML file is served, unencoded (`2025/index.html` → `/news/2025/`). */
export function pagePath(file: string, basePath: string): string {
	return (
		basePath + (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file)
	);
}

/** A path without query, percent-decoded, so two spellings of one page compare equal. */
export function pageKey(path: string): string {
	const pathname = path.split('?')[0] ?? '';
	try {
		return decodeURIComponent(pathname);
	} catch {
		return pathname;
	}
}

/** The fewest `<a href>` clicks from `start` to every page the edges reach (breadth first); `start` is 0. */
export function clickDepths(edges: ReadonlyMap<string, ReadonlySet<string>>, start: string): Map<string, number> {
	const depths = new Map([[start, 0]]);
	const queue = [start];
	for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
		const depth = depths.get(path) ?? 0;
		for (const next of edges.get(path) ?? []) {
			if (!depths.has(next)) {
				depths.set(next, depth + 1);
				queue.push(next);
			}
		}
	}
	return depths;
}

/** Pages among `pagePaths` that the `<a href>` edges do not reach from `start`. */
export function findOrphans(
	pagePaths: Iterable<string>,
	edges: ReadonlyMap<string, ReadonlySet<string>>,
	start: string,
): string[] {
	const reached = clickDepths(edges, start);
	return [...pagePaths].filter((path) => !reached.has(path)).sort();
}

/** The links in a fetched file, by its type; `anchors` for HTML pages. */
function linksOf(file: string, body: string, url: string): { links: FoundLink[]; anchors?: Set<string> } {
	const extension = /\.([a-z0-9]+)$/iu.exec(file)?.[1]?.toLowerCase();
	if (extension === 'html') return htmlFacts(body, url);
	if (extension === 'xml' || extension === 'xsl') return { links: xmlLinks(body, url) };
	if (extension === 'json') return { links: jsonLinks(body, url) };
	if (extension === 'css') return { links: cssLinks(body, url) };
	if (file === 'robots.txt') return { links: robotsLinks(body, url) };
	return { links: [] };
}

/** Crawls the site from `start` paths (the first is the home page) and reports what is wrong. */
export async function crawlSite(
	site: CrawlSite,
	start: readonly string[],
	fetchPath: (path: string) => Promise<Fetched>,
): Promise<CrawlReport> {
	const fetched = new Map<string, number>();
	const anchors = new Map<string, Set<string>>();
	const edges = new Map<string, Set<string>>();
	const problems = new Map<string, { target: string; reason: string; from: string[]; count: number }>();
	const report = (target: string, reason: string, from: string): void => {
		const key = `${target}\n${reason}`;
		const entry = problems.get(key) ?? { target, reason, from: [], count: 0 };
		entry.count++;
		if (entry.from.length < 3 && !entry.from.includes(from)) entry.from.push(from);
		problems.set(key, entry);
	};
	const fragmentLinks: { path: string; fragment: string; from: string }[] = [];
	const queue = [...start];
	const queued = new Set(queue);
	for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
		const target = targetFile(path, site.basePath, site.files);
		const response = await fetchPath(path);
		fetched.set(path, response.status);
		if (!('file' in target) || response.status !== 200) continue;
		const { links, anchors: pageAnchors } = linksOf(target.file, response.body, site.localOrigin + path);
		if (pageAnchors) anchors.set(path, pageAnchors);
		for (const link of links) {
			const linked = sitePath(link.url, site);
			if (linked === undefined) continue;
			const from = `${path} (${link.via})`;
			const linkedTarget = targetFile(linked, site.basePath, site.files);
			if ('problem' in linkedTarget) {
				report(linked, linkedTarget.problem, from);
				continue;
			}
			if (link.followable && pageAnchors)
				edges.set(pageKey(path), (edges.get(pageKey(path)) ?? new Set()).add(pageKey(linked)));
			const fragment = new URL(link.url).hash.slice(1);
			if (fragment !== '' && linkedTarget.file.endsWith('.html')) fragmentLinks.push({ path: linked, fragment, from });
			if (!queued.has(linked)) {
				queued.add(linked);
				queue.push(linked);
			}
		}
	}
	for (const [path, status] of fetched) {
		const target = targetFile(path, site.basePath, site.files);
		if ('file' in target && status !== 200) report(path, `answered ${status} by the server, not 200`, 'the crawl');
	}
	for (const { path, fragment, from } of fragmentLinks) {
		// `#top` scrolls to the top in every browser without an element of that name.
		if (fragment === 'top' || anchors.get(path)?.has(decodeURIComponent(fragment))) continue;
		report(`${path}#${fragment}`, 'no element has this id', from);
	}
	const pages = [...site.files]
		.filter((file) => file.endsWith('.html') && file !== '404.html')
		.map((file) => pagePath(file, site.basePath));
	const home = pageKey(start[0] ?? site.basePath);
	return {
		fetched,
		problems: [...problems.values()],
		orphans: findOrphans(pages, edges, home),
		depths: clickDepths(edges, home),
	};
}

/** A readable line per problem, for an assertion message. */
export function describeProblems(problems: readonly Problem[]): string[] {
	return problems.map((p) => `${p.target}: ${p.reason} — linked ${p.count}× e.g. from ${p.from.join(', ')}`).sort();
}

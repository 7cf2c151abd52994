import { describe, expect, test } from 'vitest';
import {
	crawlSite,
	describeProblems,
	clickDepths,
	findOrphans,
	pagePath,
	sitePath,
	targetFile,
	type CrawlSite,
	type Fetched,
} from './crawl.ts';

const ORIGINS = { localOrigin: 'http://127.0.0.1:4401', publicOrigin: 'https://news.example.org' };

describe('sitePath', () => {
	test('maps the served and the public origin onto the site, and nothing else', () => {
		expect(sitePath('http://127.0.0.1:4401/news/a/?x=1#top', ORIGINS)).toBe('/news/a/?x=1');
		expect(sitePath('https://news.example.org/news/rss.xml', ORIGINS)).toBe('/news/rss.xml');
		expect(sitePath('https://example.com/news/', ORIGINS)).toBeUndefined();
		expect(sitePath('http://127.0.0.1:4400/news/', ORIGINS)).toBeUndefined();
	});
});

describe('targetFile', () => {
	const files = new Set(['index.html', '2025/index.html', 'tags/café/index.html', 'rss.xml', '404.html']);

	test('answers directories with their index.html and files as they are', () => {
		expect(targetFile('/news/', '/news/', files)).toEqual({ file: 'index.html' });
		expect(targetFile('/news/2025/', '/news/', files)).toEqual({ file: '2025/index.html' });
		expect(targetFile('/news/rss.xml?v=1', '/news/', files)).toEqual({ file: 'rss.xml' });
		expect(targetFile('/news/tags/caf%C3%A9/', '/news/', files)).toEqual({ file: 'tags/café/index.html' });
	});

	test('flags a directory link without its trailing slash as needing a redirect', () => {
		expect(targetFile('/news/2025', '/news/', files)).toEqual({
			problem: 'only works through a redirect to /news/2025/',
		});
	});

	test('flags missing files and paths outside the base path', () => {
		expect(targetFile('/news/2026/', '/news/', files)).toEqual({ problem: 'no such file in the build' });
		expect(targetFile('/2025/', '/news/', files)).toEqual({ problem: 'outside the base path /news/' });
		expect(targetFile('/news/%E0%A4%A/', '/news/', files)).toEqual({ problem: 'malformed percent-encoding' });
	});
});

describe('pagePath', () => {
	test('turns built files into the paths readers use', () => {
		expect(pagePath('index.html', '/news/')).toBe('/news/');
		expect(pagePath('2025/02/index.html', '/')).toBe('/2025/02/');
		expect(pagePath('404.html', '/')).toBe('/404.html');
	});
});

describe('findOrphans', () => {
	test('lists pages no chain of links reaches from the start, following cycles once', () => {
		const edges = new Map([
			['/', new Set(['/a/', '/b/'])],
			['/a/', new Set(['/', '/c/'])],
			['/lonely/', new Set(['/also-lonely/'])],
		]);
		expect(findOrphans(['/', '/a/', '/b/', '/c/', '/lonely/', '/also-lonely/'], edges, '/')).toEqual([
			'/also-lonely/',
			'/lonely/',
		]);
	});
});

describe('clickDepths', () => {
	test('counts the fewest clicks to each page, whatever order the links come in', () => {
		const edges = new Map([
			['/', new Set(['/a/', '/b/'])],
			['/a/', new Set(['/c/', '/d/'])],
			['/b/', new Set(['/d/'])],
			['/d/', new Set(['/e/', '/'])],
		]);
		expect(Object.fromEntries(clickDepths(edges, '/'))).toEqual({
			'/': 0,
			'/a/': 1,
			'/b/': 1,
			'/c/': 2,
			'/d/': 2,
			'/e/': 3,
		});
	});
});

/** A served site made of in-memory files, answering like e2e/serve.ts (no redirects, 404 for missing). */
function memorySite(
	basePath: string,
	pages: Record<string, string>,
): { site: CrawlSite; fetchPath: (path: string) => Promise<Fetched>; requested: string[] } {
	const requested: string[] = [];
	const site: CrawlSite = { ...ORIGINS, basePath, files: new Set(Object.keys(pages)) };
	const fetchPath = (path: string): Promise<Fetched> => {
		requested.push(path);
		const target = targetFile(path, basePath, site.files);
		const body = 'file' in target ? pages[target.file] : undefined;
		return Promise.resolve(body === undefined ? { status: 404, body: 'not found' } : { status: 200, body });
	};
	return { site, fetchPath, requested };
}

const page = (body: string, head = ''): string =>
	`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('crawlSite', () => {
	test('a healthy site has no problems and no orphans, and every file is fetched once', async () => {
		const { site, fetchPath, requested } = memorySite('/news/', {
			'index.html': page(
				'<main id="main"><a href="#main">skip</a><a href="2025/">2025</a><a href="/news/2025/">again</a></main>',
				'<link rel="stylesheet" href="/news/s.css"><link rel="alternate" href="https://news.example.org/news/rss.xml">',
			),
			'2025/index.html': page('<a href="../">home</a><img src="/news/p.png" alt="">'),
			's.css': 'body{background:url(p.png)}',
			'p.png': 'PNG',
			'rss.xml':
				'<rss><channel><link>https://news.example.org/news/</link><item><link>https://news.example.org/news/2025/</link></item></channel></rss>',
			'404.html': page('Not found'),
		});
		const report = await crawlSite(site, ['/news/'], fetchPath);
		expect(describeProblems(report.problems)).toEqual([]);
		expect(report.orphans).toEqual([]);
		expect(requested.sort()).toEqual(['/news/', '/news/2025/', '/news/p.png', '/news/rss.xml', '/news/s.css']);
	});

	test('reports broken links, redirects, escapes from the base path, missing anchors and orphans', async () => {
		const { site, fetchPath } = memorySite('/news/', {
			'index.html': page(
				'<a href="2025">no slash</a><a href="/tags/">root tags</a><a href="missing/">gone</a><a href="#nowhere">anchor</a><img src="x.png" alt="">',
				'<link rel="alternate" href="https://news.example.org/news/rss.xml">',
			),
			'2025/index.html': page('<p>year</p>'),
			'rss.xml':
				'<rss><channel><item><link>https://news.example.org/news/2024/</link></item><item><link>https://news.example.org/news/only-in-feed/</link></item></channel></rss>',
			'only-in-feed/index.html': page('<p>reached from a feed only</p>'),
			'404.html': page('Not found'),
		});
		const report = await crawlSite(site, ['/news/'], fetchPath);
		expect(describeProblems(report.problems)).toEqual([
			'/news/#nowhere: no element has this id — linked 1× e.g. from /news/ (<a href>)',
			'/news/2024/: no such file in the build — linked 1× e.g. from /news/rss.xml (<link>)',
			'/news/2025: only works through a redirect to /news/2025/ — linked 1× e.g. from /news/ (<a href>)',
			'/news/missing/: no such file in the build — linked 1× e.g. from /news/ (<a href>)',
			'/news/x.png: no such file in the build — linked 1× e.g. from /news/ (<img src>)',
			'/tags/: outside the base path /news/ — linked 1× e.g. from /news/ (<a href>)',
		]);
		// The year page is only linked without its slash, so readers reach it only through a redirect.
		expect(report.orphans).toEqual(['/news/2025/', '/news/only-in-feed/']);
	});

	test('a page the server does not answer with 200 is a problem even when the file exists', async () => {
		const { site } = memorySite('/', { 'index.html': page('<a href="/a/">a</a>'), 'a/index.html': page('a') });
		const report = await crawlSite(site, ['/'], (path) =>
			Promise.resolve(path === '/a/' ? { status: 301, body: '' } : { status: 200, body: page('<a href="/a/">a</a>') }),
		);
		expect(describeProblems(report.problems)).toEqual([
			'/a/: answered 301 by the server, not 200 — linked 1× e.g. from the crawl',
		]);
	});

	test('links in feeds are checked but do not make a page reachable; robots.txt leads to the sitemaps', async () => {
		const { site, fetchPath } = memorySite('/', {
			'index.html': page('<a href="/a/">a</a>'),
			'a/index.html': page('a'),
			'robots.txt': 'Sitemap: https://news.example.org/sitemap.xml\n',
			'sitemap.xml':
				'<urlset><url><loc>https://news.example.org/a/</loc></url><url><loc>https://news.example.org/b/</loc></url></urlset>',
			'b/index.html': page('b'),
		});
		const report = await crawlSite(site, ['/', '/robots.txt'], fetchPath);
		expect(describeProblems(report.problems)).toEqual([]);
		expect(report.fetched.get('/b/')).toBe(200);
		expect(report.orphans).toEqual(['/b/']);
	});
});

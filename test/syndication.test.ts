/**
 * Feeds, sitemaps, head metadata and corrections, checked on two real builds under a base path:
 * the fixture corpus (plus syndication fixtures) and the real content alone, both at an injected
 * build time. Feeds are read with rss-parser and JSON.parse, XML checked with fast-xml-validator
 * and read with fast-xml-parser.
 */
import { access, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parseHTML } from 'linkedom';
import Parser from 'rss-parser';
import { glob } from 'tinyglobby';
import { beforeAll, describe, expect, test } from 'vitest';
import {
	EXPECTED_NEWS_PATHS,
	SCRIPT_TITLE,
	SYNDICATION_BUILD_TIME,
	TRICKY_TITLE,
	UNPUBLISHED_TITLES,
	writeSyndicationCorpus,
} from './fixtures/syndication-corpus.ts';
import { buildSite, ROOT, type BuildResult } from './support/build-site.ts';

const SITE = 'https://example.test';
const BASE = '/news/';
const HOME = `${SITE}${BASE}`;
const SEED_PATH = '2025/02/12/trump-putin-ukraine-peace-talks/';
const SEED_URL = `${HOME}${SEED_PATH}`;
const CORRECTED_URL = `${HOME}2024/12/20/corrected-old/`;
const TRICKY_URL = `${HOME}2025/02/13/tricky-title/`;
// XML 1.0 forbids these; they must never reach a feed.
const CONTROL_RE = /(?![\t\n\r])\p{Cc}/u;
const OFFSET_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/u;

interface FeedItem {
	title?: string;
	link?: string;
	guid?: string;
	id?: string;
	isoDate?: string;
	pubDate?: string;
	content?: string;
	'content:encoded'?: string;
	creator?: string;
	author?: string;
	categories?: string[];
}
interface JsonFeedItem {
	id: string;
	url: string;
	title: string;
	content_html: string;
	summary: string;
	date_published: string;
	date_modified?: string;
	authors?: { name: string }[];
	tags?: string[];
}
interface JsonFeed {
	version: string;
	title: string;
	home_page_url: string;
	feed_url: string;
	items: JsonFeedItem[];
}

const feedParser = new Parser<Record<string, unknown>, FeedItem>();
const xml = new XMLParser({
	ignoreAttributes: false,
	parseTagValue: false,
	isArray: (name) => ['url', 'sitemap'].includes(name),
});

let corpus: BuildResult;
let seedOnly: BuildResult;
let seedParagraphs: string[];

beforeAll(async () => {
	const work = await mkdtemp(join(tmpdir(), 'syndication-'));
	const contentDir = join(work, 'content');
	await writeSyndicationCorpus(contentDir, join(ROOT, 'content'));
	const env = { BUILD_TIME: SYNDICATION_BUILD_TIME, BASE_PATH: BASE, SITE_URL: SITE };
	// One after the other: on two cores, parallel builds only slow each other down.
	corpus = await buildSite({ contentDir, env });
	seedOnly = await buildSite({ env });
	const seed = await readFile(join(ROOT, 'content', 'trump-putin-ukraine-peace-talks.md'), 'utf8');
	seedParagraphs = (seed.split(/^---$/mu)[2] ?? '')
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);
});

/** The file an absolute site URL is served from. */
function fileOf(build: BuildResult, url: string): string {
	expect(url.startsWith(HOME), `${url} is under ${HOME}`).toBe(true);
	const path = url.slice(HOME.length).replace(/#.*$/u, '');
	return join(build.outDir, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

async function exists(file: string): Promise<boolean> {
	return access(file).then(
		() => true,
		() => false,
	);
}

const read = (build: BuildResult, path: string): Promise<string> => readFile(join(build.outDir, path), 'utf8');
const jsonFeed = async (build: BuildResult, path: string): Promise<JsonFeed> =>
	JSON.parse(await read(build, path)) as JsonFeed;
const parsedFeed = async (build: BuildResult, path: string) => feedParser.parseString(await read(build, path));
const documentOf = (html: string) => parseHTML(html).document;
const text = (html: string): string =>
	documentOf(`<div>${html}</div>`).querySelector('div')?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

/** Every HTML page of a build, relative to its folder. */
const pagesOf = (build: BuildResult): Promise<string[]> =>
	glob('**/*.html', { cwd: build.outDir, ignore: ['pagefind/**'] });

test('both sites build', () => {
	expect(corpus.code, corpus.output).toBe(0);
	expect(seedOnly.code, seedOnly.output).toBe(0);
});

describe('feeds', () => {
	test('every feed, site-wide and per tag, is well-formed, parses and has no control characters', async () => {
		const files = await glob(['rss.xml', 'atom.xml', 'feed.json', 'tags/*/{rss.xml,atom.xml,feed.json}'], {
			cwd: corpus.outDir,
		});
		const tagDirs = await glob('tags/*/index.html', { cwd: corpus.outDir });
		expect(files).toHaveLength(3 + 3 * tagDirs.length);
		for (const file of files) {
			const body = await read(corpus, file);
			expect(CONTROL_RE.test(body), `${file} has a control character`).toBe(false);
			if (file.endsWith('.json')) {
				const feed = JSON.parse(body) as JsonFeed;
				expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
				expect(typeof feed.title).toBe('string');
				expect(feed.items.length).toBeGreaterThan(0);
				expect(feed.items.length).toBeLessThanOrEqual(50);
				for (const item of feed.items) {
					expect(typeof item.id).toBe('string');
					expect(item.content_html.length).toBeGreaterThan(0);
					expect(item.date_published).toMatch(OFFSET_RE);
					expect(await exists(fileOf(corpus, item.url)), item.url).toBe(true);
				}
				const published = feed.items.map((item) => Date.parse(item.date_published));
				expect(published).toEqual([...published].sort((a, b) => b - a));
				continue;
			}
			expect(() => SyntaxValidator.validate(body), file).not.toThrow();
			const feed = await feedParser.parseString(body);
			expect(feed.items.length).toBeGreaterThan(0);
			expect(feed.items.length).toBeLessThanOrEqual(50);
			for (const item of feed.items) {
				expect(item.title).toBeTruthy();
				expect(Number.isNaN(Date.parse(item.isoDate ?? '')), `${file}: ${item.title} has a date`).toBe(false);
				expect(item.guid ?? item.id).toBe(item.link);
				expect(await exists(fileOf(corpus, item.link ?? '')), item.link).toBe(true);
			}
			const published = feed.items.map((item) => Date.parse(item.isoDate ?? ''));
			expect(published).toEqual([...published].sort((a, b) => b - a));
		}
	});

	test('the site feeds carry the newest 50 published articles by publication date, the same in every format', async () => {
		const rss = await parsedFeed(corpus, 'rss.xml');
		const atom = await parsedFeed(corpus, 'atom.xml');
		const json = await jsonFeed(corpus, 'feed.json');
		const ids = json.items.map((item) => item.id);
		expect(ids).toHaveLength(50);
		expect(rss.items.map((item) => item.guid)).toEqual(ids);
		expect(atom.items.map((item) => item.id)).toEqual(ids);
		expect(ids.slice(0, 4)).toEqual([
			TRICKY_URL,
			SEED_URL,
			`${HOME}2025/02/11/script-title/`,
			`${HOME}2025/02/11/too-old-for-news/`,
		]);
		// Corrected after the seed was published, it still sits below it, by its 2024 publication date.
		expect(ids.indexOf(CORRECTED_URL)).toBeGreaterThan(3);
		expect(json.items.find((item) => item.id === CORRECTED_URL)?.date_modified).toBe('2025-02-12T10:00:00-05:00');
		const titles = json.items.map((item) => item.title);
		for (const unpublished of UNPUBLISHED_TITLES) expect(titles).not.toContain(unpublished);
		expect(titles).not.toContain('Filler fixture 1');
		expect(rss.title).toBe('The Ledger');
		expect(rss.link).toBe(HOME);
		expect(json.home_page_url).toBe(HOME);
		expect(json.feed_url).toBe(`${HOME}feed.json`);
	});

	test('titles with & < > " \' come through every format exactly, and so does a byline', async () => {
		const rss = await parsedFeed(corpus, 'rss.xml');
		const atom = await parsedFeed(corpus, 'atom.xml');
		const json = await jsonFeed(corpus, 'feed.json');
		for (const title of [TRICKY_TITLE, SCRIPT_TITLE]) {
			expect(rss.items.map((item) => item.title)).toContain(title);
			expect(atom.items.map((item) => item.title)).toContain(title);
			expect(json.items.map((item) => item.title)).toContain(title);
		}
		expect(rss.items[0]?.creator).toBe(`Ann "A&B" O'Neil`);
		expect(atom.items[0]?.author).toBe(`Ann "A&B" O'Neil`);
		expect(json.items[0]?.authors).toEqual([{ name: `Ann "A&B" O'Neil` }]);
		expect(json.items[0]?.summary).toBe(`A fixture whose summary has < & > "quotes" and 'apostrophes'.`);
		expect(rss.items[0]?.categories).toEqual(['Harbour', 'Q&A']);
	});

	test('each entry carries the full article, with absolute URLs, identical in every format', async () => {
		const rss = await parsedFeed(corpus, 'rss.xml');
		const atom = await parsedFeed(corpus, 'atom.xml');
		const json = await jsonFeed(corpus, 'feed.json');
		for (const [index, item] of json.items.entries()) {
			expect(rss.items[index]?.['content:encoded']).toBe(item.content_html);
			expect(atom.items[index]?.content).toBe(item.content_html);
			expect(item.content_html).not.toMatch(/(?:href|src)="\/(?!\/)/u);
			const page = documentOf(await readFile(fileOf(corpus, item.url), 'utf8'));
			const body = page
				.querySelector('.article__body')
				?.textContent?.replace(CONTROL_RE, '')
				.replace(/\s+/gu, ' ')
				.trim();
			expect(text(item.content_html), item.url).toBe(body);
		}
		const tricky = json.items[0]?.content_html ?? '';
		expect(tricky).toContain(`href="${HOME}tags/harbour/"`);
		expect(tricky).toContain(`href="${TRICKY_URL}#notes"`);
		expect(tricky).toContain(`src="${HOME}favicon.svg"`);
		expect(tricky).toContain('A bell character hides in this sentence.');
	});

	test('an update or correction sets the updated date and never the publication date', async () => {
		const json = await jsonFeed(corpus, 'feed.json');
		const corrected = json.items.find((item) => item.id === CORRECTED_URL);
		expect(corrected?.date_published).toBe('2024-12-20T00:00:00-05:00');
		expect(corrected?.date_modified).toBe('2025-02-12T10:00:00-05:00');
		expect(json.items.find((item) => item.id === SEED_URL)).not.toHaveProperty('date_modified');
		const atom = xml.parse(await read(corpus, 'atom.xml'));
		const entry = (atom.feed.entry as { id: string; published: string; updated: string }[]).find(
			(e) => e.id === CORRECTED_URL,
		);
		expect(entry).toMatchObject({ published: '2024-12-20T00:00:00-05:00', updated: '2025-02-12T10:00:00-05:00' });
		const rss = await parsedFeed(corpus, 'rss.xml');
		expect(rss.items.find((item) => item.guid === CORRECTED_URL)?.pubDate).toBe('Fri, 20 Dec 2024 05:00:00 GMT');
	});

	test('each tag feed lists that tag’s newest articles in the order of its page', async () => {
		const tagPages = await glob('tags/*/index.html', { cwd: corpus.outDir });
		expect(tagPages.length).toBeGreaterThan(5);
		for (const page of tagPages) {
			const folder = page.replace(/index\.html$/u, '');
			const cards = [...documentOf(await read(corpus, page)).querySelectorAll('.card__title a')].map(
				(a) => `${SITE}${a.getAttribute('href')}`,
			);
			const feed = await jsonFeed(corpus, `${folder}feed.json`);
			expect(feed.home_page_url).toBe(`${HOME}${folder}`);
			expect(
				feed.items.slice(0, cards.length).map((item) => item.url),
				folder,
			).toEqual(cards);
			const rss = await parsedFeed(corpus, `${folder}rss.xml`);
			const atom = await parsedFeed(corpus, `${folder}atom.xml`);
			expect(rss.items.map((item) => item.guid)).toEqual(feed.items.map((item) => item.id));
			expect(atom.items.map((item) => item.id)).toEqual(feed.items.map((item) => item.id));
		}
	});

	test('the seed article appears with its full text in the site feeds and in each of its tags’ feeds', async () => {
		expect(seedParagraphs).toHaveLength(6);
		const folders = [
			'',
			...['ukraine', 'russia', 'donald-trump', 'vladimir-putin', 'diplomacy'].map((slug) => `tags/${slug}/`),
		];
		for (const folder of folders) {
			const json = await jsonFeed(seedOnly, `${folder}feed.json`);
			const rss = await parsedFeed(seedOnly, `${folder}rss.xml`);
			const atom = await parsedFeed(seedOnly, `${folder}atom.xml`);
			for (const content of [json.items[0]?.content_html, rss.items[0]?.['content:encoded'], atom.items[0]?.content]) {
				const paragraphs = [...documentOf(`<div>${content ?? ''}</div>`).querySelectorAll('p')].map(
					(p) => p.textContent,
				);
				expect(paragraphs, folder).toEqual(seedParagraphs);
			}
			expect(json.items.map((item) => item.id)).toEqual([SEED_URL]);
		}
	});

	test('ids are stable: the seed has the same id in every format and in both builds', async () => {
		for (const build of [corpus, seedOnly]) {
			expect((await jsonFeed(build, 'feed.json')).items.map((item) => item.id)).toContain(SEED_URL);
			expect((await parsedFeed(build, 'rss.xml')).items.map((item) => item.guid)).toContain(SEED_URL);
			expect((await parsedFeed(build, 'atom.xml')).items.map((item) => item.id)).toContain(SEED_URL);
		}
		// Nothing in a feed depends on the clock or the cache: the same content gives the same bytes.
		const seedEntry = async (build: BuildResult) => (await jsonFeed(build, 'tags/diplomacy/feed.json')).items;
		expect(await seedEntry(corpus)).toEqual(await seedEntry(seedOnly));
	});
});

describe('head metadata', () => {
	test('drafts and scheduled articles are published nowhere', async () => {
		for (const path of ['2025/02/13/draft/', '2025/02/14/scheduled/'])
			expect(await exists(join(corpus.outDir, path, 'index.html')), path).toBe(false);
		const everything = await Promise.all(
			(await glob(['**/*.{html,xml,json}'], { cwd: corpus.outDir, ignore: ['pagefind/**'] })).map((file) =>
				read(corpus, file),
			),
		);
		for (const title of UNPUBLISHED_TITLES)
			expect(
				everything.some((body) => body.includes(title)),
				title,
			).toBe(false);
	});

	test('every page has lang, a unique title, a description, a canonical URL and the site feeds', async () => {
		const titles = new Map<string, string>();
		for (const page of await pagesOf(corpus)) {
			const doc = documentOf(await read(corpus, page));
			expect(doc.documentElement.getAttribute('lang'), page).toBe('en-US');
			const title = doc.querySelector('title')?.textContent ?? '';
			expect(title, page).not.toBe('');
			if (page !== '404.html') {
				expect(titles.get(title), `${page} shares its title with ${titles.get(title)}`).toBeUndefined();
				titles.set(title, page);
			}
			expect(doc.querySelector('meta[name="description"]')?.getAttribute('content'), page).toBeTruthy();
			expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.startsWith(HOME), page).toBe(true);
			const feeds = [...doc.querySelectorAll('link[rel="alternate"]')].map((link) => [
				link.getAttribute('type'),
				link.getAttribute('href'),
			]);
			expect(feeds.slice(0, 3), page).toEqual([
				['application/rss+xml', `${HOME}rss.xml`],
				['application/atom+xml', `${HOME}atom.xml`],
				['application/feed+json', `${HOME}feed.json`],
			]);
		}
	});

	test('tag pages also announce their own feeds, which exist', async () => {
		for (const page of await glob('tags/*/{index.html,*/index.html}', { cwd: corpus.outDir })) {
			const slug = page.split('/')[1] ?? '';
			const doc = documentOf(await read(corpus, page));
			const own = [...doc.querySelectorAll('link[rel="alternate"]')]
				.slice(3)
				.map((link) => link.getAttribute('href') ?? '');
			expect(own, page).toEqual(['rss.xml', 'atom.xml', 'feed.json'].map((name) => `${HOME}tags/${slug}/${name}`));
			for (const href of own) expect(await exists(fileOf(corpus, href)), href).toBe(true);
		}
	});

	test('article pages carry Open Graph, article:*, Twitter card and a NewsArticle that parses', async () => {
		const json = await jsonFeed(corpus, 'feed.json');
		const articleFiles = new Set(
			(await pagesOf(corpus)).filter((page) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/u.test(page)),
		);
		expect(articleFiles.size).toBe(57);
		for (const page of articleFiles) {
			const doc = documentOf(await read(corpus, page));
			const meta = (key: string) =>
				[...doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute('content'));
			const url = `${HOME}${page.replace(/index\.html$/u, '')}`;
			const heading = doc.querySelector('h1')?.textContent ?? '';
			expect(meta('og:type')).toEqual(['article']);
			expect(meta('og:title')).toEqual([heading]);
			expect(meta('og:url')).toEqual([url]);
			expect(meta('og:site_name')).toEqual(['The Ledger']);
			expect(meta('og:description')[0]).toBeTruthy();
			expect(meta('twitter:card')).toEqual(['summary_large_image']);
			expect(meta('article:published_time')[0]).toMatch(OFFSET_RE);
			expect(meta('article:modified_time')[0]).toMatch(OFFSET_RE);
			const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')];
			expect(scripts, page).toHaveLength(1);
			const data = JSON.parse(scripts[0]?.textContent ?? '');
			expect(data['@context']).toBe('https://schema.org');
			// Typed by the article's label: a news type, or a live blog for live coverage.
			expect(data['@type']).toMatch(/^(\w*NewsArticle|LiveBlogPosting)$/u);
			expect(data.headline).toBe(heading);
			expect(data.description).toBe(meta('og:description')[0]);
			expect(data.datePublished).toBe(meta('article:published_time')[0]);
			expect(data.dateModified).toBe(meta('article:modified_time')[0]);
			expect(data.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': url });
			expect(data.publisher).toMatchObject({
				'@type': 'NewsMediaOrganization',
				name: 'The Ledger',
				url: HOME,
				correctionsPolicy: `${HOME}corrections/`,
			});
			expect(data.isAccessibleForFree).toBe(true);
			expect(Number.isInteger(data.wordCount) && data.wordCount > 0).toBe(true);
			expect(data.keywords ?? []).toEqual(meta('article:tag'));
			const item = json.items.find((i) => i.url === url);
			// Each name of the byline is a Person with their page; an unbylined article names the publisher.
			if (item?.authors)
				expect(data.author.map((person: { name: string }) => person.name).join(' and ')).toBe(item.authors[0]?.name);
			if (item?.authors) for (const person of data.author) expect(person.url).toMatch(/\/authors\/[^/]+\/$/u);
			if (item && !item.authors) expect(data.author).toEqual(data.publisher);
		}
	});

	test('the seed page states its dates, tags and word count', async () => {
		const doc = documentOf(await read(seedOnly, `${SEED_PATH}index.html`));
		const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
		expect(data).toMatchObject({
			datePublished: '2025-02-12T00:00:00-05:00',
			dateModified: '2025-02-12T00:00:00-05:00',
			keywords: ['Ukraine', 'Russia', 'Donald Trump', 'Vladimir Putin', 'Diplomacy'],
		});
		expect(data.wordCount).toBeGreaterThan(450);
		// The seed names no author: the publisher is its author, never an invented person.
		expect(data.author).toEqual(data.publisher);
		expect(data.author['@type']).toBe('NewsMediaOrganization');
		expect(data).not.toHaveProperty('correction');
	});

	test('a correction is in the JSON-LD and is the article’s modification', async () => {
		const doc = documentOf(await read(corpus, '2024/12/20/corrected-old/index.html'));
		const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
		expect(data.dateModified).toBe('2025-02-12T10:00:00-05:00');
		expect(doc.querySelector('meta[property="article:modified_time"]')?.getAttribute('content')).toBe(
			'2025-02-12T10:00:00-05:00',
		);
		expect(data.correction).toEqual([
			{
				'@type': 'CorrectionComment',
				text: 'An earlier version of this fixture misnamed the harbour.',
				datePublished: '2025-02-12T10:00:00-05:00',
			},
			{
				'@type': 'CorrectionComment',
				text: 'A date was wrong in an earlier version of this fixture.',
				datePublished: '2025-01-05T00:00:00-05:00',
			},
		]);
	});

	test('a headline holding </script> survives intact and injects no script', async () => {
		const html = await read(corpus, '2025/02/11/script-title/index.html');
		const doc = documentOf(html);
		// The only script holding the headline is the JSON-LD, where it is data, not code.
		const scripts = [...doc.querySelectorAll('script')].filter((script) => script.textContent?.includes('alert('));
		expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['application/ld+json']);
		// In attribute values `<` is plain text to the HTML parser, so the meta tags hold the headline as it is.
		expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(SCRIPT_TITLE);
		const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
		expect(data.headline).toBe(SCRIPT_TITLE);
		expect(doc.querySelector('h1')?.textContent).toBe(SCRIPT_TITLE);
		expect(doc.querySelector('title')?.textContent).toBe(`${SCRIPT_TITLE} · The Ledger`);
	});

	test('pages that are not articles carry no article data', async () => {
		for (const page of await pagesOf(corpus)) {
			if (/^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/u.test(page)) continue;
			const doc = documentOf(await read(corpus, page));
			expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content'), page).toBe('website');
			expect(doc.querySelectorAll('meta[property^="article:"]'), page).toHaveLength(0);
			// The front page names the publisher and an author page is a ProfilePage; no page but an article's is an article.
			const types = [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
				(script) => JSON.parse(script.textContent ?? '')['@type'],
			);
			const allowed =
				page === 'index.html' ? ['NewsMediaOrganization'] : page.startsWith('authors/') ? ['ProfilePage'] : [];
			expect(
				types.filter((type) => !allowed.includes(type)),
				page,
			).toEqual([]);
		}
	});
});

describe('sitemaps and robots.txt', () => {
	async function sitemapUrls(build: BuildResult): Promise<{ loc: string; lastmod?: string }[]> {
		const index = xml.parse(await read(build, 'sitemap-index.xml'));
		const sitemaps = (index.sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
		expect(sitemaps).toContain(`${HOME}news-sitemap.xml`);
		const urls: { loc: string; lastmod?: string }[] = [];
		for (const sitemap of sitemaps.filter((loc) => !loc.endsWith('news-sitemap.xml'))) {
			const body = await readFile(fileOf(build, sitemap), 'utf8');
			expect(() => SyntaxValidator.validate(body)).not.toThrow();
			urls.push(...(xml.parse(body).urlset.url as { loc: string; lastmod?: string }[]));
		}
		return urls;
	}

	test('every sitemap URL resolves to a built page, and every page but 404 is listed', async () => {
		const urls = await sitemapUrls(corpus);
		for (const { loc } of urls) expect(await exists(fileOf(corpus, loc)), loc).toBe(true);
		const pages = (await pagesOf(corpus))
			.filter((page) => page !== '404.html')
			.map((page) => `${HOME}${page.replace(/index\.html$/u, '')}`);
		expect(urls.map((u) => u.loc).sort()).toEqual(pages.sort());
	});

	test('articles have their last modification as lastmod', async () => {
		const urls = await sitemapUrls(corpus);
		expect(urls.find((u) => u.loc === CORRECTED_URL)?.lastmod).toBe('2025-02-12T15:00:00.000Z');
		expect(urls.find((u) => u.loc === SEED_URL)?.lastmod).toBe('2025-02-12T05:00:00.000Z');
		const articles = urls.filter((u) => /\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/u.test(u.loc));
		expect(articles).toHaveLength(57);
		for (const article of articles) expect(Number.isNaN(Date.parse(article.lastmod ?? '')), article.loc).toBe(false);
	});

	test('robots.txt names both sitemaps by absolute URL under the base path', async () => {
		const robots = await read(corpus, 'robots.txt');
		const named = [...robots.matchAll(/^Sitemap: (.+)$/gmu)].map((m) => m[1] ?? '');
		expect(named).toEqual([`${HOME}sitemap-index.xml`, `${HOME}news-sitemap.xml`]);
		for (const url of named) expect(await exists(fileOf(corpus, url)), url).toBe(true);
		expect(robots).toMatch(/^User-agent: \*$/mu);
	});

	test('the news sitemap holds exactly the articles of the two days before the build time', async () => {
		const body = await read(corpus, 'news-sitemap.xml');
		expect(() => SyntaxValidator.validate(body)).not.toThrow();
		const doc = xml.parse(body);
		expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
		const entries = doc.urlset.url as { loc: string; 'news:news': Record<string, unknown> }[];
		expect(entries.map((e) => e.loc)).toEqual(EXPECTED_NEWS_PATHS.map((path) => `${HOME}${path.slice(1)}`));
		expect(entries[0]?.['news:news']).toEqual({
			'news:publication': { 'news:name': 'The Ledger', 'news:language': 'en' },
			'news:publication_date': '2025-02-13T06:30:00-05:00',
			'news:title': TRICKY_TITLE,
		});
		expect(entries[2]?.['news:news']['news:title']).toBe(SCRIPT_TITLE);
	});

	test('with the real content at 13 February 2025, the seed is in the sitemap and the news sitemap', async () => {
		expect((await sitemapUrls(seedOnly)).map((u) => u.loc)).toContain(SEED_URL);
		const doc = xml.parse(await read(seedOnly, 'news-sitemap.xml'));
		expect((doc.urlset.url as { loc: string }[]).map((e) => e.loc)).toEqual([SEED_URL]);
	});
});

describe('the corrections page', () => {
	test('lists every correction newest first, linking to the corrected articles', async () => {
		const doc = documentOf(await read(corpus, 'corrections/index.html'));
		const items = [...doc.querySelectorAll('main li')];
		const times = items.map((li) => Date.parse(li.querySelector('time')?.getAttribute('datetime') ?? ''));
		expect(times).toHaveLength(3);
		expect(times).toEqual([...times].sort((a, b) => b - a));
		expect(items[0]?.textContent).toContain('An earlier version of this fixture misnamed the harbour.');
		expect(items[1]?.textContent).toContain('A date was wrong in an earlier version of this fixture.');
		for (const li of items) {
			const href = li.querySelector('a')?.getAttribute('href') ?? '';
			expect(await exists(fileOf(corpus, `${SITE}${href}`)), href).toBe(true);
		}
		expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('/news/2024/12/20/corrected-old/');
	});

	test('says so when there are none', async () => {
		const doc = documentOf(await read(seedOnly, 'corrections/index.html'));
		expect(doc.querySelector('main .empty')?.textContent).toContain('No corrections have been published.');
		expect(doc.querySelectorAll('main li')).toHaveLength(0);
	});
});

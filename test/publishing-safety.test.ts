/**
 * Publishing safety, proved on one real production build of the safety corpus
 * (test/fixtures/safety-corpus.ts): hostile articles are defused everywhere they go, odd files
 * are normalised into working pages, drafts and scheduled articles appear nowhere, and every
 * published file has exactly one page. Chromium then loads the hostile pages.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkArticleFiles } from '../src/lib/content/article-files.ts';
import { publicationStatus } from '../src/lib/publishing.ts';
import { slugify } from '../src/lib/slugs.ts';
import { createUrls } from '../src/lib/urls.ts';
import { readArticleFiles } from '../src/loaders/content-files.ts';
import {
	BUILD_TIME,
	GENERATED,
	HELD_BACK_TOKENS,
	HOSTILE_METADATA,
	HUGE_END,
	writeSafetyCorpus,
} from './fixtures/safety-corpus.ts';
import { htmlPages, readBuiltFiles } from './support/built-files.ts';
import { buildSite, ROOT, type BuildResult } from './support/build-site.ts';
import { attr, findAll, hasClass, parseHtml, textOf, type HtmlElement } from './support/html-query.ts';
import { findUnsafeHtml, findUnsafeHtmlFragment } from './support/unsafe-html.ts';

const SITE_URL = 'https://news.example.org';
const ZONE = 'America/New_York';
const urls = createUrls({ siteUrl: SITE_URL, basePath: '/' });
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const HOSTILE_PAGES = {
	metadata: '2025/05/20/hostile-metadata/index.html',
	html: '2025/05/19/hostile-html/index.html',
	urls: '2025/05/18/hostile-urls/index.html',
	code: '2025/05/17/hostile-code/index.html',
	sanitiser: `${GENERATED.sanitiser.path.slice(1)}index.html`,
};

/** The file in dist of a URL path such as `/2025/05/10/x/`. */
const pageFile = (path: string): string => `${path.slice(1)}index.html`;

let contentDir: string;
let build: BuildResult;
let files: Map<string, string>;
let pages: Map<string, string>;

beforeAll(async () => {
	contentDir = await mkdtemp(join(tmpdir(), 'news-safety-'));
	await writeSafetyCorpus(contentDir);
	build = await buildSite({ contentDir, env: { BUILD_TIME, SITE_URL } });
	if (build.code !== 0) throw new Error(`the safety build failed:\n${build.output}`);
	files = await readBuiltFiles(build.outDir);
	pages = htmlPages(files);
	// One build of a 5 MB article and the whole corpus; generous for a loaded 2-core machine.
}, 600_000);

afterAll(async () => {
	// The site holds a 5 MB article several times over (page and feeds): do not leave it behind.
	if (build) await rm(dirname(build.outDir), { recursive: true, force: true });
	if (contentDir) await rm(contentDir, { recursive: true, force: true });
});

/** A built page, parsed; fails the test when the page is missing. */
function page(file: string) {
	const html = pages.get(file);
	if (html === undefined)
		throw new Error(`${file} was not built; pages: ${[...pages.keys()].slice(0, 40).join(', ')}…`);
	return parseHtml(html);
}

/** Is this script one the site itself writes? Its bundle, Pagefind on the search page, JSON-LD data. */
function isOwnScript(file: string) {
	return (script: HtmlElement): boolean => {
		const src = attr(script, 'src');
		if (attr(script, 'type') === 'application/ld+json') return src === undefined;
		if (src?.startsWith('/_astro/')) return true;
		return file === 'search/index.html' && (src?.startsWith('/pagefind/') ?? false);
	};
}

describe('the safety build', () => {
	test('prints once what it published and what it held back', () => {
		const reports = build.output.match(/\[publishing\] .*/gu) ?? [];
		expect(reports).toEqual(['[publishing] Published 13 articles; held back 1 draft and 1 scheduled.']);
	});
});

describe('safe rendering', () => {
	test('no page of the site holds a foreign script, an event handler or an unsafe URL', () => {
		const found = [...pages].flatMap(([file, html]) =>
			findUnsafeHtml(html, {
				isOwnScript: isOwnScript(file),
				// The search page's own form and the 404 page's search box; articles may never add one.
				...(file === 'search/index.html' ? { allowedElements: new Set(['form', 'button', 'select', 'noscript']) } : {}),
				...(file === '404.html' ? { allowedElements: new Set(['form', 'button']) } : {}),
			}).map((problem) => `${file}: ${problem}`),
		);
		expect(found).toEqual([]);
		expect(pages.size).toBeGreaterThan(30);
	});

	test('the hostile articles lose their attacks but keep their text', () => {
		const body = (file: string) => findAll(page(file), (e) => hasClass(e, 'article__body'))[0];
		const html = body(HOSTILE_PAGES.html);
		expect(html && textOf(html)).toContain('Synthetic test text before the hostile HTML.');
		expect(html && textOf(html)).toContain('Hover or click here');
		expect(html && textOf(html)).toContain('Synthetic test text after the hostile HTML.');
		const links = findAll(body(HOSTILE_PAGES.urls) ?? page(HOSTILE_PAGES.urls), 'a');
		expect(links.map(textOf)).toEqual(
			expect.arrayContaining(['plain', 'mixed case', 'by reference', 'decimal entities']),
		);
		expect(
			links.find((a) => textOf(a) === 'good link') &&
				attr(
					links.find((a) => textOf(a) === 'good link')!,
					'href',
				),
		).toBe('https://example.org/ok');
	});

	test('code blocks and inline code show their markup, <script> included, as text', () => {
		const code = findAll(page(HOSTILE_PAGES.code), 'code').map(textOf);
		expect(code).toEqual([
			"<script>alert('inline')</script>",
			'<img src=x onerror=alert(1)>',
			"<script>alert('block')</script>\n<a href=\"javascript:alert('link')\">link</a>\n",
			"<script>alert('indented')</script>\n",
		]);
	});

	test('hostile metadata is text in the headline, the page title, the byline, tags and meta attributes', () => {
		const doc = page(HOSTILE_PAGES.metadata);
		const { title, description, author, tags } = HOSTILE_METADATA;
		expect(findAll(doc, 'h1').map(textOf)).toEqual([title]);
		expect(textOf(findAll(doc, 'title')[0] ?? doc)).toContain(title);
		const meta = (name: string) =>
			findAll(doc, (e) => e.tagName === 'meta' && (attr(e, 'name') === name || attr(e, 'property') === name)).map((e) =>
				attr(e, 'content'),
			);
		expect(meta('description')).toEqual([description]);
		for (const name of ['og:title', 'twitter:title']) for (const value of meta(name)) expect(value).toContain(title);
		expect(textOf(findAll(doc, (e) => hasClass(e, 'article__byline'))[0] ?? doc)).toContain(author);
		const linkTexts = findAll(doc, 'a').map((a) => textOf(a).trim());
		for (const tag of tags) expect(linkTexts).toContain(tag);
		// And on the home page's card.
		expect(findAll(page('index.html'), 'a').map(textOf)).toContain(title);
	});

	test('JSON-LD carries the hostile metadata as data, and every JSON-LD block of the site parses', () => {
		const blocks = [...pages].flatMap(([file, html]) =>
			findAll(parseHtml(html), (e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json').map((s) => ({
				file,
				text: textOf(s),
			})),
		);
		for (const { file, text } of blocks) expect(() => JSON.parse(text), file).not.toThrow();
		const onHostile = blocks
			.filter(({ file }) => file === HOSTILE_PAGES.metadata)
			.map(({ text }) => JSON.stringify(JSON.parse(text)));
		expect(onHostile.length).toBeGreaterThan(0);
		expect(onHostile.join('\n')).toContain(JSON.stringify(HOSTILE_METADATA.title));
		expect(onHostile.join('\n')).toContain(JSON.stringify(HOSTILE_METADATA.description));
	});

	test('the feeds carry the hostile metadata as exact text and hostile bodies defused', () => {
		const { title, description } = HOSTILE_METADATA;
		const xml = new XMLParser({ ignoreAttributes: false, processEntities: true });
		const feeds = [...files].filter(([path]) => /(^|\/)(rss|atom)\.xml$|(^|\/)feed\.json$/u.test(path));
		expect(feeds.map(([path]) => path)).toEqual(expect.arrayContaining(['rss.xml']));
		// The same bodies recur in the site's and each tag's RSS, Atom and JSON feeds (the 5 MB article
		// among them): each distinct body is parsed once.
		const scanned = new Map<string, string[]>();
		const unsafeIn = (html: string): string[] => {
			const found = scanned.get(html) ?? findUnsafeHtmlFragment(html);
			scanned.set(html, found);
			return found;
		};
		for (const [path, text] of feeds) {
			const entries: { title?: unknown; html?: unknown }[] = path.endsWith('.json')
				? (JSON.parse(text) as { items: { title?: string; content_html?: string }[] }).items.map((i) => ({
						title: i.title,
						html: i.content_html,
					}))
				: (() => {
						const doc = xml.parse(text) as { rss?: { channel?: { item?: unknown } }; feed?: { entry?: unknown } };
						const raw = doc.rss?.channel?.item ?? doc.feed?.entry ?? [];
						return (Array.isArray(raw) ? raw : [raw]).map((e: Record<string, unknown>) => ({
							title: typeof e.title === 'object' ? (e.title as Record<string, unknown>)['#text'] : e.title,
							html:
								e['content:encoded'] ??
								(typeof e.content === 'object' ? (e.content as Record<string, unknown>)['#text'] : e.content),
						}));
					})();
			for (const entry of entries) {
				if (typeof entry.html === 'string') expect(unsafeIn(entry.html), `${path}: ${String(entry.title)}`).toEqual([]);
			}
			if (path.startsWith('tags/') && !path.startsWith('tags/hostile-fixtures/')) continue;
			expect(
				entries.map((e) => e.title),
				path,
			).toContain(title);
		}
		const jsonFeed = files.get('feed.json');
		if (jsonFeed) expect(JSON.stringify(JSON.parse(jsonFeed))).toContain(JSON.stringify(description));
	});

	describe('in Chromium', () => {
		let server: Server;
		let origin: string;
		let browser: Browser;

		beforeAll(async () => {
			const serve = sirv(build.outDir, { dev: false, dotfiles: false });
			server = createServer((req, res) => {
				serve(req, res, () => {
					res.statusCode = 404;
					res.end('not found');
				});
			});
			await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
			const address = server.address();
			origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
			browser = await chromium.launch({
				executablePath: CHROMIUM,
				args: [
					'--no-sandbox',
					'--disable-gpu',
					'--no-first-run',
					'--disable-background-networking',
					'--disable-component-update',
					'--disable-sync',
				],
			});
		});

		afterAll(async () => {
			await browser?.close();
			await new Promise((resolve) => server?.close(resolve));
		});

		test('the harness sees a dialog when a page opens one', async () => {
			const context = await browser.newContext();
			const tab = await context.newPage();
			const dialogs: string[] = [];
			tab.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			await tab.setContent('<img src="x" onerror="alert(\'caught\')">');
			await tab.waitForTimeout(200);
			await context.close();
			expect(dialogs).toEqual(['caught']);
		});

		test('no hostile page opens a dialog, even when hovered, clicked and tabbed through', async () => {
			const tagPages = HOSTILE_METADATA.tags.map((tag) => urls.tag(slugify(tag)));
			const paths = [
				...Object.values(HOSTILE_PAGES).map((file) => `/${file.replace(/index\.html$/u, '')}`),
				'/',
				...tagPages,
			];
			const context = await browser.newContext({ javaScriptEnabled: true });
			const dialogs: string[] = [];
			context.on('dialog', (dialog) => {
				dialogs.push(`${dialog.page()?.url()}: ${dialog.message()}`);
				void dialog.dismiss();
			});
			for (const path of paths) {
				const tab = await context.newPage();
				const response = await tab.goto(origin + path, { waitUntil: 'load' });
				expect(response?.status(), path).toBe(200);
				await tab.mouse.move(5, 5);
				await tab.mouse.move(200, 300, { steps: 5 });
				for (let i = 0; i < 15; i++) await tab.keyboard.press('Tab');
				// Click every link and summary that stays on the page (fragment or no href): where scripts would hide.
				// A hidden one (the skip link out of focus) cannot be clicked: skip it rather than wait for it.
				for (const target of await tab.locator('a:not([href]), a[href^="#"], summary').all())
					if (await target.isVisible()) await target.click({ timeout: 1000 }).catch(() => undefined);
				await tab.waitForTimeout(300);
				await tab.close();
			}
			await context.close();
			expect(dialogs).toEqual([]);
		});

		test('file names with spaces and accents give links that work', async () => {
			const tab = await browser.newPage();
			const home = await tab.goto(`${origin}/`, { waitUntil: 'load' });
			expect(home?.status()).toBe(200);
			for (const { title } of [GENERATED.spaces, GENERATED.accents]) {
				await tab.goto(`${origin}/`, { waitUntil: 'load' });
				await tab.getByRole('link', { name: title, exact: true }).click();
				await tab.waitForLoadState('load');
				expect(await tab.locator('h1').textContent()).toBe(title);
			}
			expect(decodeURIComponent(new URL(tab.url()).pathname)).toBe(GENERATED.accents.path);
			await tab.close();
		});
	});
});

describe('normalisation', () => {
	test('a BOM and CRLF line endings are transparent', () => {
		const doc = page(pageFile(GENERATED.bomCrlf.path));
		expect(findAll(doc, 'h1').map(textOf)).toEqual([GENERATED.bomCrlf.title]);
		const body = findAll(doc, (e) => hasClass(e, 'article__body'))[0];
		expect(findAll(body ?? doc, 'li').map(textOf)).toEqual(['one', 'two']);
		expect(findAll(body ?? doc, 'p').map(textOf)).toEqual(['First paragraph.', 'Last paragraph.']);
		expect(pages.get(pageFile(GENERATED.bomCrlf.path))).not.toMatch(/\r|\uFEFF/u);
	});

	test('file names with spaces and non-ASCII letters become safe slugs', () => {
		for (const { path, title } of [GENERATED.spaces, GENERATED.accents]) {
			expect(findAll(page(pageFile(path)), 'h1').map(textOf)).toEqual([title]);
			expect(path).toMatch(/^\/\d{4}\/\d{2}\/\d{2}\/[\p{Ll}\p{Lo}\p{N}-]+\/$/u);
		}
	});

	test('a very long title is shown whole', () => {
		expect(GENERATED.longTitle.title.length).toBeGreaterThan(1000);
		expect(findAll(page(pageFile(GENERATED.longTitle.path)), 'h1').map(textOf)).toEqual([GENERATED.longTitle.title]);
	});

	test('a 5 MB article is built whole', () => {
		const html = pages.get(pageFile(GENERATED.huge.path)) ?? '';
		expect(html.length).toBeGreaterThan(5 * 1024 * 1024);
		expect(html).toContain(HUGE_END);
	});

	test('quotes nested as deep as allowed render', () => {
		const quotes = findAll(page(pageFile(GENERATED.nesting.path)), 'blockquote');
		expect(quotes).toHaveLength(64);
	});

	test('right-to-left text gets dir="auto": headline, standfirst and every block of the body', () => {
		const doc = page('2025/05/16/right-to-left/index.html');
		const h1 = findAll(doc, 'h1')[0];
		expect(h1 && attr(h1, 'dir')).toBe('auto');
		const body = findAll(doc, (e) => hasClass(e, 'article__body'))[0];
		const paragraphs = findAll(body ?? doc, 'p');
		expect(paragraphs).toHaveLength(3);
		for (const p of paragraphs) expect(attr(p, 'dir')).toBe('auto');
	});
});

describe('one publishing rule', () => {
	test('the held-back words are really searched for: published words are found in pages, feeds, sitemaps and the search index', () => {
		const holding = (word: string) => [...files].filter(([, text]) => text.includes(word)).map(([path]) => path);
		const seen = holding('Lyovochkin');
		expect(seen).toEqual(expect.arrayContaining(['2025/02/12/trump-putin-ukraine-peace-talks/index.html', 'rss.xml']));
		expect(seen.some((path) => path.startsWith('pagefind/'))).toBe(true);
		expect(holding('trump-putin-ukraine-peace-talks').some((path) => path.startsWith('sitemap'))).toBe(true);
	});

	test('drafts and scheduled articles appear nowhere in the production output', () => {
		for (const token of HELD_BACK_TOKENS) {
			const inPaths = [...files.keys()].filter((path) => path.toLowerCase().includes(token));
			const inFiles = [...files].filter(([, text]) => text.toLowerCase().includes(token)).map(([path]) => path);
			expect({ token, inPaths, inFiles }).toEqual({ token, inPaths: [], inFiles: [] });
		}
		const slugs = ['held-back-draft', 'held-back-scheduled'];
		expect(
			[...files]
				.filter(([path, text]) => slugs.some((slug) => path.includes(slug) || text.includes(slug)))
				.map(([path]) => path),
		).toEqual([]);
		// Their days, months and (for the draft) year held nothing else, so no date page may exist for them.
		expect([...files.keys()].filter((path) => path.startsWith('2024/') || path.startsWith('2025/06/'))).toEqual([]);
	});
});

describe('no silent loss', () => {
	/** The article pages of the site, by canonical URL: each must be exactly one. */
	function canonicalCounts(): Map<string, number> {
		const counts = new Map<string, number>();
		for (const html of pages.values()) {
			const doc = parseHtml(html);
			const isArticle = findAll(doc, (e) => e.tagName === 'meta' && attr(e, 'property') === 'og:type').some(
				(e) => attr(e, 'content') === 'article',
			);
			const canonical = findAll(doc, (e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical').map((e) =>
				attr(e, 'href'),
			)[0];
			if (isArticle && canonical) counts.set(canonical, (counts.get(canonical) ?? 0) + 1);
		}
		return counts;
	}

	async function publishedIn(dir: string) {
		const { articles, problems } = checkArticleFiles(await readArticleFiles(ROOT, dir), ZONE);
		expect(problems).toEqual([]);
		return articles.filter((a) => publicationStatus(a.data, new Date(BUILD_TIME)) === 'published');
	}

	test('every published file in content/ has exactly one page', async () => {
		const published = await publishedIn(join(ROOT, 'content'));
		expect(published.length).toBeGreaterThan(0);
		const counts = canonicalCounts();
		for (const article of published) {
			const url = urls.absolute(urls.article(article));
			expect({ file: article.filePath, pages: counts.get(url) ?? 0 }).toEqual({ file: article.filePath, pages: 1 });
			expect(pages.has(decodeURIComponent(pageFile(urls.article(article))))).toBe(true);
		}
	});

	test('every published file of the corpus has exactly one page, and there are as many article pages as the build said it published', async () => {
		const published = await publishedIn(contentDir);
		const counts = canonicalCounts();
		expect([...counts.values()].every((n) => n === 1)).toBe(true);
		expect([...counts.keys()].sort()).toEqual(published.map((a) => urls.absolute(urls.article(a))).sort());
		expect(build.output).toContain(`Published ${published.length} articles;`);
	});
});

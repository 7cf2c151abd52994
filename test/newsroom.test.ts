/**
 * The newsroom's structure, checked on a real build under a base path: bylines and author pages
 * (with a profile, and without), labels as kickers and JSON-LD types, a developing story as a
 * timeline with its "Part of" box, the publisher and its policy pages, and their feeds (read with
 * rss-parser and JSON.parse). A second build shows that a policy naming a missing page fails it.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT, type BuildResult } from './support/build-site.ts';
import { copyRealArticles } from './support/real-articles.ts';

const SITE = 'https://example.test';
const BASE = '/news/';
const HOME = `${SITE}${BASE}`;
const SEED_PATH = '2025/02/12/trump-putin-ukraine-peace-talks/';

/** A synthetic article: placeholder text, made-up names, no real news. */
function article(fields: Record<string, string>, body = 'Placeholder text for a newsroom fixture.'): string {
	const lines = Object.entries(fields).map(([key, value]) => `${key}: ${value}`);
	return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

const CORPUS: Record<string, string> = {
	'shared-byline.md': article({
		title: 'Fixture analysis by two',
		description: 'An analysis with a shared byline.',
		date: '2025-03-01',
		author: '[Ada Reporter, Ben Writer]',
		label: 'analysis',
		tags: '[Harbour]',
	}),
	'three-names.md': article({
		title: 'Fixture report by three',
		description: 'A report with three names.',
		date: '2025-03-01T12:00:00-05:00',
		author: '[Ada Reporter, Ben Writer, Cy Editor]',
	}),
	'strike-one.md': article({
		title: 'Fixture strike begins',
		description: 'The first article of the story.',
		date: '2025-03-02T08:00:00-05:00',
		author: 'Ada Reporter',
		story: 'Harbour strike',
		tags: '[Harbour]',
	}),
	'strike-two.md': article({
		title: 'Fixture strike talks',
		description: 'The second article of the story.',
		date: '2025-03-03T09:30:00-05:00',
		story: 'harbour  strike',
	}),
	'strike-three.md': article({
		title: 'Fixture strike ends',
		description: 'The third article of the story.',
		date: '2025-03-04T17:15:00-05:00',
		author: 'Ada Reporter',
		story: 'Harbour strike',
		label: 'live',
	}),
	'opinion-piece.md': article({
		title: 'Fixture opinion piece',
		description: 'An opinion piece.',
		date: '2025-03-05',
		author: 'Ben Writer',
		label: 'opinion',
		tags: '[Harbour]',
	}),
	'unsigned.md': article({
		title: 'Fixture unsigned brief',
		description: 'An article without a byline.',
		date: '2025-03-06',
		tags: '[Harbour]',
	}),
};

const PROFILE = [
	'name: Ada Reporter',
	'role: Fixture reporter',
	'bio: A synthetic byline for the newsroom test; not a real person.',
	'sameAs:',
	'  - https://example.org/ada-reporter',
	'',
].join('\n');

const feedParser = new Parser();
let site: BuildResult;
let missingPolicy: BuildResult;

beforeAll(async () => {
	const work = await mkdtemp(join(tmpdir(), 'newsroom-'));
	const contentDir = join(work, 'content');
	await mkdir(join(contentDir, 'authors'), { recursive: true });
	for (const [file, text] of Object.entries(CORPUS)) await writeFile(join(contentDir, file), text);
	await writeFile(join(contentDir, 'authors', 'ada-reporter.yml'), PROFILE);
	await copyRealArticles(join(ROOT, 'content'), join(contentDir, 'real'));
	const env = { BUILD_TIME: '2025-03-10T12:00:00Z', BASE_PATH: BASE, SITE_URL: SITE };
	site = await buildSite({ contentDir, env });
	// The same corpus with a pages folder that lacks the standards page the settings name.
	const pagesDir = join(work, 'pages');
	await mkdir(pagesDir);
	await writeFile(join(pagesDir, 'about.md'), '---\ntitle: About\ndescription: About the site.\n---\n\nText.\n');
	missingPolicy = await buildSite({ contentDir, env: { ...env, PAGES_DIR: pagesDir } });
});

const read = (path: string): Promise<string> =>
	readFile(join(site.outDir, path.endsWith('/') || path === '' ? `${path}index.html` : path), 'utf8');
const page = async (path: string) => parseHTML(await read(path)).document;
const jsonLd = async (path: string) =>
	[...(await page(path)).querySelectorAll('script[type="application/ld+json"]')].map((s) =>
		JSON.parse(s.textContent ?? ''),
	);
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();

test('the site builds', () => {
	expect(site.code, site.output).toBe(0);
});

describe('bylines and author pages', () => {
	test('an article shows its byline, each name linking to the author page', async () => {
		const doc = await page('2025/03/01/shared-byline/');
		const byline = doc.querySelector('.article__byline');
		expect(clean(byline?.textContent)).toBe('By Ada Reporter and Ben Writer');
		expect([...(byline?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
			`${BASE}authors/ada-reporter/`,
			`${BASE}authors/ben-writer/`,
		]);
		const three = await page('2025/03/01/three-names/');
		expect(clean(three.querySelector('.article__byline')?.textContent)).toBe(
			'By Ada Reporter, Ben Writer and Cy Editor',
		);
	});

	test('/authors/ lists everyone with their counts', async () => {
		const items = [...(await page('authors/')).querySelectorAll('.count-list li')].map((li) => clean(li.textContent));
		expect(items).toEqual(['Ada Reporter 4 articles', 'Ben Writer 3 articles', 'Cy Editor 1 article']);
	});

	test('an author page lists their articles newest first, with the profile and a ProfilePage', async () => {
		const doc = await page('authors/ada-reporter/');
		expect(clean(doc.querySelector('h1')?.textContent)).toBe('Ada Reporter');
		expect(clean(doc.querySelector('.listing__back')?.textContent)).toMatch(/^4 articles ·/u);
		expect(clean(doc.querySelector('.profile__role')?.textContent)).toBe('Fixture reporter');
		expect(doc.querySelector('.profile a[rel="me"]')?.getAttribute('href')).toBe('https://example.org/ada-reporter');
		expect([...doc.querySelectorAll('.card__title')].map((h) => clean(h.textContent))).toEqual([
			'Fixture strike ends',
			'Fixture strike begins',
			'Fixture report by three',
			'Fixture analysis by two',
		]);
		const [data] = await jsonLd('authors/ada-reporter/');
		expect(data).toEqual({
			'@context': 'https://schema.org',
			'@type': 'ProfilePage',
			url: `${HOME}authors/ada-reporter/`,
			mainEntity: {
				'@type': 'Person',
				name: 'Ada Reporter',
				url: `${HOME}authors/ada-reporter/`,
				jobTitle: 'Fixture reporter',
				description: 'A synthetic byline for the newsroom test; not a real person.',
				sameAs: ['https://example.org/ada-reporter'],
			},
		});
	});

	test('a byline without a profile still has its page', async () => {
		const doc = await page('authors/cy-editor/');
		expect(doc.querySelector('.profile')).toBeNull();
		expect([...doc.querySelectorAll('.card__title')].map((h) => clean(h.textContent))).toEqual([
			'Fixture report by three',
		]);
		const [data] = await jsonLd('authors/cy-editor/');
		expect(data.mainEntity).toEqual({ '@type': 'Person', name: 'Cy Editor', url: `${HOME}authors/cy-editor/` });
	});

	test('each author has RSS, Atom and JSON feeds of their articles, announced on their page', async () => {
		const rss = await feedParser.parseString(await read('authors/ben-writer/rss.xml'));
		const atom = await feedParser.parseString(await read('authors/ben-writer/atom.xml'));
		const json = JSON.parse(await read('authors/ben-writer/feed.json'));
		const expected = ['Fixture opinion piece', 'Fixture report by three', 'Fixture analysis by two'];
		expect(rss.items.map((i) => i.title)).toEqual(expected);
		expect(atom.items.map((i) => i.title)).toEqual(expected);
		expect(json.items.map((i: { title: string }) => i.title)).toEqual(expected);
		expect(json.home_page_url).toBe(`${HOME}authors/ben-writer/`);
		const alternates = [...(await page('authors/ben-writer/')).querySelectorAll('link[rel="alternate"]')].map((l) =>
			l.getAttribute('href'),
		);
		expect(alternates).toContain(`${HOME}authors/ben-writer/feed.json`);
	});
});

/** The item of a listing (card, front-page story or compact headline) whose text holds `title`. */
function listed(doc: Document, title: string): Element | undefined {
	return [...doc.querySelectorAll('.card, .story, .headlines li')].find((item) => item.textContent?.includes(title));
}

describe('labels', () => {
	test('an opinion piece is marked Opinion on its page and wherever it is listed', async () => {
		const doc = await page('2025/03/05/opinion-piece/');
		expect(clean(doc.querySelector('.article__header .kicker')?.textContent)).toBe('Opinion');
		// Cards on tag and author pages, stories on the front page, compact headlines on month pages.
		for (const listing of ['', 'tags/harbour/', 'authors/ben-writer/', '2025/03/']) {
			const card = listed(await page(listing), 'Fixture opinion piece');
			expect(clean(card?.querySelector('.kicker')?.textContent), listing).toMatch(/^Opinion:?$/u);
		}
	});

	test('an opinion piece is marked in a story box and under "More on this topic" too', async () => {
		const doc = await page('2025/03/06/unsigned/');
		const related = [...doc.querySelectorAll('.related li')].find((li) =>
			li.textContent?.includes('Fixture opinion piece'),
		);
		expect(clean(related?.querySelector('.kicker')?.textContent)).toBe('Opinion');
		const box = (await page('2025/03/02/strike-one/')).querySelector('aside.story-box');
		const live = [...(box?.querySelectorAll('li') ?? [])].find((li) => li.textContent?.includes('Fixture strike ends'));
		expect(clean(live?.querySelector('.kicker')?.textContent)).toBe('Live');
	});

	test('plain news shows no kicker', async () => {
		const doc = await page('2025/03/06/unsigned/');
		expect(doc.querySelector('.article__header .kicker')).toBeNull();
		const card = listed(await page(''), 'Fixture unsigned');
		expect(card).toBeDefined();
		expect(card?.querySelector('.kicker')).toBeNull();
	});

	test('search filters by author and by kind of article', async () => {
		const doc = await page('2025/03/01/shared-byline/');
		const values = (filter: string) =>
			[...doc.querySelectorAll(`[data-pagefind-filter="${filter}[value]"]`)].map((e) => e.getAttribute('value'));
		expect(values('author')).toEqual(['Ada Reporter', 'Ben Writer']);
		expect(values('label')).toEqual(['Analysis']);
		expect(doc.querySelector('[data-pagefind-meta="kicker[value]"]')?.getAttribute('value')).toBe('Analysis');
	});

	test.each([
		['2025/03/01/shared-byline/', 'AnalysisNewsArticle'],
		['2025/03/05/opinion-piece/', 'OpinionNewsArticle'],
		['2025/03/04/strike-three/', 'LiveBlogPosting'],
		['2025/03/06/unsigned/', 'NewsArticle'],
	])('%s is typed %s in its JSON-LD', async (path, type) => {
		const [data] = await jsonLd(path);
		expect(data['@type']).toBe(type);
	});
});

describe('the publisher', () => {
	test('bylines are Persons with their pages; an unbylined article names the publisher', async () => {
		const [shared] = await jsonLd('2025/03/01/shared-byline/');
		expect(shared.author).toEqual([
			{ '@type': 'Person', name: 'Ada Reporter', url: `${HOME}authors/ada-reporter/` },
			{ '@type': 'Person', name: 'Ben Writer', url: `${HOME}authors/ben-writer/` },
		]);
		const [unsigned] = await jsonLd('2025/03/06/unsigned/');
		expect(unsigned.author).toEqual(unsigned.publisher);
		expect(unsigned.publisher).toEqual({
			'@type': 'NewsMediaOrganization',
			name: 'The Ledger',
			url: HOME,
			logo: `${HOME}favicon.svg`,
			publishingPrinciples: `${HOME}standards/`,
			correctionsPolicy: `${HOME}corrections/`,
			ethicsPolicy: `${HOME}standards/`,
			noBylinesPolicy: `${HOME}standards/`,
		});
	});

	test('the real article names no author: its JSON-LD names the publisher', async () => {
		const [seed] = await jsonLd(SEED_PATH);
		expect(seed.author['@type']).toBe('NewsMediaOrganization');
		expect(seed.author).toEqual(seed.publisher);
	});

	test('the front page carries the NewsMediaOrganization, and its policy pages are built', async () => {
		const [home] = await jsonLd('');
		expect(home).toMatchObject({ '@type': 'NewsMediaOrganization', name: 'The Ledger', url: HOME });
		for (const path of ['about/', 'standards/']) {
			const doc = await page(path);
			expect(clean(doc.querySelector('h1')?.textContent), path).toBeTruthy();
			expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${HOME}${path}`);
		}
	});

	test('a policy naming a page that does not exist fails the build, saying which and where', () => {
		expect(missingPolicy.code).not.toBe(0);
		expect(missingPolicy.output).toMatch(/publishingPrinciples page is "standards" \(PUBLISHING_PRINCIPLES_PAGE\)/u);
		expect(missingPolicy.output).toMatch(/pages\/standards\.md does not exist/u);
	});
});

describe('developing stories', () => {
	test('the story page is a timeline, newest first, with the first article marked', async () => {
		const doc = await page('stories/harbour-strike/');
		expect(clean(doc.querySelector('h1')?.textContent)).toBe('Harbour strike');
		const entries = [...doc.querySelectorAll('.timeline__entry')];
		expect(entries.map((e) => clean(e.querySelector('.card__title')?.textContent))).toEqual([
			'Fixture strike ends',
			'Fixture strike talks',
			'Fixture strike begins',
		]);
		expect(entries.map((e) => e.querySelector('.timeline__first') !== null)).toEqual([false, false, true]);
		expect(clean(entries[0]?.querySelector('time')?.textContent)).toMatch(/5:15 p\.m\./u);
	});

	test('every article of the story has a "Part of" box with its position and the story in order', async () => {
		const doc = await page('2025/03/03/strike-two/');
		const box = doc.querySelector('aside.story-box');
		expect(clean(box?.querySelector('h2')?.textContent)).toBe('Part of: Harbour strike');
		expect(box?.querySelector('h2 a')?.getAttribute('href')).toBe(`${BASE}stories/harbour-strike/`);
		expect(clean(box?.querySelector('.story-box__position')?.textContent)).toContain('2 of 3');
		expect(
			[...(box?.querySelectorAll('li') ?? [])].map((li) => clean(li.querySelector('a, [aria-current]')?.textContent)),
		).toEqual(['Fixture strike begins', 'Fixture strike talks', 'Fixture strike ends']);
		expect((await page('2025/03/06/unsigned/')).querySelector('aside.story-box')).toBeNull();
	});

	test('/stories/ lists the story, and the story has its feeds', async () => {
		const doc = await page('stories/');
		expect([...doc.querySelectorAll('.count-list a')].map((a) => a.getAttribute('href'))).toEqual([
			`${BASE}stories/harbour-strike/`,
		]);
		const rss = await feedParser.parseString(await read('stories/harbour-strike/rss.xml'));
		expect(rss.items.map((i) => i.title)).toEqual([
			'Fixture strike ends',
			'Fixture strike talks',
			'Fixture strike begins',
		]);
		const atom = await feedParser.parseString(await read('stories/harbour-strike/atom.xml'));
		expect(atom.items).toHaveLength(3);
		expect(JSON.parse(await read('stories/harbour-strike/feed.json')).items).toHaveLength(3);
	});
});

/**
 * One real `astro build --outDir …` of the real content plus two fixtures: the build itself writes
 * the Pagefind index into the output folder, in bundles (src/lib/search-bundles.ts), with article bodies only, tag and
 * year filters, the date sort key and the date shown in results.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { parsePagefindReport } from '../src/integrations/pagefind-report.ts';
import { buildSite, ROOT, type BuildResult } from './support/build-site.ts';
import { copyRealArticles } from './support/real-articles.ts';

/** One indexed page as Pagefind stores it in a fragment file. */
interface Fragment {
	url: string;
	content: string;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
}

const SEED_URL = '/2025/02/12/trump-putin-ukraine-peace-talks/';

const FIXTURES = {
	'late-night.md': [
		'---',
		'title: "Fixture: a council vote late on New Year’s Eve"',
		'description: "Synthetic test article."',
		'date: 2023-12-31T23:30:00-05:00',
		'tags: [Council, " council ", Harbour]',
		'---',
		'',
		'Lorem ipsum dolor sit amet, quokkaword consectetur adipiscing elit.',
		'',
	].join('\n'),
	'draft.md': [
		'---',
		'title: "Fixture: a draft"',
		'description: "Never published."',
		'date: 2024-03-01',
		'draft: true',
		'---',
		'',
		'Draftonlyword lorem ipsum.',
		'',
	].join('\n'),
};

/** The fragments of the Pagefind bundle in `bundle`: gzip, then Pagefind's `pagefind_dcd` marker, then JSON (Pagefind 1.x). */
async function readFragments(bundle: string): Promise<(Fragment & { bundle: string })[]> {
	const folder = join(bundle, 'fragment');
	const files = await readdir(folder);
	return Promise.all(
		files.map(async (file) => {
			const text = gunzipSync(await readFile(join(folder, file))).toString('utf8');
			return { ...(JSON.parse(text.replace(/^pagefind_dcd/u, '')) as Fragment), bundle };
		}),
	);
}

describe('the search index a build writes', () => {
	let build: BuildResult;
	let fragments: (Fragment & { bundle: string })[];

	beforeAll(async () => {
		const content = await mkdtemp(join(tmpdir(), 'news-search-content-'));
		await copyRealArticles(join(ROOT, 'content'), join(content, 'real'));
		await mkdir(join(content, 'fixtures'));
		for (const [file, text] of Object.entries(FIXTURES)) await writeFile(join(content, 'fixtures', file), text);
		build = await buildSite({ contentDir: content, env: { BUILD_TIME: '2026-01-01T00:00:00Z' } });
		expect(build.code, build.output).toBe(0);
		const bundles = await readdir(join(build.outDir, 'pagefind'));
		fragments = (await Promise.all(bundles.map((name) => readFragments(join(build.outDir, 'pagefind', name))))).flat();
	});

	test('is written into the folder given with --outDir, beside the pages: the newest month, then past years', async () => {
		// The newest year (2025) has one month, so its bundle is that month; 2023 is a past year, whole.
		expect((await readdir(join(build.outDir, 'pagefind'))).sort()).toEqual(['2023', '2025-02']);
		for (const name of ['2023', '2025-02']) {
			const files = await readdir(join(build.outDir, 'pagefind', name));
			expect(files).toEqual(
				expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en-us.pagefind']),
			);
		}
	});

	test('holds each published article once, in its bundle, and no other page', () => {
		expect(fragments.map((f) => [f.url, basename(f.bundle)]).sort()).toEqual([
			['/2023/12/31/late-night/', '2023'],
			[SEED_URL, '2025-02'],
		]);
	});

	test('lists the bundles on the search page, newest first, for the browser to merge', async () => {
		const search = await readFile(join(build.outDir, 'search', 'index.html'), 'utf8');
		expect(search).toContain('data-bundles="/pagefind/2025-02/ /pagefind/2023/"');
		expect(search).toContain('data-bundle-names="2025-02 2023"');
		expect(search).toContain('data-bundle-years="2025 2023"');
	});

	test('is reported in the build output with its page count, time and sizes', () => {
		const report = parsePagefindReport(build.output);
		expect(report).toBeDefined();
		expect(report?.pages).toBe(2);
		expect(build.output).toContain('search bundles: 2 indexed, 0 reused');
		expect(report?.indexBytes).toBeGreaterThan(0);
		expect(report?.bundleBytes).toBeGreaterThan(report?.indexBytes ?? 0);
	});

	test('indexes the headline and body of an article but not its date line or footer', () => {
		const seed = fragments.find((f) => f.url === SEED_URL);
		expect(seed?.meta.title).toBe(
			'Trump says he expects to meet Putin in Saudi Arabia for talks on ending the war in Ukraine',
		);
		expect(seed?.content).toContain('Serhiy Lyovochkin, said he doubted Ukraine');
		for (const outside of [
			'Published',
			'min read',
			'Topics',
			'Filed under',
			'news.example.org',
			'Previous article',
			'Fixture',
		]) {
			expect(seed?.content, outside).not.toContain(outside);
		}
	});

	test('filters by the tags’ labels, one per distinct tag, and by the year in the site’s time zone', () => {
		const seed = fragments.find((f) => f.url === SEED_URL);
		expect(seed?.filters).toEqual({
			tag: ['Ukraine', 'Russia', 'Donald Trump', 'Vladimir Putin', 'Diplomacy'],
			// The kind of article: plain news, filterable like the others; the seed has no byline, so no author.
			label: ['News'],
			year: ['2025'],
		});
		const late = fragments.find((f) => f.url === '/2023/12/31/late-night/');
		expect(late?.filters.tag).toEqual(['Council', 'Harbour']);
		expect(late?.filters.year).toEqual(['2023']);
	});

	test('sorts by the UTC instant and shows the date as the article page does', async () => {
		// Pagefind keeps sort keys in its binary metadata file, so the key is read from the page it came from;
		// e2e/search.spec.ts checks the resulting order in the browser.
		const late = await readFile(join(build.outDir, '2023', '12', '31', 'late-night', 'index.html'), 'utf8');
		expect(late).toContain('data-pagefind-sort="date[data-sort]"');
		expect(late).toContain('data-sort="2024-01-01T04:30:00.000Z"');
		const seed = fragments.find((f) => f.url === SEED_URL);
		expect(seed?.meta.date).toBe('Feb. 12, 2025');
		expect(seed?.meta.datetime).toBe('2025-02-12T00:00:00-05:00');
	});
});

/**
 * Builds that reuse the previous build (ASTRO_CACHE_DIR, .cache/astro by default) across real
 * builds. The content cache: unchanged articles reuse their cached rendering, an edited article is
 * rendered again, and a change to a Markdown plugin's code renders every article again. The
 * incremental output (Astro's `experimental.incrementalBuild`, our search bundles of the search
 * index): after each change the reusing build's `dist/` is byte for byte the `dist/` of a cold
 * build of the same content and settings, file by file, and the reusing build did reuse pages.
 *
 * The steps: a cold build; then a new article, an edited body, a deleted article and a changed tag
 * at once; then a build killed half-way (its marker left behind) and a Markdown plugin's code; then a
 * setting (the time zone). Each reusing build is compared with a cold build of its state (seven
 * builds of a small corpus in all).
 *
 * The builds run on a copy of the project (node_modules linked), so the test can change a plugin
 * without touching the working tree.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { glob } from 'tinyglobby';
import { beforeAll, describe, expect, test } from 'vitest';
import { UNFINISHED_MARKER } from '../src/integrations/unfinished-build.ts';
import { fixtureArticle } from './fixtures/site-corpus.ts';
import { buildSite, copyProject, type BuildResult } from './support/build-site.ts';

/** Fixture articles 10–17: over 2023 and 2024, sharing tags, so lists, related links and bundles overlap. */
const FIRST = 10;
const ARTICLES = 8;
const ENV = { BASE_PATH: '/news/', SITE_URL: 'https://news.example.org', BUILD_TIME: '2025-06-01T12:00:00Z' };

const plain = (build: BuildResult): string => stripVTControlCharacters(build.output);

/** The loader's "N article files loaded …: R rendered, U reused from the cache" line, as numbers. */
function cacheCounts(build: BuildResult): { rendered: number; reused: number } {
	const match = /article files? loaded from [^:]*: (\d+) rendered, (\d+) reused from the cache/u.exec(plain(build));
	if (!match) throw new Error(`no cache counts in the build output:\n${plain(build)}`);
	return { rendered: Number(match[1]), reused: Number(match[2]) };
}

/** Pages the build copied from the previous one instead of rendering (Astro marks them "(cached)" or "(restored)"). */
function reusedPages(build: BuildResult): number {
	return (plain(build).match(/\((?:cached|restored)\)/gu) ?? []).length;
}

/** The Pagefind report's year-bundle counts. */
function bundleCounts(build: BuildResult): { indexed: number; reused: number } {
	const match = /search bundles: (\d+) indexed, (\d+) reused/u.exec(plain(build));
	if (!match) throw new Error(`no year-bundle counts in the build output:\n${plain(build)}`);
	return { indexed: Number(match[1]), reused: Number(match[2]) };
}

/** Every file of a built site, by path, as a digest of its bytes. */
async function siteFiles(outDir: string): Promise<Map<string, string>> {
	const files = new Map<string, string>();
	for (const file of (await glob('**/*', { cwd: outDir, dot: true })).sort()) {
		files.set(
			file,
			createHash('sha256')
				.update(await readFile(join(outDir, file)))
				.digest('hex'),
		);
	}
	return files;
}

/** The paths that differ between two built sites: missing from one, or with other bytes. */
function differences(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
	const paths = new Set([...a.keys(), ...b.keys()]);
	return [...paths].filter((path) => a.get(path) !== b.get(path)).sort();
}

/** A finished build: its log, every file's digest, and the HTML of each fixture article's page by number. */
interface Built {
	readonly build: BuildResult;
	readonly files: ReadonlyMap<string, string>;
	readonly pages: ReadonlyMap<number, string>;
}

/** Reads the output right after the build, before the next build replaces it. */
async function collect(build: BuildResult): Promise<Built> {
	const pages = new Map<number, string>();
	for (const file of await glob('20*/**/index.html', { cwd: build.outDir })) {
		const html = await readFile(join(build.outDir, file), 'utf8');
		for (let i = FIRST; i < FIRST + ARTICLES + 1; i++)
			if (html.includes(`Cache fixture marker ${i}.`)) pages.set(i, html);
	}
	return { build, files: await siteFiles(build.outDir), pages };
}

/** The built HTML of fixture article `i`. */
function articleHtml({ pages }: Built, i: number): string {
	const html = pages.get(i);
	if (html === undefined) throw new Error(`no built page carries "Cache fixture marker ${i}."`);
	return html;
}

/** Article `i` of the fixture corpus with a marker and a root-relative link the base-path plugin rewrites. */
function article(i: number, note = ''): string {
	return `${fixtureArticle(i).text}\nCache fixture marker ${i}.${note} See [the archive](/archive/).\n`;
}

/** A reusing build and the cold build of the same state. */
interface Step {
	readonly reusing: Built;
	readonly cold: Built;
}

describe('builds that reuse the previous build', () => {
	let first: Built;
	let publish: Step;
	let plugin: Step;
	let setting: Step;

	beforeAll(async () => {
		const project = await copyProject(tmpdir());
		const contentDir = join(project, 'test-content');
		await mkdir(contentDir);
		const file = (i: number): string => join(contentDir, `cache-${i}.md`);
		for (let i = FIRST; i < FIRST + ARTICLES; i++) await writeFile(file(i), article(i));
		// The reusing builds share one cache and one output folder, as a newsroom's builds do.
		const cacheDir = join(project, '.cache', 'astro');
		const outDir = join(project, 'dist');
		let colds = 0;
		const build = async (env: Record<string, string>, cold: boolean): Promise<Built> => {
			colds += cold ? 1 : 0;
			const result = await buildSite({
				root: project,
				contentDir,
				cacheDir: cold ? join(project, '.cache', `cold-${colds}`) : cacheDir,
				outDir: cold ? join(project, `dist-cold-${colds}`) : outDir,
				env: { ...ENV, ...env },
			});
			if (result.code !== 0) throw new Error(`build failed (exit ${result.code}):\n${result.output}`);
			const built = await collect(result);
			if (cold) await rm(result.outDir, { recursive: true, force: true });
			return built;
		};
		const step = async (env: Record<string, string> = {}): Promise<Step> => ({
			reusing: await build(env, false),
			cold: await build(env, true),
		});

		first = await build({}, false);

		// A publish, all in 2024: one new article, one body edited, one article deleted, one tag changed.
		await writeFile(file(FIRST + ARTICLES), article(FIRST + ARTICLES));
		await writeFile(file(FIRST + 5), article(FIRST + 5, ' Edited after the first build.'));
		await rm(file(FIRST + 6));
		const retagged = article(FIRST + 7);
		const tagLine = /^tags: .*$/mu;
		if (!tagLine.test(retagged)) throw new Error('the fixture article has no tags line; update this test');
		await writeFile(file(FIRST + 7), retagged.replace(tagLine, 'tags: [Harbour, "A new topic"]'));
		publish = await step();

		// A build killed while generating pages leaves its marker behind: the next one must reuse nothing.
		await writeFile(join(cacheDir, UNFINISHED_MARKER), 'killed\n');

		// A change to a Markdown plugin's code, not to its options: Astro's own config digest cannot see it.
		const pluginFile = join(project, 'src', 'markdown', 'rehype-base-path.ts');
		const code = await readFile(pluginFile, 'utf8');
		const line = 'return base + url.slice(1);';
		if (!code.includes(line))
			throw new Error(`rehype-base-path.ts no longer contains "${line}"; update this test's plugin change`);
		await writeFile(pluginFile, code.replace(line, 'return `${base}moved/${url.slice(1)}`;'));
		plugin = await step();

		// A setting that reaches every page's dates: the newsroom's time zone.
		setting = await step({ SITE_TIME_ZONE: 'Europe/Berlin' });
		// Seven builds: up to a minute each on a busy two-core machine.
	}, 900_000);

	test('the first build renders every article', () => {
		expect(cacheCounts(first.build)).toEqual({ rendered: ARTICLES, reused: 0 });
	});

	test('after a new, an edited, a deleted and a retagged article, dist/ is the cold build’s, file by file', () => {
		expect(publish.reusing.files.size).toBeGreaterThan(50);
		expect(differences(publish.reusing.files, publish.cold.files)).toEqual([]);
	});

	test('that publish renders only the new, edited and retagged articles, and reuses pages and search bundles', () => {
		expect(cacheCounts(publish.reusing.build)).toEqual({ rendered: 3, reused: ARTICLES - 3 });
		expect(articleHtml(publish.reusing, FIRST + 5)).toContain('Edited after the first build.');
		expect(publish.reusing.pages.has(FIRST + 6)).toBe(false);
		expect(articleHtml(publish.reusing, FIRST + 7)).toContain('A new topic');
		expect(reusedPages(publish.reusing.build)).toBeGreaterThan(0);
		expect(reusedPages(publish.cold.build)).toBe(0);
	});

	test('a change to a Markdown plugin renders every article again, and dist/ is the cold build’s', () => {
		expect(plugin.reusing.build.output).not.toMatch(/Astro config changed|Clearing content store/u);
		expect(cacheCounts(plugin.reusing.build)).toEqual({ rendered: ARTICLES, reused: 0 });
		// The killed build before it left its marker: no page is copied from the cache.
		expect(plain(plugin.reusing.build)).toContain('the previous build did not finish');
		expect(reusedPages(plugin.reusing.build)).toBe(0);
		for (const [, html] of plugin.reusing.pages) {
			expect(html).toContain('href="/news/moved/archive/"');
			expect(html).not.toContain('href="/news/archive/">the archive');
		}
		expect(differences(plugin.reusing.files, plugin.cold.files)).toEqual([]);
	});

	test('a changed setting reaches every page, and dist/ is the cold build’s', () => {
		expect(differences(setting.reusing.files, setting.cold.files)).toEqual([]);
		expect(differences(setting.reusing.files, plugin.reusing.files).length).toBeGreaterThan(ARTICLES);
	});

	test('unchanged search bundles are reused, changed ones indexed again', () => {
		// Fixtures 10–13 are from 2023; 14–17 from February, April, September and November 2024, so the
		// newest year is cut into its newest month (2024-11) and the rest (2024-02-to-09): three bundles.
		expect(bundleCounts(first.build)).toEqual({ indexed: 3, reused: 0 });
		// The publish changed 2024 before November (the rest becomes 2024-02-to-07), never 2023, and
		// November's bundle only if its one article's page changed.
		const novemberChanged = first.pages.get(14) !== publish.reusing.pages.get(14);
		expect(bundleCounts(publish.reusing.build)).toEqual(
			novemberChanged ? { indexed: 2, reused: 1 } : { indexed: 1, reused: 2 },
		);
		expect(bundleCounts(plugin.reusing.build)).toEqual({ indexed: 3, reused: 0 });
		expect(bundleCounts(plugin.cold.build)).toEqual({ indexed: 3, reused: 0 });
	});
});

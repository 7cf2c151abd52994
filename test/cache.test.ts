/**
 * The content cache (ASTRO_CACHE_DIR, .cache/astro by default) across real builds: unchanged
 * articles reuse their cached rendering, an edited article is rendered again, and a change to a
 * Markdown plugin's code renders every article again, so no page keeps the old plugin's output.
 *
 * The builds run on a copy of the project (node_modules linked), so the test can change a plugin
 * without touching the working tree. The evidence is the loader's own count of rendered and
 * reused articles, and the HTML it produced; no timing.
 */
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixtureArticle } from './fixtures/site-corpus.ts';
import { buildSite, ROOT, type BuildResult } from './support/build-site.ts';

const ARTICLES = 3;
const ENV = { BASE_PATH: '/news/', SITE_URL: 'https://news.example.org', BUILD_TIME: '2025-06-01T12:00:00Z' };

/** The loader's "N article files loaded …: R rendered, U reused from the cache" line, as numbers. */
function cacheCounts(build: BuildResult): { rendered: number; reused: number } {
	// eslint-disable-next-line no-control-regex -- Astro's logger may colour its output.
	const plain = build.output.replace(/\u001b\[[0-9;]*m/gu, '');
	const match = /article files? loaded from [^:]*: (\d+) rendered, (\d+) reused from the cache/u.exec(plain);
	if (!match) throw new Error(`no cache counts in the build output:\n${plain}`);
	return { rendered: Number(match[1]), reused: Number(match[2]) };
}

/** A finished build: its log, and the HTML of each fixture article's page by article number. */
interface Built {
	readonly build: BuildResult;
	readonly pages: ReadonlyMap<number, string>;
}

/** Reads each fixture article's page right after the build, before anything can tidy the output away. */
async function collect(build: BuildResult): Promise<Built> {
	const pages = new Map<number, string>();
	for (const file of await glob('20*/**/index.html', { cwd: build.outDir })) {
		const html = await readFile(join(build.outDir, file), 'utf8');
		for (let i = 0; i < ARTICLES; i++) if (html.includes(`Cache fixture marker ${i}.`)) pages.set(i, html);
	}
	return { build, pages };
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

async function copyProject(): Promise<string> {
	const copy = await mkdtemp(join(tmpdir(), 'content-cache-test-'));
	for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
		await cp(join(ROOT, entry), join(copy, entry), { recursive: true });
	}
	await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
	return copy;
}

describe('the content cache', () => {
	let first: Built;
	let second: Built;
	let third: Built;

	beforeAll(async () => {
		const project = await copyProject();
		const contentDir = join(project, 'test-content');
		await mkdir(contentDir);
		for (let i = 0; i < ARTICLES; i++) await writeFile(join(contentDir, `cache-${i}.md`), article(i));
		const cacheDir = join(project, '.cache', 'astro');
		let builds = 0;
		const build = async (): Promise<Built> => {
			builds += 1;
			const outDir = join(project, `dist-${builds}`);
			const result = await buildSite({ root: project, contentDir, cacheDir, outDir, env: ENV });
			if (result.code !== 0) throw new Error(`build failed (exit ${result.code}):\n${result.output}`);
			return collect(result);
		};

		first = await build();

		// One article edited, the others untouched.
		await writeFile(join(contentDir, 'cache-1.md'), article(1, ' Edited after the first build.'));
		second = await build();

		// A change to a Markdown plugin's code, not to its options: Astro's own config digest cannot see it.
		const pluginFile = join(project, 'src', 'markdown', 'rehype-base-path.ts');
		const plugin = await readFile(pluginFile, 'utf8');
		const line = 'return base + url.slice(1);';
		if (!plugin.includes(line))
			throw new Error(`rehype-base-path.ts no longer contains "${line}"; update this test's plugin change`);
		await writeFile(pluginFile, plugin.replace(line, 'return `${base}moved/${url.slice(1)}`;'));
		third = await build();
	});

	test('the first build renders every article', () => {
		expect(cacheCounts(first.build)).toEqual({ rendered: ARTICLES, reused: 0 });
	});

	test('the next build reuses the unchanged articles and renders only the edited one', () => {
		expect(cacheCounts(second.build)).toEqual({ rendered: 1, reused: ARTICLES - 1 });
		expect(articleHtml(second, 1)).toContain('Edited after the first build.');
		for (const i of [0, 2]) expect(articleHtml(second, i)).toBe(articleHtml(first, i));
	});

	test('a change to a Markdown plugin renders every article again, so no page keeps the old output', () => {
		expect(third.build.output).not.toMatch(/Astro config changed|Clearing content store/u);
		expect(cacheCounts(third.build)).toEqual({ rendered: ARTICLES, reused: 0 });
		for (let i = 0; i < ARTICLES; i++) {
			const html = articleHtml(third, i);
			expect(html).toContain('href="/news/moved/archive/"');
			expect(html).not.toContain('href="/news/archive/">the archive');
		}
	});
});

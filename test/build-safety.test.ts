/**
 * No build reports success over a broken site, and a failed or killed build leaves nothing a deploy
 * could publish (issue 14). Each step is made to fail for real: the search indexer killed as an
 * out-of-memory killer would, a disk that fills while it writes (a file-size limit: CI runs as root,
 * which no folder permission stops), the sitemap failing mid-build, a build killed half-way, two builds
 * at once. One successful build with 64 open files, odd file names and a cache of the wrong shape.
 */
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, rmSync, watch } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT, type BuildResult } from './support/build-site.ts';

const SECRET = 'Draftsecretword';

function article(title: string, date = '2024-03-01', body = 'Lorem ipsum.'): string {
	return `---\ntitle: ${title}\ndescription: A synthetic test article.\ndate: ${date}\n---\n\n${body}\n`;
}

/** A content folder with `count` articles and one draft whose text must never be left behind. */
async function corpus(work: string, count: number): Promise<string> {
	const dir = join(work, 'content');
	await mkdir(dir, { recursive: true });
	for (let i = 1; i <= count; i += 1) await writeFile(join(dir, `article-${i}.md`), article(`Article ${i}`));
	await writeFile(
		join(dir, 'draft.md'),
		`---\ntitle: Draft\ndescription: Not yet.\ndate: 2024-03-01\ndraft: true\n---\n\n${SECRET}.\n`,
	);
	return dir;
}

/** Every file under `dir` (hidden ones too), relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
	if (!existsSync(dir)) return [];
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/** True when any file under `dir` holds `text`. */
async function anyFileHolds(dir: string, text: string): Promise<boolean> {
	for (const file of await filesUnder(dir)) if ((await readFile(join(dir, file))).includes(text)) return true;
	return false;
}

/** A stand-in for the Pagefind binary: a shell script. */
async function fakePagefind(work: string, script: string): Promise<string> {
	const path = join(work, 'pagefind-stand-in');
	await writeFile(path, `#!/bin/sh\n${script}\n`);
	await chmod(path, 0o755);
	return path;
}

const REAL_PAGEFIND = join(
	ROOT,
	'node_modules',
	'@pagefind',
	`${process.platform}-${process.arch}`,
	'bin',
	'pagefind_extended',
);

let work: string;
beforeAll(async () => {
	work = await mkdtemp(join(tmpdir(), 'news-safety-'));
});
afterAll(async () => {
	if (work) await rm(work, { recursive: true, force: true });
});

/** Checks shared by every failed build: the last good site untouched, nothing of the failed one anywhere. */
function leavesNothingBehind(get: () => { build: BuildResult; outDir: string; before: string[] }) {
	test('exits non-zero', () => {
		expect(get().build.code, get().build.output).not.toBe(0);
	});

	test('leaves the last good site as it was, and no staging folder, lock or draft text', async () => {
		const { outDir, before } = get();
		expect(await filesUnder(outDir)).toEqual(before);
		const parent = join(outDir, '..');
		expect((await readdir(parent)).filter((name) => name !== 'content' && name !== 'dist')).toEqual([]);
		expect(await anyFileHolds(outDir, SECRET)).toBe(false);
	});
}

describe.each([
	{
		case: 'killed as an out-of-memory killer would',
		script: 'kill -KILL $$',
		says: /Pagefind was killed by SIGKILL \(out of memory\?\)/u,
	},
	{
		case: 'out of disk space while writing',
		script: `ulimit -f 16\nexec "${REAL_PAGEFIND}" "$@"`,
		says: /Search indexing failed: Pagefind (was killed by SIGXFSZ|exited with code)/u,
	},
])('a build whose search indexer is $case', ({ script, says }) => {
	let build: BuildResult;
	let outDir: string;
	const before = ['index.html'];

	beforeAll(async () => {
		const dir = await mkdtemp(join(work, 'pagefind-'));
		const contentDir = await corpus(dir, 2);
		outDir = join(dir, 'dist');
		await mkdir(outDir);
		await writeFile(join(outDir, 'index.html'), '<p>the last good site</p>');
		const binary = await fakePagefind(await mkdtemp(join(work, 'bin-')), script);
		build = await buildSite({ contentDir, outDir, env: { PAGEFIND_EXTENDED_BINARY_PATH: binary } });
	});

	test('says the indexing failed and how', () => {
		expect(build.output).toMatch(says);
	});

	leavesNothingBehind(() => ({ build, outDir, before }));
});

describe('a build whose sitemap fails after the pages were written', () => {
	let build: BuildResult;
	let outDir: string;

	beforeAll(async () => {
		const dir = await mkdtemp(join(work, 'sitemap-'));
		const contentDir = await corpus(dir, 2);
		outDir = join(dir, 'dist');
		const cacheDir = await mkdtemp(join(work, 'sitemap-cache-'));
		const record = join(cacheDir, 'sitemap-lastmods.json');
		let child: ChildProcess | undefined;
		let broken = false;
		// Once the article route has recorded the article pages' last modifications for the sitemap
		// (src/data/sitemap-lastmods.ts), the record vanishes, the build paused meanwhile: the sitemap
		// fails at the end of the build, and @astrojs/sitemap only logs it.
		const watcher = watch(cacheDir, (_event, name) => {
			if (broken || name !== 'sitemap-lastmods.json' || !child || !existsSync(record)) return;
			broken = true;
			child.kill('SIGSTOP');
			rmSync(record, { force: true });
			child.kill('SIGCONT');
		});
		try {
			build = await buildSite({
				contentDir,
				outDir,
				cacheDir,
				onOutput: (_output, running) => {
					child = running;
				},
			});
		} finally {
			watcher.close();
		}
		expect(broken, build.output).toBe(true);
	});

	test('names what is missing and fails', () => {
		expect(build.output).toMatch(/Error serializing pages/u);
		expect(build.output).toMatch(/the article pages' last modifications were not recorded by this build/u);
		expect(build.output).toMatch(
			/The build is incomplete, so it was not published to .*: sitemap-index\.xml was not written/u,
		);
	});

	leavesNothingBehind(() => ({ build, outDir, before: [] }));
});

describe('a build of 100 articles with 64 open files, odd file names and a cache of the wrong shape', () => {
	let build: BuildResult;
	let rival: BuildResult;
	let killed: BuildResult;
	let outDir: string;
	let firstIndex: string;
	let replacedSite: string[];

	beforeAll(async () => {
		const dir = await mkdtemp(join(work, 'good-'));
		const contentDir = await corpus(dir, 100);
		await mkdir(join(contentDir, 'world'));
		await writeFile(join(contentDir, 'upper.MD'), article('Upper case extension'));
		await writeFile(
			join(contentDir, 'world', 'Story.Markdown'),
			article('Markdown extension', '2024-03-02', '## Main\n\nA heading named like the landmark.'),
		);
		await writeFile(join(contentDir, 'world', 'photo.jpg'), 'a picture beside its article');
		const cacheDir = join(dir, 'cache');
		await mkdir(cacheDir);
		// The content store (Astro's chunked storage) with a manifest of the wrong shape.
		await mkdir(join(cacheDir, 'data-store'), { recursive: true });
		await writeFile(join(cacheDir, 'data-store', 'manifest.json'), '{"articles": 5}');
		outDir = join(dir, 'dist');
		await mkdir(outDir);
		await writeFile(join(outDir, 'stale.html'), '<p>from an older build</p>');
		let rivalBuild: Promise<BuildResult> | undefined;
		build = await buildSite({
			contentDir,
			outDir,
			cacheDir,
			maxOpenFiles: 64,
			// A second build of the same output, started while this one holds it (paused till the second ends).
			onOutput: (output, child) => {
				if (rivalBuild || !output.includes('Syncing content')) return;
				child.kill('SIGSTOP');
				rivalBuild = buildSite({ contentDir, outDir }).finally(() => child.kill('SIGCONT'));
			},
		});
		rival = await (rivalBuild ?? Promise.reject(new Error('the rival build never started')));
		firstIndex = await readFile(join(outDir, 'index.html'), 'utf8');
		replacedSite = await filesUnder(join(dir, '.dist.previous'));
		// Then a build killed half-way, as a deploy machine going down would.
		killed = await buildSite({
			contentDir,
			outDir,
			onOutput: (output, child) => {
				if (output.includes('generating static routes')) child.kill('SIGKILL');
			},
		});
	});

	test('succeeds, with every article in the sitemap although it had only 64 file handles', async () => {
		expect(build.code, build.output).toBe(0);
		const sitemap = await readFile(join(outDir, 'sitemap-0.xml'), 'utf8');
		expect(sitemap.match(/\/2024\/03\/01\/article-\d+\//gu)).toHaveLength(100);
	});

	test('rebuilds a content cache of the wrong shape, saying so', () => {
		expect(build.output).toMatch(/Could not read the chunked data store at .*data-store\/?, rebuilding from scratch/u);
	});

	test('publishes .MD and .Markdown files and lists the picture once as ignored', () => {
		expect(build.output).toMatch(/Published 102 articles; held back 1 draft/u);
		expect(existsSync(join(outDir, '2024', '03', '01', 'upper', 'index.html'))).toBe(true);
		expect(existsSync(join(outDir, '2024', '03', '02', 'story', 'index.html'))).toBe(true);
		expect(
			build.output.match(/1 file in the content folder ignored \(not articles\): .*world\/photo\.jpg/gu),
		).toHaveLength(1);
	});

	test('gives a "## Main" heading its own id, so the page has one id="main"', async () => {
		const html = await readFile(join(outDir, '2024', '03', '02', 'story', 'index.html'), 'utf8');
		expect(html.match(/\sid="main"/gu)).toHaveLength(1);
		expect(html).toContain('<h2 id="main-1">Main</h2>');
	});

	test("lists in each page's CSP only the script hashes the page needs (none: no inline scripts)", async () => {
		for (const page of ['index.html', join('search', 'index.html'), join('2024', '03', '02', 'story', 'index.html')]) {
			const html = await readFile(join(outDir, page), 'utf8');
			expect(html).toMatch(/script-src 'self' 'wasm-unsafe-eval';/u);
			expect(html).not.toMatch(/<script\b(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>/u);
		}
	});

	test('replaces the old site whole: no file of an older build, no staging folder, no draft', async () => {
		expect(existsSync(join(outDir, 'stale.html'))).toBe(false);
		expect(await anyFileHolds(outDir, SECRET)).toBe(false);
		expect((await filesUnder(outDir)).filter((f) => f.startsWith('.'))).toEqual([]);
	});

	test('keeps the site it replaced beside the new one, for the next build to delete', () => {
		expect(replacedSite).toEqual(['stale.html']);
	});

	test('refuses a second build of the same output while the first runs', () => {
		expect(rival.code).not.toBe(0);
		expect(rival.output).toMatch(/Another build is running \(process \d+\) into .*dist; wait for it to finish/u);
	});

	test('keeps the site whole when a later build is killed half-way', async () => {
		expect(killed.code).not.toBe(0);
		expect(await readFile(join(outDir, 'index.html'), 'utf8')).toBe(firstIndex);
		expect(await anyFileHolds(outDir, SECRET)).toBe(false);
	});
});

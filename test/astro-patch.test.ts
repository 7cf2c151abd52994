/**
 * `patches/astro+7.3.5.patch` (applied by patch-package on install) replaces how Astro's chunked
 * content store measures UTF-8: Astro 7.3.5 ran a TextEncoder over every character of every entry,
 * which cost about 10 s of a 1,000-article rebuild and minutes at 10,000. The patched measure must cut
 * the store into exactly the chunks the original did, or a cache written before the patch would be
 * rewritten and lookups by chunk name would change.
 *
 * It also keeps the store's chunks out of the code that renders pages at build time: Astro 7.3.5 made
 * each chunk a module holding the chunk as one string literal, so Rolldown parsed and wrote the whole
 * store (86 MB at 10,000 articles) on every build; the patched module reads the chunk from the cache
 * folder when it runs, which it does only during the build.
 *
 * And it keeps a publish from writing the whole store twice: Astro 7.3.5 wrote it (every chunk read
 * back and compared) whenever a meta value was set, even to the value it had, which every sync does;
 * and writing compared each chunk with the file of the same name, which is named by the chunk's hash.
 */
import * as fs from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { chunkString } from '../node_modules/astro/dist/content/data-store-writer.js';
import { MutableDataStore } from '../node_modules/astro/dist/content/mutable-data-store.js';
import { astroContentVirtualModPlugin } from '../node_modules/astro/dist/content/vite-plugin-content-virtual-mod.js';

const ENCODER = new TextEncoder();

/** Astro 7.3.5's own chunking, character by character through TextEncoder. */
function referenceChunks(text: string, maxBytes: number): string[] {
	const chunks: string[] = [];
	let start = 0;
	while (start < text.length) {
		let index = start;
		let bytes = 0;
		while (index < text.length) {
			const codePoint = text.codePointAt(index) ?? 0;
			const length = codePoint > 0xffff ? 2 : 1;
			const charBytes = ENCODER.encode(text.slice(index, index + length)).length;
			if (bytes + charBytes > maxBytes && index > start) break;
			index += length;
			bytes += charBytes;
			if (bytes >= maxBytes) break;
		}
		chunks.push(text.slice(start, index));
		start = index;
	}
	return chunks;
}

/** Text mixing one- to four-byte characters and lone surrogates, from a fixed seed. */
function mixedText(length: number, seed: number): string {
	const pieces = ['a', ' ', '<p>', 'é', 'ß', '€', '–', '中', '😀', '🇺🇦', '\uD800', '\uDC00', '\n'];
	let state = seed;
	let text = '';
	while (text.length < length) {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		text += pieces[state % pieces.length] ?? '';
	}
	return text;
}

describe('the patched chunking of the content store', () => {
	test.each([1, 3, 4, 7, 64, 1000, 1_000_000])('cuts mixed text into the same chunks as Astro at %i bytes', (max) => {
		for (const seed of [1, 2, 3]) {
			const text = mixedText(5000, seed);
			expect(chunkString(text, max)).toEqual(referenceChunks(text, max));
		}
	});

	test('keeps a whole entry that fits in one piece, and ASCII text byte for byte', () => {
		expect(chunkString('x'.repeat(10), 10)).toEqual(['x'.repeat(10)]);
		expect(chunkString('x'.repeat(10), 4)).toEqual(['xxxx', 'xxxx', 'xx']);
		expect(chunkString('', 4)).toEqual([]);
	});
});

/** The two hooks of Astro's content plugin used here, as Astro 7.3.5 has them. */
interface ContentPlugin {
	config(user: object, env: { command: string }): void;
	load: { handler(this: object, id: string): Promise<{ code: string }> };
}

describe('the patched data-store chunk modules', () => {
	const chunkName = '0123456789abcdef.txt';
	const id = `\0astro:data-layer-content-chunk:${chunkName}.mjs`;

	/** The code Astro's content plugin gives for a chunk module in the Vite environment `name`. */
	async function chunkModule(cacheDir: string, name: string): Promise<string> {
		const root = pathToFileURL(`${cacheDir}/`);
		const settings = {
			config: {
				root,
				srcDir: new URL('./src/', root),
				cacheDir: root,
				experimental: { collectionStorage: 'chunked' },
				legacy: {},
			},
			dotAstroDir: new URL('./.astro/', root),
		};
		const plugin = astroContentVirtualModPlugin({
			settings: settings as unknown as Parameters<typeof astroContentVirtualModPlugin>[0]['settings'],
			fs,
		}) as unknown as ContentPlugin;
		plugin.config({}, { command: 'build' });
		const context = {
			environment: { name },
			error(message: string) {
				throw new Error(message);
			},
		};
		return (await plugin.load.handler.call(context, id)).code;
	}

	test('read the chunk from the cache when pages are rendered at build time, and embed it elsewhere', async () => {
		const cacheDir = await mkdtemp(join(tmpdir(), 'store-chunk-'));
		try {
			const contents = `["a",{"html":"<p>caf\u00e9 \u2014 ${'x'.repeat(1000)}</p>"}]\n`;
			fs.mkdirSync(join(cacheDir, 'data-store'));
			await writeFile(join(cacheDir, 'data-store', chunkName), contents);

			const prerender = await chunkModule(cacheDir, 'prerender');
			expect(prerender).not.toContain('x'.repeat(1000));
			expect(prerender.length).toBeLessThan(300);
			const modulePath = join(cacheDir, 'chunk.mjs');
			await writeFile(modulePath, prerender);
			const imported = (await import(pathToFileURL(modulePath).href)) as { default: string };
			expect(imported.default).toBe(contents);

			// A server bundle (an on-demand site) must carry its store with it.
			expect(await chunkModule(cacheDir, 'ssr')).toBe(`export default ${JSON.stringify(contents)}`);
		} finally {
			await rm(cacheDir, { recursive: true, force: true });
		}
	});
});

describe('the patched content store writes', () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	/** A chunked store in a new folder, with one article-like collection, written once. */
	async function writtenStore(): Promise<{ store: MutableDataStore; dir: string }> {
		const dir = await mkdtemp(join(tmpdir(), 'store-writes-'));
		const store = await MutableDataStore.fromDir(pathToFileURL(`${dir}/`), 64, console);
		for (const id of ['a', 'b', 'c'])
			store.scopedStore('articles').set({ id, data: { title: `Title ${id}`, body: 'x'.repeat(100) }, digest: id });
		store.metaStore().set('astro-version', '7.3.5');
		await store.waitUntilSaveComplete();
		return { store, dir };
	}

	/** The store files read and written from now on. */
	function fileCalls(): { read: () => string[]; written: () => string[] } {
		const readFile = vi.spyOn(fs.promises, 'readFile');
		const writeFile = vi.spyOn(fs.promises, 'writeFile');
		const names = (spy: typeof readFile | typeof writeFile) => () =>
			spy.mock.calls.map(([path]) =>
				(path instanceof URL ? path.pathname : typeof path === 'string' ? path : '').replace(/.*\//u, ''),
			);
		return { read: names(readFile), written: names(writeFile) };
	}

	test('setting a meta value the store already has writes nothing; a new value writes the store', async () => {
		const { store, dir } = await writtenStore();
		try {
			const calls = fileCalls();
			store.metaStore().set('astro-version', '7.3.5');
			await store.waitUntilSaveComplete();
			expect([...calls.read(), ...calls.written()]).toEqual([]);

			store.metaStore().set('astro-version', '7.3.6');
			await store.waitUntilSaveComplete();
			expect(calls.written().length).toBeGreaterThan(0);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});

	test('an unchanged chunk is neither read back nor written again; a changed one is written', async () => {
		const { store, dir } = await writtenStore();
		try {
			const before = fs.readdirSync(dir).filter((name) => name.endsWith('.txt'));
			expect(before.length).toBeGreaterThan(1);
			const calls = fileCalls();
			store.scopedStore('articles').set({ id: 'd', data: { title: 'Title d' }, digest: 'd' });
			await store.waitUntilSaveComplete();
			const old = (names: string[]) => names.filter((name) => before.includes(name.replace(/\.tmp$/u, '')));
			expect(old(calls.read())).toEqual([]);
			expect(old(calls.written())).toEqual([]);
			expect(calls.written().some((name) => name.endsWith('.txt.tmp'))).toBe(true);
			// What was written reads back as the whole store.
			const reread = await MutableDataStore.fromDir(pathToFileURL(`${dir}/`), 64, console);
			expect([...reread.scopedStore('articles').keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});

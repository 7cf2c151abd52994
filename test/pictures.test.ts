/**
 * Pictures through real builds of a small generated corpus (gradient pictures drawn by sharp,
 * never photos): the lead image as a <picture> with AVIF, WebP and JPEG, a body figure, og:image
 * and NewsArticle images at the right sizes, the generated share card of an article without a
 * picture, and a rebuild with the same cache that processes and draws nothing again and writes
 * the same bytes.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { parseHTML } from 'linkedom';
import sharp, { type Metadata } from 'sharp';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT, type BuildResult } from './support/build-site.ts';
import { writePicture } from './support/pictures.ts';

const ENV = { SITE_URL: 'https://news.example.org', BUILD_TIME: '2025-06-01T12:00:00Z' };
const REAL = 'trump-putin-ukraine-peace-talks';

async function corpus(): Promise<string> {
	const dir = await mkdtemp(join(ROOT, '.cache', 'pictures-content-'));
	await copyFile(join(ROOT, 'content', `${REAL}.md`), join(dir, `${REAL}.md`));
	await mkdir(join(dir, 'world'));
	await writePicture(join(dir, 'world', 'harbour.jpg'), { width: 2400, height: 1600 });
	await writePicture(join(dir, 'world', 'chart.png'), { width: 1600, height: 900, from: '#8a1c1c', to: '#ffd479' });
	await writePicture(join(dir, 'small.png'), { width: 800, height: 600, from: '#2d6a4f', to: '#fdfcf9' });
	await writeFile(
		join(dir, 'world', 'harbour.md'),
		`---
title: Council approves the harbour budget
description: The vote was unanimous after a long night.
date: 2025-05-10
image:
  src: ./harbour.jpg
  alt: A blue-to-pink gradient with a pale circle and a dark bar
  caption: The harbour on Tuesday morning.
  credit: Generated / Test
---

The council met on Tuesday.

![A red-to-yellow gradient with a circle](./chart.png "The budget, drawn.")

The vote was unanimous.
`,
	);
	await writeFile(
		join(dir, 'small.md'),
		`---\ntitle: A small picture\ndescription: Smaller than the share size.\ndate: 2025-05-11\nimage:\n  src: ./small.png\n  alt: A green gradient\n---\n\nText.\n`,
	);
	return dir;
}

/** Every file under `dir` with its bytes, for comparing two builds. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
	const files = await glob(['_astro/*.{avif,webp,jpg,jpeg,png}', 'og/*.png', '20*/**/index.html', 'index.html'], {
		cwd: dir,
	});
	return new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f))] as const)));
}

const document = (html: string) => parseHTML(html).document;

describe('pictures in a real build', () => {
	let contentDir: string;
	let first: BuildResult;
	let second: BuildResult;
	let otherDir: string | undefined;
	let other: BuildResult | undefined;
	let firstFiles: Map<string, Buffer>;
	let harbour: Document;
	let real: Document;
	let small: Document;
	const cardTimes = new Map<string, number>();

	beforeAll(async () => {
		contentDir = await corpus();
		first = await buildSite({ contentDir, env: ENV });
		if (first.code !== 0) throw new Error(first.output);
		firstFiles = await snapshot(first.outDir);
		harbour = document(await readFile(join(first.outDir, '2025/05/10/harbour/index.html'), 'utf8'));
		small = document(await readFile(join(first.outDir, '2025/05/11/small/index.html'), 'utf8'));
		real = document(await readFile(join(first.outDir, `2025/02/12/${REAL}/index.html`), 'utf8'));
		for (const card of await glob('share-cards/*.png', { cwd: first.cacheDir }))
			cardTimes.set(card, (await stat(join(first.cacheDir, card))).mtimeMs);
		// Another content folder built in between, as other test builds and a changed CONTENT_DIR do: it
		// leaves its own .astro/content-assets.mjs, which a rebuild that reuses every entry must replace.
		otherDir = await mkdtemp(join(ROOT, '.cache', 'pictures-other-'));
		await writePicture(join(otherDir, 'other.png'), { width: 400, height: 300 });
		await writeFile(
			join(otherDir, 'other.md'),
			`---\ntitle: Another site\ndescription: Built in between.\ndate: 2025-05-12\nimage:\n  src: ./other.png\n  alt: A gradient\n---\n\nText.\n`,
		);
		other = await buildSite({ contentDir: otherDir, env: ENV });
		if (other.code !== 0) throw new Error(other.output);
		// The same content and cache, a fresh output folder.
		second = await buildSite({ contentDir, env: ENV, cacheDir: first.cacheDir });
	}, 600_000);

	afterAll(async () => {
		for (const build of [first, other, second])
			if (build) await rm(join(build.outDir, '..'), { recursive: true, force: true });
		for (const dir of [contentDir, otherDir]) if (dir) await rm(dir, { recursive: true, force: true });
	});

	/** The picture file a URL of this site points at, in the first build. */
	async function built(url: string): Promise<Metadata> {
		const path = new URL(url, 'https://news.example.org/').pathname.slice(1);
		return sharp(join(first.outDir, path)).metadata();
	}

	test('the lead image is a figure between the standfirst and the body: AVIF, WebP and a JPEG fallback, eager', async () => {
		const figure = harbour.querySelector('figure.lead-figure');
		expect(figure).not.toBeNull();
		expect(figure?.previousElementSibling?.matches('header.article__header, .article__header ~ *')).toBe(true);
		expect(figure?.nextElementSibling?.classList.contains('article__body')).toBe(true);
		const sources = [...(figure?.querySelectorAll('picture > source') ?? [])];
		expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
		const img = figure?.querySelector('picture > img');
		expect(img?.getAttribute('alt')).toBe('A blue-to-pink gradient with a pale circle and a dark bar');
		expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['2400', '1600']);
		expect(img?.getAttribute('loading')).toBe('eager');
		expect(img?.getAttribute('fetchpriority')).toBe('high');
		expect(img?.getAttribute('sizes')).toMatch(/42rem/u);
		expect(figure?.querySelector('figcaption')?.textContent).toBe('The harbour on Tuesday morning.Generated / Test');
		for (const [source, format] of [
			[sources[0], 'heif'],
			[sources[1], 'webp'],
			[img, 'jpeg'],
		] as const) {
			const candidates = (source?.getAttribute('srcset') ?? '').split(', ').map((c) => c.split(' '));
			expect(candidates.map(([, w]) => w)).toEqual(['360w', '720w', '1080w', '1440w']);
			for (const [url, w] of candidates) {
				const meta = await built(url ?? '');
				expect([meta.format, `${meta.width}w`]).toEqual([format, w]);
			}
		}
		// Hashed names under /_astro/, which the headers cache for a year.
		expect(img?.getAttribute('src')).toMatch(/^\/_astro\/harbour\.[\w-]+\.jpg$/u);
	});

	test('a body picture with a title is a lazy figure with its caption, processed to WebP at three widths', async () => {
		const figure = harbour.querySelector('.article__body figure');
		const img = figure?.querySelector('img');
		expect(img?.getAttribute('alt')).toBe('A red-to-yellow gradient with a circle');
		expect([img?.getAttribute('loading'), img?.getAttribute('decoding')]).toEqual(['lazy', 'async']);
		expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['1600', '900']);
		expect(figure?.querySelector('figcaption')?.textContent).toBe('The budget, drawn.');
		const widths = (img?.getAttribute('srcset') ?? '').split(', ').map((c) => c.split(' ')[1]);
		expect(widths).toEqual(['360w', '720w', '1080w']);
		expect((await built(img?.getAttribute('src') ?? '')).format).toBe('webp');
		expect(img?.hasAttribute('widths')).toBe(false);
	});

	test('og:image is an absolute 16:9 JPEG crop 1,200 px wide, with its size and alt; a large Twitter card', async () => {
		const meta = (key: string) =>
			harbour.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
		const url = meta('og:image') ?? '';
		expect(url).toMatch(/^https:\/\/news\.example\.org\/_astro\/harbour\.[\w-]+\.jpeg$/u);
		expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '675']);
		const file = await built(url);
		expect([file.format, file.width, file.height]).toEqual(['jpeg', 1200, 675]);
		expect(meta('og:image:alt')).toBe('A blue-to-pink gradient with a pale circle and a dark bar');
		expect(meta('twitter:card')).toBe('summary_large_image');
		expect(meta('twitter:image')).toBe(url);
		expect(meta('robots')).toBe('max-image-preview:large');
	});

	test('NewsArticle image: 16:9, 4:3 and 1:1 at 1,200 px; never enlarged past a smaller source', async () => {
		const sizesOf = async (doc: Document) => {
			const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as {
				image?: string[];
			};
			return Promise.all((data.image ?? []).map(async (url) => [(await built(url)).width, (await built(url)).height]));
		};
		expect(await sizesOf(harbour)).toEqual([
			[1200, 675],
			[1200, 900],
			[1200, 1200],
		]);
		expect(await sizesOf(small)).toEqual([
			[800, 450],
			[800, 600],
			[600, 600],
		]);
	});

	test('the real article, which has no picture, shares its generated 1,200 × 630 card', async () => {
		const url = real.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
		expect(url).toMatch(/^https:\/\/news\.example\.org\/og\/[0-9a-f]{16}\.png$/u);
		const card = await built(url);
		expect([card.format, card.width, card.height]).toEqual(['png', 1200, 630]);
		expect(real.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBe(
			real.querySelector('h1')?.textContent?.trim(),
		);
		expect(real.querySelector('figure.lead-figure')).toBeNull();
		expect(cardTimes.size).toBe(1);
	});

	test('a rebuild with the same cache, after another content folder was built, processes no picture again, redraws no card, and writes the same bytes', async () => {
		expect(second.code, second.output).toBe(0);
		const plain = stripVTControlCharacters(second.output);
		const processed = plain.split('\n').filter((line) => line.includes('▶ /_astro/'));
		expect(processed.length).toBeGreaterThan(20);
		expect(processed.filter((line) => !line.includes('(reused cache entry)'))).toEqual([]);
		for (const [card, time] of cardTimes) expect((await stat(join(second.cacheDir, card))).mtimeMs).toBe(time);
		const secondFiles = await snapshot(second.outDir);
		expect([...secondFiles.keys()].sort()).toEqual([...firstFiles.keys()].sort());
		for (const [file, bytes] of firstFiles) expect(secondFiles.get(file)?.equals(bytes), file).toBe(true);
	});

	test('a rebuild links each processed picture from the cache instead of copying it (the patch)', async () => {
		const processed = await glob('_astro/*.{avif,webp,jpg,jpeg,png}', { cwd: second.outDir });
		expect(processed.length).toBeGreaterThan(20);
		let linked = 0;
		for (const file of processed) {
			const cached = join(second.cacheDir, 'assets', file.slice('_astro/'.length));
			const inCache = await stat(cached).catch(() => undefined);
			if (!inCache) continue; // an original, copied as it is, not processed
			expect((await stat(join(second.outDir, file))).ino, file).toBe(inCache.ino);
			linked += 1;
		}
		expect(linked).toBeGreaterThan(20);
	});
});

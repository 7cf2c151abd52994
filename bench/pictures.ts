import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { renderShareCard } from '../src/lib/cards/share-card.ts';

/** What AstroPaper's share-card generator costs per card (about 10 minutes per 500 posts). */
export const REFERENCE_CARD_MS = 1000;

/**
 * Draws `count` share cards with different headlines (no cache): mean wall and CPU milliseconds per
 * card (CPU time counts every thread of this process, sharp's included, and barely moves when other
 * processes share the cores).
 */
export async function shareCardCost(count = 40): Promise<{ wallMs: number; cpuMs: number }> {
	const require = createRequire(import.meta.url);
	const data = await readFile(require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff'));
	const fonts = [{ name: 'Source Serif 4', weight: 700 as const, data }];
	const card = (i: number) =>
		renderShareCard(
			{ headline: `Council approves the harbour budget, sample headline ${i} of the bench`, publication: 'The Ledger' },
			fonts,
		);
	await card(-1); // the first card loads satori's layout engine
	const started = performance.now();
	const cpu = process.cpuUsage();
	for (let i = 0; i < count; i++) await card(i);
	const used = process.cpuUsage(cpu);
	return { wallMs: (performance.now() - started) / count, cpuMs: (used.user + used.system) / 1000 / count };
}

/** The image step of a build, from its log: pictures written, how many came from the cache, and its seconds. */
export function imageStep(output: string): { images: number; reused: number; seconds: number } {
	const plain = stripVTControlCharacters(output);
	const start = plain.indexOf('generating optimized images');
	if (start < 0) return { images: 0, reused: 0, seconds: 0 };
	// Found with indexOf and a regular expression without a lazy span: one over the whole step
	// (110,000 lines at 50,000 articles) overflowed the regular-expression engine's stack.
	// Astro writes "Completed in 812ms", "in 47.16s" or "in 2m 42s".
	const rest = plain.slice(start);
	const done = /Completed in (?:(\d+)m )?([\d.]+)(ms|s)/u.exec(rest);
	const lines = rest
		.slice(0, done?.index ?? 0)
		.split('\n')
		.filter((l) => l.includes('▶'));
	const seconds = done ? Number(done[1] ?? 0) * 60 + Number(done[2]) / (done[3] === 'ms' ? 1000 : 1) : 0;
	return { images: lines.length, reused: lines.filter((l) => l.includes('reused cache entry')).length, seconds };
}

/** The largest 360w AVIF of any lead image in `outDir`, in bytes: what a phone downloads. */
export async function largestLeadAt360(outDir: string, pages: readonly string[]): Promise<number> {
	let largest = 0;
	for (const page of pages) {
		const html = await readFile(join(outDir, page, 'index.html'), 'utf8');
		const srcset = /<figure class="lead-figure"><picture><source srcset="([^"]+)" type="image\/avif"/u.exec(html)?.[1];
		const url = srcset
			?.split(', ')
			.find((c) => c.endsWith(' 360w'))
			?.split(' ')[0];
		if (url) largest = Math.max(largest, (await stat(join(outDir, url))).size);
	}
	return largest;
}

/** Root-relative paths of the article pages in `outDir` that show a lead image (at most `limit`). */
export async function pagesWithLeadImage(outDir: string, limit = 200): Promise<string[]> {
	const found: string[] = [];
	for (const file of await readdir(outDir, { recursive: true })) {
		if (found.length >= limit) break;
		if (!/^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/u.test(file)) continue;
		if ((await readFile(join(outDir, file), 'utf8')).includes('class="lead-figure"'))
			found.push(`/${file.replace(/index\.html$/u, '')}`);
	}
	return found;
}

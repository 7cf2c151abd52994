import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { renderShareCard, shareCardKey, type CardFont, type ShareCardText } from '../lib/cards/share-card.ts';

// Beside Astro's own cache (astro.config.mjs `cacheDir`), so a rebuild reuses every unchanged card.
const CACHE = resolve(process.env.ASTRO_CACHE_DIR ?? './.cache/astro', 'share-cards');

let fonts: Promise<CardFont[]> | undefined;

/** The card font, read once from its npm package (Source Serif 4, bold). */
function cardFonts(): Promise<CardFont[]> {
	const require = createRequire(import.meta.url);
	fonts ??= readFile(require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff')).then(
		(data) => [{ name: 'Source Serif 4', weight: 700, data }],
	);
	return fonts;
}

/** The share card PNG for `text`: from the cache when drawn before with the same text and style, else drawn and cached. */
export async function cachedShareCard(text: ShareCardText): Promise<Buffer> {
	const file = join(CACHE, `${shareCardKey(text)}.png`);
	const cached = await readFile(file).catch(() => undefined);
	if (cached) return cached;
	const png = await renderShareCard(text, await cardFonts());
	await mkdir(CACHE, { recursive: true });
	// Written aside and renamed, so a build stopped half-way never leaves half a card in the cache.
	const partial = `${file}.${process.pid}.tmp`;
	await writeFile(partial, png);
	await rename(partial, file);
	return png;
}

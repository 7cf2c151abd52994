import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import pMap from 'p-map';
import { renderShareCard, shareCardKey, type CardFont, type ShareCardText } from '../lib/cards/share-card.ts';

// Beside Astro's own cache (astro.config.mjs `cacheDir`), so a rebuild reuses every unchanged card.
const CACHE = resolve(process.env.ASTRO_CACHE_DIR ?? './.cache/astro', 'share-cards');

/**
 * Cards drawn at once by {@link prepareShareCards}: satori lays one out on this thread while sharp
 * rasterises others on libuv's threads (4 by default), so every core works.
 */
const CARDS_IN_FLIGHT = 4;

let fonts: Promise<CardFont[]> | undefined;

/** The card font, read once from its npm package (Source Serif 4, bold). */
function cardFonts(): Promise<CardFont[]> {
	const require = createRequire(import.meta.url);
	fonts ??= readFile(require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff')).then(
		(data) => [{ name: 'Source Serif 4', weight: 700, data }],
	);
	return fonts;
}

const cardFile = (text: ShareCardText) => join(CACHE, `${shareCardKey(text)}.png`);

/** Draws the card for `text` and puts it in the cache. */
async function drawAndCache(text: ShareCardText): Promise<Buffer> {
	const png = await renderShareCard(text, await cardFonts());
	const file = cardFile(text);
	await mkdir(CACHE, { recursive: true });
	// Written aside and renamed, so a build stopped half-way never leaves half a card in the cache.
	const partial = `${file}.${process.pid}.tmp`;
	await writeFile(partial, png);
	await rename(partial, file);
	return png;
}

/** The share card PNG for `text`: from the cache when drawn before with the same text and style, else drawn and cached. */
export async function cachedShareCard(text: ShareCardText): Promise<Buffer> {
	return (await readFile(cardFile(text)).catch(() => undefined)) ?? drawAndCache(text);
}

/**
 * Draws every card of `texts` that is not in the cache yet, several at a time, so that pages then take
 * them from the cache: drawn one per page as Astro renders pages one at a time, a card's
 * rasterising (two thirds of its cost) kept the other core idle. Returns how many were drawn.
 */
export async function prepareShareCards(texts: readonly ShareCardText[]): Promise<number> {
	const missing = texts.filter((text) => !existsSync(cardFile(text)));
	// The cards are not kept: at 10,000 articles they are some 400 MB of PNG.
	await pMap(
		missing,
		async (text) => {
			await drawAndCache(text);
		},
		{ concurrency: CARDS_IN_FLIGHT },
	);
	return missing.length;
}

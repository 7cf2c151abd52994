import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { fitHeadline, headlineSize, renderShareCard, SHARE_CARD, shareCardKey } from './share-card.ts';

const require = createRequire(import.meta.url);
const fonts = [
	{
		name: 'Source Serif 4',
		weight: 700 as const,
		data: readFileSync(require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff')),
	},
];
const text = { headline: 'Council approves the harbour budget after a long night', publication: 'The Ledger' };

describe('renderShareCard', () => {
	test('draws a 1,200 × 630 PNG, the same bytes for the same text', async () => {
		const first = await renderShareCard(text, fonts);
		const metadata = await sharp(first).metadata();
		expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', SHARE_CARD.width, SHARE_CARD.height]);
		expect((await renderShareCard(text, fonts)).equals(first)).toBe(true);
		expect((await renderShareCard({ ...text, headline: 'Another headline' }, fonts)).equals(first)).toBe(false);
	});

	test('draws the headline in dark ink on light paper (legible: most of the card is paper)', async () => {
		const { dominant } = await sharp(await renderShareCard(text, fonts)).stats();
		expect(dominant.r + dominant.g + dominant.b).toBeGreaterThan(3 * 230);
	});
});

describe('shareCardKey', () => {
	test('depends on the headline and the publication only', () => {
		expect(shareCardKey(text)).toBe(shareCardKey({ ...text }));
		expect(shareCardKey(text)).not.toBe(shareCardKey({ ...text, publication: 'The Other' }));
		expect(shareCardKey(text)).toMatch(/^[0-9a-f]{16}$/u);
	});
});

describe('fitHeadline and headlineSize', () => {
	test('cuts a very long headline at a word, with an ellipsis', () => {
		const long = 'word '.repeat(60).trim();
		const fitted = fitHeadline(long);
		expect(fitted.length).toBeLessThanOrEqual(150);
		expect(fitted.endsWith('word…')).toBe(true);
		expect(fitHeadline('Short')).toBe('Short');
	});

	test('gives long headlines smaller type', () => {
		expect(headlineSize('x'.repeat(40))).toBeGreaterThan(headlineSize('x'.repeat(120)));
	});
});

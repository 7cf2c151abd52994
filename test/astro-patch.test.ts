/**
 * `patches/astro+7.3.5.patch` (applied by patch-package on install) replaces how Astro's chunked
 * content store measures UTF-8: Astro 7.3.5 ran a TextEncoder over every character of every entry,
 * which cost about 10 s of a 1,000-article rebuild and minutes at 10,000. The patched measure must cut
 * the store into exactly the chunks the original did, or a cache written before the patch would be
 * rewritten and lookups by chunk name would change.
 */
import { describe, expect, test } from 'vitest';
import { chunkString } from '../node_modules/astro/dist/content/data-store-writer.js';

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

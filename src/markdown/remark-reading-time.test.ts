import readingTime from 'reading-time';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { countWords, readingTimeOf, remarkReadingTime } from './remark-reading-time.ts';

async function statsOf(markdown: string): Promise<Record<string, unknown>> {
	const processor = unified().use(remarkParse).use(remarkReadingTime);
	const file = new VFile(markdown);
	await processor.run(processor.parse(file), file);
	return (file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter ?? {};
}

describe('remarkReadingTime', () => {
	test('counts the words of the text, not of the markup', async () => {
		expect(await statsOf('# Two words\n\nThree *more* [words](https://example.org).')).toEqual({
			wordCount: 5,
			readingMinutes: 1,
		});
	});

	test('rounds reading time up to whole minutes at 230 words a minute', async () => {
		const text = Array.from({ length: 461 }, () => 'word').join(' ');
		expect(await statsOf(text)).toEqual({ wordCount: 461, readingMinutes: 3 });
	});

	test('keeps front-matter that is already there', async () => {
		const processor = unified().use(remarkParse).use(remarkReadingTime);
		const file = new VFile({ value: 'One two', data: { astro: { frontmatter: { title: 'Kept' } } } });
		await processor.run(processor.parse(file), file);
		expect(file.data.astro).toEqual({ frontmatter: { title: 'Kept', wordCount: 2, readingMinutes: 1 } });
	});
});

describe('countWords', () => {
	test('counts exactly as the reading-time package does, CJK, punctuation and odd spaces included', () => {
		const alphabet = [
			'a',
			'Z',
			'7',
			' ',
			'  ',
			'\n',
			'\t',
			'\r',
			',',
			'.',
			'-',
			'’',
			'é',
			'中',
			'文',
			'。',
			'、',
			'あ',
			'カ',
			'한',
			'！',
			'😀',
			'\u00a0',
			'\u2003',
		];
		let seed = 42;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (let n = 0; n < 3000; n++) {
			const text = Array.from(
				{ length: Math.floor(next() * 40) },
				() => alphabet[Math.floor(next() * alphabet.length)],
			).join('');
			expect(countWords(text), JSON.stringify(text)).toBe(readingTime(text).words);
		}
	});

	test('counts words of ordinary and CJK text', () => {
		expect(countWords('  Three short words. ')).toBe(3);
		expect(countWords('中文，好。 and more')).toBe(5);
		expect(countWords('')).toBe(0);
	});
});

describe('readingTimeOf', () => {
	test('reads back the figures the plugin left', async () => {
		expect(readingTimeOf(await statsOf('Five words in this line.'))).toEqual({ wordCount: 5, readingMinutes: 1 });
	});

	test.each([undefined, Number.NaN, -1, 1.5, '300'])('refuses a word count of %s', (wordCount) => {
		expect(readingTimeOf({ wordCount, readingMinutes: 1 })).toBeUndefined();
	});

	test('refuses a rendering without figures', () => {
		expect(readingTimeOf(undefined)).toBeUndefined();
		expect(readingTimeOf({ wordCount: 3 })).toBeUndefined();
	});
});

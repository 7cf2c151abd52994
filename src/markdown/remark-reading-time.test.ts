import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { remarkReadingTime } from './remark-reading-time.ts';

async function statsOf(markdown: string): Promise<Record<string, unknown>> {
	const processor = unified().use(remarkParse).use(remarkReadingTime);
	const file = new VFile(markdown);
	await processor.run(processor.parse(file), file);
	return ((file.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter) ?? {};
}

describe('remarkReadingTime', () => {
	test('counts the words of the text, not of the markup', async () => {
		expect(await statsOf('# Two words\n\nThree *more* [words](https://example.org).')).toEqual({ wordCount: 5, readingMinutes: 1 });
	});

	test('rounds reading time up to whole minutes at 230 words a minute', async () => {
		const text = Array.from({ length: 461 }, () => 'word').join(' ');
		expect(await statsOf(text)).toEqual({ wordCount: 461, readingMinutes: 3 });
	});

	test('keeps front-matter that is already there', async () => {
		const processor = unified().use(remarkParse).use(remarkReadingTime);
		const file = new VFile({ value: 'One two', data: { astro: { frontmatter: { title: 'Kept' } } } });
		await processor.run(processor.parse(file), file);
		expect(file.data['astro']).toEqual({ frontmatter: { title: 'Kept', wordCount: 2, readingMinutes: 1 } });
	});
});

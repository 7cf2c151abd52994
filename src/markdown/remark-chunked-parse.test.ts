import { unified as unifiedProcessor } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, test } from 'vitest';
import { markdownOptions } from './index.ts';
import { CHUNKED_PARSE_THRESHOLD, remarkChunkedParse, splitMarkdown } from './remark-chunked-parse.ts';

type Render = (markdown: string) => Promise<{ html: string; headings: unknown; frontmatter: unknown }>;

async function renderer(chunked: boolean): Promise<Render> {
	const options = markdownOptions({ basePath: '/' });
	const remarkPlugins = chunked
		? options.remarkPlugins
		: options.remarkPlugins.filter((plugin) => plugin !== remarkChunkedParse);
	const processor = await unifiedProcessor({ ...options, remarkPlugins }).createRenderer({ syntaxHighlight: false });
	return async (markdown) => {
		const { code, metadata } = await processor.render(markdown, {
			fileURL: new URL('file:///site/content/a.md'),
			frontmatter: {},
		});
		return { html: code, headings: metadata.headings, frontmatter: metadata.frontmatter };
	};
}

/** One section of a long article, full of constructs that must not be cut: `i` numbers it. */
function section(i: number): string {
	return [
		// Repeated headings: ids must still be deduplicated across the whole article.
		`## Update`,
		'',
		`Paragraph ${i} links [by reference][ref-${(i + 7) % 40}] and cites a note.[^n${(i + 3) % 40}] ${'Lorem ipsum dolor sit amet. '.repeat(8)}`,
		'',
		'- a loose list item',
		'',
		'- a second item after a blank line',
		'',
		'  continued inside the item',
		'',
		'> A quote',
		'>',
		'> still the quote',
		'',
		'```text',
		'Fenced code with a blank line:',
		'',
		'Letter at the start of a line inside the fence',
		'## not a heading',
		'```',
		'',
		'<pre>',
		'',
		'Letter inside a pre block, after a blank line',
		'</pre>',
		'',
		'| a | b |',
		'| - | - |',
		`| ${i} | x |`,
		'',
		'Setext heading',
		'--------------',
		'',
		`[ref-${i % 40}]: https://example.org/${i % 40} "Title ${i % 40}"`,
		'',
		`[^n${i % 40}]: Footnote ${i % 40}.`,
		'',
	].join('\n');
}

describe('splitMarkdown', () => {
	test('keeps a body under the threshold whole', () => {
		expect(splitMarkdown('# Short\n\nText.\n')).toEqual({ chunks: ['# Short\n\nText.\n'], definitions: '' });
	});

	test('cuts a long body into pieces that join back to it exactly, each starting a top-level block', () => {
		const body = Array.from({ length: 200 }, (_, i) => section(i)).join('\n');
		expect(body.length).toBeGreaterThan(CHUNKED_PARSE_THRESHOLD);
		const { chunks, definitions } = splitMarkdown(body);
		expect(chunks.length).toBeGreaterThan(3);
		expect(chunks.join('')).toBe(body);
		for (const chunk of chunks.slice(1)) expect(chunk).toMatch(/^(?:## |\p{L})/u);
		expect(definitions.split('\n\n')).toContain('[ref-5]: https://example.org/5 "Title 5"');
		expect(definitions.split('\n\n')).toContain('[^n5]: Footnote 5.');
	});

	test('never cuts inside fenced code or a <pre> block', () => {
		const filler = `${'Lorem ipsum dolor sit amet. '.repeat(40)}\n\n`.repeat(60);
		const fenced = `${filler}\`\`\`\n${'\nLetter line inside the fence\n'.repeat(2_000)}\`\`\`\n`;
		const pre = `${filler}<pre>\n${'\nLetter line inside pre\n'.repeat(2_000)}</pre>\n`;
		for (const body of [fenced, pre]) {
			const { chunks } = splitMarkdown(body);
			for (const chunk of chunks.slice(1)) expect(chunk.startsWith('Letter line inside')).toBe(false);
		}
	});
});

describe('remarkChunkedParse', () => {
	let whole: Render;
	let chunked: Render;

	beforeAll(async () => {
		whole = await renderer(false);
		chunked = await renderer(true);
	});

	test('renders a long article exactly as one parse would: links, footnotes, heading ids, reading time', async () => {
		const body = Array.from({ length: 200 }, (_, i) => section(i)).join('\n');
		expect(splitMarkdown(body).chunks.length).toBeGreaterThan(3);
		const expected = await whole(body);
		expect(expected.html).toContain('href="https://example.org/7"');
		expect(expected.html).toContain('id="update-199"');
		expect(await chunked(body)).toEqual(expected);
	});

	test('renders a short article exactly as before', async () => {
		const body = section(1);
		expect(await chunked(body)).toEqual(await whole(body));
	});
});

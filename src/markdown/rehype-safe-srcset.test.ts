import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypeSafeSrcset } from './rehype-safe-srcset.ts';

async function run(html: string): Promise<string> {
	return String(
		await unified().use(rehypeParse, { fragment: true }).use(rehypeSafeSrcset).use(rehypeStringify).process(html),
	);
}

describe('rehypeSafeSrcset', () => {
	test('keeps a srcset of http(s) and relative candidates', async () => {
		const html =
			'<picture><source srcset="https://example.org/a.webp 1x, /b.webp 2x" type="image/webp"><img src="/a.jpg" alt="a"></picture>';
		expect(await run(html)).toBe(html);
	});

	test('removes a source whose srcset hides a script URL after a safe first candidate', async () => {
		expect(
			await run(
				'<picture><source srcset="https://example.org/a.webp 1x, javascript:alert(1) 2x"><img src="/a.jpg" alt="a"></picture>',
			),
		).toBe('<picture><img src="/a.jpg" alt="a"></picture>');
	});

	test('removes a data: or mixed-case script scheme from an img srcset but keeps the img', async () => {
		expect(await run('<img src="/a.jpg" srcset="data:image/svg+xml,x 1x" alt="a">')).toBe('<img src="/a.jpg" alt="a">');
		expect(await run('<img src="/a.jpg" srcset="/a.jpg 1x, JaVaScRiPt:alert(1) 2x" alt="a">')).toBe(
			'<img src="/a.jpg" alt="a">',
		);
	});

	test('reads a URL that holds a comma as one candidate, judged by its own scheme', async () => {
		const html = '<img src="/a.jpg" srcset="https://img.example/w_100,h_50/a.jpg 1x, /b.jpg 2x" alt="a">';
		expect(await run(html)).toBe(html);
		expect(await run('<img src="/a.jpg" srcset="/b.jpg 1x, data:image/png;base64,AAAA 2x" alt="a">')).toBe(
			'<img src="/a.jpg" alt="a">',
		);
	});

	test('judges a candidate after a line break, which browsers read after a URL ending in a comma', async () => {
		expect(
			await run('<picture><source srcset="/a.webp,\ndata:image/svg+xml,x 2x"><img src="/a.jpg" alt="a"></picture>'),
		).toBe('<picture><img src="/a.jpg" alt="a"></picture>');
	});

	test('removes a srcset that is not a valid one, which cannot be judged for certain', async () => {
		expect(await run('<img src="/a.jpg" srcset="/a.jpg 1x 2x" alt="a">')).toBe('<img src="/a.jpg" alt="a">');
		expect(await run('<picture><source srcset="/a.webp 1x, /b.webp"><img src="/a.jpg" alt="a"></picture>')).toBe(
			'<picture><img src="/a.jpg" alt="a"></picture>',
		);
	});
});

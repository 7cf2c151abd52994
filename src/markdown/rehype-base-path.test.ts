import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypeBasePath } from './rehype-base-path.ts';

async function rewrite(html: string, basePath: string): Promise<string> {
	const file = await unified().use(rehypeParse, { fragment: true }).use(rehypeBasePath, { basePath }).use(rehypeStringify).process(html);
	return String(file);
}

describe('rehypeBasePath', () => {
	test('prefixes root-relative links and images with the base path', async () => {
		expect(await rewrite('<a href="/tags/ukraine/">x</a><img src="/images/a.jpg" alt="a">', '/news/')).toBe(
			'<a href="/news/tags/ukraine/">x</a><img src="/news/images/a.jpg" alt="a">',
		);
	});

	test('leaves absolute, protocol-relative, relative, fragment and already-prefixed URLs alone', async () => {
		const html = '<a href="https://example.org/">a</a><a href="//cdn.example.org/x">b</a><a href="../x/">c</a><a href="#top">d</a><a href="/news/archive/">e</a>';
		expect(await rewrite(html, '/news/')).toBe(html);
	});

	test('does nothing at the root', async () => {
		expect(await rewrite('<a href="/tags/">t</a>', '/')).toBe('<a href="/tags/">t</a>');
	});
});

import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { isOffsiteHref, rehypeOffsiteLinks } from './rehype-offsite-links.ts';

describe('isOffsiteHref', () => {
	test('knows every spelling a browser resolves to another host', () => {
		for (const href of [
			'https://evil.example/',
			'//evil.example',
			'/\\evil.example',
			' //evil.example',
			'\\\\evil.example',
			'HTTP://evil.example',
			'/\t/evil.example',
		])
			expect(isOffsiteHref(href), href).toBe(true);
	});

	test('leaves links within the site, fragments and mail alone', () => {
		for (const href of ['/tags/ukraine/', 'page/', '#fn-1', '?q=1', 'mailto:desk@example.org', '/./x'])
			expect(isOffsiteHref(href), href).toBe(false);
	});
});

describe('rehypeOffsiteLinks', () => {
	test('gives an off-site link rel="noopener noreferrer", replacing whatever rel it had', async () => {
		const file = await unified()
			.use(rehypeParse, { fragment: true })
			.use(rehypeOffsiteLinks)
			.use(rehypeStringify)
			.process('<a href="/\\evil.example" rel="opener">a</a><a href="/here/">b</a>');
		expect(String(file)).toBe('<a href="/\\evil.example" rel="noopener noreferrer">a</a><a href="/here/">b</a>');
	});
});

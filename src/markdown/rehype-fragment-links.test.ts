import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypeFragmentLinks } from './rehype-fragment-links.ts';

async function run(html: string): Promise<string> {
	const processor = unified()
		.use(rehypeParse, { fragment: true })
		.use(rehypeFragmentLinks, { prefix: 'user-content-' })
		.use(rehypeStringify);
	return String(await processor.process(html));
}

describe('rehypeFragmentLinks', () => {
	test('points a link at the id the sanitiser prefixed', async () => {
		expect(await run('<a href="#fn-1">1</a><li id="user-content-fn-1">Note</li>')).toBe(
			'<a href="#user-content-fn-1">1</a><li id="user-content-fn-1">Note</li>',
		);
	});

	test('keeps links to ids that exist as written, and to ids that exist nowhere', async () => {
		const html =
			'<a href="#top">top</a><a href="#missing">missing</a><h2 id="top">Top</h2><p id="user-content-top">x</p>';
		expect(await run(html)).toBe(html);
	});

	test('matches a percent-encoded fragment', async () => {
		expect(await run('<a href="#caf%C3%A9">c</a><p id="user-content-café">x</p>')).toBe(
			'<a href="#user-content-caf%C3%A9">c</a><p id="user-content-café">x</p>',
		);
	});

	test('leaves links to other pages alone', async () => {
		const html = '<a href="/page/#fn-1">x</a><p id="user-content-fn-1">x</p>';
		expect(await run(html)).toBe(html);
	});
});

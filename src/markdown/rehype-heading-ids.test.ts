import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypeHeadingIds, TEMPLATE_IDS } from './rehype-heading-ids.ts';

async function run(html: string): Promise<string> {
	const file = await unified()
		.use(rehypeParse, { fragment: true })
		.use(rehypeHeadingIds)
		.use(rehypeStringify)
		.process(html);
	return String(file);
}

describe('rehypeHeadingIds', () => {
	test('gives headings the ids Astro would, numbering repeats', async () => {
		expect(await run('<h2>Peace <em>talks</em></h2><h3>Peace talks</h3>')).toBe(
			'<h2 id="peace-talks">Peace <em>talks</em></h2><h3 id="peace-talks-1">Peace talks</h3>',
		);
	});

	test('never takes an id of the page template: "## Main" is not the main landmark', async () => {
		expect(await run('<h2>Main</h2><h2>Related heading</h2>')).toBe(
			'<h2 id="main-1">Main</h2><h2 id="related-heading-1">Related heading</h2>',
		);
	});

	test('keeps an id a heading already has', async () => {
		expect(await run('<h2 id="user-content-x">X</h2>')).toBe('<h2 id="user-content-x">X</h2>');
	});

	test('reserves every id the layouts and components write', async () => {
		const ids = new Set<string>();
		for (const folder of ['layouts', 'components']) {
			const dir = join(import.meta.dirname, '..', folder);
			for (const name of await readdir(dir)) {
				const source = await readFile(join(dir, name), 'utf8');
				for (const [, id] of source.matchAll(/\bid="([^"{}]+)"/gu)) if (id) ids.add(id);
			}
		}
		expect([...ids].filter((id) => !TEMPLATE_IDS.includes(id))).toEqual([]);
	});
});

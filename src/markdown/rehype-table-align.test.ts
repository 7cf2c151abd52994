import { unified as unifiedProcessor } from '@astrojs/markdown-remark';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypePlugins, remarkPlugins } from './index.ts';
import { rehypeTableAlign } from './rehype-table-align.ts';

async function rewrite(html: string): Promise<string> {
	return String(
		await unified().use(rehypeParse, { fragment: true }).use(rehypeTableAlign).use(rehypeStringify).process(html),
	);
}

describe('rehypeTableAlign', () => {
	test('turns align on th and td into a class, keeping existing classes', async () => {
		expect(
			await rewrite('<table><tr><th align="right">A</th><td align="center" class="x">1</td><td>2</td></tr></table>'),
		).toBe(
			'<table><tbody><tr><th class="align-right">A</th><td class="x align-center">1</td><td>2</td></tr></tbody></table>',
		);
	});

	test('drops an align value that is not a column alignment', async () => {
		expect(await rewrite('<table><tr><td align="justify">1</td></tr></table>')).toBe(
			'<table><tbody><tr><td>1</td></tr></tbody></table>',
		);
	});

	test('in the full Markdown pipeline a GFM table comes out without align attributes', async () => {
		const processor = await unifiedProcessor({
			remarkPlugins: remarkPlugins(),
			rehypePlugins: rehypePlugins({ basePath: '/' }),
			gfm: true,
			smartypants: false,
		}).createRenderer({ syntaxHighlight: false });
		const { code } = await processor.render('| Item | Count |\n| :--- | ---: |\n| Lorem | 12 |\n');
		expect(code).not.toContain('align=');
		expect(code).toContain('<th class="align-right">Count</th>');
		expect(code).toContain('<td class="align-left">Lorem</td>');
	});
});

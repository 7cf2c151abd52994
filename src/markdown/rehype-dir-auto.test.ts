import { unified as unifiedProcessor } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, test } from 'vitest';
import { markdownOptions } from './index.ts';

let render: (markdown: string) => Promise<string>;

beforeAll(async () => {
	const processor = await unifiedProcessor(markdownOptions({ basePath: '/' })).createRenderer({
		syntaxHighlight: false,
	});
	render = async (markdown) =>
		(await processor.render(markdown, { fileURL: new URL('file:///site/content/a.md'), frontmatter: {} })).code;
});

describe('rehypeDirAuto in the pipeline', () => {
	test('leaves an article written only left to right untouched', async () => {
		expect(await render('# News\n\nA paragraph.\n\n- item')).toBe(
			'<h1 id="news">News</h1>\n<p>A paragraph.</p>\n<ul>\n<li>item</li>\n</ul>',
		);
	});

	test('lets each block of an article with Arabic or Hebrew find its own direction', async () => {
		expect(
			await render(
				'A paragraph in English.\n\nمرحبا بالعالم.\n\n> שלום עולם.\n\n| Word | كلمة |\n| --- | --- |\n| peace | سلام |',
			),
		).toBe(
			[
				'<p dir="auto">A paragraph in English.</p>',
				'<p dir="auto">مرحبا بالعالم.</p>',
				'<blockquote dir="auto">',
				'<p dir="auto">שלום עולם.</p>',
				'</blockquote>',
				'<table>',
				'<thead>',
				'<tr>',
				'<th dir="auto">Word</th>',
				'<th dir="auto">كلمة</th>',
				'</tr>',
				'</thead>',
				'<tbody>',
				'<tr>',
				'<td dir="auto">peace</td>',
				'<td dir="auto">سلام</td>',
				'</tr>',
				'</tbody>',
				'</table>',
			].join('\n'),
		);
	});

	test('keeps a direction the author set, and leaves code alone', async () => {
		expect(await render('<p dir="ltr">Fixed עברית</p>\n\n```\nשלום\n```')).toBe(
			'<p dir="ltr">Fixed עברית</p>\n<pre><code>שלום\n</code></pre>',
		);
	});
});

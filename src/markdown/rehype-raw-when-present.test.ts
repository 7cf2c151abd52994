import { unified as unifiedProcessor } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { markdownOptions } from './index.ts';

/** Astro's processor with our options, plus `extra` rehype plugins after ours. */
async function render(markdown: string, extra: (() => (tree: Root) => void)[] = []): Promise<string> {
	const options = markdownOptions({ basePath: '/' });
	const processor = await unifiedProcessor({
		...options,
		rehypePlugins: [...options.rehypePlugins, ...extra],
	}).createRenderer({
		syntaxHighlight: false,
	});
	return (await processor.render(markdown, { fileURL: new URL('file:///site/content/a.md'), frontmatter: {} })).code;
}

const element = (tagName: string, children: Element['children']): Element => ({
	type: 'element',
	tagName,
	properties: {},
	children,
});

describe('rehypeRawWhenPresent in the pipeline', () => {
	test('raw HTML in an article is parsed, then sanitised', async () => {
		const html = await render(
			'Before.\n\n<div onclick="steal()">Kept <b>bold</b><script>alert(1)</script></div>\n\nText with <em title="t">inline</em> HTML.',
		);
		expect(html).toBe('<p>Before.</p>\n<div>Kept <b>bold</b></div>\n<p>Text with <em title="t">inline</em> HTML.</p>');
	});

	test('an article without raw HTML is never re-parsed, not even by Astro’s own rehype-raw pass', async () => {
		// A paragraph holding a div: an HTML parser would split it, so it survives only if no re-parse runs.
		const addInvalidNesting = () => (tree: Root) => {
			tree.children.push(element('p', [element('div', [{ type: 'text', value: 'nested' }])]));
		};
		expect(await render('Plain text.', [addInvalidNesting])).toBe('<p>Plain text.</p><p><div>nested</div></p>');
	});
});

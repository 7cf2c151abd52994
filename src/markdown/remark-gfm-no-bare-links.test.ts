import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { remarkGfmNoBareLinks } from './remark-gfm-no-bare-links.ts';

const toHtml = (markdown: string) =>
	String(
		unified().use(remarkParse).use(remarkGfmNoBareLinks).use(remarkRehype).use(rehypeStringify).processSync(markdown),
	);
const withRemarkGfm = (markdown: string) =>
	String(unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).processSync(markdown));

describe('remarkGfmNoBareLinks', () => {
	test('gives tables, footnotes, strikethrough and task lists exactly as remark-gfm does', () => {
		const markdown = [
			'| Item | Count |',
			'| :--- | ---: |',
			'| Lorem | 12 |',
			'',
			'A claim.[^1] It was ~~wrong~~ right.',
			'',
			'- [x] done',
			'- [ ] to do',
			'',
			'[^1]: The source.',
		].join('\n');
		const html = toHtml(markdown);
		expect(html).toBe(withRemarkGfm(markdown));
		expect(html).toContain('<table>');
		expect(html).toContain('<del>wrong</del>');
		expect(html).toContain('data-footnotes');
		expect(html).toContain('type="checkbox"');
	});

	test('leaves a bare URL as text, while written links and <angle> autolinks stay links', () => {
		const html = toHtml(
			'See www.example.org or https://example.org/a, [the report](https://example.org/r) and <https://example.org/b>.',
		);
		expect(html).toBe(
			'<p>See www.example.org or https://example.org/a, <a href="https://example.org/r">the report</a> and <a href="https://example.org/b">https://example.org/b</a>.</p>',
		);
	});
});

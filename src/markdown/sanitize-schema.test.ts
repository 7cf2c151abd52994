import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified as unifiedProcessor } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, test } from 'vitest';
import { findUnsafeHtmlFragment } from '../../test/support/unsafe-html.ts';
import { markdownOptions } from './index.ts';

/**
 * Hostile Markdown through the whole pipeline astro.config.mjs uses (raw HTML parsed, sanitised,
 * then our other plugins and Astro's own): `<case>/input.md` → exactly `<case>/output.html`.
 * `UPDATE=1` rewrites the expected output after a deliberate change; review the diff.
 */
const FIXTURES = fileURLToPath(new URL('./fixtures/safe-html/', import.meta.url));
const CASES = readdirSync(FIXTURES).sort();

let render: (markdown: string) => Promise<string>;

beforeAll(async () => {
	const processor = await unifiedProcessor(markdownOptions({ basePath: '/' })).createRenderer({
		syntaxHighlight: false,
	});
	render = async (markdown) =>
		(await processor.render(markdown, { fileURL: new URL('file:///site/content/a.md'), frontmatter: {} })).code;
});

describe('the sanitised pipeline (fixtures)', () => {
	test.each(CASES)('%s gives exactly the expected HTML', async (name) => {
		const html = `${await render(readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'))}\n`;
		const expectedFile = join(FIXTURES, name, 'output.html');
		if (process.env.UPDATE === '1') writeFileSync(expectedFile, html);
		expect(html).toBe(readFileSync(expectedFile, 'utf8'));
	});

	test.each(CASES)('%s holds nothing that runs, handles events or links to script or data', async (name) => {
		const html = await render(readFileSync(join(FIXTURES, name, 'input.md'), 'utf8'));
		expect(findUnsafeHtmlFragment(html)).toEqual([]);
		expect(html).not.toMatch(/<(?:script|style|iframe|object|embed|base|meta|link|form|svg|math)\b/iu);
	});
});

describe('code', () => {
	test('code blocks and inline code show <script> as text', async () => {
		const html = await render('Inline `<script>alert(1)</script>`.\n\n```html\n<script>alert(2)</script>\n```\n');
		expect(html).toBe(
			'<p>Inline <code>&#x3C;script>alert(1)&#x3C;/script></code>.</p>\n<pre><code class="language-html">&#x3C;script>alert(2)&#x3C;/script>\n</code></pre>',
		);
	});
});

describe('URLs the sanitiser keeps', () => {
	test('http(s), mailto, relative and fragment links stay as written', async () => {
		const html = await render(
			'[a](https://example.org/a) [b](http://example.org/b) [c](mailto:desk@example.org) [d](/tags/x/) [e](../x/) [f](#top)',
		);
		expect(html).toBe(
			'<p><a href="https://example.org/a" rel="noopener noreferrer">a</a> <a href="http://example.org/b" rel="noopener noreferrer">b</a> <a href="mailto:desk@example.org">c</a> <a href="/tags/x/">d</a> <a href="../x/">e</a> <a href="#top">f</a></p>',
		);
	});
});

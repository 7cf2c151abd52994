import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified as unifiedProcessor } from '@astrojs/markdown-remark';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { markdownOptions } from './index.ts';
import { rehypeBasePath } from './rehype-base-path.ts';

async function rewrite(html: string, basePath: string): Promise<string> {
	const file = await unified()
		.use(rehypeParse, { fragment: true })
		.use(rehypeBasePath, { basePath })
		.use(rehypeStringify)
		.process(html);
	return String(file);
}

describe('rehypeBasePath', () => {
	test('prefixes root-relative links and images with the base path', async () => {
		expect(await rewrite('<a href="/tags/ukraine/">x</a><img src="/images/a.jpg" alt="a">', '/news/')).toBe(
			'<a href="/news/tags/ukraine/">x</a><img src="/news/images/a.jpg" alt="a">',
		);
	});

	test('leaves absolute, protocol-relative, relative, fragment and already-prefixed URLs alone', async () => {
		const html =
			'<a href="https://example.org/">a</a><a href="//cdn.example.org/x">b</a><a href="../x/">c</a><a href="#top">d</a><a href="/news/archive/">e</a>';
		expect(await rewrite(html, '/news/')).toBe(html);
	});

	test('prefixes each srcset candidate, reading a URL that holds a comma as one URL', async () => {
		expect(
			await rewrite(
				'<img src="/a.jpg" srcset="/a.jpg 1x, https://img.example/w_100,h_50/b.jpg 2x" alt="a"><video poster="/p.jpg"></video>',
				'/news/',
			),
		).toBe(
			'<img src="/news/a.jpg" srcset="/news/a.jpg 1x, https://img.example/w_100,h_50/b.jpg 2x" alt="a"><video poster="/news/p.jpg"></video>',
		);
	});

	test('reads a srcset as browsers do across line breaks, and leaves one that is not valid as written', async () => {
		expect(await rewrite('<picture><source srcset="/a.jpg\n1x,\n/b.jpg 2x"></picture>', '/news/')).toBe(
			'<picture><source srcset="/news/a.jpg 1x, /news/b.jpg 2x"></picture>',
		);
		expect(await rewrite('<img src="/a.jpg" srcset="/a.jpg 1x 2x" alt="a">', '/news/')).toBe(
			'<img src="/news/a.jpg" srcset="/a.jpg 1x 2x" alt="a">',
		);
	});

	test('does nothing at the root', async () => {
		expect(await rewrite('<a href="/tags/">t</a>', '/')).toBe('<a href="/tags/">t</a>');
	});
});

/** Fixture cases: `<case>/input.md` → `<case>/output.html`, base path `/news/` unless `options.json` says otherwise. */
const FIXTURES = fileURLToPath(new URL('./fixtures/base-path/', import.meta.url));

describe('rehypeBasePath in the full Markdown pipeline (fixtures; UPDATE=1 rewrites the expected output)', () => {
	for (const name of readdirSync(FIXTURES).sort()) {
		test(name, async () => {
			const folder = join(FIXTURES, name);
			const optionsFile = join(folder, 'options.json');
			const { basePath } = existsSync(optionsFile)
				? (JSON.parse(readFileSync(optionsFile, 'utf8')) as { basePath: string })
				: { basePath: '/news/' };
			// The options astro.config.mjs gives its processor, so sanitising and Astro's own plugins run too.
			const processor = await unifiedProcessor(markdownOptions({ basePath })).createRenderer({
				syntaxHighlight: false,
			});
			const { code } = await processor.render(readFileSync(join(folder, 'input.md'), 'utf8'), {
				fileURL: new URL(`file://${join(folder, 'input.md')}`),
			});
			const expectedFile = join(folder, 'output.html');
			if (process.env.UPDATE === '1') writeFileSync(expectedFile, `${code}\n`);
			expect(`${code}\n`).toBe(readFileSync(expectedFile, 'utf8'));
		});
	}
});

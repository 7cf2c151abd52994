import { unified as unifiedProcessor } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, test, vi } from 'vitest';
import { fixtureArticle } from '../../test/fixtures/site-corpus.ts';
import { splitArticle } from '../lib/content/frontmatter.ts';
import { markdownOptions } from '../markdown/index.ts';
import { ARTICLES_PER_THREAD, markdownRenderer } from './markdown-renderer.ts';

/** The parts of Astro's loader context the renderer reads, for a site under /news/. */
function fakeContext(processor: 'unified' | 'satteri') {
	const renderMarkdown = vi.fn((markdown: string) =>
		Promise.resolve({ html: `<p>in-thread ${markdown.length}</p>`, metadata: {} }),
	);
	const config = {
		base: '/news/',
		markdown: { processor: { name: processor }, syntaxHighlight: false },
		image: { domains: [], remotePatterns: [] },
	};
	return { context: { config, renderMarkdown } as unknown as LoaderContext, renderMarkdown };
}

/** Bodies with raw HTML, a table, code, quotes, lists, external and root-relative links. */
const BODIES = Array.from({ length: 12 }, (_, i) => fixtureArticle(i).text).map((text) => {
	const split = splitArticle(new TextEncoder().encode(text));
	if ('problems' in split) throw new Error('a fixture does not split');
	return `${split.body}\n\nSee [the archive](/archive/) and [elsewhere](https://example.org/).\n`;
});

describe('markdownRenderer', () => {
	test('renders on a worker per core once each has enough articles to earn its start-up, else in this thread', async () => {
		const { context, renderMarkdown } = fakeContext('unified');
		const few = markdownRenderer(context, 2 * ARTICLES_PER_THREAD - 1, 4);
		expect(few.lanes).toHaveLength(1);
		expect((await few.lanes[0]?.('Text', new URL('file:///a.md')))?.html).toBe('<p>in-thread 12</p>');
		expect(renderMarkdown).toHaveBeenCalledTimes(1);
		const some = markdownRenderer(context, 3 * ARTICLES_PER_THREAD, 4);
		expect(some.lanes).toHaveLength(3);
		await some.close();
		const many = markdownRenderer(context, 100 * ARTICLES_PER_THREAD, 2);
		expect(many.lanes).toHaveLength(2);
		// Worker lanes never go through this thread's renderMarkdown.
		expect((await many.lanes[0]?.('Text', new URL('file:///a.md')))?.html).toBe('<p>Text</p>');
		expect(renderMarkdown).toHaveBeenCalledTimes(1);
		await many.close();
	});

	test('worker threads give exactly the HTML and metadata of Astro’s own processor with the same options', async () => {
		const { context, renderMarkdown } = fakeContext('unified');
		const renderer = markdownRenderer(context, 1000, 2);
		const astro = await unifiedProcessor(markdownOptions({ basePath: '/news/' })).createRenderer({
			syntaxHighlight: false,
		});
		try {
			const fileURL = new URL('file:///site/content/article.md');
			const inWorkers = renderer.lanes;
			expect(inWorkers).toHaveLength(2);
			const fromWorkers = await Promise.all(
				BODIES.map((body, k) => inWorkers[k % 2]?.(body, fileURL) ?? Promise.reject(new Error('no worker lane'))),
			);
			for (const [k, body] of BODIES.entries()) {
				const { code, metadata } = await astro.render(body, { fileURL, frontmatter: {} });
				expect(fromWorkers[k]?.html).toBe(code);
				expect(fromWorkers[k]?.metadata).toEqual({
					...metadata,
					imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths],
				});
			}
			expect(fromWorkers.some((r) => r.html.includes('href="/news/archive/"'))).toBe(true);
			expect(fromWorkers.some((r) => r.metadata?.frontmatter?.readingMinutes !== undefined)).toBe(true);
			expect(renderMarkdown).not.toHaveBeenCalled();
		} finally {
			await renderer.close();
		}
	});

	test('another Markdown processor (the Sätteri reference) renders in this thread only, through Astro', async () => {
		const { context, renderMarkdown } = fakeContext('satteri');
		const renderer = markdownRenderer(context, 1000, 2);
		expect(renderer.lanes).toHaveLength(1);
		const [render] = renderer.lanes;
		const rendered = [await render?.('# One', new URL('file:///a.md')), await render?.('Two', new URL('file:///a.md'))];
		expect(rendered.map((r) => r?.html)).toEqual(['<p>in-thread 13</p>', '<p>in-thread 11</p>']);
		expect(renderMarkdown).toHaveBeenCalledTimes(2);
		expect(renderMarkdown.mock.calls[0]?.[0]).toBe('---\n---\n# One');
	});
});

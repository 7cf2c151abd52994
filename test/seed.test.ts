import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT, type BuildResult } from './support/build-site.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function elements(node: Node, tag: string, out: Element[] = []): Element[] {
	if ('tagName' in node && node.tagName === tag) out.push(node);
	if ('childNodes' in node) for (const child of node.childNodes) elements(child, tag, out);
	if ('content' in node && node.content) elements(node.content, tag, out);
	return out;
}

function textOf(node: Node): string {
	if (node.nodeName === '#text' && 'value' in node) return node.value;
	return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

const SEED_SOURCE = join(ROOT, '..', 'shared', 'seed', '000_159b3ad281caed05.txt');
const ARTICLE = join('2025', '02', '12', 'trump-putin-ukraine-peace-talks', 'index.html');

describe('the real site, built from content/', () => {
	let build: BuildResult;
	let seedParagraphs: string[];

	beforeAll(async () => {
		// The seed text as delivered, when this checkout sits beside shared/; else the article's own body.
		const delivered = await readFile(SEED_SOURCE, 'utf8').catch(async () => {
			const article = await readFile(join(ROOT, 'content', 'trump-putin-ukraine-peace-talks.md'), 'utf8');
			return article.split('\n---\n')[1] ?? '';
		});
		seedParagraphs = delivered
			.split('\n')
			.map((line) => line.trim())
			.filter(Boolean);
		build = await buildSite({ env: { BUILD_TIME: '2026-01-01T00:00:00Z' } });
	});

	test('builds', () => {
		expect(build.code, build.output).toBe(0);
	});

	test('the seed article has six paragraphs', () => {
		expect(seedParagraphs).toHaveLength(6);
	});

	test('each of the seed’s paragraphs appears verbatim, as its own paragraph, on its article page', async () => {
		const html = await readFile(join(build.outDir, ARTICLE), 'utf8');
		const paragraphs = elements(parse(html), 'p').map(textOf);
		for (const paragraph of seedParagraphs) expect(paragraphs).toContain(paragraph);
	});

	test('the home page links to the article', async () => {
		const html = await readFile(join(build.outDir, 'index.html'), 'utf8');
		const hrefs = elements(parse(html), 'a').map((a) => a.attrs.find((attr) => attr.name === 'href')?.value);
		expect(hrefs).toContain('/2025/02/12/trump-putin-ukraine-peace-talks/');
	});

	test('no page shows undefined, NaN or Invalid Date', async () => {
		for (const file of ['index.html', ARTICLE, '404.html']) {
			const text = textOf(parse(await readFile(join(build.outDir, file), 'utf8')));
			expect(text, file).not.toMatch(/\bundefined\b|\bNaN\b|Invalid Date/u);
		}
	});
});

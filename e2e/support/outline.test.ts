import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { duplicates, outlineProblems, pageOutline } from './outline.ts';

/** The project folder, where html-validate finds .htmlvalidate.json. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const doc = (
	body: string,
	head = '<title>T</title><meta name="description" content="D">',
	lang = ' lang="en-US"',
): string => `<!doctype html><html${lang}><head>${head}</head><body>${body}</body></html>`;

describe('pageOutline', () => {
	test('reads lang, title, description and headings in document order, ignoring template content', () => {
		expect(
			pageOutline(
				doc(
					'<h1>Top <em>story</em></h1><section><h2>Topics</h2><h3>  A\n b </h3></section><template><h2>Not rendered</h2></template>',
					'<title>\n Top story · The Ledger </title><meta name="Description" content="About it">',
				),
			),
		).toEqual({
			lang: 'en-US',
			title: 'Top story · The Ledger',
			description: 'About it',
			headings: [
				{ level: 1, text: 'Top story' },
				{ level: 2, text: 'Topics' },
				{ level: 3, text: 'A b' },
			],
		});
	});
});

describe('outlineProblems', () => {
	test('accepts a page with an h1 and a description', () => {
		expect(outlineProblems(pageOutline(doc('<h1>a</h1><h2>b</h2>')))).toEqual([]);
	});

	test('reports a blank lang, which html-validate accepts', () => {
		expect(outlineProblems(pageOutline(doc('<h1>a</h1>', undefined, ' lang=" "')))).toEqual(['no lang on <html>']);
	});

	test('reports a page without an h1 and without a description', () => {
		expect(outlineProblems(pageOutline(doc('<h2>first</h2>', '<title>T</title>')))).toEqual([
			'no meta description',
			'no h1',
		]);
		expect(outlineProblems(pageOutline(doc('<p>no heading</p>')))).toEqual(['no h1']);
	});
});

describe('html-validate with the project’s configuration', () => {
	const validator = new HtmlValidate(new FileSystemConfigLoader());

	test.each([
		['a missing lang', doc('<h1>a</h1>', undefined, ''), 'element-required-attributes'],
		['a missing title', doc('<h1>a</h1>', '<meta name="description" content="D">'), 'element-required-content'],
		['an empty title', doc('<h1>a</h1>', '<title> </title><meta name="description" content="D">'), 'empty-title'],
		['a second h1', doc('<h1>a</h1><h1>b</h1>'), 'heading-level'],
		['a skipped level', doc('<h1>a</h1><h3>c</h3>'), 'heading-level'],
		['a first heading below h1', doc('<h2>a</h2>'), 'heading-level'],
		['an empty heading', doc('<h1>a</h1><h2></h2>'), 'empty-heading'],
	])('reports %s, which outlineProblems leaves to it', async (_case, html, rule) => {
		expect(await ruleIds(html)).toContain(rule);
	});

	test.each([
		['a blank lang', doc('<h1>a</h1>', undefined, ' lang=" "')],
		['an empty lang', doc('<h1>a</h1>', undefined, ' lang=""')],
		['no heading at all', doc('<p>no heading</p>')],
		['no description', doc('<h1>a</h1>', '<title>T</title>')],
	])('does not report %s, which outlineProblems checks', async (_case, html) => {
		expect(await ruleIds(html)).toEqual(await ruleIds(doc('<h1>a</h1>')));
	});

	/** The rules html-validate reports for `html` with the project's configuration. */
	async function ruleIds(html: string): Promise<string[]> {
		const report = await validator.validateString(html, join(ROOT, 'page.html'));
		return report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
	}
});

describe('duplicates', () => {
	test('names each value shared by two or more pages, with the pages', () => {
		const titles = new Map([
			['/b/', 'Same'],
			['/a/', 'Same'],
			['/c/', 'Other'],
			['/d/', undefined],
		]);
		expect(duplicates(titles)).toEqual(['"Same" on /a/, /b/']);
	});
});

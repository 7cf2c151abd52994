import { describe, expect, test } from 'vitest';
import { duplicates, outlineProblems, pageOutline } from './outline.ts';

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
	test('accepts one h1 followed by levels that never skip, going back up freely', () => {
		expect(
			outlineProblems(pageOutline(doc('<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2><h3>e</h3><h4>f</h4><h2>g</h2>'))),
		).toEqual([]);
	});

	test('reports a missing or second h1, skipped levels and an empty heading', () => {
		expect(outlineProblems(pageOutline(doc('<h2>first</h2><h4>deep</h4>')))).toEqual([
			'0 h1 elements, not exactly one',
			'h2 "first" follows the start of the page',
			'h4 "deep" follows an h2',
		]);
		expect(outlineProblems(pageOutline(doc('<h1>a</h1><h1></h1>')))).toEqual([
			'2 h1 elements, not exactly one',
			'empty h1',
		]);
	});

	test('reports a missing lang, title and description', () => {
		expect(outlineProblems(pageOutline(doc('<h1>a</h1>', '', ' lang=" "')))).toEqual([
			'no lang on <html>',
			'no <title>',
			'no meta description',
		]);
	});
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

import { describe, expect, test } from 'vitest';
import { findExcessiveNesting, MAX_NESTING } from './markdown-nesting.ts';

describe('findExcessiveNesting', () => {
	test('passes an ordinary article with quotes, nested lists, HTML, emphasis and links', () => {
		const article = [
			'# Heading',
			'',
			'> A quote with **bold** and [a link](https://example.org/).',
			'>',
			'> > A quote in a quote.',
			'',
			'- one',
			'  - two',
			'    - three',
			'      1. four',
			'',
			'<figure><img src="/a.png" alt=""><figcaption>Caption</figcaption></figure>',
			'',
			'<p>One<p>Two<p>Three',
			'',
			'***',
			'',
			'* * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * * *',
			'',
			'-'.repeat(200),
		].join('\n');
		expect(findExcessiveNesting(article)).toBeUndefined();
	});

	test('finds ten thousand nested block quotes, on the line where they are', () => {
		expect(findExcessiveNesting(`Intro\n\n${'>'.repeat(10_000)} deep\n`)).toEqual({
			kind: 'quotes and lists',
			depth: MAX_NESTING + 1,
			line: 3,
		});
	});

	test('finds lists nested by markers on one line and by indentation over many lines', () => {
		expect(findExcessiveNesting(`${'- '.repeat(10_000)}item`)?.kind).toBe('quotes and lists');
		expect(findExcessiveNesting(`${'1. '.repeat(10_000)}item`)?.kind).toBe('quotes and lists');
		const indented = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n');
		expect(findExcessiveNesting(indented)).toMatchObject({ kind: 'quotes and lists', depth: MAX_NESTING + 1, line: MAX_NESTING + 1 });
	});

	test('allows exactly the limit and refuses one more', () => {
		expect(findExcessiveNesting(`${'>'.repeat(8)} x`, 8)).toBeUndefined();
		expect(findExcessiveNesting(`${'>'.repeat(9)} x`, 8)).toMatchObject({ depth: 9 });
	});

	test('finds deeply nested HTML elements, but not flat or closed ones', () => {
		expect(findExcessiveNesting(`${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}`)).toMatchObject({ kind: 'HTML elements', line: 1 });
		expect(findExcessiveNesting('<span>x</span>\n'.repeat(10_000))).toBeUndefined();
		expect(findExcessiveNesting('<br><img src="a.png"><li>x\n'.repeat(10_000))).toBeUndefined();
	});

	test('finds runs of emphasis markers and nested link brackets', () => {
		expect(findExcessiveNesting(`${'*'.repeat(10_000)}x${'*'.repeat(10_000)}`)).toMatchObject({ kind: 'emphasis markers' });
		expect(findExcessiveNesting(`${'['.repeat(10_000)}x${'](u)'.repeat(10_000)}`)).toMatchObject({ kind: 'link brackets' });
	});

	test('resets link brackets at a blank line, so many unclosed brackets in separate paragraphs pass', () => {
		expect(findExcessiveNesting('[a\n\n'.repeat(1_000))).toBeUndefined();
	});

	test('ignores what is inside fenced code and code spans', () => {
		const fenced = ['```html', '<div>'.repeat(1_000), '>'.repeat(1_000), '```', '', 'After.'].join('\n');
		expect(findExcessiveNesting(fenced)).toBeUndefined();
		expect(findExcessiveNesting(`Inline \`${'['.repeat(1_000)}\` code.`)).toBeUndefined();
	});

	test('scans a 5 MB body in one linear pass', () => {
		const paragraph = 'Lorem ipsum *dolor* sit [amet](https://example.org/), <em>consectetur</em> adipiscing.\n\n';
		const body = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
		expect(findExcessiveNesting(body)).toBeUndefined();
	});
});

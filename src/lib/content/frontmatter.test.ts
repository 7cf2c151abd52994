import { describe, expect, test } from 'vitest';
import { splitArticle } from './frontmatter.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function problemOf(bytes: Uint8Array): string {
	const result = splitArticle(bytes);
	return 'problems' in result ? result.problems.map((p) => `${p.field}: ${p.message}`).join('\n') : '';
}

describe('splitArticle', () => {
	test('splits front-matter from the body and keeps dates as text', () => {
		const result = splitArticle(encode('---\ntitle: Hello\ndate: 2025-02-12\n---\n\nBody “text”.\n'));
		expect(result).toEqual({ frontmatter: { title: 'Hello', date: '2025-02-12' }, body: '\nBody “text”.\n', bodyLine: 5 });
	});

	test('is not confused by a BOM or CRLF line endings', () => {
		const result = splitArticle(encode('\uFEFF---\r\ntitle: Hello\r\n---\r\nLine one\r\nLine two\r\n'));
		expect(result).toEqual({ frontmatter: { title: 'Hello' }, body: 'Line one\nLine two\n', bodyLine: 4 });
	});

	test('rejects bytes that are not UTF-8', () => {
		expect(problemOf(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]))).toMatch(/not valid UTF-8/u);
	});

	test('rejects an empty file and a file without front-matter', () => {
		expect(problemOf(encode(' \n\n'))).toMatch(/empty/u);
		expect(problemOf(encode('# Just a heading\n'))).toMatch(/no front-matter/u);
	});

	test('rejects invalid YAML and duplicate keys', () => {
		expect(problemOf(encode('---\ntitle: [unclosed\n---\nBody\n'))).toMatch(/invalid YAML/u);
		expect(problemOf(encode('---\ntitle: One\ntitle: Two\n---\nBody\n'))).toMatch(/invalid YAML/u);
	});

	test('rejects an alias bomb instead of expanding it', () => {
		const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
		for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
		bomb.push('---', 'Body');
		expect(problemOf(encode(bomb.join('\n')))).toMatch(/invalid YAML/u);
	});

	test('rejects front-matter that is not a set of fields', () => {
		expect(problemOf(encode('---\n- a\n- b\n---\nBody\n'))).toMatch(/field: value/u);
	});
});

describe('splitArticle, hardened', () => {
	test('makes old Mac CR line endings transparent too', () => {
		expect(splitArticle(encode('---\rtitle: Hello\r---\rLine one\rLine two\r'))).toEqual(splitArticle(encode('---\ntitle: Hello\n---\nLine one\nLine two\n')));
	});

	test('names the duplicate key as the field, with its line in the file', () => {
		expect(splitArticle(encode('---\ntitle: One\ndate: 2025-02-12\ntitle: Two\n---\n'))).toEqual({
			problems: [{ field: 'title', message: 'invalid YAML: "title" is given twice (line 4); keep one' }],
		});
	});

	test('counts YAML error lines in the file, not in the front-matter', () => {
		expect(problemOf(encode('---\ntitle: Fine\ndate: "unclosed\n---\n'))).toMatch(/^\(front-matter\): invalid YAML near line [34]: /u);
	});

	test('says why an alias bomb was refused', () => {
		const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
		for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
		bomb.push('---');
		expect(problemOf(encode(bomb.join('\n')))).toMatch(/alias/iu);
	});

	test('refuses front-matter that does not open the file, or is never closed', () => {
		expect(problemOf(encode('Intro\n---\ntitle: Late\n---\n'))).toMatch(/no front-matter/u);
		expect(problemOf(encode('---\ntitle: Never closed\n\nBody\n'))).toMatch(/no front-matter/u);
	});

	test('reads an empty front-matter block as "not a set of fields"', () => {
		expect(problemOf(encode('---\n---\nBody\n'))).toMatch(/field: value/u);
	});

	test('refuses a file of only dashes lines quickly, however long', () => {
		expect(problemOf(encode(`Text\n${'---\n'.repeat(200_000)}`))).toMatch(/no front-matter/u);
	});
});

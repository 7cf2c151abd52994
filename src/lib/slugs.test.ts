import { describe, expect, test } from 'vitest';
import { MAX_SEGMENT_BYTES, slugFromFilePath, slugify, urlSegmentProblem } from './slugs.ts';

describe('slugify', () => {
	test('folds case and surrounding space, so spelling variants are one slug', () => {
		expect(slugify('Ukraine')).toBe('ukraine');
		expect(slugify(' ukraine ')).toBe('ukraine');
		expect(slugify('UKRAINE')).toBe('ukraine');
	});

	test('treats composed and decomposed accents as the same', () => {
		const composed = 'caf\u00e9';
		const decomposed = 'cafe\u0301';
		expect(slugify(composed)).toBe(slugify(decomposed));
		expect(slugify(composed)).toBe('café');
	});

	test('turns slashes, dots, markup and quotes into hyphens so a slug never leaves its folder', () => {
		expect(slugify('../../etc/passwd')).toBe('etc-passwd');
		expect(slugify('AC/DC')).toBe('ac-dc');
		expect(slugify('<b>"Bold" news</b>')).toBe('b-bold-news-b');
		expect(slugify('..')).not.toMatch(/[./]/u);
	});

	test('keeps letters of other scripts', () => {
		expect(slugify('Україна')).toBe('україна');
		expect(slugify('東京 ニュース')).toBe('東京-ニュース');
	});

	test('gives an emoji-only text a stable, non-empty slug', () => {
		expect(slugify('🚀')).toBe('u1f680');
		expect(slugify('🚀')).not.toBe(slugify('🌍'));
	});

	test('drops apostrophes inside words', () => {
		expect(slugify('Women’s rights')).toBe('womens-rights');
	});
});

describe('slugFromFilePath', () => {
	test('uses the file name without folders or extension', () => {
		expect(slugFromFilePath('content/2025/Peace Talks.md')).toBe('peace-talks');
		expect(slugFromFilePath('content\\news\\Zürich.markdown')).toBe('zürich');
	});
});

describe('urlSegmentProblem', () => {
	test('counts UTF-8 bytes, not characters', () => {
		expect(urlSegmentProblem('ж'.repeat(MAX_SEGMENT_BYTES / 2), 'the slug', 'shorten it')).toBeUndefined();
		expect(urlSegmentProblem('ж'.repeat(MAX_SEGMENT_BYTES / 2 + 1), 'the slug', 'shorten it')).toMatch(
			/202 bytes long.*: shorten it$/u,
		);
	});

	test('catches a short file name whose NFKC form is long', () => {
		// Ten U+FDFA ligatures: 30 bytes as written, a 330-byte slug once NFKC spells each one out.
		const slug = slugFromFilePath(`${'\uFDFA'.repeat(10)}.md`);
		expect(new TextEncoder().encode(slug).length).toBeGreaterThan(MAX_SEGMENT_BYTES);
		expect(urlSegmentProblem(slug, 'the file name gives the slug', 'rename the file')).toMatch(/bytes long/u);
	});
});

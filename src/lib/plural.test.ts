import { expect, test } from 'vitest';
import { countArticles, formatCount } from './plural.ts';

test('countArticles says "1 article" and "0 articles", "2 articles"', () => {
	expect([0, 1, 2, 11].map((n) => countArticles(n))).toEqual(['0 articles', '1 article', '2 articles', '11 articles']);
});

test('counts carry the language’s thousands separator', () => {
	expect(countArticles(1000)).toBe('1,000 articles');
	expect(countArticles(10_000, 'en-GB')).toBe('10,000 articles');
	expect(formatCount(12_345, 'de-DE')).toBe('12.345');
	expect(formatCount(999)).toBe('999');
});

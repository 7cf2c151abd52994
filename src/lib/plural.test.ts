import { expect, test } from 'vitest';
import { countArticles } from './plural.ts';

test('countArticles says "1 article" and "0 articles", "2 articles"', () => {
	expect([0, 1, 2, 11].map(countArticles)).toEqual(['0 articles', '1 article', '2 articles', '11 articles']);
});

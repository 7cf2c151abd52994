import { describe, expect, test } from 'vitest';
import { previousArticle } from './articles.ts';

describe('previousArticle', () => {
	test('is the next one down a newest-first list, and none for the oldest', () => {
		const list = ['newest', 'middle', 'oldest'];
		expect(previousArticle(list, 0)).toEqual({ older: 'middle' });
		expect(previousArticle(list, 1)).toEqual({ older: 'oldest' });
		expect(previousArticle(list, 2)).toEqual({});
	});

	test('does not change when newer articles are added in front', () => {
		expect(previousArticle(['a', 'b'], 0)).toEqual(previousArticle(['new', 'a', 'b'], 1));
	});
});

import { describe, expect, test } from 'vitest';
import { fixturePath, PAGE_TYPES, pageTypeOf, SEED_PATH } from './page-types.ts';

describe('pageTypeOf', () => {
	test('recognises each listed kind of page by its path', () => {
		expect(pageTypeOf('')?.name).toBe('home');
		expect(pageTypeOf(SEED_PATH)?.name).toBe('article');
		expect(pageTypeOf('404.html')?.name).toBe('404');
		expect(pageTypeOf('tags/')?.name).toBe('topics');
		expect(pageTypeOf('tags/caf%C3%A9/')?.name).toBe('tag');
		expect(pageTypeOf('tags/ukraine/2/')?.name).toBe('tag archive page');
		expect(pageTypeOf('2025/')?.name).toBe('year');
		expect(pageTypeOf('2025/02/')?.name).toBe('month');
		expect(pageTypeOf('2025/02/12/')?.name).toBe('day');
		expect(pageTypeOf('archive/')?.name).toBe('archive');
		expect(pageTypeOf('search/?q=word')?.name).toBe('search');
		expect(pageTypeOf('corrections/')?.name).toBe('corrections');
		expect(pageTypeOf('authors/')?.name).toBe('authors');
		expect(pageTypeOf('authors/ada-reporter/')?.name).toBe('author');
		expect(pageTypeOf('authors/ada-reporter/2/')?.name).toBe('author page 2+');
		expect(pageTypeOf('stories/')?.name).toBe('stories');
		expect(pageTypeOf('stories/harbour-strike/')?.name).toBe('story');
		expect(pageTypeOf('about/')?.name).toBe('site page');
	});

	test('leaves a path of an unlisted kind unrecognised', () => {
		expect(pageTypeOf('no-such-kind/of/page.html')).toBeUndefined();
		expect(pageTypeOf('tags/a/b/')).toBeUndefined();
		expect(pageTypeOf('page/3/')).toBeUndefined();
	});

	test('every sample is recognised as its own kind (the 404 sample is a missing page served with 404.html)', () => {
		for (const type of PAGE_TYPES) {
			if (type.status === 404) continue;
			for (const sample of type.samples) expect(pageTypeOf(sample.path)?.name, sample.path).toBe(type.name);
		}
	});
});

describe('fixturePath', () => {
	test('is the dated path of a fixture article', () => {
		expect(fixturePath(0)).toMatch(/^2023\/\d{2}\/\d{2}\/fixture-01\/$/u);
	});
});

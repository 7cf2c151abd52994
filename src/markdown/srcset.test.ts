import { describe, expect, test } from 'vitest';
import { mapSrcset, srcsetUrls } from './srcset.ts';

describe('srcsetUrls', () => {
	test('reads each candidate’s URL from a string or from hast’s comma-split list', () => {
		const text = 'https://img.example/w_100,h_50/a.jpg 1x, /b.jpg 2x';
		expect(srcsetUrls(text)).toEqual(['https://img.example/w_100,h_50/a.jpg', '/b.jpg']);
		expect(srcsetUrls(['https://img.example/w_100', 'h_50/a.jpg 1x', '/b.jpg 2x'])).toEqual([
			'https://img.example/w_100,h_50/a.jpg',
			'/b.jpg',
		]);
	});

	test('is undefined without a srcset', () => {
		expect(srcsetUrls(undefined)).toBeUndefined();
		expect(mapSrcset(null, (url) => url)).toBeUndefined();
	});
});

describe('mapSrcset', () => {
	test('replaces each URL and keeps its width or density', () => {
		expect(mapSrcset('/a.jpg 480w, /b.jpg 960w', (url) => `/news${url}`)).toBe('/news/a.jpg 480w, /news/b.jpg 960w');
		expect(mapSrcset(['/a.jpg 1x', '/b.jpg 1.5x'], (url) => url.toUpperCase())).toBe('/A.JPG 1x, /B.JPG 1.5x');
	});
});

import { describe, expect, test } from 'vitest';
import { isDataStoreShape } from './content-cache.ts';
import { missingOutputs, REQUIRED_FILES, sitemapsNamedIn } from './site-check.ts';

const ROBOTS =
	'User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/news/sitemap-index.xml\nSitemap: https://news.example.org/news/news-sitemap.xml\n';

describe('sitemapsNamedIn', () => {
	test('gives the files robots.txt names, under the base path', () => {
		expect(sitemapsNamedIn(ROBOTS, 'https://news.example.org/news/')).toEqual([
			'sitemap-index.xml',
			'news-sitemap.xml',
		]);
	});
});

describe('missingOutputs', () => {
	test('names each required file and named sitemap that was not written', () => {
		const written = new Set([
			...REQUIRED_FILES.filter((f) => f !== 'sitemap-index.xml'),
			'pagefind/2024/pagefind-entry.json',
		]);
		expect(
			missingOutputs((f) => written.has(f), ROBOTS, 'https://news.example.org/news/', ['2025-02', '2024']),
		).toEqual(['sitemap-index.xml', 'pagefind/2025-02/pagefind-entry.json']);
	});

	test('is empty for a complete site', () => {
		expect(missingOutputs(() => true, ROBOTS, 'https://news.example.org/', ['2025'])).toEqual([]);
	});
});

describe('isDataStoreShape', () => {
	test('accepts what Astro writes and refuses anything else', () => {
		expect(isDataStoreShape('[["Map",1,2],"articles"')).toBe(true);
		expect(isDataStoreShape('[["Map"]]')).toBe(true);
		expect(isDataStoreShape('{"collections":{}}')).toBe(false);
		expect(isDataStoreShape('[{"not":"a store"}]')).toBe(false);
		expect(isDataStoreShape('')).toBe(false);
	});
});

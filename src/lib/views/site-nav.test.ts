import { describe, expect, test } from 'vitest';
import { createUrls } from '../urls.ts';
import { siteNav } from './site-nav.ts';

const urls = createUrls({ siteUrl: 'https://news.example.org', basePath: '/news/' });
const current = (path: string) =>
	siteNav(path, urls)
		.filter((item) => item.current)
		.map((item) => [item.label, item.current]);

describe('siteNav', () => {
	test('marks the page itself as the current page', () => {
		expect(current('/news/')).toEqual([['Front page', 'page']]);
		expect(current('/news/tags/')).toEqual([['Topics', 'page']]);
		expect(current('/news/archive/')).toEqual([['Archive', 'page']]);
		expect(current('/news/search/')).toEqual([['Search', 'page']]);
	});

	test('marks the section of a page inside it, and nothing for an article', () => {
		expect(current('/news/tags/harbour/')).toEqual([['Topics', 'true']]);
		expect(current('/news/tags/harbour/3/')).toEqual([['Topics', 'true']]);
		expect(current('/news/2025/')).toEqual([['Archive', 'true']]);
		expect(current('/news/2025/02/')).toEqual([['Archive', 'true']]);
		expect(current('/news/2025/02/12/')).toEqual([['Archive', 'true']]);
		expect(current('/news/2025/02/12/peace-talks/')).toEqual([]);
		expect(current('/news/corrections/')).toEqual([]);
	});

	test('builds every link with the base path', () => {
		expect(siteNav('/news/', urls).map((item) => item.href)).toEqual([
			'/news/',
			'/news/tags/',
			'/news/archive/',
			'/news/search/',
		]);
	});
});

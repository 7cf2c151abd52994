import { describe, expect, test } from 'vitest';
import { createUrls, normaliseBasePath } from './urls.ts';

describe('normaliseBasePath', () => {
	test.each([
		['', '/'],
		['/', '/'],
		['news', '/news/'],
		['/news', '/news/'],
		['/news/', '/news/'],
		['//a/b//', '/a/b/'],
	])('%j → %j', (input, output) => {
		expect(normaliseBasePath(input)).toBe(output);
	});
});

describe('createUrls', () => {
	const root = createUrls({ siteUrl: 'https://news.example.org', basePath: '/' });
	const sub = createUrls({ siteUrl: 'https://example.github.io', basePath: '/news' });
	const day = { year: 2025, month: 2, day: 12 };

	test('puts articles at /YYYY/MM/DD/slug/ with a trailing slash', () => {
		expect(root.article({ day, slug: 'peace-talks' })).toBe('/2025/02/12/peace-talks/');
		expect(sub.article({ day, slug: 'peace-talks' })).toBe('/news/2025/02/12/peace-talks/');
	});

	test('applies the base path to every kind of page', () => {
		expect(sub.home()).toBe('/news/');
		expect(sub.tag('ukraine')).toBe('/news/tags/ukraine/');
		expect(sub.tagArchive('ukraine', 1)).toBe('/news/tags/ukraine/1/');
		expect(sub.year(2025)).toBe('/news/2025/');
		expect(sub.month(2025, 2)).toBe('/news/2025/02/');
		expect(sub.day(day)).toBe('/news/2025/02/12/');
		expect(sub.archive()).toBe('/news/archive/');
		expect(sub.file('rss.xml')).toBe('/news/rss.xml');
		expect(sub.authors()).toBe('/news/authors/');
		expect(sub.author('ada-reporter')).toBe('/news/authors/ada-reporter/');
		expect(sub.authorArchive('ada-reporter', 2)).toBe('/news/authors/ada-reporter/2/');
		expect(sub.authorFile('ada-reporter', 'rss.xml')).toBe('/news/authors/ada-reporter/rss.xml');
		expect(sub.stories()).toBe('/news/stories/');
		expect(sub.story('harbour-strike')).toBe('/news/stories/harbour-strike/');
		expect(sub.storyFile('harbour-strike', 'feed.json')).toBe('/news/stories/harbour-strike/feed.json');
		expect(sub.sitePage('about')).toBe('/news/about/');
	});

	test('percent-encodes non-ASCII slugs so links always work', () => {
		expect(root.tag('україна')).toBe(`/tags/${encodeURIComponent('україна')}/`);
	});

	test('makes absolute URLs from the site origin', () => {
		expect(sub.absolute(sub.article({ day, slug: 'x' }))).toBe('https://example.github.io/news/2025/02/12/x/');
	});
});

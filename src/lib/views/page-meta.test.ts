import { describe, expect, test } from 'vitest';
import { makeArticle, testContext, testDates } from '../../../test/support/article-factory.ts';
import { articleHead, socialMeta, type MetaTag } from './page-meta.ts';
import { createUrls } from '../urls.ts';

const urls = createUrls({ siteUrl: 'https://example.org', basePath: '/' });
const page = { title: 'Talks', description: 'Summary.', url: 'https://example.org/2025/02/12/talks/' };
const site = { name: 'The Ledger', lang: 'en-US' };
const pairs = (tags: MetaTag[]) => tags.map((t) => [t.key, t.content]);

describe('socialMeta', () => {
	test('a page that is not an article is an Open Graph website with a Twitter summary card and no article data', () => {
		const tags = socialMeta(page, site);
		expect(pairs(tags)).toEqual([
			['og:type', 'website'],
			['og:title', 'Talks'],
			['og:description', 'Summary.'],
			['og:url', 'https://example.org/2025/02/12/talks/'],
			['og:site_name', 'The Ledger'],
			['og:locale', 'en_US'],
			['twitter:card', 'summary'],
			['twitter:title', 'Talks'],
			['twitter:description', 'Summary.'],
		]);
		expect(tags.filter((t) => t.key.startsWith('twitter:')).every((t) => t.attribute === 'name')).toBe(true);
		expect(tags.filter((t) => t.key.startsWith('og:')).every((t) => t.attribute === 'property')).toBe(true);
	});

	test('an article page is og:type article with its dates and one article:tag per tag', () => {
		const article = makeArticle({
			date: '2025-02-12',
			tags: ['Ukraine', 'UKRAINE', 'Russia'],
			corrections: [{ date: '2025-02-14', text: 'Fixed.' }],
		});
		const head = articleHead(
			article,
			testContext({ urls, dates: testDates(), site: { title: 'The Ledger', description: 'News.', lang: 'en-US' } }),
		);
		const tags = pairs(socialMeta(page, site, head));
		expect(tags).toContainEqual(['og:type', 'article']);
		expect(tags).toContainEqual(['article:published_time', '2025-02-12T00:00:00-05:00']);
		expect(tags).toContainEqual(['article:modified_time', '2025-02-14T00:00:00-05:00']);
		expect(tags.filter(([key]) => key === 'article:tag')).toEqual([
			['article:tag', 'Ukraine'],
			['article:tag', 'Russia'],
		]);
		expect(JSON.parse(head.jsonLd)['@type']).toBe('NewsArticle');
	});
});

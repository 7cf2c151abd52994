import { expect, test } from 'vitest';
import { robotsTxt } from './robots.ts';

test('robotsTxt lets every crawler in and names each sitemap', () => {
	expect(
		robotsTxt({
			sitemaps: ['https://example.org/news/sitemap-index.xml', 'https://example.org/news/news-sitemap.xml'],
		}),
	).toBe(
		'User-agent: *\nAllow: /\n\nSitemap: https://example.org/news/sitemap-index.xml\nSitemap: https://example.org/news/news-sitemap.xml\n',
	);
});

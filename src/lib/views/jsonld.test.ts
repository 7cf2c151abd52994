import { describe, expect, test } from 'vitest';
import { makeArticle, testContext, testDates } from '../../../test/support/article-factory.ts';
import { jsonLdText, newsArticleJsonLd } from './jsonld.ts';
import { createUrls } from '../urls.ts';

const urls = createUrls({ siteUrl: 'https://example.org', basePath: '/news/' });
const options = testContext({
	urls,
	dates: testDates(),
	site: { title: 'The Ledger', description: 'News.', lang: 'en-US' },
});

describe('newsArticleJsonLd', () => {
	test('describes the article as a NewsArticle with dates carrying the site offset', () => {
		const article = makeArticle(
			{ title: 'Talks', description: 'Summary.', date: '2025-02-12', tags: ['Ukraine', 'ukraine', 'Russia'] },
			{ id: 'talks', wordCount: 412 },
		);
		expect(newsArticleJsonLd(article, options)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: 'Talks',
			description: 'Summary.',
			url: 'https://example.org/news/2025/02/12/talks/',
			mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/news/2025/02/12/talks/' },
			datePublished: '2025-02-12T00:00:00-05:00',
			dateModified: '2025-02-12T00:00:00-05:00',
			publisher: { '@type': 'Organization', name: 'The Ledger', url: 'https://example.org/news/' },
			inLanguage: 'en-US',
			keywords: ['Ukraine', 'Russia'],
			wordCount: 412,
			isAccessibleForFree: true,
		});
	});

	test('names a Person author only when the article has a byline', () => {
		expect(newsArticleJsonLd(makeArticle({ author: 'Ann Lee' }), options).author).toEqual({
			'@type': 'Person',
			name: 'Ann Lee',
		});
		expect(newsArticleJsonLd(makeArticle({}), options)).not.toHaveProperty('author');
	});

	test('lists corrections newest first and takes the newest as the modification', () => {
		const article = makeArticle({
			date: '2025-02-12',
			updated: '2025-02-13',
			corrections: [
				{ date: '2025-02-14', text: 'First fix.' },
				{ date: '2025-02-15T10:00:00-05:00', text: 'Second fix.' },
			],
		});
		const data = newsArticleJsonLd(article, options);
		expect(data.dateModified).toBe('2025-02-15T10:00:00-05:00');
		expect(data.correction).toEqual([
			{ '@type': 'CorrectionComment', text: 'Second fix.', datePublished: '2025-02-15T10:00:00-05:00' },
			{ '@type': 'CorrectionComment', text: 'First fix.', datePublished: '2025-02-14T00:00:00-05:00' },
		]);
	});

	// A missing or non-numeric figure never reaches an article: the loader refuses it (see readingTimeOf).
	test.each([Number.NaN, -1, 1.5])('leaves out a word count of %s', (wordCount) => {
		expect(newsArticleJsonLd(makeArticle({}, { wordCount }), options)).not.toHaveProperty('wordCount');
	});
});

describe('jsonLdText', () => {
	test('a headline holding </script> cannot end the script, and parses back exactly', () => {
		const headline = 'Why </script><script>alert(1)</script> & <!-- matter';
		const text = jsonLdText({ headline });
		expect(text).not.toMatch(/[<>&]/u);
		expect(JSON.parse(text)).toEqual({ headline });
	});

	test('escapes the line and paragraph separators', () => {
		const text = jsonLdText({ a: 'x\u2028y\u2029z' });
		expect(text).toBe('{"a":"x\\u2028y\\u2029z"}');
		expect(JSON.parse(text)).toEqual({ a: 'x\u2028y\u2029z' });
	});
});

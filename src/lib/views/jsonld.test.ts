import { describe, expect, test } from 'vitest';
import { makeArticle, testContext, testDates } from '../../../test/support/article-factory.ts';
import { jsonLdText, newsArticleJsonLd, organizationJsonLd, personJsonLd, profilePageJsonLd } from './jsonld.ts';
import { resolvePublisher } from '../publisher.ts';
import { createUrls } from '../urls.ts';

const urls = createUrls({ siteUrl: 'https://example.org', basePath: '/news/' });
const options = testContext({
	urls,
	dates: testDates(),
	site: { title: 'The Ledger', description: 'News.', lang: 'en-US' },
});

const publisher = {
	'@type': 'NewsMediaOrganization',
	name: 'The Ledger',
	url: 'https://example.org/news/',
	logo: 'https://example.org/news/favicon.svg',
	correctionsPolicy: 'https://example.org/news/corrections/',
};

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
			author: publisher,
			publisher,
			inLanguage: 'en-US',
			keywords: ['Ukraine', 'Russia'],
			wordCount: 412,
			isAccessibleForFree: true,
		});
	});

	test('names each byline as a Person with the URL of their page', () => {
		expect(newsArticleJsonLd(makeArticle({ author: ['Ann Lee', 'Bo Chen'] }), options).author).toEqual([
			{ '@type': 'Person', name: 'Ann Lee', url: 'https://example.org/news/authors/ann-lee/' },
			{ '@type': 'Person', name: 'Bo Chen', url: 'https://example.org/news/authors/bo-chen/' },
		]);
	});

	test('names the publisher as the author of an unbylined article, never a person', () => {
		const withPolicies = testContext({
			urls,
			publisher: resolvePublisher(
				{
					name: 'The Ledger',
					logo: 'favicon.svg',
					pages: {
						about: 'about',
						publishingPrinciples: 'standards',
						ethicsPolicy: 'standards',
						masthead: '',
						noBylinesPolicy: 'standards',
					},
				},
				urls,
				{ hasUnbylined: true },
			),
		});
		const data = newsArticleJsonLd(makeArticle({}), withPolicies);
		expect(data.author).toEqual(data.publisher);
		expect(data.publisher).toEqual({
			'@type': 'NewsMediaOrganization',
			name: 'The Ledger',
			url: 'https://example.org/news/',
			logo: 'https://example.org/news/favicon.svg',
			publishingPrinciples: 'https://example.org/news/standards/',
			correctionsPolicy: 'https://example.org/news/corrections/',
			ethicsPolicy: 'https://example.org/news/standards/',
			noBylinesPolicy: 'https://example.org/news/standards/',
		});
	});

	test.each([
		['news', 'NewsArticle'],
		['analysis', 'AnalysisNewsArticle'],
		['opinion', 'OpinionNewsArticle'],
		['review', 'ReviewNewsArticle'],
		['explainer', 'BackgroundNewsArticle'],
		['live', 'LiveBlogPosting'],
	])('types a %s article as %s', (label, type) => {
		expect(newsArticleJsonLd(makeArticle({ label }), options)['@type']).toBe(type);
	});

	test('links an article of a story to the story page', () => {
		expect(newsArticleJsonLd(makeArticle({ story: 'Harbour strike' }), options).isPartOf).toEqual({
			'@type': 'CreativeWorkSeries',
			name: 'Harbour strike',
			url: 'https://example.org/news/stories/harbour-strike/',
		});
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

describe('profilePageJsonLd', () => {
	test('makes the person the main entity of their profile page', () => {
		const person = personJsonLd('Ann Lee', { urls });
		expect(profilePageJsonLd(person, person.url)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'ProfilePage',
			url: 'https://example.org/news/authors/ann-lee/',
			mainEntity: { '@type': 'Person', name: 'Ann Lee', url: 'https://example.org/news/authors/ann-lee/' },
		});
	});
});

describe('resolvePublisher', () => {
	test('leaves out the no-bylines policy when every article has a byline, and policies set to nothing', () => {
		const resolved = resolvePublisher(
			{
				name: 'X',
				logo: 'logo.svg',
				pages: { about: '', publishingPrinciples: 'p', ethicsPolicy: '', masthead: '', noBylinesPolicy: 'p' },
			},
			urls,
			{ hasUnbylined: false },
		);
		expect(organizationJsonLd(resolved)).toEqual({
			'@type': 'NewsMediaOrganization',
			name: 'X',
			url: 'https://example.org/news/',
			logo: 'https://example.org/news/logo.svg',
			publishingPrinciples: 'https://example.org/news/p/',
			correctionsPolicy: 'https://example.org/news/corrections/',
		});
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

import { describe, expect, test } from 'vitest';
import { makeArticle, testContext } from '../../../test/support/article-factory.ts';
import { groupByAuthor } from '../bylines.ts';
import { authorIndexView, authorPages } from './author-pages.ts';

const context = testContext();
const shared = makeArticle({ author: ['Ada Reporter', 'Ben Writer'], date: '2025-03-01' }, { id: 'a' });
const solo = makeArticle({ author: 'Ada Reporter', date: '2025-03-02', label: 'opinion' }, { id: 'b' });
const authors = groupByAuthor([solo, shared]);

describe('authorIndexView', () => {
	test('lists every byline A–Z with its count', () => {
		expect(authorIndexView(authors, context).authors.map((a) => [a.href, a.label, a.countText])).toEqual([
			['/news/authors/ada-reporter/', 'Ada Reporter', '2 articles'],
			['/news/authors/ben-writer/', 'Ben Writer', '1 article'],
		]);
	});
});

describe('authorPages', () => {
	const profiles = new Map([
		['ada-reporter', { slug: 'ada-reporter', role: 'Reporter', bio: 'Writes.', sameAs: ['https://example.org/ada'] }],
	]);

	test('gives a profiled author their role, links and a ProfilePage about the Person', () => {
		const [ada] = authorPages(authors, profiles, context);
		expect(ada?.profile).toEqual({
			role: 'Reporter',
			bio: 'Writes.',
			links: [{ href: 'https://example.org/ada', label: 'example.org' }],
		});
		expect(ada?.cards.map((c) => c.kicker)).toEqual(['Opinion', undefined]);
		expect(JSON.parse(ada?.jsonLd ?? '')).toEqual({
			'@context': 'https://schema.org',
			'@type': 'ProfilePage',
			url: 'https://example.org/news/authors/ada-reporter/',
			mainEntity: {
				'@type': 'Person',
				name: 'Ada Reporter',
				url: 'https://example.org/news/authors/ada-reporter/',
				jobTitle: 'Reporter',
				description: 'Writes.',
				sameAs: ['https://example.org/ada'],
			},
		});
	});

	test('gives a byline without a profile a page all the same', () => {
		const ben = authorPages(authors, profiles, context)[1];
		expect(ben?.profile).toBeUndefined();
		expect(ben?.path).toBe('/news/authors/ben-writer/');
		expect(ben?.feeds.map((f) => f.href)).toContain('https://example.org/news/authors/ben-writer/feed.json');
	});
});

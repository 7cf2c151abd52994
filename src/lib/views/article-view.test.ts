import { describe, expect, test } from 'vitest';
import { makeArticle, testContext, testDates } from '../../../test/support/article-factory.ts';
import { tagLabeller, groupByTag } from '../tags.ts';
import { createUrls } from '../urls.ts';
import { articleCard, headline, statusLabel, tagLinks, timeView } from './article-view.ts';

const urls = createUrls({ siteUrl: 'https://news.example.org', basePath: '/news/' });

describe('articleCard', () => {
	test('carries the link, headline, standfirst, date and site-wide tag labels', () => {
		const articles = [
			makeArticle({ title: 'A', tags: ['harbour', 'Budget'] }, { id: 'a', urls }),
			makeArticle({ title: 'B', tags: ['Harbour'], date: '2025-02-11' }, { id: 'b', urls }),
			makeArticle({ title: 'C', tags: ['Harbour'], date: '2025-02-10' }, { id: 'c', urls }),
		];
		const [first] = articles;
		if (!first) throw new Error('no article');
		const card = articleCard(first, testContext({ urls, label: tagLabeller(groupByTag(articles)) }));
		expect(card).toEqual({
			id: 'a',
			href: '/news/2025/02/12/a/',
			title: 'A',
			description: 'A fixture description.',
			published: { iso: '2025-02-12T00:00:00-05:00', text: 'Feb. 12, 2025' },
			tags: [
				{ href: '/news/tags/harbour/', label: 'Harbour' },
				{ href: '/news/tags/budget/', label: 'Budget' },
			],
			byline: [],
		});
	});

	test('names the lead image by its text, and the status of a draft', () => {
		const draft = makeArticle({ draft: true, image: { src: './p.jpg', alt: 'A gradient' } }, { id: 'd' });
		const card = articleCard(draft, testContext());
		expect(card.image).toEqual({ src: './p.jpg', alt: 'A gradient' });
		expect(card.label).toBe('Draft');
	});
});

describe('headline', () => {
	test('gives the time of day only for an article that has one', () => {
		const timed = headline(makeArticle({ date: '2025-02-12T17:46:00-05:00' }), testContext());
		const dayOnly = headline(makeArticle({ date: '2025-02-12' }), testContext());
		expect(timed.timeOfDay).toBe('5:46 p.m. ET');
		expect(timed.published.text).toBe('Feb. 12, 2025, 5:46 p.m. ET');
		expect(dayOnly).not.toHaveProperty('timeOfDay');
		expect(JSON.stringify(dayOnly)).not.toContain('undefined');
	});
});

describe('tagLinks', () => {
	test('one link per distinct slug, in the article’s order', () => {
		expect(tagLinks(['Ukraine', 'ukraine', 'Russia'], urls).map((l) => l.href)).toEqual([
			'/news/tags/ukraine/',
			'/news/tags/russia/',
		]);
	});
});

describe('statusLabel and timeView', () => {
	test('label drafts and scheduled articles, never published ones', () => {
		expect(statusLabel({ status: 'draft' })).toBe('Draft');
		expect(statusLabel({ status: 'scheduled' })).toBe('Scheduled');
		expect(statusLabel({ status: 'published' })).toBeUndefined();
	});

	test('writes a date for <time> with its offset in the site zone', () => {
		const date = makeArticle({ date: '2025-07-04T16:00:00Z' }).date;
		expect(timeView(date, testDates())).toEqual({
			iso: '2025-07-04T12:00:00-04:00',
			text: 'July 4, 2025, 12:00 p.m. ET',
		});
	});
});

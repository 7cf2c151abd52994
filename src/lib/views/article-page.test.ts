import { describe, expect, test } from 'vitest';
import { makeArticle, testContext, testDates } from '../../../test/support/article-factory.ts';
import { articlePageView, relatedViews } from './article-page.ts';
import { tagLabeller } from '../tags.ts';
import { createUrls } from '../urls.ts';

const urls = createUrls({ siteUrl: 'https://news.example.org', basePath: '/news/' });
const seed = makeArticle({ title: 'Talks', date: '2025-02-12', tags: ['ukraine', 'Diplomacy'] }, { id: 'talks', urls });

describe('articlePageView', () => {
	test('links the publication date to its day, month and year pages', () => {
		const view = articlePageView(seed, testContext({ urls, dates: testDates() }));
		expect(view.dateLinks).toEqual({
			day: '/news/2025/02/12/',
			month: { href: '/news/2025/02/', label: 'February 2025' },
			year: { href: '/news/2025/', label: '2025' },
		});
	});

	test('labels tags with the site-wide label', () => {
		const view = articlePageView(
			seed,
			testContext({ urls, dates: testDates(), label: tagLabeller([{ slug: 'ukraine', label: 'Ukraine' }]) }),
		);
		expect(view.tags).toEqual([
			{ href: '/news/tags/ukraine/', label: 'Ukraine' },
			{ href: '/news/tags/diplomacy/', label: 'Diplomacy' },
		]);
	});

	test('carries "More on this topic" links, none when there are no related articles', () => {
		const other = makeArticle(
			{ title: 'Earlier talks', date: '2025-01-30', tags: ['Ukraine'] },
			{ id: 'earlier', urls },
		);
		expect(articlePageView(seed, testContext({ urls, dates: testDates() }), { related: [other] }).related).toEqual([
			{
				href: '/news/2025/01/30/earlier/',
				title: 'Earlier talks',
				published: { iso: '2025-01-30T00:00:00-05:00', text: 'Jan. 30, 2025' },
			},
		]);
		expect(articlePageView(seed, testContext({ urls, dates: testDates() })).related).toEqual([]);
	});
});

describe('relatedViews', () => {
	test('links each related article with its headline and date', () => {
		const urls = createUrls({ siteUrl: 'https://news.example.org', basePath: '/' });
		const article = makeArticle(
			{ title: 'Talks begin', date: '2025-02-12', tags: ['Diplomacy'] },
			{ id: 'talks', urls },
		);
		expect(relatedViews([article], { dates: testDates() })).toEqual([
			{
				href: '/2025/02/12/talks/',
				title: 'Talks begin',
				published: { iso: '2025-02-12T00:00:00-05:00', text: 'Feb. 12, 2025' },
			},
		]);
	});
});

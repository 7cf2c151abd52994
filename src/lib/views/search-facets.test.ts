import { describe, expect, test } from 'vitest';
import { articlePageView } from './article-page.ts';
import { makeArticle, testContext, testDates } from '../../../test/support/article-factory.ts';
import { searchFacets } from './search-facets.ts';
import { createUrls } from '../urls.ts';

const zone = 'America/New_York';
const urls = createUrls({ siteUrl: 'https://news.example.org', basePath: '/news/' });

function viewOf(frontmatter: Record<string, unknown>) {
	const article = makeArticle({ title: 'A title', description: 'A description.', ...frontmatter }, { id: 'a', urls });
	return articlePageView(
		article,
		testContext({
			urls,
			dates: testDates(zone),
			label: (slug, spelling) => (slug === 'us-politics' ? 'US politics' : spelling),
		}),
	);
}

describe('searchFacets', () => {
	test('filters by the tags’ display labels, one per distinct tag, and by the year', () => {
		const facets = searchFacets(viewOf({ date: '2025-02-12', tags: ['Ukraine', 'US Politics', 'us politics'] }));
		expect(facets.tags).toEqual(['Ukraine', 'US politics']);
		expect(facets.year).toBe('2025');
	});

	test('takes the year in the site’s time zone: late on 31 December in New York is still that year', () => {
		expect(searchFacets(viewOf({ date: '2024-12-31T23:30:00-05:00' })).year).toBe('2024');
	});

	test('sorts by the UTC instant, so text order is time order across daylight-saving changes', () => {
		const winter = searchFacets(viewOf({ date: '2024-11-03T01:30:00-05:00' })).sortDate;
		const summer = searchFacets(viewOf({ date: '2024-11-03T01:10:00-04:00' })).sortDate;
		expect(summer).toBe('2024-11-03T05:10:00.000Z');
		expect(winter).toBe('2024-11-03T06:30:00.000Z');
		expect(summer < winter).toBe(true);
	});

	test('filters by each name of the byline and by the kind of article, plain news included', () => {
		const facets = searchFacets(viewOf({ author: ['Ada Reporter', 'Ben Writer'], label: 'opinion' }));
		expect(facets.authors).toEqual(['Ada Reporter', 'Ben Writer']);
		expect(facets.label).toBe('Opinion');
		expect(searchFacets(viewOf({})).label).toBe('News');
		expect(searchFacets(viewOf({})).authors).toEqual([]);
	});

	test('shows the date as the article page does', () => {
		const view = viewOf({ date: '2025-02-12' });
		const facets = searchFacets(view);
		expect(facets.dateText).toBe(view.published.text);
		expect(facets.datetime).toBe(view.published.iso);
		expect(facets.dateText).not.toMatch(/undefined|NaN|Invalid/u);
	});
});

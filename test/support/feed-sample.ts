import type { Article } from '../../src/lib/articles.ts';
import {
	articleFeedHtml,
	feedData,
	siteFeedScope,
	type FeedData,
	type FeedOptions,
} from '../../src/lib/syndication/feed-data.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { makeArticle, TEST_ZONE } from './article-factory.ts';

/** Every character XML and HTML treat specially, for exact round-trip checks. */
export const TRICKY_TITLE = `Tom & Jerry <b>not bold</b> say "hi" and 'bye' ]]> &amp; done`;

/** The URL builder the feed tests use: a site under a base path. */
export const sampleUrls = createUrls({ siteUrl: 'https://example.org', basePath: '/news/' });

/** Feed options for tests: the sample site, with each article's HTML looked up in `html` by id. */
export function sampleOptions(
	html: Readonly<Record<string, string>> = {},
	now = new Date('2025-02-14T00:00:00Z'),
): FeedOptions {
	return {
		urls: sampleUrls,
		lang: 'en-US',
		publisher: 'The Ledger',
		timeZone: TEST_ZONE,
		now,
		contentHtml: (article: Article) => articleFeedHtml(article, html[article.id] ?? '', sampleUrls),
	};
}

/** A small feed: a tricky title with a byline, an updated and corrected article, and a plain one. */
export function sampleFeed(): FeedData {
	const sources = [
		{
			article: makeArticle(
				{
					title: TRICKY_TITLE,
					description: `Less < more & "quoted"`,
					date: '2025-02-12T09:30:00-05:00',
					author: `Ann "A&B" O'Neil`,
					tags: ['Ukraine', 'ukraine', 'Diplomacy'],
				},
				{ id: 'tricky' },
			),
			html: '<p>Body with <a href="/news/tags/ukraine/">a tag link</a> &#x26; an ampersand.</p>',
		},
		{
			article: makeArticle(
				{
					title: 'Corrected later',
					date: '2025-02-10',
					updated: '2025-02-11',
					corrections: [{ date: '2025-02-13T08:00:00Z', text: 'A name was misspelled.' }],
				},
				{ id: 'corrected' },
			),
			html: '<p>Corrected body.</p>',
		},
		{ article: makeArticle({ title: 'Oldest', date: '2025-01-02' }, { id: 'oldest' }), html: '<p>Old.</p>' },
	];
	const html = Object.fromEntries(sources.map(({ article, html }) => [article.id, html]));
	return feedData(
		sources.map(({ article }) => article),
		siteFeedScope(sampleUrls, { title: 'The Ledger', description: 'News & more.' }),
		sampleOptions(html),
	);
}

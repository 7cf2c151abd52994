import { getRssString } from '@astrojs/rss';
import type { Article } from '../lib/articles.ts';
import { articleEntry, listPublished } from './article-list.ts';
import { onContentChange, onceForContent } from './content-version.ts';
import { siteIndexes } from './indexes.ts';
import { atomFeedXml } from '../lib/syndication/atom-feed.ts';
import {
	articleFeedHtml,
	authorFeedScope,
	storyFeedScope,
	FEED_MEDIA_TYPES,
	feedData,
	siteFeedScope,
	tagFeedScope,
	type FeedData,
	type FeedFormat,
	type FeedScope,
} from '../lib/syndication/feed-data.ts';
import { jsonFeedText } from '../lib/syndication/json-feed.ts';
import { rssFeedOptions } from '../lib/syndication/rss-feed.ts';
import { settings, urls } from './site.ts';

/** The site's own name and description, which every feed carries. */
const site = { title: settings.title, description: settings.description };

/** Each article's feed HTML, made once however many feeds (site, tags) carry the article. */
const feedHtmlById = new Map<string, string>();
onContentChange(() => {
	feedHtmlById.clear();
});

/** Each published article's rendered HTML by id, gathered once for every feed. */
const renderedById: () => Promise<ReadonlyMap<string, string>> = onceForContent(() =>
	listPublished().then(
		async (published) =>
			new Map(
				await Promise.all(
					published.map(async (article) => [article.id, (await articleEntry(article)).rendered?.html ?? ''] as const),
				),
			),
	),
);

/** The feed of `scope`, from `articles` (every published one, or a tag's); feeds carry published articles only. */
async function buildFeed(scope: FeedScope, articles: readonly Article[]): Promise<FeedData> {
	const [rendered, { tagLabel }] = await Promise.all([renderedById(), siteIndexes()]);
	return feedData(articles, scope, {
		urls,
		lang: settings.lang,
		publisher: settings.title,
		timeZone: settings.timeZone,
		now: settings.buildTime,
		label: tagLabel,
		contentHtml: (article) => {
			let html = feedHtmlById.get(article.id);
			if (html === undefined) {
				html = articleFeedHtml(article, rendered.get(article.id) ?? '', urls);
				feedHtmlById.set(article.id, html);
			}
			return html;
		},
	});
}

/** The site-wide feed, built once and shared by its three formats. */
export const siteFeed: () => Promise<FeedData> = onceForContent(() =>
	listPublished().then((published) => buildFeed(siteFeedScope(urls, site), published)),
);

/** The feed of every tag, built once and shared by the three formats. */
export const tagFeeds: () => Promise<{ slug: string; feed: FeedData }[]> = onceForContent(() =>
	siteIndexes().then(({ tags }) =>
		Promise.all(
			tags.map(async (tag) => ({
				slug: tag.slug,
				feed: await buildFeed(tagFeedScope(urls, site, tag), tag.articles),
			})),
		),
	),
);

/** The feed of every author, built once and shared by the three formats. */
export const authorFeeds: () => Promise<{ slug: string; feed: FeedData }[]> = onceForContent(() =>
	siteIndexes().then(({ authors }) =>
		Promise.all(
			authors.map(async (author) => ({
				slug: author.slug,
				feed: await buildFeed(authorFeedScope(urls, site, author), author.articles),
			})),
		),
	),
);

/** The feed of every developing story, built once and shared by the three formats. */
export const storyFeeds: () => Promise<{ slug: string; feed: FeedData }[]> = onceForContent(() =>
	siteIndexes().then(({ stories }) =>
		Promise.all(
			stories.map(async (story) => ({
				slug: story.slug,
				feed: await buildFeed(storyFeedScope(urls, site, story), story.articles),
			})),
		),
	),
);

/** `feed` written in `format`, as the response of a feed endpoint. */
export async function feedResponse(format: FeedFormat, feed: FeedData): Promise<Response> {
	const body =
		format === 'rss'
			? await getRssString(rssFeedOptions(feed))
			: format === 'atom'
				? atomFeedXml(feed)
				: jsonFeedText(feed);
	return new Response(body, { headers: { 'Content-Type': `${FEED_MEDIA_TYPES[format]}; charset=utf-8` } });
}

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
	type FeedOptions,
	type FeedScope,
} from '../lib/syndication/feed-data.ts';
import { jsonFeedText } from '../lib/syndication/json-feed.ts';
import { rssFeedOptions } from '../lib/syndication/rss-feed.ts';
import { pageCacheKey, settings, urls } from './site.ts';

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

/** What every feed is built with, but the articles' HTML. */
async function feedOptions(contentHtml: FeedOptions['contentHtml']): Promise<FeedOptions> {
	const { tagLabel } = await siteIndexes();
	return {
		urls,
		lang: settings.lang,
		publisher: settings.title,
		timeZone: settings.timeZone,
		now: settings.buildTime,
		label: tagLabel,
		contentHtml,
	};
}

/** The feed of `scope`, from `articles` (every published one, or a tag's); feeds carry published articles only. */
async function buildFeed(scope: FeedScope, articles: readonly Article[]): Promise<FeedData> {
	const rendered = await renderedById();
	return feedData(
		articles,
		scope,
		await feedOptions((article) => {
			let html = feedHtmlById.get(article.id);
			if (html === undefined) {
				html = articleFeedHtml(article, rendered.get(article.id) ?? '', urls);
				feedHtmlById.set(article.id, html);
			}
			return html;
		}),
	);
}

/** Each published article's content digest by id: it covers the file and the Markdown pipeline that rendered it. */
const digestById: () => Promise<ReadonlyMap<string, string>> = onceForContent(() =>
	listPublished().then(
		async (published) =>
			new Map(
				await Promise.all(
					published.map(async (article) => {
						const entry = await articleEntry(article);
						return [article.id, String(entry.digest ?? entry.rendered?.html ?? '')] as const;
					}),
				),
			),
	),
);

/**
 * A feed as its routes need it: its page cache key, and the feed itself, built only when a page is
 * rendered (a build that takes the feed's pages from the cache never makes its HTML).
 */
export interface SiteFeed {
	/**
	 * The `cacheKey` of the feed's pages: a digest of the feed exactly as it is written, each article's
	 * HTML stood for by its content digest, from which that HTML is made.
	 */
	readonly key: string;
	/** The feed, built on first use and shared by its three formats. */
	readonly build: () => Promise<FeedData>;
}

async function siteFeedOf(scope: FeedScope, articles: readonly Article[]): Promise<SiteFeed> {
	const digests = await digestById();
	const shown = feedData(articles, scope, await feedOptions((article) => digests.get(article.id) ?? ''));
	let built: Promise<FeedData> | undefined;
	return { key: pageCacheKey(shown), build: () => (built ??= buildFeed(scope, articles)) };
}

/** The site-wide feed, shared by its three formats. */
export const siteFeed: () => Promise<SiteFeed> = onceForContent(() =>
	listPublished().then((published) => siteFeedOf(siteFeedScope(urls, site), published)),
);

/** The feed of every tag. */
export const tagFeeds: () => Promise<{ slug: string; feed: SiteFeed }[]> = onceForContent(() =>
	siteIndexes().then(({ tags }) =>
		Promise.all(
			tags.map(async (tag) => ({
				slug: tag.slug,
				feed: await siteFeedOf(tagFeedScope(urls, site, tag), tag.articles),
			})),
		),
	),
);

/** The feed of every author. */
export const authorFeeds: () => Promise<{ slug: string; feed: SiteFeed }[]> = onceForContent(() =>
	siteIndexes().then(({ authors }) =>
		Promise.all(
			authors.map(async (author) => ({
				slug: author.slug,
				feed: await siteFeedOf(authorFeedScope(urls, site, author), author.articles),
			})),
		),
	),
);

/** The feed of every developing story. */
export const storyFeeds: () => Promise<{ slug: string; feed: SiteFeed }[]> = onceForContent(() =>
	siteIndexes().then(({ stories }) =>
		Promise.all(
			stories.map(async (story) => ({
				slug: story.slug,
				feed: await siteFeedOf(storyFeedScope(urls, site, story), story.articles),
			})),
		),
	),
);

/** `feed` written in `format`, as the response of a feed endpoint. */
export async function feedResponse(format: FeedFormat, siteFeed: SiteFeed): Promise<Response> {
	const feed = await siteFeed.build();
	const body =
		format === 'rss'
			? await getRssString(rssFeedOptions(feed))
			: format === 'atom'
				? atomFeedXml(feed)
				: jsonFeedText(feed);
	return new Response(body, { headers: { 'Content-Type': `${FEED_MEDIA_TYPES[format]}; charset=utf-8` } });
}

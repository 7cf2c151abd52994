import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse, storyFeeds } from '../../../data/site-feeds.ts';
import { pageCacheKey } from '../../../data/site.ts';

export const getStaticPaths = (async () =>
	(await storyFeeds()).map(({ slug, feed }) => ({
		params: { story: slug },
		props: { feed },
		cacheKey: pageCacheKey(feed),
	}))) satisfies GetStaticPaths;

/** One developing story's feed, newest first, as feed.json. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	feedResponse('json', props.feed);

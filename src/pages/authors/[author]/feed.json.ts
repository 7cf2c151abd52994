import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { authorFeeds, feedResponse } from '../../../data/site-feeds.ts';

export const getStaticPaths = (async () =>
	(await authorFeeds()).map(({ slug, feed }) => ({
		params: { author: slug },
		props: { feed },
		cacheKey: feed.key,
	}))) satisfies GetStaticPaths;

/** One author's feed of their newest articles, as feed.json. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	feedResponse('json', props.feed);

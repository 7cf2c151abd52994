import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { authorFeeds, feedResponse } from '../../../data/site-feeds.ts';

export const getStaticPaths = (async () =>
	(await authorFeeds()).map(({ slug, feed }) => ({
		params: { author: slug },
		props: { feed },
		cacheKey: feed.key,
	}))) satisfies GetStaticPaths;

/** One author's feed of their newest articles, as rss.xml. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	feedResponse('rss', props.feed);

import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse, tagFeeds } from '../../../data/site-feeds.ts';

export const getStaticPaths = (async () =>
	(await tagFeeds()).map(({ slug, feed }) => ({
		params: { tag: slug },
		props: { feed },
		cacheKey: feed.key,
	}))) satisfies GetStaticPaths;

/** One tag's feed of its newest articles, as rss.xml. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	feedResponse('rss', props.feed);

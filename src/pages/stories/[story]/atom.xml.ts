import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feedResponse, storyFeeds } from '../../../data/site-feeds.ts';

export const getStaticPaths = (async () =>
	(await storyFeeds()).map(({ slug, feed }) => ({
		params: { story: slug },
		props: { feed },
		cacheKey: feed.key,
	}))) satisfies GetStaticPaths;

/** One developing story's feed, newest first, as atom.xml. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	feedResponse('atom', props.feed);

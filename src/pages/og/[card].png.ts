import type { APIRoute, GetStaticPaths } from 'astro';
import { listArticles } from '../../data/article-list';
import { cachedShareCard, prepareShareCards } from '../../data/share-card-files';
import { shareCardKey } from '../../lib/cards/share-card';
import { pageCacheKey, settings } from '../../data/site';

/** One generated share card per article without a lead image, named by the hash of what it shows. */
export const getStaticPaths = (async () => {
	const withoutImage = (await listArticles()).filter((article) => !article.image);
	const cards = new Map(
		withoutImage.map((article) => {
			const text = { headline: article.title, publication: settings.title };
			return [shareCardKey(text), text] as const;
		}),
	);
	// A build draws the new cards all together, on every core; `astro dev` draws a card when it is asked for.
	if (import.meta.env.PROD) await prepareShareCards([...cards.values()]);
	return [...cards].map(([card, text]) => ({ params: { card }, props: { text }, cacheKey: pageCacheKey(text) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: { headline: string; publication: string } }> = async ({ props }) =>
	new Response(new Uint8Array(await cachedShareCard(props.text)), { headers: { 'Content-Type': 'image/png' } });

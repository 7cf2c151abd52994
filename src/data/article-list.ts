import { getCollection } from 'astro:content';
import { newestFirst, toArticle, type Article } from '../lib/articles.ts';
import { countByStatus, publishingReport } from '../lib/publishing.ts';
import type { LeadPicture } from './pictures.ts';
import { settings } from './site.ts';

/** The collection entry of an article, for `render()`. */
export type ArticleEntry = Awaited<ReturnType<typeof getCollection<'articles'>>>[number];

/** An article and the entry it came from. */
export interface LoadedArticle {
	readonly article: Article;
	readonly entry: ArticleEntry;
	/** The lead image, its picture processed by Astro's image pipeline. */
	readonly picture?: LeadPicture;
}

let cache: Promise<LoadedArticle[]> | undefined;

/**
 * Every article that is shown in this build, newest first: the one place the publishing rule is
 * applied. In production only published articles; in `astro dev` drafts and scheduled articles
 * too, each labelled by its status.
 */
export function listArticles(): Promise<LoadedArticle[]> {
	cache ??= load();
	return cache;
}

async function load(): Promise<LoadedArticle[]> {
	const entries = await getCollection('articles');
	const all = entries.map((entry): LoadedArticle => {
		const { image, ...data } = entry.data;
		// The article keeps a text src (the bundled file's URL); the picture itself goes to the views that show it.
		const written = image && { ...image, src: typeof image.src === 'string' ? image.src : image.src.src };
		const article = toArticle(
			{ id: entry.id, filePath: entry.filePath ?? entry.id, data: { ...data, ...(written ? { image: written } : {}) } },
			settings.timeZone,
			settings.buildTime,
		);
		return { entry, article, ...(image ? { picture: image } : {}) };
	});
	// MODE is "development" only under `astro dev`. DEV would follow NODE_ENV instead, so a build run
	// with NODE_ENV=test (as under vitest) or development would publish drafts.
	const showsAll = import.meta.env.MODE === 'development';
	const shown = showsAll ? all : all.filter(({ article }) => article.status === 'published');
	// Once per build (this list is computed once): nothing is held back without a word.
	console.info(
		`[publishing] ${publishingReport(countByStatus(all.map(({ article }) => article.status)), { showsAll })}`,
	);
	const order = newestFirst(shown.map(({ article }) => article));
	const byId = new Map(shown.map((item) => [item.article.id, item]));
	return order.map((article) => byId.get(article.id)).filter((item): item is LoadedArticle => item !== undefined);
}

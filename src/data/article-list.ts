import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst, toArticle, type Article } from '../lib/articles.ts';
import { countByStatus, publishedOnly, publishingReport } from '../lib/publishing.ts';
import { onceForContent } from './content-version.ts';
import type { LeadPicture } from './pictures.ts';
import { settings, urls } from './site.ts';

/** The collection entry of an article, for `render()`. */
export type ArticleEntry = CollectionEntry<'articles'>;

/** Every article of this build, each built once. */
interface ArticleList {
	/** What this build shows, newest first: published only, or everything under `astro dev`. */
	readonly shown: readonly Article[];
	/** The published articles, newest first, whatever the build shows: what feeds and sitemaps carry. */
	readonly published: readonly Article[];
	/** Each article's collection entry, by id. */
	readonly entries: ReadonlyMap<string, ArticleEntry>;
	/** Each lead image, its picture processed by Astro's image pipeline, by article id. */
	readonly pictures: ReadonlyMap<string, LeadPicture>;
}

/** The list, built once (again after an edit under `astro dev`). */
const articleList = onceForContent(load);

/**
 * Every article that is shown in this build, newest first: the one place the publishing rule is
 * applied to pages. In production only published articles; in `astro dev` drafts and scheduled
 * articles too, each labelled by its status.
 */
export async function listArticles(): Promise<readonly Article[]> {
	return (await articleList()).shown;
}

/** Every published article, newest first: feeds and sitemaps never carry a draft, even under `astro dev`. */
export async function listPublished(): Promise<readonly Article[]> {
	return (await articleList()).published;
}

/** The collection entry of `article`, for the one route that renders its body. */
export async function articleEntry(article: Pick<Article, 'id'>): Promise<ArticleEntry> {
	const entry = (await articleList()).entries.get(article.id);
	if (!entry) throw new Error(`no collection entry for article ${article.id}`);
	return entry;
}

/** The lead image of `article` as Astro's image pipeline has it; undefined when it has none. */
export async function leadPicture(article: Pick<Article, 'id'>): Promise<LeadPicture | undefined> {
	return (await articleList()).pictures.get(article.id);
}

/** The lead pictures of the articles with these ids that have one, by id: what a listing's thumbnails need. */
export async function leadPictures(ids: readonly string[]): Promise<ReadonlyMap<string, LeadPicture>> {
	const { pictures } = await articleList();
	return new Map(
		ids.flatMap((id) => {
			const picture = pictures.get(id);
			return picture ? [[id, picture] as const] : [];
		}),
	);
}

async function load(): Promise<ArticleList> {
	const entries = await getCollection('articles');
	const pictures = new Map<string, LeadPicture>();
	const all = newestFirst(
		entries.map((entry) => {
			const { image, ...data } = entry.data;
			if (image) pictures.set(entry.id, image);
			// The article keeps a text src (the bundled file's URL); the picture itself goes to the views that show it.
			const written = image && { ...image, src: typeof image.src === 'string' ? image.src : image.src.src };
			return toArticle(
				{
					id: entry.id,
					filePath: entry.filePath ?? entry.id,
					data: { ...data, ...(written ? { image: written } : {}) },
				},
				{ urls, now: settings.buildTime },
			);
		}),
	);
	// MODE is "development" only under `astro dev`. DEV would follow NODE_ENV instead, so a build run
	// with NODE_ENV=test (as under vitest) or development would publish drafts.
	const showsAll = import.meta.env.MODE === 'development';
	const published = publishedOnly(all);
	// Once per build (this list is computed once; under astro dev once per edit): nothing is held back without a word.
	console.info(`[publishing] ${publishingReport(countByStatus(all.map(({ status }) => status)), { showsAll })}`);
	return {
		shown: showsAll ? all : published,
		published,
		entries: new Map(entries.map((entry) => [entry.id, entry])),
		pictures,
	};
}

import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Article } from '../lib/articles.ts';

/**
 * The sitemap (`@astrojs/sitemap`, after the build) gives each article page its `lastmod`, which
 * only the content knows. The article route records them here as it lists its pages, in every
 * build (its `getStaticPaths` runs even when every page comes from the cache), beside Astro's cache;
 * the sitemap reads the record once and removes it, so it never reads one left by another build.
 */
const RECORD = resolve(process.env.ASTRO_CACHE_DIR ?? './.cache/astro', 'sitemap-lastmods.json');

/** One article page's path and last modification, as recorded. */
interface Recorded {
	readonly path: string;
	readonly modified: string;
}

/** Records the path and last modification of every article page. */
export async function recordArticleLastmods(articles: readonly Pick<Article, 'path' | 'modified'>[]): Promise<void> {
	const record: Recorded[] = articles.map(({ path, modified }) => ({ path, modified: modified.toISOString() }));
	await mkdir(dirname(RECORD), { recursive: true });
	await writeFile(RECORD, JSON.stringify(record));
}

/** The recorded article pages, read once: the record is removed. Fails when this build recorded none. */
export async function takeArticleLastmods(): Promise<Pick<Article, 'path' | 'modified'>[]> {
	const text = await readFile(RECORD, 'utf8').catch((error: unknown) => {
		throw new Error(`the article pages' last modifications were not recorded by this build (${RECORD})`, {
			cause: error,
		});
	});
	await rm(RECORD);
	return (JSON.parse(text) as Recorded[]).map(({ path, modified }) => ({ path, modified: new Date(modified) }));
}

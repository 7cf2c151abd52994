import { onceForContent } from './content-version.ts';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { isProfileFileName, isSitePageFileName, type Profile } from '../lib/content/site-files.ts';
import { policyPageProblems, resolvePublisher, type Publisher } from '../lib/publisher.ts';
import { listArticles } from './article-list.ts';
import { settings, urls } from './site.ts';

/** A site page's collection entry, for `render()`. */
export type SitePageEntry = CollectionEntry<'pages'>;

/**
 * True when `dir` holds a file `wanted` takes. Asked before reading a collection: Astro warns about
 * every empty collection it is asked for, and most sites have no author profiles.
 */
async function holds(dir: string, wanted: (name: string) => boolean): Promise<boolean> {
	return (await readdir(dir).catch((): string[] => [])).some(wanted);
}

/** Every site page (about, standards), by slug order. */
export async function listSitePages(): Promise<readonly SitePageEntry[]> {
	if (!(await holds(settings.pagesDir, isSitePageFileName))) return [];
	return (await getCollection('pages')).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Each author profile by author slug; a byline without one has none. Made again after a content change in dev. */
export const profilesBySlug: () => Promise<ReadonlyMap<string, Profile>> = onceForContent(() =>
	holds(join(settings.contentDir, 'authors'), isProfileFileName).then(async (any) =>
		any ? new Map((await getCollection('profiles')).map((e) => [e.data.slug, e.data])) : new Map(),
	),
);

/**
 * The publisher of this build, with its policy pages. Fails the build, naming the setting and the
 * missing file, when a policy names a site page that does not exist.
 */
export const sitePublisher: () => Promise<Publisher> = onceForContent(() =>
	Promise.all([listSitePages(), listArticles()]).then(([pages, articles]) => {
		const problems = policyPageProblems(settings.publisher, new Set(pages.map((page) => page.id)), settings.pagesDir);
		if (problems.length) throw new Error(`[publisher] ${problems.join('\n')}`);
		return resolvePublisher(settings.publisher, urls, {
			hasUnbylined: articles.some((article) => article.author.length === 0),
		});
	}),
);

import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ContentProblem } from '../lib/content/content-problems.ts';
import { formatContentProblems, formatIgnored } from '../lib/content/content-problems.ts';
import {
	checkProfileFile,
	checkSitePageFile,
	isProfileFileName,
	isSitePageFileName,
	type Profile,
	type SiteFile,
	type SitePage,
} from '../lib/content/site-files.ts';
import { isHiddenName, MAX_ARTICLE_BYTES } from '../lib/content/content-folders.ts';
import { resolveContentDir } from './content-files.ts';

/** The files of one flat folder (profiles or site pages): those it holds, and the others, listed as ignored. */
export interface SiteFolder {
	readonly files: SiteFile[];
	readonly ignored: string[];
	readonly problems: ContentProblem[];
}

/** The files of `dir` that `wanted` takes; a folder that does not exist holds none. Nothing is read twice. */
export async function readSiteFolder(
	root: string,
	dir: string,
	wanted: (name: string) => boolean,
): Promise<SiteFolder> {
	const folder: SiteFolder = { files: [], ignored: [], problems: [] };
	const forMessages = (path: string) => relative(root, path).split(sep).join('/') || path;
	const names = await readdir(dir).catch(() => undefined);
	if (!names) return folder;
	for (const name of names.sort()) {
		const path = join(dir, name);
		if (isHiddenName(name) || !wanted(name)) {
			folder.ignored.push(forMessages(path));
			continue;
		}
		const info = await stat(path).catch(() => undefined);
		if (!info?.isFile())
			folder.problems.push({ file: forMessages(path), field: '(file)', message: 'not a regular file' });
		else if (info.size > MAX_ARTICLE_BYTES)
			folder.problems.push({ file: forMessages(path), field: '(file)', message: 'the file is too large' });
		else folder.files.push({ name, filePath: forMessages(path), bytes: await readFile(path) });
	}
	return folder;
}

/** Every author profile in `<contentDir>/authors/`, checked; or the problems naming each bad file. */
export async function readProfiles(
	root: string,
	contentDir: string,
): Promise<{ profiles: Profile[]; ignored: string[]; problems: ContentProblem[] }> {
	const folder = await readSiteFolder(root, join(resolveContentDir(root, contentDir), 'authors'), isProfileFileName);
	const profiles: Profile[] = [];
	const problems = [...folder.problems];
	for (const file of folder.files) {
		const checked = checkProfileFile(file);
		if ('problems' in checked) problems.push(...checked.problems);
		else if (profiles.some((other) => other.slug === checked.profile.slug))
			problems.push({ file: file.filePath, field: 'name', message: `a second profile for "${checked.profile.slug}"` });
		else profiles.push(checked.profile);
	}
	return { profiles, ignored: folder.ignored, problems };
}

/** Every site page in `pagesDir`, checked; or the problems naming each bad file. */
export async function readSitePages(
	root: string,
	pagesDir: string,
): Promise<{ pages: SitePage[]; ignored: string[]; problems: ContentProblem[] }> {
	const folder = await readSiteFolder(root, resolveContentDir(root, pagesDir), isSitePageFileName);
	const pages: SitePage[] = [];
	const problems = [...folder.problems];
	for (const file of folder.files) {
		const checked = checkSitePageFile(file);
		if ('problems' in checked) problems.push(...checked.problems);
		else pages.push(checked.page);
	}
	return { pages, ignored: folder.ignored, problems };
}

/** The author profiles collection: each profile by its author slug. */
export function profilesLoader({ contentDir }: { readonly contentDir: string }): Loader {
	return {
		name: 'profiles-loader',
		load: async (context) => {
			const { config, store, logger } = context;
			const root = fileURLToPath(config.root);
			const { profiles, ignored, problems } = await readProfiles(root, contentDir);
			if (problems.length) throw new Error(formatContentProblems(problems));
			if (ignored.length) logger.info(formatIgnored(ignored));
			keepOnly(
				store,
				profiles.map((profile) => profile.slug),
			);
			for (const { slug, ...data } of profiles) {
				const parsed = await context.parseData({ id: slug, data: { ...data, slug } });
				// With a digest, an unchanged profile is not stored again (which would rewrite the whole store).
				store.set({ id: slug, data: parsed, digest: context.generateDigest(JSON.stringify(parsed)) });
			}
		},
	};
}

/** The site pages collection (about, standards): each page by slug, its Markdown rendered. */
export function sitePagesLoader({
	pagesDir,
	contentDir,
}: {
	readonly pagesDir: string;
	readonly contentDir: string;
}): Loader {
	return {
		name: 'site-pages-loader',
		load: async (context) => {
			const { config, store, logger } = context;
			const root = fileURLToPath(config.root);
			const { pages, ignored, problems } = await readSitePages(root, pagesDir);
			if (problems.length) throw new Error(formatContentProblems(problems));
			// A pages folder in a content folder that is not the one read (PAGES_DIR) is said, never silently skipped.
			const unread =
				resolveContentDir(root, join(contentDir, 'pages')) === resolveContentDir(root, pagesDir)
					? []
					: (await readSiteFolder(root, resolveContentDir(root, join(contentDir, 'pages')), () => false)).ignored;
			if (ignored.length || unread.length) logger.info(formatIgnored([...ignored, ...unread]));
			keepOnly(
				store,
				pages.map((page) => page.slug),
			);
			for (const { body, slug, filePath, ...data } of pages) {
				const rendered = await context.renderMarkdown(body);
				store.set({
					id: slug,
					filePath,
					data: await context.parseData({ id: slug, data: { ...data, slug } }),
					body,
					rendered,
					// The page's cacheKey: its front-matter, text and HTML. An unchanged page is not stored again.
					digest: context.generateDigest(JSON.stringify([data, body, rendered.html])),
				});
			}
		},
	};
}

/**
 * Removes the entries whose id is not in `ids`. Clearing the collection and storing every entry
 * again would make Astro write the whole content store (every article) after every build.
 */
function keepOnly(store: LoaderContext['store'], ids: readonly string[]): void {
	const wanted = new Set(ids);
	for (const id of store.keys()) if (!wanted.has(id)) store.delete(id);
}

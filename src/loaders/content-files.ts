import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import type { ArticleFile } from '../lib/content/article-files.ts';

/** Files that are articles: Markdown in any sub-folder of the content folder (hidden files skipped). */
export const ARTICLE_GLOB = '**/*.{md,markdown}';

/** The content folder as an absolute path: `contentDir` if absolute, else under the project `root`. */
export function resolveContentDir(root: string, contentDir: string): string {
	return isAbsolute(contentDir) ? contentDir : resolve(root, contentDir);
}

/**
 * Every article file under `contentDir`, in path order, with its bytes and its path relative to
 * `root` (as Astro's own loaders give `filePath`). Read one after another: ten thousand files at
 * once would exhaust file handles.
 */
export async function readArticleFiles(root: string, contentDir: string): Promise<ArticleFile[]> {
	const paths = (await glob(ARTICLE_GLOB, { cwd: contentDir, dot: false })).sort();
	const files: ArticleFile[] = [];
	for (const path of paths) {
		const absolute = join(contentDir, path);
		const filePath = relative(root, absolute).split('\\').join('/') || path;
		files.push({ path, filePath, bytes: await readFile(absolute) });
	}
	return files;
}

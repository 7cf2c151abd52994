/**
 * What the content folder holds besides articles. Every file under it is published, held back by
 * the publishing rule, reported as a problem naming it, or listed once as ignored in the build
 * summary; these constants decide which.
 */

/** Top-level folders of the content folder that are not articles (each is read by its own collection). */
export const NON_ARTICLE_FOLDERS: readonly string[] = ['authors', 'pages'];

/** The largest article file read, in bytes: a longer file is reported, never read into memory. */
export const MAX_ARTICLE_BYTES = 8 * 1024 * 1024;

const ARTICLE_EXTENSION_RE = /\.(md|markdown)$/iu;

/** True when a file name is an article's: `.md` or `.markdown`, in any case (`Story.MD`). */
export function isArticleFileName(name: string): boolean {
	return ARTICLE_EXTENSION_RE.test(name);
}

/** The collection entry id of a file: its path under the content folder without the extension. */
export function articleId(path: string): string {
	return path.replace(ARTICLE_EXTENSION_RE, '');
}

/** True when a top-level entry of the content folder is a folder of something other than articles. */
export function isNonArticleFolder(pathInContent: string): boolean {
	return NON_ARTICLE_FOLDERS.includes(pathInContent);
}

/** True for hidden names (`.git`, `.DS_Store`): never articles, listed as ignored without descending. */
export function isHiddenName(name: string): boolean {
	return name.startsWith('.');
}

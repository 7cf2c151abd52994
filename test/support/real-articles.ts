import { cp } from 'node:fs/promises';
import { isNonArticleFolder } from '../../src/lib/content/content-folders.ts';

/**
 * Copies the articles of a content folder into `to`, leaving out its folders of other things (site
 * pages, author profiles): under `to` they would no longer be at the top and would be read as articles.
 */
export async function copyRealArticles(from: string, to: string): Promise<void> {
	await cp(from, to, {
		recursive: true,
		filter: (source) => {
			const inside = source.slice(from.length).replace(/^[\\/]+/u, '');
			return inside === '' || !isNonArticleFolder(inside.split(/[\\/]/u)[0] ?? '');
		},
	});
}

import { slugify } from './slugs.ts';
import { compareLabels, groupByTag } from './tags.ts';

/** Every article of one byline: the author's page slug, the name as written, and the articles. */
export interface AuthorGroup<T> {
	/** The author's URL segment, from the one slug rule. */
	readonly slug: string;
	/** The spelling most of their articles use. */
	readonly name: string;
	readonly count: number;
	/** Their articles, in the order given (newest first when given newest first). */
	readonly articles: readonly T[];
}

/** "Ada Reporter", "Ada Reporter and Ben Writer", "A, B and C"; empty for no names. */
export function formatByline(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** The page slug of an author's name: the site's one slug rule. */
export function authorSlug(name: string): string {
	return slugify(name);
}

/**
 * The articles of every author, A–Z by name. Names are merged as tags are (one slug, the most
 * common spelling), and an article with two bylines is in both groups.
 */
export function groupByAuthor<T extends { readonly author: readonly string[] }>(
	articles: readonly T[],
): AuthorGroup<T>[] {
	const wrapped = articles.map((article) => ({ tags: article.author, article }));
	return groupByTag(wrapped)
		.map((group) => ({
			slug: group.slug,
			name: group.label,
			count: group.count,
			articles: group.articles.map(({ article }) => article),
		}))
		.sort((a, b) => compareLabels({ label: a.name, slug: a.slug }, { label: b.name, slug: b.slug }));
}

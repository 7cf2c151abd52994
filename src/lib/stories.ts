import { newestFirst, type Article } from './articles.ts';
import { slugify } from './slugs.ts';

/** A developing story: every article whose `story` names it. */
export interface StoryGroup<T> {
	/** The story's URL segment, from the one slug rule. */
	readonly slug: string;
	/** The name as the newest article writes it. */
	readonly name: string;
	/** Its articles in the order they were published, oldest (the first) first. */
	readonly articles: readonly T[];
	/** When the newest article was published: the story's latest activity. */
	readonly latest: Date;
}

type StoryArticle = Pick<Article, 'date' | 'title' | 'id'> & { readonly story?: string | undefined };

/** Every story, latest activity first (then A–Z); articles without a story are in none. */
export function groupByStory<T extends StoryArticle>(articles: readonly T[]): StoryGroup<T>[] {
	const bySlug = new Map<string, T[]>();
	for (const article of newestFirst(articles)) {
		if (article.story === undefined) continue;
		const slug = slugify(article.story);
		bySlug.set(slug, [...(bySlug.get(slug) ?? []), article]);
	}
	return [...bySlug]
		.map(([slug, newest]) => ({
			slug,
			name: newest[0]?.story ?? slug,
			articles: [...newest].reverse(),
			latest: newest[0]?.date.instant ?? new Date(0),
		}))
		.sort((a, b) => b.latest.getTime() - a.latest.getTime() || a.name.localeCompare(b.name, 'en'));
}

/** Where `article` stands in its story: 1-based `number` of `total`; undefined when it is not in it. */
export function storyPosition<T extends { readonly id: string }>(
	story: StoryGroup<T>,
	article: { readonly id: string },
): { number: number; total: number } | undefined {
	const index = story.articles.findIndex((other) => other.id === article.id);
	return index < 0 ? undefined : { number: index + 1, total: story.articles.length };
}

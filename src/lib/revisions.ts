import type { ArticleData } from './article-schema.ts';

/** What the revision rule needs to know of an article. */
export type Revisable = Pick<ArticleData, 'date' | 'updated' | 'corrections'>;

/**
 * When the article last changed: the latest of its publication date, its `updated` date and its
 * newest correction. Never earlier than publication, so a stray old `updated` cannot predate it.
 */
export function lastModified(article: Revisable): Date {
	const instants = [article.date.instant, article.updated?.instant, ...article.corrections.map((c) => c.date.instant)];
	return new Date(Math.max(...instants.filter((d): d is Date => d !== undefined).map((d) => d.getTime())));
}

/** True when the article changed after it was published (an update or a correction). */
export function isRevised(article: Revisable): boolean {
	return lastModified(article).getTime() > article.date.instant.getTime();
}

/** What the publishing rule needs to know of an article. */
export interface Publishable {
	readonly draft: boolean;
	readonly date: { readonly instant: Date };
}

/** Where an article stands at a given moment. */
export type PublicationStatus = 'published' | 'draft' | 'scheduled';

/** The article's status at `now`: a draft, scheduled (dated after `now`) or published. */
export function publicationStatus(article: Publishable, now: Date): PublicationStatus {
	if (article.draft) return 'draft';
	if (article.date.instant.getTime() > now.getTime()) return 'scheduled';
	return 'published';
}

/** The one publishing rule: not a draft, and dated at or before `now`. */
export function isPublished(article: Publishable, now: Date): boolean {
	return publicationStatus(article, now) === 'published';
}

/** The published articles of `articles`, in their order: what feeds and sitemaps carry, whatever the build shows. */
export function publishedOnly<T extends { readonly status: PublicationStatus }>(articles: readonly T[]): T[] {
	return articles.filter((article) => article.status === 'published');
}

/** How many articles are in each status. */
export function countByStatus(statuses: Iterable<PublicationStatus>): Record<PublicationStatus, number> {
	const counts: Record<PublicationStatus, number> = { published: 0, draft: 0, scheduled: 0 };
	for (const status of statuses) counts[status] += 1;
	return counts;
}

/**
 * The line a build prints, so nothing is held back without a word: how many articles it
 * published and how many drafts and scheduled articles it kept out. `showsAll` is true under
 * `astro dev`, which shows the held-back articles with their labels.
 */
export function publishingReport(
	counts: Record<PublicationStatus, number>,
	{ showsAll }: { showsAll: boolean },
): string {
	const articles = (n: number): string => `${n} article${n === 1 ? '' : 's'}`;
	const heldBack = `${counts.draft} draft${counts.draft === 1 ? '' : 's'} and ${counts.scheduled} scheduled`;
	return showsAll
		? `Showing ${articles(counts.published)} published, with ${heldBack} labelled (a build holds those back).`
		: `Published ${articles(counts.published)}; held back ${heldBack}.`;
}

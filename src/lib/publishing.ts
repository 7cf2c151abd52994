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

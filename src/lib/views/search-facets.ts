import type { ArticlePageView } from './article-page.ts';

/** What the search index records about an article besides its text: filters, sort key and result metadata. */
export interface SearchFacets {
	/** Tag filter values: the tags' display labels, as the article page shows them. */
	readonly tags: readonly string[];
	/** Author filter values: the byline's names. */
	readonly authors: readonly string[];
	/** Label filter value: the kicker ("Opinion"), or "News" for plain news. */
	readonly label: string;
	/** The kicker a result shows ("Opinion"); absent for plain news. */
	readonly kicker?: string;
	/** Year filter value, e.g. `2025`, in the site's time zone. */
	readonly year: string;
	/** Sort key for newest first: the publication instant in UTC ISO form, so text order is time order. */
	readonly sortDate: string;
	/** The publication date as readers see it, shown with each result. */
	readonly dateText: string;
	/** The publication date for `<time datetime>` in a result. */
	readonly datetime: string;
}

/** The search facets of an article page. */
export function searchFacets(
	view: Pick<ArticlePageView, 'tags' | 'dateLinks' | 'published' | 'byline' | 'kicker'>,
): SearchFacets {
	return {
		tags: view.tags.map((tag) => tag.label),
		authors: view.byline.map((name) => name.label),
		// Plain news has no kicker on the page, but is a kind readers can filter by.
		label: view.kicker ?? 'News',
		...(view.kicker ? { kicker: view.kicker } : {}),
		year: view.dateLinks.year.label,
		sortDate: new Date(view.published.iso).toISOString(),
		dateText: view.published.text,
		datetime: view.published.iso,
	};
}

import type { Article } from './articles.ts';
import { timeView, type TimeView } from './article-view.ts';
import { tagSlugs } from './tags.ts';
import type { Urls } from './urls.ts';

/** A "More on this topic" link: headline and date. */
export interface RelatedView {
	readonly href: string;
	readonly title: string;
	readonly published: TimeView;
}

/**
 * "More on this topic" for every article at once: up to `limit` others sharing the most tags,
 * ties going to the newer. `articles` must be newest first; the result is keyed by `id`.
 *
 * An inverted index (tag → its articles, newest first) gives the candidates. Anything sharing two
 * or more tags with an article appears in one of its tags' lists other than the longest, so only
 * those shorter lists are scanned in full and scored; from the longest list, which holds only
 * one-tag matches beyond those, the first few new entries are enough. A tag on every article
 * therefore costs O(limit) per article, not O(n): the cost per article is the length of its
 * tags' lists bar the longest, times its tag count.
 */
export function relatedArticles<T extends { readonly id: string; readonly tags: readonly string[] }>(
	articles: readonly T[],
	limit = 4,
): Map<string, T[]> {
	const slugs = articles.map((article) => tagSlugs(article.tags));
	const index = new Map<string, number[]>();
	slugs.forEach((own, rank) => {
		for (const slug of own) {
			const list = index.get(slug);
			if (list) list.push(rank);
			else index.set(slug, [rank]);
		}
	});
	const tagSets = slugs.map((own) => new Set(own));
	const related = new Map<string, T[]>();
	articles.forEach((article, rank) => {
		const own = slugs[rank] ?? [];
		const lists = own.map((slug) => index.get(slug) ?? []).sort((a, b) => a.length - b.length);
		const longest = lists.pop() ?? [];
		const scores = new Map<number, number>();
		const score = (other: number): void => {
			if (other === rank || scores.has(other)) return;
			let shared = 0;
			for (const slug of slugs[other] ?? []) if (tagSets[rank]?.has(slug)) shared++;
			scores.set(other, shared);
		};
		for (const list of lists) for (const other of list) score(other);
		// Entries of the longest list not already scored share exactly one tag; the newest `limit` of them suffice.
		let fresh = 0;
		for (const other of longest) {
			if (fresh >= limit) break;
			if (other === rank || scores.has(other)) continue;
			score(other);
			fresh++;
		}
		const best = [...scores]
			.sort(([a, sa], [b, sb]) => sb - sa || a - b)
			.slice(0, limit)
			.map(([other]) => articles[other])
			.filter((other): other is T => other !== undefined);
		related.set(article.id, best);
	});
	return related;
}

/** The "More on this topic" links of the related articles. */
export function relatedViews(related: readonly Article[], urls: Urls, timeZone: string): RelatedView[] {
	return related.map((other) => ({
		href: urls.article(other.day, other.slug),
		title: other.title,
		published: timeView(other.date, timeZone),
	}));
}

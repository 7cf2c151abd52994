import { tagSlugs } from './tags.ts';

/**
 * "More on this topic" for every article at once: up to `limit` articles published before it
 * sharing the most tags, ties going to the newer. Only earlier articles, so an article's page never
 * changes when newer ones appear ("newer on this topic" is the tag page's job). `articles` must be
 * newest first; the result is keyed by `id`.
 *
 * An inverted index (tag → its articles, newest first) gives the candidates, and each article
 * asks it for the best score first: everything sharing `s` of its `k` tags appears in one of its
 * `k − s + 1` least used tags' lists, so for s = k, k − 1, … 1 those lists are walked newest
 * first until enough articles sharing `s` tags are found. A common tag is walked only for the few
 * matches it takes: an article costs at most the lengths of its rarer tags' lists, never a pass
 * over every other article.
 */
export function relatedArticles<T extends { readonly id: string; readonly tags: readonly string[] }>(
	articles: readonly T[],
	limit = 4,
): Map<string, T[]> {
	// Tags as small integers, so the inner loops compare numbers.
	const ids = new Map<string, number>();
	const own = articles.map((article) =>
		tagSlugs(article.tags).map((slug) => ids.get(slug) ?? ids.set(slug, ids.size).size - 1),
	);
	const index: number[][] = Array.from({ length: ids.size }, () => []);
	own.forEach((tags, rank) => {
		for (const tag of tags) index[tag]?.push(rank);
	});
	const related = new Map<string, T[]>();
	articles.forEach((article, rank) => {
		const mine = own[rank] ?? [];
		const lists = mine.map((tag) => index[tag] ?? []).sort((a, b) => a.length - b.length);
		const picked = bestMatches(rank, mine, lists, own, limit);
		related.set(
			article.id,
			picked.map((other) => articles[other]).filter((other): other is T => other !== undefined),
		);
	});
	return related;
}

/**
 * The ranks of the `limit` articles sharing most of `mine` (the tags of the article at `rank`),
 * newest first within a score. `lists` are the tags' index entries, least used first.
 */
function bestMatches(
	rank: number,
	mine: readonly number[],
	lists: readonly (readonly number[])[],
	own: readonly (readonly number[])[],
	limit: number,
): number[] {
	const picked: number[] = [];
	const at = new Int32Array(lists.length);
	// Any article with s shared tags is in one of the k − s + 1 shortest lists, and every article
	// with more shared tags was picked on an earlier round, so each round's finds, met newest
	// first, are exactly the next best.
	for (let s = mine.length; s >= 1 && picked.length < limit; s--) {
		const walked = mine.length - s + 1;
		// Only articles older than this one: each list is walked from the first entry past `rank`.
		for (let i = 0; i < walked; i++) at[i] = firstAfter(lists[i] ?? [], rank);
		for (;;) {
			// The newest entry not yet visited among the walked lists, stepped past in each.
			let next = Infinity;
			for (let i = 0; i < walked; i++) next = Math.min(next, lists[i]?.[at[i] ?? 0] ?? Infinity);
			if (next === Infinity) break;
			for (let i = 0; i < walked; i++) if (lists[i]?.[at[i] ?? 0] === next) at[i] = (at[i] ?? 0) + 1;
			if (picked.includes(next)) continue;
			if (s > 1 && sharedTags(own[next] ?? [], mine) < s) continue;
			picked.push(next);
			if (picked.length === limit) break;
		}
	}
	return picked;
}

/** The index of the first entry greater than `rank` in an ascending list (its length when there is none). */
function firstAfter(list: readonly number[], rank: number): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((list[middle] ?? Infinity) > rank) high = middle;
		else low = middle + 1;
	}
	return low;
}

/** How many of `theirs` are among `mine` (both short lists of distinct tag numbers). */
function sharedTags(theirs: readonly number[], mine: readonly number[]): number {
	let shared = 0;
	for (const tag of theirs) if (mine.includes(tag)) shared++;
	return shared;
}

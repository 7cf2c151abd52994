/** One page of a paginated list. */
export interface Page<T> {
	/** 1-based page number. */
	readonly number: number;
	/** How many pages the list has (at least 1). */
	readonly total: number;
	/** The items on this page. */
	readonly items: readonly T[];
}

/** Splits `items` into pages of `size`; an empty list is one empty page, so a list page always exists. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
	if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive whole number, not ${size}`);
	const total = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: total }, (_, i) => ({
		number: i + 1,
		total,
		items: items.slice(i * size, (i + 1) * size),
	}));
}

/** What a pagination bar shows: where we are and the links either side. */
export interface PaginationView {
	readonly number: number;
	readonly total: number;
	/** Link to the previous (newer) page, if any. */
	readonly newer?: string;
	/** Link to the next (older) page, if any. */
	readonly older?: string;
}

/** The pagination bar of `page`, with `pageUrl` building each page's link. */
export function paginationView(
	page: Pick<Page<unknown>, 'number' | 'total'>,
	pageUrl: (n: number) => string,
): PaginationView {
	return {
		number: page.number,
		total: page.total,
		...(page.number > 1 ? { newer: pageUrl(page.number - 1) } : {}),
		...(page.number < page.total ? { older: pageUrl(page.number + 1) } : {}),
	};
}

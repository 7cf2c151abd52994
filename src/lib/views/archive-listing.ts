import type { Article } from '../articles.ts';
import { countArticles } from '../plural.ts';
import type { FeedLinkView } from '../syndication/feed-data.ts';
import { headline, type HeadlineView, type LinkView } from './article-view.ts';
import type { ViewContext } from './view-context.ts';

/** Articles per archive page of a tag or an author: compact headlines, so a page stays small. */
export const ARCHIVE_PAGE = 50;

/** A tag's or an author's articles, newest first, with its slug, label and count. */
export interface ListedGroup {
	readonly slug: string;
	readonly label: string;
	readonly count: number;
	readonly articles: readonly Article[];
}

/** Where a group's pages live: its own page, its archive page `n`, and its feeds. */
export interface ArchiveLinks {
	readonly home: string;
	readonly page: (n: number) => string;
	readonly feeds: readonly FeedLinkView[];
}

/**
 * One archive page of a tag or an author, `…/<slug>/<n>/`: pages are numbered from the oldest
 * article, {@link ARCHIVE_PAGE} a page, so a new article changes only the newest page (and starts the
 * next one when it is full); every other page stays as it is.
 */
export interface ArchivePageView {
	readonly slug: string;
	readonly label: string;
	readonly number: number;
	readonly path: string;
	readonly title: string;
	readonly description: string;
	/** The h1: the group and the period the page covers. */
	readonly heading: string;
	/** This page's articles, newest first. */
	readonly headlines: readonly HeadlineView[];
	/** The group's own page. */
	readonly home: string;
	/** The group's own feeds, announced besides the site's. */
	readonly feeds: readonly FeedLinkView[];
	/** The next page towards the present, and towards the past. */
	readonly newer?: string;
	readonly older?: string;
}

/** The archive page number (from the oldest, 1-based) of the article at `newestFirstIndex` in a group of `count`. */
export function archivePageNumber(newestFirstIndex: number, count: number): number {
	return Math.floor((count - 1 - newestFirstIndex) / ARCHIVE_PAGE) + 1;
}

/**
 * The way from a group's own page (its newest `pageSize` articles) into its archive: the page with the
 * next older article, and each year linking to the page with that year's newest; none when it all fits.
 */
export function archiveEntry(
	group: ListedGroup,
	page: (n: number) => string,
	{ pageSize, dates }: Pick<ViewContext, 'pageSize' | 'dates'>,
): { older?: LinkView; years: (LinkView & { readonly countText: string })[] } {
	if (group.count <= pageSize) return { years: [] };
	const years = new Map<number, { index: number; count: number }>();
	group.articles.forEach((article, index) => {
		const year = years.get(article.day.year);
		if (year) year.count += 1;
		else years.set(article.day.year, { index, count: 1 });
	});
	return {
		older: { href: page(archivePageNumber(pageSize, group.count)), label: 'Older articles' },
		years: [...years].map(([year, { index, count }]) => ({
			href: page(archivePageNumber(index, group.count)),
			label: String(year),
			countText: countArticles(count, dates.lang),
		})),
	};
}

/** Every archive page of a group with more articles than its own page shows; `about` says whose (`on Harbour`). */
export function archivePages(
	group: ListedGroup,
	links: ArchiveLinks,
	about: string,
	context: ViewContext,
): ArchivePageView[] {
	const { pageSize, dates } = context;
	if (group.count <= pageSize) return [];
	const oldestFirst = [...group.articles].reverse();
	const total = Math.ceil(group.count / ARCHIVE_PAGE);
	return Array.from({ length: total }, (_, i) => {
		const number = i + 1;
		const items = oldestFirst.slice(i * ARCHIVE_PAGE, number * ARCHIVE_PAGE).reverse();
		const [newest] = items;
		const oldest = items.at(-1);
		const period =
			newest && oldest ? `${dates.day(oldest.date.instant)} to ${dates.day(newest.date.instant)}` : `page ${number}`;
		return {
			slug: group.slug,
			label: group.label,
			number,
			path: links.page(number),
			title: `${group.label}: ${period}`,
			heading: `${group.label}: ${period}`,
			description: `${countArticles(items.length, dates.lang)} ${about}, ${period}.`,
			headlines: items.map((article) => headline(article, context)),
			home: links.home,
			feeds: links.feeds,
			// A page's links never name the page count, so a new page changes only the one before it.
			...(number < total ? { newer: links.page(number + 1) } : {}),
			...(number > 1 ? { older: links.page(number - 1) } : {}),
		};
	});
}

import type { Article } from '../articles.ts';
import { articleCard, headline, type ArticleCardView, type HeadlineView, type LinkView } from './article-view.ts';
import { countArticles, formatCount } from '../plural.ts';
import { slugify } from '../slugs.ts';
import { alphabetical, type TagGroup } from '../tags.ts';
import type { ViewContext } from './view-context.ts';
import { feedLinks, tagFeedScope, type FeedLinkView } from '../syndication/feed-data.ts';

/** A tag in a list of tags: its link, label and article count. */
export interface TagCountView {
	readonly href: string;
	readonly label: string;
	readonly count: number;
	/** `3 articles` */
	readonly countText: string;
}

/** The tags under one initial letter in the A–Z view. */
export interface LetterSectionView {
	/** `A`, `É` is filed under `E`; tags not starting with a letter go under `#`. */
	readonly letter: string;
	/** The section's fragment id, for the letter links. */
	readonly id: string;
	readonly tags: readonly TagCountView[];
}

/** The /tags/ page: the most covered tags, then every tag A–Z under initial letters. */
export interface TagIndexView {
	readonly path: string;
	readonly title: string;
	readonly description: string;
	/** The {@link TOP_TOPICS} most covered tags, most first. */
	readonly byCount: readonly TagCountView[];
	readonly byLetter: readonly LetterSectionView[];
}

/** A tag's own page, `/tags/<slug>/`: its newest articles, a jump by year into its archive pages, and its feeds. */
export interface TagPageView {
	/** The tag's slug, the route's `tag` param. */
	readonly slug: string;
	/** The tag's site-wide label: the h1. */
	readonly label: string;
	readonly path: string;
	readonly title: string;
	readonly description: string;
	/** `500 articles` */
	readonly countText: string;
	/** The newest articles, with standfirsts. */
	readonly cards: readonly ArticleCardView[];
	/** The archive page holding the article just older than the last card, if there is one. */
	readonly older?: LinkView;
	/** Each year with the tag's articles, newest first, linking to the archive page with that year's newest. */
	readonly years: readonly (LinkView & { readonly countText: string })[];
	/** The /tags/ page, linked above the listing. */
	readonly allTopics: string;
	/** The tag's own feeds, announced besides the site's and linked on the page. */
	readonly feeds: readonly FeedLinkView[];
}

/**
 * One archive page of a tag, `/tags/<slug>/<n>/`: pages are numbered from the tag's oldest article,
 * {@link TAG_ARCHIVE_PAGE} a page, so a new article changes only the newest page (and starts the next
 * one when it is full); every other page stays as it is.
 */
export interface TagArchivePageView {
	readonly slug: string;
	readonly label: string;
	readonly number: number;
	readonly path: string;
	readonly title: string;
	readonly description: string;
	/** The h1: the tag and the period the page covers. */
	readonly heading: string;
	/** This page's articles, newest first. */
	readonly headlines: readonly HeadlineView[];
	/** The tag's own page. */
	readonly tagPage: string;
	/** The tag's own feeds, announced besides the site's. */
	readonly feeds: readonly FeedLinkView[];
	/** The next page towards the present, and towards the past. */
	readonly newer?: string;
	readonly older?: string;
}

/** Articles per archive page of a tag: compact headlines, so a page stays small. */
export const TAG_ARCHIVE_PAGE = 50;

/** How many of the most covered topics head the /tags/ page. */
export const TOP_TOPICS = 20;

/** The /tags/ page of `groups` (given most used first, as {@link groupByTag} returns them). */
export function tagIndexView(groups: readonly TagGroup<unknown>[], { urls, dates }: ViewContext): TagIndexView {
	const view = (group: TagGroup<unknown>): TagCountView => ({
		href: urls.tag(group.slug),
		label: group.label,
		count: group.count,
		countText: countArticles(group.count, dates.lang),
	});
	const sections = new Map<string, TagCountView[]>();
	for (const group of alphabetical(groups)) {
		const letter = initial(group.label);
		const section = sections.get(letter) ?? [];
		sections.set(letter, section);
		section.push(view(group));
	}
	return {
		path: urls.tags(),
		title: 'Topics',
		description: `All ${formatCount(groups.length, dates.lang)} ${groups.length === 1 ? 'topic' : 'topics'}: the most covered, then A to Z.`,
		byCount: groups.slice(0, TOP_TOPICS).map(view),
		// alphabetical() already put the letters in order; `#` (no letter) goes last.
		byLetter: [...sections]
			.sort(([a], [b]) => Number(a === '#') - Number(b === '#'))
			.map(([letter, tags]) => ({ letter, id: `letter-${letter === '#' ? 'other' : slugify(letter)}`, tags })),
	};
}

/** The letter a label is filed under in the A–Z view: its first letter without accents, upper case. */
export function initial(label: string): string {
	const first = [...label.normalize('NFD')][0] ?? '';
	if (!/\p{L}/u.test(first)) return '#';
	return [...first.toLocaleUpperCase('en')][0] ?? '#';
}

/** The archive page number (from the oldest, 1-based) of the article at `newestFirstIndex` in a tag of `count` articles. */
export function archivePageNumber(newestFirstIndex: number, count: number): number {
	return Math.floor((count - 1 - newestFirstIndex) / TAG_ARCHIVE_PAGE) + 1;
}

/** The own page of every tag: its newest `pageSize` articles as cards. */
export function tagPages(groups: readonly TagGroup<Article>[], context: ViewContext): TagPageView[] {
	const { urls, pageSize, site, dates } = context;
	return groups.map((group) => {
		const paged = group.count > pageSize;
		const years = new Map<number, { index: number; count: number }>();
		group.articles.forEach((article, index) => {
			const year = years.get(article.day.year);
			if (year) year.count += 1;
			else years.set(article.day.year, { index, count: 1 });
		});
		const olderNumber = archivePageNumber(pageSize, group.count);
		return {
			slug: group.slug,
			label: group.label,
			path: urls.tag(group.slug),
			title: group.label,
			description: `The latest of ${countArticles(group.count, dates.lang)} on ${group.label}, with the archive by year and the topic's feeds.`,
			countText: countArticles(group.count, dates.lang),
			cards: group.articles.slice(0, pageSize).map((article) => articleCard(article, context)),
			...(paged ? { older: { href: urls.tagArchive(group.slug, olderNumber), label: 'Older articles' } } : {}),
			years: paged
				? [...years].map(([year, { index, count }]) => ({
						href: urls.tagArchive(group.slug, archivePageNumber(index, group.count)),
						label: String(year),
						countText: countArticles(count, dates.lang),
					}))
				: [],
			allTopics: urls.tags(),
			feeds: feedLinks(tagFeedScope(urls, site, group), urls),
		};
	});
}

/** Every archive page of every tag with more articles than its own page shows. */
export function tagArchivePages(groups: readonly TagGroup<Article>[], context: ViewContext): TagArchivePageView[] {
	const { urls, pageSize, dates, site } = context;
	return groups
		.filter((group) => group.count > pageSize)
		.flatMap((group) => {
			const feeds = feedLinks(tagFeedScope(urls, site, group), urls);
			const oldestFirst = [...group.articles].reverse();
			const total = Math.ceil(group.count / TAG_ARCHIVE_PAGE);
			return Array.from({ length: total }, (_, i) => {
				const number = i + 1;
				const items = oldestFirst.slice(i * TAG_ARCHIVE_PAGE, number * TAG_ARCHIVE_PAGE).reverse();
				const [newest] = items;
				const oldest = items.at(-1);
				const period =
					newest && oldest
						? `${dates.day(oldest.date.instant)} to ${dates.day(newest.date.instant)}`
						: `page ${number}`;
				return {
					slug: group.slug,
					label: group.label,
					number,
					path: urls.tagArchive(group.slug, number),
					title: `${group.label}: ${period}`,
					heading: `${group.label}: ${period}`,
					description: `${countArticles(items.length, dates.lang)} on ${group.label}, ${period}.`,
					headlines: items.map((article) => headline(article, context)),
					tagPage: urls.tag(group.slug),
					feeds,
					// A page's links never name the page count, so a new page changes only the one before it.
					...(number < total ? { newer: urls.tagArchive(group.slug, number + 1) } : {}),
					...(number > 1 ? { older: urls.tagArchive(group.slug, number - 1) } : {}),
				};
			});
		});
}

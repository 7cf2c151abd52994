import type { Article } from '../articles.ts';
import { articleCard, type ArticleCardView, type LinkView } from './article-view.ts';
import { ARCHIVE_PAGE, archiveEntry, archivePages, type ArchivePageView } from './archive-listing.ts';
export { archivePageNumber } from './archive-listing.ts';
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

/** One archive page of a tag, `/tags/<slug>/<n>/` (see {@link ArchivePageView}). */
export type TagArchivePageView = ArchivePageView;

/** Articles per archive page of a tag. */
export const TAG_ARCHIVE_PAGE = ARCHIVE_PAGE;

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

/** The own page of every tag: its newest `pageSize` articles as cards. */
export function tagPages(groups: readonly TagGroup<Article>[], context: ViewContext): TagPageView[] {
	const { urls, pageSize, site, dates } = context;
	return groups.map((group) => ({
		slug: group.slug,
		label: group.label,
		path: urls.tag(group.slug),
		title: group.label,
		description: `The latest of ${countArticles(group.count, dates.lang)} on ${group.label}, with the archive by year and the topic's feeds.`,
		countText: countArticles(group.count, dates.lang),
		cards: group.articles.slice(0, pageSize).map((article) => articleCard(article, context)),
		...archiveEntry(group, (n) => urls.tagArchive(group.slug, n), context),
		allTopics: urls.tags(),
		feeds: feedLinks(tagFeedScope(urls, site, group), urls),
	}));
}

/** Every archive page of every tag with more articles than its own page shows. */
export function tagArchivePages(groups: readonly TagGroup<Article>[], context: ViewContext): TagArchivePageView[] {
	const { urls, site } = context;
	return groups.flatMap((group) =>
		archivePages(
			group,
			{
				home: urls.tag(group.slug),
				page: (n) => urls.tagArchive(group.slug, n),
				feeds: feedLinks(tagFeedScope(urls, site, group), urls),
			},
			`on ${group.label}`,
			context,
		),
	);
}

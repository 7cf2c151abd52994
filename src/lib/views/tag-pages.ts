import type { Article } from '../articles.ts';
import { articleCard, type ArticleCardView } from './article-view.ts';
import { paginate, paginationView, type PaginationView } from '../pagination.ts';
import { countArticles } from '../plural.ts';
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

/** The /tags/ page: every tag by count, and again A–Z under initial letters. */
export interface TagIndexView {
	readonly path: string;
	readonly title: string;
	readonly description: string;
	readonly byCount: readonly TagCountView[];
	readonly byLetter: readonly LetterSectionView[];
}

/** One page of a tag's articles. */
export interface TagPageView {
	/** The tag's slug, the route's `tag` param. */
	readonly slug: string;
	/** The tag's site-wide label. */
	readonly label: string;
	readonly number: number;
	readonly path: string;
	readonly title: string;
	/** The h1, with the tag's article count. */
	readonly heading: string;
	readonly description: string;
	readonly cards: readonly ArticleCardView[];
	readonly pagination: PaginationView;
	/** The /tags/ page, linked above the listing. */
	readonly allTopics: string;
	/** The tag's own feeds, announced besides the site's. */
	readonly feeds: readonly FeedLinkView[];
}

/** The /tags/ page of `groups` (given most used first, as {@link groupByTag} returns them). */
export function tagIndexView(groups: readonly TagGroup<unknown>[], { urls }: ViewContext): TagIndexView {
	const view = (group: TagGroup<unknown>): TagCountView => ({
		href: urls.tag(group.slug),
		label: group.label,
		count: group.count,
		countText: countArticles(group.count),
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
		description: `All ${groups.length} ${groups.length === 1 ? 'topic' : 'topics'}, by number of articles and A to Z.`,
		byCount: groups.map(view),
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

/** Every page of every tag: newest first, `pageSize` articles a page. */
export function tagPages(groups: readonly TagGroup<Article>[], context: ViewContext): TagPageView[] {
	const { urls, pageSize, site, dates } = context;
	return groups.flatMap((group) => {
		const heading = `${group.label} (${countArticles(group.count, dates.lang)})`;
		const feeds = feedLinks(tagFeedScope(urls, site, group), urls);
		return paginate(group.articles, pageSize).map((page) => ({
			slug: group.slug,
			label: group.label,
			number: page.number,
			path: urls.tag(group.slug, page.number),
			title: page.number === 1 ? group.label : `${group.label}, page ${page.number} of ${page.total}`,
			heading,
			description:
				`Every article on ${group.label}, newest first.` +
				(page.total > 1 ? ` Page ${page.number} of ${page.total}.` : ''),
			cards: page.items.map((article) => articleCard(article, context)),
			pagination: paginationView(page, (n) => urls.tag(group.slug, n)),
			allTopics: urls.tags(),
			feeds,
		}));
	});
}

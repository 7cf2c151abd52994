import type { Article } from '../articles.ts';
import { authorSlug } from '../bylines.ts';
import { labelKicker } from '../labels.ts';
import type { DateFormat } from '../date-format.ts';
import { isoWithOffset, type ArticleDate } from '../dates.ts';
import { slugify } from '../slugs.ts';
import { ownSpelling, type TagLabeller } from '../tag-labels.ts';
import type { Urls } from '../urls.ts';
import type { ViewContext } from './view-context.ts';

/** An article in a compact list: its headline, link and time. */
export interface HeadlineView {
	readonly href: string;
	readonly title: string;
	readonly published: TimeView;
	/** The time of day alone (`5:46 p.m. ET`), for lists already grouped by day; absent when the article gave only a day. */
	readonly timeOfDay?: string;
	/** "Draft" or "Scheduled" in `astro dev`; absent for published articles. */
	readonly label?: string;
	/** The kind of article ("Opinion", "Analysis"), shown before the headline; absent for plain news. */
	readonly kicker?: string;
}

/** A date ready for `<time datetime>`: machine text with offset, and what readers see. */
export interface TimeView {
	readonly iso: string;
	readonly text: string;
}

/** A link ready to render. */
export interface LinkView {
	readonly href: string;
	readonly label: string;
}

/** What a list of articles shows for each one. */
export interface ArticleCardView {
	/** The article's id, by which a route finds its lead picture. */
	readonly id: string;
	readonly href: string;
	readonly title: string;
	readonly description: string;
	readonly published: TimeView;
	readonly tags: readonly LinkView[];
	/** The lead image's text (its processed file's URL and alt), when the article has one; the picture itself is looked up by `id`. */
	readonly image?: { readonly src: string; readonly alt: string };
	/** "Draft" or "Scheduled" in `astro dev`; absent for published articles. */
	readonly label?: string;
	/** The kind of article ("Opinion", "Analysis") above the headline; absent for plain news. */
	readonly kicker?: string;
	/** The byline's names, each linking to their page; empty when the article names nobody. */
	readonly byline: readonly BylineNameView[];
}

/** One name of a byline: its page, and the words before it ("", ", " or " and "). */
export interface BylineNameView extends LinkView {
	readonly before: string;
}

/** The names of a byline as links to their pages, with the words between them ("A, B and C"). */
export function bylineView(names: readonly string[], urls: Urls): BylineNameView[] {
	return names.map((name, i) => ({
		href: urls.author(authorSlug(name)),
		label: name,
		before: i === 0 ? '' : i === names.length - 1 ? ' and ' : ', ',
	}));
}

/** A date as `<time>` needs it, written the site's way. */
export function timeView(date: ArticleDate, dates: DateFormat): TimeView {
	return { iso: isoWithOffset(date.instant, dates.timeZone), text: dates.articleDate(date) };
}

/** The tag links of an article, one per distinct slug, in the article's order. */
export function tagLinks(tags: readonly string[], urls: Urls, label: TagLabeller = ownSpelling): LinkView[] {
	const seen = new Set<string>();
	return tags.flatMap((tag) => {
		const slug = slugify(tag);
		if (seen.has(slug)) return [];
		seen.add(slug);
		return [{ href: urls.tag(slug), label: label(slug, tag) }];
	});
}

/** The status label readers of a dev build see; undefined for a published article. */
export function statusLabel(article: Pick<Article, 'status'>): string | undefined {
	if (article.status === 'draft') return 'Draft';
	if (article.status === 'scheduled') return 'Scheduled';
	return undefined;
}

/** The card of an article in a list. */
export function articleCard(article: Article, { urls, dates, label }: ViewContext): ArticleCardView {
	const status = statusLabel(article);
	const kicker = labelKicker(article.label);
	return {
		id: article.id,
		href: article.path,
		title: article.title,
		description: article.description,
		published: timeView(article.date, dates),
		tags: tagLinks(article.tags, urls, label),
		...(article.image ? { image: { src: article.image.src, alt: article.image.alt } } : {}),
		...(status ? { label: status } : {}),
		...(kicker ? { kicker } : {}),
		byline: bylineView(article.author, urls),
	};
}

/** The headline of an article in a compact list. */
export function headline(article: Article, { dates }: Pick<ViewContext, 'dates'>): HeadlineView {
	const status = statusLabel(article);
	const timeOfDay = dates.timeOfDay(article.date);
	const kicker = labelKicker(article.label);
	return {
		href: article.path,
		title: article.title,
		published: timeView(article.date, dates),
		...(timeOfDay === undefined ? {} : { timeOfDay }),
		...(status ? { label: status } : {}),
		...(kicker ? { kicker } : {}),
	};
}

import type { Article } from '../articles.ts';
import {
	bylineView,
	statusLabel,
	tagLinks,
	timeView,
	type BylineNameView,
	type LinkView,
	type TimeView,
} from './article-view.ts';
import { labelKicker } from '../labels.ts';
import type { StoryGroup } from '../stories.ts';
import { storyBox, type StoryBoxView } from './story-pages.ts';
import type { DateFormat } from '../date-format.ts';
import { pad2, type CalendarDay } from '../dates.ts';
import { searchFacets, type SearchFacets } from './search-facets.ts';
import type { Urls } from '../urls.ts';
import type { ViewContext } from './view-context.ts';

/** A "More on this topic" link: headline, date, and the kind of article when it is not plain news. */
export interface RelatedView {
	readonly href: string;
	readonly title: string;
	readonly published: TimeView;
	readonly kicker?: string;
}

/** Everything an article page shows around the body, ready to render. */
export interface ArticlePageView {
	readonly path: string;
	/** The absolute URL, printed under the article on paper. */
	readonly url: string;
	readonly title: string;
	readonly description: string;
	/** The byline's names linking to their pages; empty when the article names nobody. */
	readonly byline: readonly BylineNameView[];
	/** The kind of article ("Opinion") above the headline; absent for plain news. */
	readonly kicker?: string;
	/** The "Part of" box when the article belongs to a developing story. */
	readonly story?: StoryBoxView;
	readonly published: TimeView;
	readonly updated?: TimeView;
	/** "4 min read"; absent when the figure is not a number of minutes. */
	readonly readingTime: string | undefined;
	/** Links from the publication date to its day, month and year pages. */
	readonly dateLinks: { readonly day: string; readonly month: LinkView; readonly year: LinkView };
	readonly tags: readonly LinkView[];
	readonly corrections: readonly { readonly time: TimeView; readonly text: string }[];
	/** The article published before this one; none after it, so the page never changes when newer ones appear. */
	readonly older?: LinkView;
	/** "More on this topic": articles sharing the most tags with this one. */
	readonly related: readonly RelatedView[];
	/** "Draft" or "Scheduled" in `astro dev`. */
	readonly label?: string;
	/** What the search index records besides the text. */
	readonly facets: SearchFacets;
}

/** The articles an article page links to besides itself. */
export interface ArticleLinks {
	/** The article published before this one, for the "previous article" link. */
	readonly older?: Article | undefined;
	/** "More on this topic". */
	readonly related?: readonly Article[] | undefined;
	/** The developing story the article is part of. */
	readonly story?: StoryGroup<Article> | undefined;
}

/** The page model of `article`, with the article published before it and its related articles. */
export function articlePageView(
	article: Article,
	context: ViewContext,
	{ older, related = [], story }: ArticleLinks = {},
): ArticlePageView {
	const { urls, dates, label } = context;
	const link = (other: Article): LinkView => ({ href: other.path, label: other.title });
	const status = statusLabel(article);
	const kicker = labelKicker(article.label);
	const box = story && storyBox(story, article, context);
	const view = {
		path: article.path,
		url: urls.absolute(article.path),
		title: article.title,
		description: article.description,
		byline: bylineView(article.author, urls),
		...(kicker ? { kicker } : {}),
		...(box ? { story: box } : {}),
		published: timeView(article.date, dates),
		...(article.updated ? { updated: timeView(article.updated, dates) } : {}),
		readingTime: readingTimeText(article.readingMinutes),
		dateLinks: dateLinks(article.day, urls, dates),
		tags: tagLinks(article.tags, urls, label),
		corrections: [...article.corrections]
			.sort((a, b) => b.date.instant.getTime() - a.date.instant.getTime())
			.map((c) => ({ time: timeView(c.date, dates), text: c.text })),
		...(older ? { older: link(older) } : {}),
		related: relatedViews(related, context),
		...(status ? { label: status } : {}),
	};
	return { ...view, facets: searchFacets(view) };
}

/** The "More on this topic" links of the related articles. */
export function relatedViews(related: readonly Article[], { dates }: Pick<ViewContext, 'dates'>): RelatedView[] {
	return related.map((other) => {
		const kicker = labelKicker(other.label);
		return {
			href: other.path,
			title: other.title,
			published: timeView(other.date, dates),
			...(kicker ? { kicker } : {}),
		};
	});
}

function dateLinks(day: CalendarDay, urls: Urls, dates: DateFormat): ArticlePageView['dateLinks'] {
	return {
		day: urls.day(day),
		month: { href: urls.month(day.year, day.month), label: dates.month(day.year, day.month) },
		year: { href: urls.year(day.year), label: String(day.year) },
	};
}

/** "4 min read" from the reading-time plugin's figure; undefined when the figure is not a number of minutes. */
export function readingTimeText(minutes: number): string | undefined {
	if (!Number.isFinite(minutes) || minutes < 1) return undefined;
	return `${Math.round(minutes)} min read`;
}

/** Route params of an article page. */
export function articleParams(article: Pick<Article, 'day' | 'slug'>): {
	year: string;
	month: string;
	day: string;
	slug: string;
} {
	return {
		year: String(article.day.year),
		month: pad2(article.day.month),
		day: pad2(article.day.day),
		slug: article.slug,
	};
}

import type { Article } from '../articles.ts';
import { statusLabel, tagLinks, timeView, type LinkView, type TagLabeller, type TimeView } from './article-view.ts';
import type { CalendarDay } from '../dates.ts';
import { relatedViews, type RelatedView } from '../related.ts';
import { pad2 } from '../dates.ts';
import type { DateFormat } from '../date-format.ts';
import type { Urls } from '../urls.ts';

/** Everything an article page shows around the body, ready to render. */
export interface ArticlePageView {
	readonly path: string;
	/** The absolute URL, printed under the article on paper. */
	readonly url: string;
	readonly title: string;
	readonly description: string;
	readonly author?: string;
	readonly published: TimeView;
	readonly updated?: TimeView;
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
}

/** The page model of `article`, with the article published before it for the "previous article" link. */
export function articlePageView(
	article: Article,
	{
		urls,
		dates,
		older,
		label,
		related = [],
	}: {
		urls: Urls;
		dates: DateFormat;
		older?: Article | undefined;
		label?: TagLabeller;
		related?: readonly Article[] | undefined;
	},
): ArticlePageView {
	const link = (other: Article): LinkView => ({ href: urls.article(other.day, other.slug), label: other.title });
	const status = statusLabel(article);
	return {
		path: urls.article(article.day, article.slug),
		url: urls.absolute(urls.article(article.day, article.slug)),
		title: article.title,
		description: article.description,
		...(article.author ? { author: article.author } : {}),
		published: timeView(article.date, dates),
		...(article.updated ? { updated: timeView(article.updated, dates) } : {}),
		dateLinks: dateLinks(article.day, urls, dates),
		tags: tagLinks(article.tags, urls, label),
		corrections: [...article.corrections]
			.sort((a, b) => b.date.instant.getTime() - a.date.instant.getTime())
			.map((c) => ({ time: timeView(c.date, dates), text: c.text })),
		...(older ? { older: link(older) } : {}),
		// related.ts writes dates from the zone alone; the site's language and style replace them here.
		related: relatedViews(related, urls, dates.timeZone).map((view, i) => {
			const other = related[i];
			return other ? { ...view, published: timeView(other.date, dates) } : view;
		}),
		...(status ? { label: status } : {}),
	};
}

function dateLinks(day: CalendarDay, urls: Urls, dates: DateFormat): ArticlePageView['dateLinks'] {
	return {
		day: urls.day(day),
		month: { href: urls.month(day.year, day.month), label: dates.month(day.year, day.month) },
		year: { href: urls.year(day.year), label: String(day.year) },
	};
}

/** "4 min read" from the reading-time plugin's figure; undefined when the figure is missing or not a number. */
export function readingTimeText(minutes: unknown): string | undefined {
	if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 1) return undefined;
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

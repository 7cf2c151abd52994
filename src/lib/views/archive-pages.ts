import { adjacentPeriods, allDays, allMonths, type DayGroup, type MonthGroup, type YearGroup } from '../archive.ts';
import type { Article } from '../articles.ts';
import { articleCard, headline, type ArticleCardView, type HeadlineView, type LinkView } from './article-view.ts';
import { calendarView, type CalendarView } from './calendar.ts';
import type { DateFormat } from '../date-format.ts';
import { isoCalendarDay, pad2, type CalendarDay } from '../dates.ts';
import { countArticles } from '../plural.ts';
import type { Urls } from '../urls.ts';
import type { ViewContext } from './view-context.ts';

/** What every date page needs to place itself: its heading, trail and neighbours. */
export interface PeriodPageView {
	readonly path: string;
	readonly title: string;
	readonly description: string;
	/** `3 articles` */
	readonly countText: string;
	/** The pages above this one, from the archive down: Archive › 2025 › February 2025. */
	readonly breadcrumbs: readonly LinkView[];
	/** The nearest earlier and later period of the same size that has articles. */
	readonly earlier?: LinkView;
	readonly later?: LinkView;
}

/** A month in a list of months: link, name and count. */
export interface MonthCountView extends LinkView {
	/** The year, said after the month name to screen readers where the year is only a heading away. */
	readonly year: string;
	readonly countText: string;
}

/** The /archive/ page: every year and month with counts. */
export interface ArchiveView {
	readonly path: string;
	readonly title: string;
	readonly description: string;
	readonly years: readonly (LinkView & { readonly countText: string; readonly months: readonly MonthCountView[] })[];
}

/** A year's page: its months with counts, then each month's latest headlines. */
export interface YearPageView extends PeriodPageView {
	readonly params: { readonly year: string };
	/** Months with articles, January first, like a calendar. */
	readonly months: readonly MonthCountView[];
	/** Each month's newest {@link YEAR_PAGE_HEADLINES} headlines, newest month first. */
	readonly sections: readonly HeadlineSectionView[];
}

/** A month's page: its calendar, then its headlines by day (or only the calendar in a very busy month). */
export interface MonthPageView extends PeriodPageView {
	readonly params: { readonly year: string; readonly month: string };
	readonly calendar: CalendarView;
	/** The headlines by day, newest first; empty when the month has more than {@link MONTH_PAGE_LIMIT}. */
	readonly sections: readonly HeadlineSectionView[];
	/** Said instead of the headlines in a month too busy to list them all. */
	readonly note?: string;
}

/** A headed group of headlines on a date page, its heading linking to that month or day. */
export interface HeadlineSectionView extends LinkView {
	/** Fragment id of the section. */
	readonly id: string;
	/** For `<time datetime>`: `2025-02` or `2025-02-12`. */
	readonly iso: string;
	readonly countText: string;
	readonly headlines: readonly HeadlineView[];
	/** The link to the whole period when the section shows only part of it. */
	readonly more?: LinkView;
}

/** Headlines per month on a year page: its pages stay small whatever the archive's size. */
export const YEAR_PAGE_HEADLINES = 5;

/**
 * The most headlines a month page lists (grouped by day); a busier month shows its calendar with
 * counts, and each day's page lists that day. At about 200 bytes a headline, 400 keep a month
 * page under 100 KB.
 */
export const MONTH_PAGE_LIMIT = 400;

/** A day's page: that day's articles. */
export interface DayPageView extends PeriodPageView {
	readonly params: { readonly year: string; readonly month: string; readonly day: string };
	readonly cards: readonly ArticleCardView[];
}

const monthLink = (m: Pick<MonthGroup<unknown>, 'year' | 'month'>, urls: Urls, dates: DateFormat): LinkView => ({
	href: urls.month(m.year, m.month),
	label: dates.month(m.year, m.month),
});
const yearLink = (year: number, urls: Urls): LinkView => ({ href: urls.year(year), label: String(year) });
const dayLink = (day: CalendarDay, urls: Urls, dates: DateFormat): LinkView => ({
	href: urls.day(day),
	label: dates.calendarDay(day),
});
const neighbours = <P>(list: readonly P[], index: number, link: (p: P) => LinkView) => {
	const { earlier, later } = adjacentPeriods(list, index);
	return {
		...(earlier === undefined ? {} : { earlier: link(earlier) }),
		...(later === undefined ? {} : { later: link(later) }),
	};
};
const monthCounts = (year: YearGroup<unknown>, urls: Urls, dates: DateFormat): MonthCountView[] =>
	[...year.months].reverse().map((m) => ({
		href: urls.month(m.year, m.month),
		label: dates.monthName(m.month),
		year: String(m.year),
		countText: countArticles(m.count, dates.lang),
	}));

/** The /archive/ page of the grouped articles. */
export function archiveView(years: readonly YearGroup<unknown>[], { urls, dates }: ViewContext): ArchiveView {
	const total = countArticles(
		years.reduce((sum, y) => sum + y.count, 0),
		dates.lang,
	);
	const yearCount = `${years.length} ${years.length === 1 ? 'year' : 'years'}`;
	return {
		path: urls.archive(),
		title: 'Archive',
		description: `Every month with articles: ${total} in ${yearCount}.`,
		years: years.map((y) => ({
			...yearLink(y.year, urls),
			countText: countArticles(y.count, dates.lang),
			months: monthCounts(y, urls, dates),
		})),
	};
}

/** Every year page. */
export function yearPages(years: readonly YearGroup<Article>[], context: ViewContext): YearPageView[] {
	const { urls, dates } = context;
	return years.map((y, index) => ({
		params: { year: String(y.year) },
		path: urls.year(y.year),
		title: String(y.year),
		description: `${countArticles(y.count, dates.lang)} published in ${y.year}, by month.`,
		countText: countArticles(y.count, dates.lang),
		breadcrumbs: [{ href: urls.archive(), label: 'Archive' }],
		...neighbours(years, index, (other) => yearLink(other.year, urls)),
		months: monthCounts(y, urls, dates),
		sections: y.months.map((m) => {
			const link = monthLink(m, urls, dates);
			return {
				...link,
				id: `${m.year}-${pad2(m.month)}`,
				iso: `${m.year}-${pad2(m.month)}`,
				countText: countArticles(m.count, dates.lang),
				headlines: m.days
					.flatMap((d) => d.articles)
					.slice(0, YEAR_PAGE_HEADLINES)
					.map((article) => headline(article, context)),
				...(m.count > YEAR_PAGE_HEADLINES
					? { more: { href: link.href, label: `All ${countArticles(m.count, dates.lang)} of ${link.label}` } }
					: {}),
			};
		}),
	}));
}

/** Every month page; the calendar's first column is `weekStartsOn` (0 = Sunday). */
export function monthPages(
	years: readonly YearGroup<Article>[],
	context: ViewContext,
	weekStartsOn = 0,
): MonthPageView[] {
	const { urls, dates } = context;
	const months = allMonths(years);
	return months.map((m, index) => ({
		params: { year: String(m.year), month: pad2(m.month) },
		path: urls.month(m.year, m.month),
		title: dates.month(m.year, m.month),
		description:
			`${countArticles(m.count, dates.lang)} published in ${dates.month(m.year, m.month)}, ` +
			'with a calendar and the articles by day.',
		countText: countArticles(m.count, dates.lang),
		breadcrumbs: [{ href: urls.archive(), label: 'Archive' }, yearLink(m.year, urls)],
		...neighbours(months, index, (other) => monthLink(other, urls, dates)),
		calendar: calendarView(m, urls, dates, weekStartsOn),
		...(m.count > MONTH_PAGE_LIMIT
			? { note: `Too many articles to list on one page: each day in the calendar opens that day's articles.` }
			: {}),
		sections:
			m.count > MONTH_PAGE_LIMIT
				? []
				: m.days.map((d) => ({
						...dayLink(d.day, urls, dates),
						id: isoCalendarDay(d.day),
						iso: isoCalendarDay(d.day),
						countText: countArticles(d.articles.length, dates.lang),
						headlines: d.articles.map((article) => headline(article, context)),
					})),
	}));
}

/** Every day page. */
export function dayPages(years: readonly YearGroup<Article>[], context: ViewContext): DayPageView[] {
	const { urls, dates } = context;
	const days: DayGroup<Article>[] = allDays(years);
	return days.map(({ day, articles }, index) => ({
		params: { year: String(day.year), month: pad2(day.month), day: pad2(day.day) },
		path: urls.day(day),
		title: dates.calendarDay(day),
		description: `${countArticles(articles.length, dates.lang)} published on ${dates.calendarDay(day)}.`,
		countText: countArticles(articles.length, dates.lang),
		breadcrumbs: [{ href: urls.archive(), label: 'Archive' }, yearLink(day.year, urls), monthLink(day, urls, dates)],
		...neighbours(days, index, (other) => dayLink(other.day, urls, dates)),
		cards: articles.map((article) => articleCard(article, context)),
	}));
}

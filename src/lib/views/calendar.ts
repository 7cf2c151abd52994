import type { MonthGroup } from '../archive.ts';
import type { DateFormat } from '../date-format.ts';
import { daysInMonth, isoCalendarDay, weekday } from '../dates.ts';
import { countArticles } from '../plural.ts';
import type { Urls } from '../urls.ts';

/** One day in the month's calendar. */
export interface CalendarCellView {
	readonly day: number;
	/** `2025-02-12`, for `<time datetime>`. */
	readonly iso: string;
	/** `12 February 2025` */
	readonly label: string;
	/** How many articles were published that day (0 for most days). */
	readonly count: number;
	/** The day page, present only when the day has articles. */
	readonly href?: string;
	/** `1 article`, present only when the day has articles. */
	readonly countText?: string;
}

/** A month as a calendar: weekday headings and whole weeks, with `null` outside the month. */
export interface CalendarView {
	readonly caption: string;
	readonly weekdays: readonly { readonly long: string; readonly short: string }[];
	readonly weeks: readonly (readonly (CalendarCellView | null)[])[];
}

/** The day numbers of a month laid out in weeks of seven, `null` before the 1st and after the last day. */
export function monthGrid(year: number, month: number, weekStartsOn = 0): (number | null)[][] {
	const lead = (weekday({ year, month, day: 1 }) - weekStartsOn + 7) % 7;
	const cells: (number | null)[] = [
		...Array.from({ length: lead }, () => null),
		...Array.from({ length: daysInMonth(year, month) }, (_, i) => i + 1),
	];
	while (cells.length % 7 !== 0) cells.push(null);
	return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** The calendar of a month with articles: each day that has some links to its page, with its count. */
export function calendarView(
	month: MonthGroup<unknown>,
	urls: Urls,
	dates: DateFormat,
	weekStartsOn = 0,
): CalendarView {
	const counts = new Map(month.days.map(({ day, articles }) => [day.day, articles.length]));
	return {
		caption: dates.month(month.year, month.month),
		weekdays: dates.weekdays(weekStartsOn),
		weeks: monthGrid(month.year, month.month, weekStartsOn).map((week) =>
			week.map((n) => {
				if (n === null) return null;
				const day = { year: month.year, month: month.month, day: n };
				const count = counts.get(n) ?? 0;
				const base = { day: n, iso: isoCalendarDay(day), label: dates.calendarDay(day), count };
				return count === 0 ? base : { ...base, href: urls.day(day), countText: countArticles(count, dates.lang) };
			}),
		),
	};
}

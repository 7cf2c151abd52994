import type { CalendarDay } from './dates.ts';

/** The articles of one day. */
export interface DayGroup<T> {
	readonly day: CalendarDay;
	readonly articles: readonly T[];
}

/** The articles of one month, by day. */
export interface MonthGroup<T> {
	readonly year: number;
	/** 1–12 */
	readonly month: number;
	/** Days with articles, newest first. */
	readonly days: readonly DayGroup<T>[];
	readonly count: number;
}

/** The articles of one year, by month. */
export interface YearGroup<T> {
	readonly year: number;
	/** Months with articles, newest first. */
	readonly months: readonly MonthGroup<T>[];
	readonly count: number;
}

/**
 * Files articles under year, month and day by their `day`, the calendar day of publication in
 * the site's time zone (see `toArticle`), so the build machine's zone never moves an article.
 * Years, months and days come newest first; articles keep the order given.
 */
export function groupByDate<T extends { readonly day: CalendarDay }>(articles: readonly T[]): YearGroup<T>[] {
	const days = new Map<number, { day: CalendarDay; articles: T[] }>();
	for (const article of articles) {
		const key = dayNumber(article.day);
		const group = days.get(key) ?? { day: article.day, articles: [] };
		days.set(key, group);
		group.articles.push(article);
	}
	const years: {
		year: number;
		months: { year: number; month: number; days: DayGroup<T>[]; count: number }[];
		count: number;
	}[] = [];
	for (const group of [...days].sort(([a], [b]) => b - a).map(([, group]) => group)) {
		const { year, month } = group.day;
		let y = years.at(-1);
		if (y?.year !== year) years.push((y = { year, months: [], count: 0 }));
		let m = y.months.at(-1);
		if (m?.month !== month) y.months.push((m = { year, month, days: [], count: 0 }));
		m.days.push(group);
		m.count += group.articles.length;
		y.count += group.articles.length;
	}
	return years;
}

/** A sortable number for a calendar day: 20250212. */
function dayNumber({ year, month, day }: CalendarDay): number {
	return year * 10_000 + month * 100 + day;
}

/** Every month with articles, newest first. */
export function allMonths<T>(years: readonly YearGroup<T>[]): MonthGroup<T>[] {
	return years.flatMap((year) => year.months);
}

/** Every day with articles, newest first. */
export function allDays<T>(years: readonly YearGroup<T>[]): DayGroup<T>[] {
	return allMonths(years).flatMap((month) => month.days);
}

/** The periods either side of the one at `index` in a newest-first list: the earlier and the later one. */
export function adjacentPeriods<P>(newestFirst: readonly P[], index: number): { earlier?: P; later?: P } {
	const later = index > 0 ? newestFirst[index - 1] : undefined;
	const earlier = newestFirst[index + 1];
	return { ...(earlier === undefined ? {} : { earlier }), ...(later === undefined ? {} : { later }) };
}

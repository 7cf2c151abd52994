import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';

/** A publication or update moment as the publisher wrote it: an instant, and whether a time was given. */
export interface ArticleDate {
	/** The instant; for a date without a time, midnight of that day in the site's time zone. */
	readonly instant: Date;
	/** True when the front-matter gave a time of day, so readers are shown it. */
	readonly hasTime: boolean;
}

/** A calendar day in the site's time zone. */
export interface CalendarDay {
	readonly year: number;
	/** 1–12 */
	readonly month: number;
	/** 1–31 */
	readonly day: number;
}

const DATE_RE =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Days in a month of a year (proleptic Gregorian), month 1–12. */
export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses a front-matter date string. `2025-02-12` is that calendar day in `timeZone`;
 * `2025-02-12T14:05:00-05:00` is that instant; a time without an offset is wall time in `timeZone`.
 * Returns an error message for anything that is not a real date.
 */
export function parseArticleDate(value: string, timeZone: string): ArticleDate | { error: string } {
	const match = DATE_RE.exec(value.trim());
	if (!match) {
		return { error: `"${value}" is not a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM±HH:MM` };
	}
	const [, y, mo, d, h, mi, s, frac, offset] = match;
	const year = Number(y);
	const month = Number(mo);
	const day = Number(d);
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
		return { error: `"${value}" is not a real calendar date` };
	}
	if (h === undefined) {
		return { instant: new Date(new TZDate(year, month - 1, day, timeZone).getTime()), hasTime: false };
	}
	const hour = Number(h);
	const minute = Number(mi);
	const second = s === undefined ? 0 : Number(s);
	if (hour > 23 || minute > 59 || second > 59) {
		return { error: `"${value}" has an impossible time of day` };
	}
	const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
	if (offset === undefined) {
		const wall = new TZDate(year, month - 1, day, hour, minute, second, ms, timeZone);
		return { instant: new Date(wall.getTime()), hasTime: true };
	}
	const offsetMinutes = parseOffset(offset);
	if (offsetMinutes === null) {
		return { error: `"${value}" has an impossible UTC offset` };
	}
	const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000;
	return { instant: new Date(utc), hasTime: true };
}

function parseOffset(offset: string): number | null {
	if (offset === 'Z') return 0;
	const digits = offset.replace(':', '');
	const sign = digits.startsWith('-') ? -1 : 1;
	const hours = Number(digits.slice(1, 3));
	const minutes = Number(digits.slice(3, 5));
	if (hours > 14 || minutes > 59) return null;
	return sign * (hours * 60 + minutes);
}

/**
 * Remembers a function of an instant and a time zone. Every listing, feed and sitemap shows the
 * same few thousand dates again, and each time-zone conversion asks Intl, which measured as a
 * tenth of a build's time before this (`npm run bench`). The results are immutable.
 */
function byInstant<T>(compute: (ms: number, timeZone: string) => T): (instant: Date, timeZone: string) => T {
	const cache = new Map<string, T>();
	return (instant, timeZone) => {
		const key = `${timeZone} ${instant.getTime()}`;
		let value = cache.get(key);
		if (value === undefined) cache.set(key, (value = compute(instant.getTime(), timeZone)));
		return value;
	};
}

/** The calendar day on which `instant` falls in `timeZone`. */
export const calendarDay: (instant: Date, timeZone: string) => CalendarDay = byInstant((ms, timeZone) => {
	const local = new TZDate(ms, timeZone);
	return Object.freeze({ year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() });
});

/** RFC 3339 / ISO 8601 text for `instant` with the site zone's offset, e.g. `2025-02-12T00:00:00-05:00`. */
export const isoWithOffset: (instant: Date, timeZone: string) => string = byInstant((ms, timeZone) =>
	format(new TZDate(ms, timeZone), "yyyy-MM-dd'T'HH:mm:ssXXX"),
);

/** Two-digit text for a month or day number: `02`. */
export function pad2(n: number): string {
	return String(n).padStart(2, '0');
}

/** The day for `<time datetime>`: `2025-02-12`. */
export function isoCalendarDay({ year, month, day }: CalendarDay): string {
	return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Day of the week (0 = Sunday) of a calendar day, the same in every zone. */
export function weekday({ year, month, day }: CalendarDay): number {
	return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

import { TZDate } from '@date-fns/tz';
import { createRequire } from 'node:module';
import { format } from 'date-fns/format';
import type { Locale } from 'date-fns/locale';
import type { ArticleDate, CalendarDay } from './dates.ts';
import { formatCount } from './plural.ts';

/** How the newsroom writes dates, beside what its language decides. */
export interface DateStyle {
	/**
	 * `long`: "February 12, 2025". `abbreviated`: "Feb. 12, 2025"; in English the AP's abbreviations
	 * (Jan., Feb., Aug., Sept., Oct., Nov., Dec.; March to July in full), elsewhere the locale's own.
	 */
	readonly month: 'long' | 'abbreviated';
	/** What to say after a time, by IANA zone (`America/New_York` → `ET`); a zone not listed gets its own short name (EST, CET). */
	readonly zoneLabels: Readonly<Record<string, string>>;
}

/** Everything a page needs to write dates and counts the site's way, in the site's zone and language. */
export interface DateFormat {
	readonly lang: string;
	readonly timeZone: string;
	/** The day an instant falls on: `Feb. 12, 2025`. */
	day(instant: Date): string;
	/** An article date: the day, plus the time and zone label when one was given (`Feb. 12, 2025, 5:46 p.m. ET`). */
	articleDate(date: ArticleDate): string;
	/** The time of an article date with its zone label (`5:46 p.m. ET`), or undefined when it gave only a day. */
	timeOfDay(date: ArticleDate): string | undefined;
	/** A calendar day, with no zone involved: `Feb. 12, 2025`. */
	calendarDay(day: CalendarDay): string;
	/** A month of a year, always in full: `February 2025`. */
	month(year: number, month: number): string;
	/** A month's name alone: `February`. */
	monthName(month: number): string;
	/** The seven weekday names from `weekStartsOn` (0 = Sunday), long and short. */
	weekdays(weekStartsOn: number): { long: string; short: string }[];
	/** A whole number with the language's grouping: `10,000`. */
	number(n: number): string;
}

const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const requireLocale = createRequire(import.meta.url);

/**
 * One date-fns locale by its file name (`en-US`, `fr`), or undefined when date-fns has none. Loaded
 * alone: importing every locale (`date-fns/locale`) made Node resolve some 1,800 modules, each time
 * reading date-fns's 200 KB package.json, a third of the start-up of every build.
 */
function loadLocale(name: string): Locale | undefined {
	if (!/^[a-z]{2,3}(?:-[A-Z]{2})?$/u.test(name)) return undefined;
	try {
		const exports = requireLocale(`date-fns/locale/${name}`) as Record<string, unknown>;
		return Object.values(exports).find((value): value is Locale => typeof value === 'object' && value !== null);
	} catch {
		return undefined;
	}
}

/** The date-fns locale of a BCP 47 language (`en-US` → enUS, `fr-CA` → frCA, else `fr`); throws for one it lacks. */
export function dateLocale(lang: string): Locale {
	const [language = '', region = ''] = lang.split('-');
	const locale =
		(region ? loadLocale(`${language.toLowerCase()}-${region.toUpperCase()}`) : undefined) ??
		loadLocale(language.toLowerCase());
	if (!locale) throw new Error(`the site language "${lang}" has no date-fns locale; use a tag such as en-US or fr`);
	return locale;
}

/** A literal for a date-fns pattern. */
const literal = (text: string): string => `'${text.replace(/'/gu, "''")}'`;

/** The date formatting of a site: its language, zone and the newsroom's style. */
export function dateFormat({
	lang,
	timeZone,
	dateStyle,
}: {
	lang: string;
	timeZone: string;
	dateStyle: DateStyle;
}): DateFormat {
	const locale = dateLocale(lang);
	const english = locale.code.startsWith('en');
	// The locale's long date, without English ordinals ("February 12th"): newspapers write "February 12".
	const longDate = locale.formatLong.date({ width: 'long' }).replace(/\bdo\b/u, english ? 'd' : 'do');
	const datePattern = (month: number): string => {
		if (dateStyle.month === 'long') return longDate;
		return longDate.replace(/M{3,4}/u, english ? literal(AP_MONTHS[month] ?? '') : 'MMM');
	};
	// English papers write "5:46 p.m."; other languages their locale's short time ("17:46").
	const timePattern = english && locale.code !== 'en-GB' ? 'h:mm aaaa' : locale.formatLong.time({ width: 'short' });
	// "{{date}}, {{time}}" in most locales; quoted literals would be date-fns pattern syntax, not text.
	const joined = locale.formatLong.dateTime({ width: 'short' }).replace(/'/gu, '');
	const opts = { locale };

	const formatDay = (local: Date): string => format(local, datePattern(local.getMonth()), opts);
	const cache = new Map<string, string>();
	// Every listing shows the same few thousand dates again; each zone conversion asks Intl.
	const remember = (key: string, compute: () => string): string => {
		let value = cache.get(key);
		if (value === undefined) cache.set(key, (value = compute()));
		return value;
	};
	const day = (instant: Date): string =>
		remember(`d${instant.getTime()}`, () => formatDay(new TZDate(instant.getTime(), timeZone)));
	const time = (instant: Date): string =>
		remember(`h${instant.getTime()}`, () => {
			const local = new TZDate(instant.getTime(), timeZone);
			return `${format(local, timePattern, opts)} ${dateStyle.zoneLabels[timeZone] ?? zoneName(instant)}`;
		});
	const withTime = (instant: Date): string =>
		remember(`t${instant.getTime()}`, () =>
			joined.replace('{{date}}', day(instant)).replace('{{time}}', time(instant)),
		);
	const utcDay = ({ year, month, day: d }: CalendarDay): Date => new TZDate(year, month - 1, d, 'UTC');
	// The zone's short name in the site's language: "EST" in English, "UTC+1" in French.
	const zoneNames = new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'short' });
	const zoneName = (instant: Date): string =>
		zoneNames.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
	return {
		lang,
		timeZone,
		day,
		articleDate: (date) => (date.hasTime ? withTime(date.instant) : day(date.instant)),
		timeOfDay: (date) => (date.hasTime ? time(date.instant) : undefined),
		calendarDay: (calendar) => formatDay(utcDay(calendar)),
		month: (year, month) => format(utcDay({ year, month, day: 15 }), 'LLLL yyyy', opts),
		monthName: (month) => format(utcDay({ year: 2000, month, day: 15 }), 'LLLL', opts),
		weekdays: (weekStartsOn) =>
			// 2023-01-01 was a Sunday; reading it in UTC keeps the build machine's zone out of it.
			Array.from({ length: 7 }, (_, i) => {
				const date = utcDay({ year: 2023, month: 1, day: 1 + ((weekStartsOn + i) % 7) });
				return { long: format(date, 'EEEE', opts), short: format(date, 'EEE', opts) };
			}),
		number: (n) => formatCount(n, lang),
	};
}

import { describe, expect, test } from 'vitest';
import { dateFormat, dateLocale, type DateStyle } from './date-format.ts';
import { parseArticleDate, type ArticleDate } from './dates.ts';
import { defaultSettings } from './settings.ts';

const NY = 'America/New_York';

function parsed(value: string, zone = NY): ArticleDate {
	const result = parseArticleDate(value, zone);
	if ('error' in result) throw new Error(result.error);
	return result;
}

const ap: DateStyle = { month: 'abbreviated', zoneLabels: { [NY]: 'ET' } };
const long: DateStyle = { month: 'long', zoneLabels: {} };

describe('dateFormat', () => {
	test('writes en-US dates in AP style with the newsroom zone label by default', () => {
		const dates = dateFormat(defaultSettings);
		expect(dates.articleDate(parsed('2025-02-12T17:46:00-05:00'))).toBe('Feb. 12, 2025, 5:46 p.m. ET');
		expect(dates.articleDate(parsed('2025-02-12'))).toBe('Feb. 12, 2025');
		expect(dates.articleDate(parsed('2025-07-04T09:05:00-04:00'))).toBe('July 4, 2025, 9:05 a.m. ET');
	});

	test('gives the time of day alone, in the site zone, only for a date that has one', () => {
		const dates = dateFormat(defaultSettings);
		expect(dates.timeOfDay(parsed('2025-02-12T22:46:00Z'))).toBe('5:46 p.m. ET');
		expect(dates.timeOfDay(parsed('2025-02-12'))).toBeUndefined();
		const paris = dateFormat({ lang: 'fr', timeZone: 'Europe/Paris', dateStyle: long });
		expect(paris.timeOfDay(parsed('2025-02-12T16:46:00Z', 'Europe/Paris'))).toBe('17:46 UTC+1');
	});

	test.each([
		[1, 'Jan. 5, 2025'],
		[3, 'March 5, 2025'],
		[6, 'June 5, 2025'],
		[9, 'Sept. 5, 2025'],
		[12, 'Dec. 5, 2025'],
	])('abbreviates month %i as the AP does: %s', (month, text) => {
		expect(dateFormat({ lang: 'en-US', timeZone: NY, dateStyle: ap }).calendarDay({ year: 2025, month, day: 5 })).toBe(
			text,
		);
	});

	test('writes months in full, without ordinals, and names the zone when the newsroom gives no label', () => {
		const dates = dateFormat({ lang: 'en-US', timeZone: NY, dateStyle: long });
		expect(dates.articleDate(parsed('2025-02-12'))).toBe('February 12, 2025');
		expect(dates.articleDate(parsed('2025-02-12T17:46:00-05:00'))).toBe('February 12, 2025, 5:46 p.m. EST');
		expect(dates.articleDate(parsed('2025-07-04T16:00:00Z'))).toBe('July 4, 2025, 12:00 p.m. EDT');
	});

	test('follows the language: day before month in British English, French and German, 24-hour clocks', () => {
		const london = dateFormat({ lang: 'en-GB', timeZone: 'Europe/London', dateStyle: long });
		expect(london.articleDate(parsed('2025-02-12T17:46:00Z'))).toBe('12 February 2025, 17:46 GMT');
		const paris = dateFormat({ lang: 'fr', timeZone: 'Europe/Paris', dateStyle: ap });
		expect(paris.articleDate(parsed('2025-02-12T17:46:00Z'))).toBe('12 févr. 2025, 18:46 UTC+1');
		expect(paris.month(2025, 2)).toBe('février 2025');
		const berlin = dateFormat({ lang: 'de-DE', timeZone: 'Europe/Berlin', dateStyle: long });
		expect(berlin.calendarDay({ year: 2025, month: 2, day: 12 })).toBe('12. Februar 2025');
		expect(berlin.weekdays(1).map((d) => d.short)).toEqual(['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.']);
	});

	test('groups thousands the language’s way', () => {
		expect(dateFormat(defaultSettings).number(10_000)).toBe('10,000');
		expect(dateFormat({ lang: 'de-DE', timeZone: NY, dateStyle: long }).number(10_000)).toBe('10.000');
	});

	test('names months and weekdays with no zone involved', () => {
		const dates = dateFormat(defaultSettings);
		expect(dates.month(2025, 2)).toBe('February 2025');
		expect(dates.monthName(12)).toBe('December');
		expect(dates.weekdays(0)[6]).toEqual({ long: 'Saturday', short: 'Sat' });
		expect(dates.weekdays(1).map((d) => d.short)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
	});

	test.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])(
		'writes the site zone’s day whatever the build machine’s zone (TZ=%s)',
		(zone) => {
			const original = process.env.TZ;
			process.env.TZ = zone;
			try {
				const dates = dateFormat(defaultSettings);
				expect(dates.articleDate(parsed('2025-02-12'))).toBe('Feb. 12, 2025');
				expect(dates.day(new Date('2025-02-13T03:00:00Z'))).toBe('Feb. 12, 2025');
				expect(dates.calendarDay({ year: 2025, month: 2, day: 12 })).toBe('Feb. 12, 2025');
			} finally {
				if (original === undefined) delete process.env.TZ;
				else process.env.TZ = original;
			}
		},
	);
});

describe('dateLocale', () => {
	test('finds the regional locale, else the language’s, and refuses a language date-fns lacks', () => {
		expect(dateLocale('en-US').code).toBe('en-US');
		expect(dateLocale('fr-CA').code).toBe('fr-CA');
		expect(dateLocale('de-AT').code).toBe('de-AT');
		expect(dateLocale('fr-BE').code).toBe('fr');
		expect(() => dateLocale('xx')).toThrow(/"xx" has no date-fns locale/u);
	});
});

import { describe, expect, test } from 'vitest';
import { calendarDay, isoCalendarDay, isoWithOffset, parseArticleDate, weekday, type ArticleDate } from './dates.ts';

const NY = 'America/New_York';

function parsed(value: string, zone = NY): ArticleDate {
	const result = parseArticleDate(value, zone);
	if ('error' in result) throw new Error(result.error);
	return result;
}

describe('parseArticleDate', () => {
	test('a date without a time is midnight of that day in the site zone', () => {
		const date = parsed('2025-02-12');
		expect(date.hasTime).toBe(false);
		expect(date.instant.toISOString()).toBe('2025-02-12T05:00:00.000Z');
		expect(calendarDay(date.instant, NY)).toEqual({ year: 2025, month: 2, day: 12 });
	});

	test('a date-time with an offset is that instant', () => {
		const date = parsed('2025-02-12T14:05:00+01:00');
		expect(date.hasTime).toBe(true);
		expect(date.instant.toISOString()).toBe('2025-02-12T13:05:00.000Z');
		expect(parsed('2025-02-12T23:30:00Z').instant.toISOString()).toBe('2025-02-12T23:30:00.000Z');
	});

	test('a date-time without an offset is wall time in the site zone', () => {
		expect(parsed('2025-07-01 09:30').instant.toISOString()).toBe('2025-07-01T13:30:00.000Z');
	});

	test.each([
		'2025-02-30',
		'2025-13-01',
		'2023-02-29',
		'2025-02-12T25:00:00Z',
		'12/02/2025',
		'tomorrow',
		'2025-02-12T10:00:00+15:00',
	])('rejects %s', (value) => {
		expect(parseArticleDate(value, NY)).toHaveProperty('error');
	});

	test('accepts 29 February in a leap year', () => {
		expect(parseArticleDate('2024-02-29', NY)).not.toHaveProperty('error');
	});
});

describe('calendarDay', () => {
	test('puts an article dated 12 Feb on the 12th in the site zone, whatever the build machine zone', () => {
		// The process TZ is deliberately irrelevant: the day is computed in the zone passed in.
		for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC', NY]) {
			expect(calendarDay(parsed('2025-02-12', zone).instant, zone)).toEqual({ year: 2025, month: 2, day: 12 });
		}
	});

	test('files an instant on the day it falls in the site zone', () => {
		// 03:00 UTC on the 13th is still the evening of the 12th in New York.
		expect(calendarDay(new Date('2025-02-13T03:00:00Z'), NY)).toEqual({ year: 2025, month: 2, day: 12 });
	});
});

describe('machine dates', () => {
	test('writes machine dates with the zone offset', () => {
		expect(isoWithOffset(parsed('2025-02-12').instant, NY)).toBe('2025-02-12T00:00:00-05:00');
		expect(isoWithOffset(parsed('2025-07-04T16:00:00Z').instant, NY)).toBe('2025-07-04T12:00:00-04:00');
	});
});

describe('the build machine time zone', () => {
	const original = process.env.TZ;

	test.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])('changes nothing under TZ=%s', (zone) => {
		process.env.TZ = zone;
		try {
			const date = parsed('2025-02-12');
			expect(new Date(2025, 1, 12).getTimezoneOffset()).toBe(
				zone === 'UTC' ? 0 : zone === 'Pacific/Kiritimati' ? -840 : 480,
			);
			expect(calendarDay(date.instant, NY)).toEqual({ year: 2025, month: 2, day: 12 });
			expect(isoWithOffset(date.instant, NY)).toBe('2025-02-12T00:00:00-05:00');
		} finally {
			if (original === undefined) delete process.env.TZ;
			else process.env.TZ = original;
		}
	});
});

describe('calendar days, for the date pages', () => {
	test('writes the datetime text of a calendar day without any zone', () => {
		const original = process.env.TZ;
		try {
			for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
				process.env.TZ = zone;
				expect(isoCalendarDay({ year: 2025, month: 2, day: 1 })).toBe('2025-02-01');
			}
		} finally {
			if (original === undefined) delete process.env.TZ;
			else process.env.TZ = original;
		}
	});

	test('knows the weekday of a calendar day', () => {
		expect(weekday({ year: 2025, month: 2, day: 12 })).toBe(3);
		expect(weekday({ year: 2025, month: 2, day: 1 })).toBe(6);
	});
});

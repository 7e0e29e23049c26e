import { describe, expect, test } from 'vitest';
import { YEAR_RANGES, fromGregorian, toGregorian, type CalendarName, type WrittenDate } from './calendars';

// Dates that all equal 1990-01-12, one per calendar the checker reads: the same dates Intl.DateTimeFormat prints
// for 1990-01-12 in those calendars (checked in Node 24). ROC and Ethiopic dates are not read: the checker does
// not take them.
describe.each<{ calendar: CalendarName; written: WrittenDate }>([
	{ calendar: 'gregory', written: { year: 1990, month: 1, day: 12 } },
	{ calendar: 'persian', written: { year: 1368, month: 10, day: 22 } },
	{ calendar: 'buddhist', written: { year: 2533, month: 1, day: 12 } },
	{ calendar: 'japanese', written: { era: 'heisei', year: 2, month: 1, day: 12 } },
	{ calendar: 'islamic-umalqura', written: { year: 1410, month: 6, day: 14 } },
])('$calendar $written.year-$written.month-$written.day', ({ calendar, written }) => {
	test('is 1990-01-12', () => {
		const converted = toGregorian(calendar, written);
		expect(converted.ok && converted.iso).toBe('1990-01-12');
	});
	test('and back', () => {
		expect(fromGregorian('1990-01-12', calendar)).toEqual(written);
	});
});

describe('calendar year ranges follow the Gregorian 1900-2100 window', () => {
	test('computed by the library, not typed in', () => {
		expect(YEAR_RANGES.buddhist).toEqual({ min: 2443, max: 2643 });
		expect(YEAR_RANGES.persian).toEqual({ min: 1278, max: 1479 });
		expect(YEAR_RANGES['islamic-umalqura'].min).toBe(1317);
	});
});

describe('era boundaries (Shōwa ends 1989-01-07, Heisei 1989-01-08 to 2019-04-30, Reiwa from 2019-05-01)', () => {
	test.each<[WrittenDate, string | 'not-in-era']>([
		[{ era: 'showa', year: 64, month: 1, day: 7 }, '1989-01-07'],
		[{ era: 'showa', year: 64, month: 1, day: 8 }, 'not-in-era'],
		[{ era: 'heisei', year: 1, month: 1, day: 8 }, '1989-01-08'],
		[{ era: 'heisei', year: 31, month: 4, day: 30 }, '2019-04-30'],
		[{ era: 'heisei', year: 31, month: 5, day: 1 }, 'not-in-era'],
		[{ era: 'reiwa', year: 1, month: 5, day: 1 }, '2019-05-01'],
		[{ era: 'reiwa', year: 1, month: 4, day: 30 }, 'not-in-era'],
	])('%o → %s', (written, expected) => {
		const converted = toGregorian('japanese', written);
		expect(converted.ok ? converted.iso : converted.problem).toBe(expected);
	});
});

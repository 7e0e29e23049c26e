/**
 * Calendar conversion to Gregorian through `@internationalized/date` (Adobe's, Apache-2.0; it computes
 * every calendar we read itself, without the browser's Intl, and calendars.test.ts checks it on dates
 * that all equal 1990-01-12), with the checks that say why a date does not exist.
 */
import {
	BuddhistCalendar,
	CalendarDate,
	GregorianCalendar,
	IslamicUmalquraCalendar,
	JapaneseCalendar,
	PersianCalendar,
	toCalendar,
	type Calendar,
} from '@internationalized/date';
import { HIJRI_UNCERTAIN_DAYS, YEAR_MAX, YEAR_MIN } from './constants';
import type { JapaneseEra } from './date-words';

/** The calendars a date can be read in (CLDR identifiers). */
export type CalendarName = 'gregory' | 'buddhist' | 'japanese' | 'persian' | 'islamic-umalqura';

/** Calendars whose years count on without eras. */
export type YearCalendar = Exclude<CalendarName, 'japanese'>;

/** A date as written in some calendar. */
export interface WrittenDate {
	year: number;
	month: number;
	day: number;
	era?: JapaneseEra;
}

/** Problems a written date can have, in the order they are checked. */
export type DateFieldProblem =
	'month-out-of-range' | 'day-out-of-range' | 'year-out-of-range' | 'no-such-day' | 'not-in-era';

/** A written date converted, or why it cannot be. */
export type Conversion =
	| { ok: true; iso: string; uncertainDays: number }
	| { ok: false; problem: DateFieldProblem; value?: number; daysInMonth?: number };

const GREGORIAN = new GregorianCalendar();
const JAPANESE = new JapaneseCalendar();

const CALENDARS: Readonly<Record<YearCalendar, Calendar>> = {
	gregory: GREGORIAN,
	buddhist: new BuddhistCalendar(),
	persian: new PersianCalendar(),
	'islamic-umalqura': new IslamicUmalquraCalendar(),
};

/** Years of each calendar that fall between `YEAR_MIN` and `YEAR_MAX` (Gregorian), from the library. */
export const YEAR_RANGES: Readonly<Record<YearCalendar, { min: number; max: number }>> = {
	gregory: { min: YEAR_MIN, max: YEAR_MAX },
	buddhist: rangeIn(CALENDARS.buddhist),
	persian: rangeIn(CALENDARS.persian),
	'islamic-umalqura': rangeIn(CALENDARS['islamic-umalqura']),
};

function rangeIn(calendar: Calendar): { min: number; max: number } {
	return {
		min: toCalendar(new CalendarDate(YEAR_MIN, 1, 1), calendar).year,
		max: toCalendar(new CalendarDate(YEAR_MAX, 12, 31), calendar).year,
	};
}

/** The Gregorian year each era's year 1 falls in, from the library (平成元年 = 1989). */
const ERA_FIRST_YEAR: Readonly<Record<JapaneseEra, number>> = {
	meiji: eraFirstYear('meiji'),
	taisho: eraFirstYear('taisho'),
	showa: eraFirstYear('showa'),
	heisei: eraFirstYear('heisei'),
	reiwa: eraFirstYear('reiwa'),
};

function eraFirstYear(era: JapaneseEra): number {
	return toCalendar(new CalendarDate(JAPANESE, era, 1, 12, 31), GREGORIAN).year;
}

/** Calendars whose year `year` falls between `YEAR_MIN` and `YEAR_MAX`. */
export function calendarsForYear(year: number): YearCalendar[] {
	return (Object.keys(YEAR_RANGES) as YearCalendar[]).filter((name) => {
		const range = YEAR_RANGES[name];
		return year >= range.min && year <= range.max;
	});
}

/** `YYYY-MM-DD` of a Gregorian date. */
export function isoOf(year: number, month: number, day: number): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The Gregorian date a written date stands for, or the first reason it does not exist. */
export function toGregorian(calendar: CalendarName, date: WrittenDate): Conversion {
	const { year, month, day } = date;
	if (month < 1 || month > 12) return { ok: false, problem: 'month-out-of-range', value: month };
	if (day < 1 || day > 31) return { ok: false, problem: 'day-out-of-range', value: day };
	if (calendar === 'japanese') return japaneseToGregorian(date);

	const range = YEAR_RANGES[calendar];
	if (year < range.min || year > range.max) {
		return { ok: false, problem: 'year-out-of-range', value: year };
	}
	const system = CALENDARS[calendar];
	const daysInMonth = system.getDaysInMonth(new CalendarDate(system, year, month, 1));
	if (day > daysInMonth) {
		// A Hijri month has 29 or 30 days depending on the sighting of the moon: a document can
		// carry a 30th where Umm al-Qura has 29 (dateparser tests/test_hijri.py: 30-02-1433 is
		// 2012-01-24). Read it as the day after the 29th.
		if (calendar === 'islamic-umalqura' && day === 30) {
			return gregorianOf(new CalendarDate(system, year, month, 29).add({ days: 1 }), HIJRI_UNCERTAIN_DAYS);
		}
		return { ok: false, problem: 'no-such-day', daysInMonth };
	}
	const uncertainDays = calendar === 'islamic-umalqura' ? HIJRI_UNCERTAIN_DAYS : 0;
	return gregorianOf(new CalendarDate(system, year, month, day), uncertainDays);
}

function gregorianOf(date: CalendarDate, uncertainDays: number): Conversion {
	const g = toCalendar(date, GREGORIAN);
	if (g.year < YEAR_MIN || g.year > YEAR_MAX) return { ok: false, problem: 'year-out-of-range', value: date.year };
	return { ok: true, iso: isoOf(g.year, g.month, g.day), uncertainDays };
}

function japaneseToGregorian(date: WrittenDate): Conversion {
	const era = date.era ?? 'reiwa';
	const gregorianYear = ERA_FIRST_YEAR[era] + date.year - 1;
	if (date.year < 1 || gregorianYear < YEAR_MIN || gregorianYear > YEAR_MAX) {
		return { ok: false, problem: 'year-out-of-range', value: date.year };
	}
	const daysInMonth = GREGORIAN.getDaysInMonth(new CalendarDate(gregorianYear, date.month, 1));
	if (date.day > daysInMonth) return { ok: false, problem: 'no-such-day', daysInMonth };
	const gregorian = new CalendarDate(gregorianYear, date.month, date.day);
	const back = toCalendar(gregorian, JAPANESE);
	if (back.era !== era || back.year !== date.year) return { ok: false, problem: 'not-in-era' };
	return { ok: true, iso: gregorian.toString(), uncertainDays: 0 };
}

/** A Gregorian `YYYY-MM-DD` as written in another calendar (for showing a reading back). */
export function fromGregorian(iso: string, calendar: CalendarName): WrittenDate {
	const [y, m, d] = iso.split('-').map(Number);
	const gregorian = new CalendarDate(y ?? 0, m ?? 1, d ?? 1);
	const target = calendar === 'japanese' ? JAPANESE : CALENDARS[calendar];
	const converted = toCalendar(gregorian, target);
	const written: WrittenDate = { year: converted.year, month: converted.month, day: converted.day };
	if (calendar === 'japanese') written.era = converted.era as JapaneseEra;
	return written;
}

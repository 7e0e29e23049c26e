/**
 * Every way three date parts can be read: each order of day, month and year the parts allow,
 * each calendar the year can be in, each century of a two-digit year. Returns the readings
 * that name a real day, most likely first, and the problems of those that do not.
 */
import {
	calendarsForYear,
	isoOf,
	toGregorian,
	type CalendarName,
	type DateFieldProblem,
	type WrittenDate,
} from './calendars';
import type { MarkedCalendar } from './date-words';
import type { LexiconCalendar } from './month-lexicon';
import type { DigitScript } from './normalize';
import type { Part } from './parts';
import type { DateFormat, DateReading, DateRole, FieldOrder, FormOrder } from './types';

/** What the readings depend on besides the parts. */
export interface ReadingContext {
	order?: FormOrder;
	role?: DateRole;
	/** Today, `YYYY-MM-DD`, already checked. */
	today?: string;
	calendar?: MarkedCalendar;
	digitScript: DigitScript;
	format: DateFormat;
	/** Orders to try first, before `order` and the default preference (compact forms: YYYYMMDD, MRZ). */
	preferred?: readonly FieldOrder[];
}

/** A reading that failed, with why. */
export interface FailedReading {
	problem: DateFieldProblem;
	value?: number;
	daysInMonth?: number;
	written: WrittenDate;
	calendar: CalendarName;
	order: FieldOrder;
}

/** Readings of some parts. */
export interface Readings {
	/** Readings of the likely century (or both centuries when no `today` decides). */
	primary: DateReading[];
	/** Valid readings in the century the role rules out. */
	otherCentury: DateReading[];
	/** Candidates that name no real day, most plausible first. */
	failures: FailedReading[];
	/** True when no order of the parts made sense at all. */
	noOrder: boolean;
}

/** World-wide preference when nothing else decides: day first is the most common, then US month first. */
const DEFAULT_ORDER_PREFERENCE: readonly FieldOrder[] = ['DMY', 'MDY', 'YMD', 'YDM', 'DYM', 'MYD'];
/** Orders a date is written in without markers; the other three need units or markers (年 月 日). */
const UNMARKED_ORDERS: ReadonlySet<FieldOrder> = new Set(['DMY', 'MDY', 'YMD']);

interface YearOption {
	calendar: CalendarName;
	year: number;
	calendarInferred: boolean;
	centuryInferred: boolean;
	/** False for the century a role and today rule out. */
	likely: boolean;
}

/** All readings of three parts. */
export function readParts(parts: readonly Part[], context: ReadingContext): Readings {
	const result: Readings = { primary: [], otherCentury: [], failures: [], noOrder: true };
	const preference = orderPreference(context);
	const orders = preference.filter((order) => fits(order, parts));
	for (const order of orders) {
		result.noOrder = false;
		const day = parts[order.indexOf('D')];
		const month = parts[order.indexOf('M')];
		const year = parts[order.indexOf('Y')];
		if (day?.kind !== 'number' || year?.kind !== 'number' || month === undefined) continue;
		const months: { month: number; calendar?: LexiconCalendar }[] =
			month.kind === 'month'
				? month.matches.map((m) => ({ month: m.month, calendar: m.calendar }))
				: [{ month: month.value }];
		for (const m of months) {
			for (const y of yearOptions(year, m.calendar, order, m.month, day.value, context)) {
				const written: WrittenDate = { year: y.year, month: m.month, day: day.value };
				if (year.era) written.era = year.era;
				const converted = toGregorian(y.calendar, written);
				if (!converted.ok) {
					const failure: FailedReading = { problem: converted.problem, written, calendar: y.calendar, order };
					if (converted.value !== undefined) failure.value = converted.value;
					if (converted.daysInMonth !== undefined) failure.daysInMonth = converted.daysInMonth;
					result.failures.push(failure);
					continue;
				}
				const reading: DateReading = {
					iso: converted.iso,
					order,
					format: context.format,
					calendar: y.calendar,
					calendarInferred: y.calendarInferred,
					written,
					centuryInferred: y.centuryInferred,
					uncertainDays: converted.uncertainDays,
				};
				(y.likely ? result.primary : result.otherCentury).push(reading);
			}
		}
	}
	return result;
}

function orderPreference(context: ReadingContext): FieldOrder[] {
	const first = [...(context.preferred ?? []), ...(context.order ? [context.order] : [])];
	return [...first, ...DEFAULT_ORDER_PREFERENCE.filter((o) => !first.includes(o))];
}

/** Whether the parts can stand in `order`. */
function fits(order: FieldOrder, parts: readonly Part[]): boolean {
	if (parts.length !== 3) return false;
	const allKnown = parts.every((p) => p.kind === 'month' || p.field !== undefined);
	if (!allKnown && !UNMARKED_ORDERS.has(order)) {
		// "1990 12 January": year, day, month only with a month word last and a full year first.
		const first = parts[0];
		const last = parts[2];
		if (!(order === 'YDM' && last?.kind === 'month' && first?.kind === 'number' && first.digits >= 3)) return false;
	}
	for (let k = 0; k < 3; k++) {
		const part = parts[k];
		const field = order[k];
		if (part === undefined) return false;
		if (part.kind === 'month') {
			if (field !== 'M') return false;
			continue;
		}
		const expected = field === 'D' ? 'day' : field === 'M' ? 'month' : 'year';
		if (part.field !== undefined && part.field !== expected) return false;
		if (field !== 'Y' && part.digits > 2) return false;
		if (field === 'Y' && part.digits > 4) return false;
	}
	// `12 JUL 10` is 12 July 2010 (ICAO prints day, month, year), not 2012 July 10.
	const [first, middle] = parts;
	if (order === 'YMD' && middle?.kind === 'month' && first?.kind === 'number' && first.field === undefined) {
		if (first.digits <= 2 && first.value <= 31) return false;
	}
	return true;
}

/** The calendars and centuries the year part can be read in, likely first. */
function yearOptions(
	year: Extract<Part, { kind: 'number' }>,
	monthCalendar: LexiconCalendar | undefined,
	order: FieldOrder,
	month: number,
	day: number,
	context: ReadingContext,
): YearOption[] {
	const one = (calendar: CalendarName, calendarInferred = false): YearOption[] => [
		{ calendar, year: year.value, calendarInferred, centuryInferred: false, likely: true },
	];
	if (year.era) return one('japanese');
	if (monthCalendar === 'persian') return one('persian');
	if (monthCalendar === 'islamic') return one('islamic-umalqura');
	const marked = context.calendar;
	if (marked === 'buddhist') return one('buddhist');
	if (marked === 'persian') return one('persian');
	if (marked === 'islamic') return one('islamic-umalqura');
	if (year.digits <= 2) return centuryOptions(year.value, month, day, context);
	if (marked === 'gregory') return one('gregory');

	const calendars = calendarsForYear(year.value);
	if (calendars.length === 0) return one('gregory');
	// Persian and Hijri years overlap (1368 is both): Persian digits or year-first order (Iran)
	// put Persian first; Arabic-Indic digits or day-first order (Saudi Arabia) put Hijri first.
	const persianFirst =
		context.digitScript === 'persian' || (context.digitScript !== 'arabic-indic' && order.startsWith('Y'));
	const rank = (c: CalendarName): number =>
		c === 'gregory' ? 0 : c === 'buddhist' ? 1 : (c === 'persian') === persianFirst ? 2 : 3;
	return calendars
		.sort((a, b) => rank(a) - rank(b))
		.map((calendar) => ({
			calendar,
			year: year.value,
			calendarInferred: calendar !== 'gregory',
			centuryInferred: false,
			likely: true,
		}));
}

/**
 * Two-digit years. With `today`: a birth or issue date takes the century that puts it in the
 * past; an expiry date 20YY (ICAO Doc 9303 Part 3 §4.8 gives no century rule; own inference);
 * a date without a role the century nearest today. Without `today` both centuries are readings.
 */
function centuryOptions(yy: number, month: number, day: number, context: ReadingContext): YearOption[] {
	const c19: YearOption = {
		calendar: 'gregory',
		year: 1900 + yy,
		calendarInferred: false,
		centuryInferred: true,
		likely: true,
	};
	const c20: YearOption = { ...c19, year: 2000 + yy };
	const { role, today } = context;
	if (today === undefined) return role === 'expiry' ? [c20, c19] : [c19, c20];
	let likely20: boolean;
	if (role === 'expiry') likely20 = true;
	else if (role === 'birth' || role === 'issue') likely20 = isoOf(c20.year, month, day) <= today;
	else {
		const thisYear = Number(today.slice(0, 4));
		likely20 = Math.abs(c20.year - thisYear) < Math.abs(c19.year - thisYear);
	}
	return likely20 ? [c20, { ...c19, likely: false }] : [c19, { ...c20, likely: false }];
}

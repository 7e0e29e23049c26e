/**
 * The shapes `parseDate` returns. Plain data: the island turns codes into words.
 */
import type { CalendarName } from './calendars';
import type { JapaneseEra } from './date-words';
import type { ParseProblem } from './problems';

/** Field orders a date can be written in. The first three are the ones forms ask for. */
export const FIELD_ORDERS = ['DMY', 'MDY', 'YMD', 'YDM', 'DYM', 'MYD'] as const;
/** The order of day (D), month (M) and year (Y) in a written date. */
export type FieldOrder = (typeof FIELD_ORDERS)[number];

/** The orders a form can ask for (the `order` option). */
export const FORM_ORDERS = ['DMY', 'MDY', 'YMD'] as const;
/** The order a form asks for. */
export type FormOrder = (typeof FORM_ORDERS)[number];

/** What the date is: decides two-digit years (a birth date is in the past, an expiry in the future). */
export const DATE_ROLES = ['birth', 'expiry', 'issue'] as const;
/** What the date is. */
export type DateRole = (typeof DATE_ROLES)[number];

/**
 * How the date was written: `numeric` 12/01/1990, `iso` 1990-01-12, `compact` 19900112 or
 * 12011990, `mrz` YYMMDD, `month-name` 12 JAN 1990, `marked` 1990年1月12日 or ngày 12 tháng 1.
 */
export type DateFormat = 'numeric' | 'iso' | 'compact' | 'mrz' | 'month-name' | 'marked';

/** One way of reading a text as a date. */
export interface DateReading {
	/** The Gregorian date, `YYYY-MM-DD`. */
	iso: string;
	/** The order of the fields as written. */
	order: FieldOrder;
	format: DateFormat;
	/** The calendar the written year, month and day are in. */
	calendar: CalendarName;
	/** True when no marker named the calendar and it was chosen from the size of the year. */
	calendarInferred: boolean;
	/** The fields as written, in `calendar` (a two-digit year is given with its inferred century). */
	written: { year: number; month: number; day: number; era?: JapaneseEra };
	/** True when the year had two digits and the century was chosen by the rules of `role`. */
	centuryInferred: boolean;
	/** How many days either way the Gregorian date may be off (1 for Hijri dates, else 0). */
	uncertainDays: number;
}

/** Options of `parseDate`. */
export interface ParseOptions {
	/** The order the user's form asks for, when known: it decides between numeric readings. */
	order?: FormOrder;
	/** What the date is: decides the century of two-digit years. */
	role?: DateRole;
	/** Today, `YYYY-MM-DD`, for two-digit years. Without it both centuries stay readings. */
	today?: string;
}

/** A text read as a date. */
export interface ParseSuccess {
	ok: true;
	input: string;
	/** Every plausible date, the most likely first. */
	readings: DateReading[];
	/** True when `readings` hold more than one date. */
	ambiguous: boolean;
	/** Valid but less likely readings: the other order when `order` decided, the other century. */
	alternatives: DateReading[];
	/** Words that were neither month, marker nor filler and were skipped ("Friday"). */
	ignoredWords: string[];
}

/** A text that is no date, with what is wrong. */
export interface ParseFailure {
	ok: false;
	input: string;
	problem: ParseProblem;
	/** For `unknown-month` and `months-disagree`: the word(s) as typed. */
	word?: string;
	/** For `unknown-month`: the closest known month word, when one is close. */
	suggestion?: string;
	/** For the range problems: the number that is out of range. */
	value?: number;
	/** For `no-such-day`: the fields as written and how many days that month has. */
	written?: { year: number; month: number; day: number; era?: JapaneseEra };
	daysInMonth?: number;
	/** For `no-such-day`, `not-in-era`, `year-out-of-range`: the calendar it was read in. */
	calendar?: CalendarName;
	/** The order the reported problem was found in. */
	order?: FieldOrder;
}

/** What `parseDate` returns. */
export type ParseResult = ParseSuccess | ParseFailure;

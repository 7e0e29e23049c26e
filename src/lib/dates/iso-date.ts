/**
 * Day arithmetic on `YYYY-MM-DD` strings, through `@internationalized/date`: no `Date`, so no
 * time zone can move a day.
 */
import { CalendarDate } from '@internationalized/date';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date an ISO `YYYY-MM-DD` string names, or undefined when it names none (2023-02-29). */
export function parseIso(iso: string): CalendarDate | undefined {
	const match = ISO_DATE.exec(iso);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12 || day < 1) return undefined;
	const date = new CalendarDate(year, month, day);
	// CalendarDate clamps impossible days (02-30 → 02-28): a changed day means no such date.
	return date.day === day && date.month === month ? date : undefined;
}

function must(iso: string): CalendarDate {
	const date = parseIso(iso);
	if (!date) throw new Error(`Internal: "${iso}" is not a YYYY-MM-DD date.`);
	return date;
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return must(to).compare(must(from));
}

/** `iso` moved by `days`. */
export function addDays(iso: string, days: number): string {
	return must(iso).add({ days }).toString();
}

/**
 * Whole years from `birth` to `on`. Someone born on 29 February turns a year older on 1 March in
 * common years (the birthday has not come while the day is not reached).
 */
export function fullYears(birth: string, on: string): number {
	const b = must(birth);
	const t = must(on);
	let years = t.year - b.year;
	if (t.month < b.month || (t.month === b.month && t.day < b.day)) years -= 1;
	return years;
}

/** `iso` plus whole years (29 February lands on 28 February in common years). */
export function addYears(iso: string, years: number): string {
	return must(iso).add({ years }).toString();
}

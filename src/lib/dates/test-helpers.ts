/**
 * Shared by the date tests: a fixed today (the suite never reads the real clock) and a
 * shorthand for the likely reading.
 */
import { parseDate } from './parse';
import type { DateReading, ParseOptions } from './types';

/** The day the tests run "on". Chosen so that two-digit years 00-26 are past and 27-99 future. */
export const TODAY = '2026-05-01';

/** The likely reading of `text`, or the problem code when there is none. */
export function likely(text: string, options: ParseOptions = {}): DateReading | string {
	const result = parseDate(text, { today: TODAY, ...options });
	return result.ok ? (result.readings[0] ?? 'no reading') : result.problem;
}

/** The ISO dates of every reading, likely first, or the problem code. */
export function isos(text: string, options: ParseOptions = {}): string[] | string {
	const result = parseDate(text, { today: TODAY, ...options });
	return result.ok ? result.readings.map((r) => r.iso) : result.problem;
}

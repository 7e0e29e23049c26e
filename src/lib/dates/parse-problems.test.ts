import { describe, expect, test } from 'vitest';
import { MAX_INPUT_LENGTH } from './constants';
import { parseDate } from './parse';
import type { ParseProblem } from './problems';
import { TODAY } from './test-helpers';
import type { ParseFailure } from './types';

interface Row {
	text: string;
	problem: ParseProblem;
	/** Fields of the failure that the words need. */
	detail?: Partial<ParseFailure>;
}

describe.each<Row>([
	// Nothing typed, or only punctuation.
	{ text: '', problem: 'empty' },
	{ text: '  / . - ', problem: 'empty' },
	// A pasted paragraph: rejected before any work.
	{ text: `born on 12/01/1990 ${'and more '.repeat(30)}`, problem: 'too-long' },
	// Words only, a phone number, a sentence.
	{ text: 'hello', problem: 'not-a-date' },
	{ text: '+44 20 7946 0958', problem: 'not-a-date' },
	{ text: 'my birthday', problem: 'not-a-date' },
	// Month and year only (expiry printed as MM/YY on a card, not an ID).
	{ text: '01/1990', problem: 'incomplete' },
	{ text: '12 January', problem: 'incomplete' },
	{ text: '1990', problem: 'incomplete' },
	// Unknown parts of a date of birth: X's in the printed date, the filler < in the MRZ (ICAO Doc 9303
	// Part 3 §3.8 and §4.8).
	{ text: 'XX XX 1942', problem: 'partly-unknown' },
	{ text: 'XX.XX.42', problem: 'partly-unknown' },
	{ text: '42<<<<', problem: 'partly-unknown' },
	{ text: '4207<<', problem: 'partly-unknown' },
	// A misspelt month, with the closest known word.
	{ text: '12 Jamuary 1990', problem: 'unknown-month', detail: { word: 'Jamuary', suggestion: 'January' } },
	{ text: '12 Febuary 1990', problem: 'unknown-month', detail: { suggestion: 'February' } },
	{ text: '12 Janaury 1990', problem: 'unknown-month', detail: { suggestion: 'January' } },
	{ text: '12 Septmber 1990', problem: 'unknown-month', detail: { suggestion: 'September' } },
	// A Turkish Hijri month cut off while typing.
	{ text: '21 Rebiül 1411', problem: 'unknown-month', detail: { suggestion: 'Rebiülevvel' } },
	// Nothing close: no suggestion.
	{ text: '12 Qwzx 1990', problem: 'unknown-month', detail: { word: 'Qwzx', suggestion: undefined } },
	// Two month words that disagree.
	{ text: '12 MAR/MAI 1990', problem: 'months-disagree', detail: { word: 'MAR/MAI' } },
	// Month 13 in every order.
	{ text: '13/13/1990', problem: 'month-out-of-range', detail: { value: 13 } },
	{ text: '1990-13-01', problem: 'month-out-of-range', detail: { value: 13 } },
	// Day 32 (and the other order puts 32 in the month).
	{ text: '32/01/1990', problem: 'day-out-of-range', detail: { value: 32 } },
	{ text: '1990-01-32', problem: 'day-out-of-range' },
	// Years no ID carries: a typo 1090, a three-digit year, 2190.
	{ text: '12/01/1090', problem: 'year-out-of-range' },
	{ text: '12/01/199', problem: 'year-out-of-range' },
	{ text: '12/01/2190', problem: 'year-out-of-range' },
	// Buddhist marker on a Gregorian year: 1990 BE is 1447 CE.
	{ text: '12 Jan 1990 BE', problem: 'year-out-of-range' },
	// 31 February in every reading; 29 February in a common year; 31 April.
	{
		text: '31/02/1990',
		problem: 'no-such-day',
		detail: { daysInMonth: 28, written: { year: 1990, month: 2, day: 31 } },
	},
	{ text: '29.02.1990', problem: 'no-such-day', detail: { daysInMonth: 28 } },
	{ text: '2023-02-29', problem: 'no-such-day' },
	{ text: '31 April 1990', problem: 'no-such-day', detail: { daysInMonth: 30 } },
	// Impossible dates from chrono test/en/en_slash.test.ts ("Impossible Dates").
	{ text: '2/29/2014', problem: 'no-such-day' },
	{ text: '2014/13/22', problem: 'month-out-of-range' },
	// A Persian month with 31 days only in the first half of the year: Esfand 1368 has 29.
	{ text: '۳۰ اسفند ۱۳۶۸', problem: 'no-such-day', detail: { calendar: 'persian' } },
	// Heisei began on 8 January 1989: 7 January is still Shōwa 64.
	{ text: '平成元年1月7日', problem: 'not-in-era' },
	// Shōwa ended in its 64th year.
	{ text: '昭和65年1月12日', problem: 'not-in-era' },
])('$text → $problem', ({ text, problem, detail }) => {
	test('is refused with its code', () => {
		const result = parseDate(text, { today: TODAY, role: 'birth' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problem).toBe(problem);
		expect(result.input).toBe(text);
		for (const [key, value] of Object.entries(detail ?? {})) {
			expect(result[key as keyof ParseFailure]).toEqual(value);
		}
	});
});

describe('long inputs', () => {
	test(`inputs over ${MAX_INPUT_LENGTH} characters are refused at once`, () => {
		const start = performance.now();
		const result = parseDate('1'.repeat(1_000_000));
		expect(result.ok ? 'ok' : result.problem).toBe('too-long');
		// Not a timed assertion on the parser: a guard that the length check comes first.
		expect(performance.now() - start).toBeLessThan(1_000);
	});
	test(`exactly ${MAX_INPUT_LENGTH} characters are still read`, () => {
		const text = `12/01/1990${' '.repeat(MAX_INPUT_LENGTH - 10)}`;
		expect(parseDate(text).ok).toBe(true);
	});
});

describe('input that is not a string (from untyped callers)', () => {
	test('is empty, not an exception', () => {
		const result = parseDate(undefined as unknown as string);
		expect(result.ok ? 'ok' : result.problem).toBe('empty');
	});
});

import { describe, expect, test } from 'vitest';
import { parseDate } from './parse';
import { TODAY } from './test-helpers';
import type { DateRole, FormOrder } from './types';

interface Row {
	text: string;
	formOrder?: FormOrder;
	role?: DateRole;
	readings: string[];
	alternatives: string[];
}

describe.each<Row>([
	// 03/04/1990 is 3 April in most of the world and 4 March in the US: both, day first first.
	{ text: '03/04/1990', readings: ['1990-04-03', '1990-03-04'], alternatives: [] },
	// The form's order decides; the other reading stays as an alternative.
	{ text: '03/04/1990', formOrder: 'MDY', readings: ['1990-03-04'], alternatives: ['1990-04-03'] },
	{ text: '03/04/1990', formOrder: 'DMY', readings: ['1990-04-03'], alternatives: ['1990-03-04'] },
	// US order typed into a day-first form: only one order makes sense, so the form's order cannot win.
	{ text: '12/31/1990', formOrder: 'DMY', readings: ['1990-12-31'], alternatives: [] },
	// Same day and month: one date whatever the order.
	{ text: '04/04/1990', readings: ['1990-04-04'], alternatives: [] },
	// A month name leaves nothing to decide.
	{ text: '03 APR 1990', formOrder: 'MDY', readings: ['1990-04-03'], alternatives: [] },
	// Year-first dates are never read day-month swapped: written year first, a date follows ISO 8601 (YYYY-MM-DD).
	{ text: '1990-03-04', formOrder: 'DMY', readings: ['1990-03-04'], alternatives: [] },
	// Two-digit birth year with today: one century; the other is an alternative.
	{ text: '13.01.42', role: 'birth', readings: ['1942-01-13'], alternatives: ['2042-01-13'] },
	// Eight digits day first in a day-first form.
	{ text: '03041990', formOrder: 'DMY', readings: ['1990-04-03'], alternatives: ['1990-03-04'] },
])('$text (form $formOrder, role $role)', ({ text, formOrder, role, readings, alternatives }) => {
	test('readings and alternatives', () => {
		const result = parseDate(text, {
			today: TODAY,
			...(formOrder ? { order: formOrder } : {}),
			...(role ? { role } : {}),
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.readings.map((r) => r.iso)).toEqual(readings);
		expect(result.alternatives.map((r) => r.iso)).toEqual(alternatives);
		expect(result.ambiguous).toBe(readings.length > 1);
	});
});

describe('two-digit years without today', () => {
	test('both centuries are readings, the role deciding which comes first', () => {
		const birth = parseDate('13/01/42', { role: 'birth' });
		const expiry = parseDate('13/01/42', { role: 'expiry' });
		expect(birth.ok && birth.readings.slice(0, 2).map((r) => r.iso)).toEqual(['1942-01-13', '2042-01-13']);
		expect(expiry.ok && expiry.readings.slice(0, 2).map((r) => r.iso)).toEqual(['2042-01-13', '1942-01-13']);
		expect(birth.ok && birth.readings.every((r) => r.centuryInferred)).toBe(true);
	});
	test('a four-digit year never has an inferred century', () => {
		const result = parseDate('13/01/1942');
		expect(result.ok && result.readings[0]?.centuryInferred).toBe(false);
	});
});

describe('readings say how they were read', () => {
	test('order, format, calendar, inference flags and the fields as written', () => {
		const result = parseDate('12 มกราคม 2533');
		expect(result.ok && result.readings[0]).toEqual({
			iso: '1990-01-12',
			order: 'DMY',
			format: 'month-name',
			calendar: 'buddhist',
			calendarInferred: true,
			written: { year: 2533, month: 1, day: 12 },
			centuryInferred: false,
			uncertainDays: 0,
		});
	});
	test('a marker makes the calendar explicit', () => {
		const result = parseDate('12 มกราคม พ.ศ. 2533');
		expect(result.ok && result.readings[0]?.calendarInferred).toBe(false);
	});
	test('Japanese readings carry the era', () => {
		const result = parseDate('平成2年1月12日');
		expect(result.ok && result.readings[0]?.written).toEqual({ year: 2, month: 1, day: 12, era: 'heisei' });
	});
	test('skipped words are reported', () => {
		const result = parseDate('Friday 12 January 1990');
		expect(result.ok && result.ignoredWords).toEqual(['Friday']);
	});
});

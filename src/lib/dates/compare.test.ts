import { describe, expect, test } from 'vitest';
import { compareDates, type CompareOptions } from './compare';
import type { CompareVerdict, MatchReason } from './problems';
import { TODAY } from './test-helpers';

interface Row {
	account: string;
	document: string;
	options?: CompareOptions;
	verdict: CompareVerdict;
	reasons?: MatchReason[];
	expected?: string;
}

describe.each<Row>([
	// The same date in two spellings.
	{ account: '12/01/1990', document: '12 JAN/JANV 1990', verdict: 'same', reasons: [], expected: '1990-01-12' },
	{ account: '1990-01-12', document: '900112', options: { role: 'birth' }, verdict: 'same' },
	// US order typed into a month-first form: the form reads 3 March … the passport says 3 April.
	{
		account: '03/04/1990',
		document: '3 APR/AVR 1990',
		options: { order: 'MDY' },
		verdict: 'same-if-reordered',
		reasons: ['order'],
		expected: '1990-04-03',
	},
	// Day and month swapped the other way: a day-first form holding a US-style date.
	{
		account: '04/03/1990',
		document: '1990-04-03',
		options: { order: 'DMY' },
		verdict: 'same-if-reordered',
		reasons: ['order'],
	},
	// Two-digit year in the other century (birth read as 2042 on an expiry-like rule would be wrong).
	{
		account: '13/01/42',
		document: '13 JAN 2042',
		options: { role: 'birth' },
		verdict: 'same-if-reordered',
		reasons: ['century'],
	},
	// A Buddhist-era year typed as if Gregorian on one side: read in its own calendar, the same day.
	{ account: '1990-01-12', document: '12/01/2533', verdict: 'same' },
	// Persian date whose likely reading is Persian matches; the Hijri reading of the same digits would not.
	{ account: '1990-01-12', document: '۱۳۶۸/۱۰/۲۲', verdict: 'same' },
	// Hijri is uncertain by a day: one day off is not a mismatch, but is said.
	{ account: '1990-01-13', document: '14/6/1410 AH', verdict: 'same-if-reordered', reasons: ['calendar-variant'] },
	// Simply different dates (Persona may call 12/15 vs 12/14 a partial match; we say different).
	{ account: '12/15/1990', document: '12/14/1990', verdict: 'different' },
	{ account: '12/01/1990', document: '13 JAN 1990', verdict: 'different' },
	// Either side unreadable.
	{ account: '31/02/1990', document: '12 JAN 1990', verdict: 'unreadable', expected: '1990-01-12' },
	{ account: '12/01/1990', document: '12 Jamuary 1990', verdict: 'unreadable' },
])('$account vs $document', ({ account, document, options, verdict, reasons, expected }) => {
	test(verdict, () => {
		const result = compareDates(account, document, { today: TODAY, ...options });
		expect(result.verdict).toBe(verdict);
		if (reasons) expect(result.match?.reasons).toEqual(reasons);
		if (expected) expect(result.expected?.iso).toBe(expected);
	});
});

describe('what the comparison carries', () => {
	test('different dates say how many days apart', () => {
		const result = compareDates('12/01/1990', '1990-01-15', { today: TODAY });
		expect(result.daysApart).toBe(3);
	});
	test('a reordered match names the readings that matched', () => {
		const result = compareDates('03/04/1990', '3 APR 1990', { order: 'MDY' });
		expect(result.match?.account.order).toBe('DMY');
		expect(result.match?.document.iso).toBe('1990-04-03');
	});
	test('the document order option applies to the document only', () => {
		const result = compareDates('1990-03-04', '03/04/1990', { documentOrder: 'MDY' });
		expect(result.verdict).toBe('same');
	});
});

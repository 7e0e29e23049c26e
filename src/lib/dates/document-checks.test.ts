import { describe, expect, test } from 'vitest';
import { checkDocumentDates, type DocumentDatesInput } from './document-checks';
import type { DocumentProblemCode } from './problems';
import { TODAY } from './test-helpers';

interface Row {
	input: Omit<DocumentDatesInput, 'today'>;
	codes: DocumentProblemCode[];
}

describe.each<Row>([
	// A valid adult passport.
	{ input: { birth: '12/01/1990', issue: '2020-03-01', expiry: '2030-02-28' }, codes: [] },
	// Expired yesterday.
	{ input: { expiry: '2026-04-30' }, codes: ['expired'] },
	// Expires today: still valid, but soon.
	{ input: { expiry: TODAY }, codes: ['expires-soon'] },
	// Expires in exactly 30 days, and in 31.
	{ input: { expiry: '2026-05-31' }, codes: ['expires-soon'] },
	{ input: { expiry: '2026-06-01' }, codes: [] },
	// MRZ expiry: 20YY.
	{ input: { expiry: '250101' }, codes: ['expired'] },
	// Turns 18 tomorrow; turned 18 today.
	{ input: { birth: '2008-05-02' }, codes: ['under-age'] },
	{ input: { birth: '2008-05-01' }, codes: [] },
	// A stricter minimum age.
	{ input: { birth: '2006-01-01', minimumAge: 21 }, codes: ['under-age'] },
	// A birth year typed as this year + 10.
	{ input: { birth: '2036-01-12' }, codes: ['future-birth'] },
	// Issue and expiry swapped.
	{
		input: { issue: '2030-02-28', expiry: '2020-03-01' },
		codes: ['expired', 'issued-in-future', 'issued-after-expiry'],
	},
	// Born after the document was issued: a mistyped year.
	{ input: { birth: '2001-01-01', issue: '1999-05-05' }, codes: ['born-after-issue'] },
	// Unreadable fields are skipped (their problem is in `fields`), empty ones ignored.
	{ input: { birth: '31/02/1990', expiry: '' }, codes: [] },
])('$input', ({ input, codes }) => {
	test(codes.join(', ') || 'no problems', () => {
		expect(checkDocumentDates({ today: TODAY, ...input }).problems.map((p) => p.code)).toEqual(codes);
	});
});

describe('numbers for the words', () => {
	test('days left, days since expiry, age and the day of majority', () => {
		expect(checkDocumentDates({ today: TODAY, expiry: '2026-05-11' }).problems[0]).toEqual({
			code: 'expires-soon',
			days: 10,
		});
		expect(checkDocumentDates({ today: TODAY, expiry: '2026-04-21' }).problems[0]).toEqual({
			code: 'expired',
			days: 10,
		});
		const young = checkDocumentDates({ today: TODAY, birth: '2010-07-15' });
		expect(young.age).toBe(15);
		expect(young.problems[0]).toEqual({ code: 'under-age', age: 15, adultOn: '2028-07-15' });
	});
	test('born on 29 February: 18 on 1 March of a common year, not on 28 February', () => {
		expect(checkDocumentDates({ today: '2026-02-28', birth: '2008-02-29' }).problems.map((p) => p.code)).toEqual([
			'under-age',
		]);
		expect(checkDocumentDates({ today: '2026-03-01', birth: '2008-02-29' }).problems).toEqual([]);
	});
	test('fields hold each date as read', () => {
		const check = checkDocumentDates({ today: TODAY, birth: '31/02/1990', expiry: '2030-01-01' });
		expect(check.fields.birth?.ok).toBe(false);
		expect(check.fields.expiry?.ok).toBe(true);
		expect(check.daysUntilExpiry).toBe(1341);
	});
});

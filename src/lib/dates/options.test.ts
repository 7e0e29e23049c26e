import { describe, expect, test } from 'vitest';
import { checkDocumentDates } from './document-checks';
import { compareDates } from './compare';
import { parseDate } from './parse';

describe.each<{ name: string; call: () => unknown; message: RegExp }>([
	// A typo in the order.
	{
		name: 'order',
		call: () => parseDate('12/01/1990', { order: 'DDMMYYYY' as never }),
		message: /Invalid option "order". Must be one of DMY, MDY, YMD. Received "DDMMYYYY"/,
	},
	// A role that does not exist.
	{
		name: 'role',
		call: () => parseDate('12/01/1990', { role: 'dob' as never }),
		message: /Invalid option "role".*Received "dob"/,
	},
	// today as a Date object or in another format.
	{
		name: 'today (Date)',
		call: () => parseDate('12/01/90', { today: new Date(0) as never }),
		message: /Invalid option "today". Must be a real date written YYYY-MM-DD/,
	},
	{
		name: 'today (format)',
		call: () => parseDate('12/01/90', { today: '01/05/2026' }),
		message: /Received "01\/05\/2026"/,
	},
	{ name: 'today (no such day)', call: () => parseDate('12/01/90', { today: '2026-02-30' }), message: /today/ },
	// today is required for document checks.
	{ name: 'missing today', call: () => checkDocumentDates({} as never), message: /Invalid option "today"/ },
	{
		name: 'minimumAge',
		call: () => checkDocumentDates({ today: '2026-05-01', minimumAge: -1 }),
		message: /Invalid option "minimumAge". Must be a whole number of years from 0 to 150. Received -1/,
	},
	{
		name: 'documentOrder',
		call: () => compareDates('a', 'b', { documentOrder: 'ISO' as never }),
		message: /Invalid option "documentOrder"/,
	},
	{
		name: 'options not an object',
		call: () => parseDate('12/01/1990', 'DMY' as never),
		message: /Invalid option "options"/,
	},
])('impossible option: $name', ({ call, message }) => {
	test('throws with what, rule, received and fix', () => {
		expect(call).toThrow(message);
	});
});

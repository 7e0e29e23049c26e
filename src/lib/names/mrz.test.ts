import { describe, expect, it } from 'vitest';
import { readMrz, type MrzStatus } from './mrz';

// cheminfo/mrz `src/parse/__tests__/td3.test.ts` (MIT): the Utopia specimen, valid check digits
// but an unknown country; and the same MRZ with digits misread, from its autocorrect test.
const UTOPIA = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10';

describe('check digits', () => {
	it('reports each check digit of the Utopia specimen as valid', () => {
		const reading = readMrz(UTOPIA);
		expect(reading.checkDigits.map((c) => c.field)).toEqual([
			'documentNumberCheckDigit',
			'birthDateCheckDigit',
			'expirationDateCheckDigit',
			'personalNumberCheckDigit',
			'compositeCheckDigit',
		]);
		expect(reading.checkDigits.every((c) => c.valid)).toBe(true);
		expect(reading.invalidFields).toEqual(['issuingState', 'nationality']);
	});
	it('reports a wrong birth-date check digit', () => {
		// The birth date 740812 with check digit 3 instead of 2.
		const reading = readMrz(UTOPIA.replace('7408122F', '7408123F'));
		expect(reading.checkDigits.find((c) => c.field === 'birthDateCheckDigit')?.valid).toBe(false);
		expect(reading.checkDigits.find((c) => c.field === 'compositeCheckDigit')?.valid).toBe(false);
	});
});

describe.each<{ situation: string; input: string; status: MrzStatus }>([
	// Nothing pasted.
	{ situation: 'empty box', input: '  \n ', status: 'empty' },
	// Only the first line copied.
	{ situation: 'one line', input: 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', status: 'wrong-line-count' },
	// A passport line cut short.
	{ situation: 'short lines', input: 'P<UTOERIKSSON<<ANNA\nL898902C36UTO7408122F', status: 'wrong-line-length' },
	// OCR turned fillers into other symbols.
	{
		situation: 'bad characters',
		input: 'P«UTOERIKSSON««ANNA«MARIA«««««««««««««««««««\nL898902C36UTO7408122F1204159ZE184226B«««««10',
		status: 'bad-characters',
	},
	// Pasted with spaces and in lower case: cleaned up, then read.
	{
		situation: 'spaces and lower case',
		input: ' p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<\r\nL898902C36 UTO7408122F1204159ZE184226B<<<<<10 ',
		status: 'ok',
	},
])('$situation', ({ input, status }) => {
	it(`is ${status}`, () => {
		expect(readMrz(input).status).toBe(status);
	});
});

describe('names', () => {
	it('reads a name with no primary identifier (cheminfo/mrz "No last name")', () => {
		const reading = readMrz(
			'I<CHED231458907ABC<<<<<<<<<<<<\n7408122F1204159CHE<<<<<<<<<<<1\n<<ANNA<MARIA<<<<<<<<<<<<<<<<<<',
		);
		expect(reading.name).toMatchObject({ primary: '', secondary: 'ANNA MARIA', truncated: false, text: 'ANNA MARIA' });
	});
	it('does not call a name that ends in fillers truncated', () => {
		expect(readMrz(UTOPIA).name?.truncated).toBe(false);
	});
	it('keeps a misread digit in the name so the comparison can show it', () => {
		const reading = readMrz(UTOPIA.replace('ERIKSSON', 'ERIK55ON'));
		expect(reading.name?.primary).toBe('ERIK55ON');
	});
});

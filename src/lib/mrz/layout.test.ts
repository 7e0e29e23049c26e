import { describe, expect, test } from 'vitest';
import { checkDigit } from './layout';
import { decideTyped } from './decide';

describe('checkDigit (ICAO 9303 Part 3 §4.9; REFERENCE §4.2)', () => {
	test.each<{ text: string; digit: number }>([
		{ text: '520727', digit: 3 }, // the standard's date example
		{ text: 'AB2134<<<', digit: 5 }, // document number with fillers
		{ text: 'L898902C3', digit: 6 }, // Utopia specimen document number
		{ text: '740812', digit: 2 }, // Utopia specimen birth date
		{ text: '120415', digit: 9 }, // Utopia specimen expiry
	])('$text → $digit', ({ text, digit }) => expect(checkDigit(text)).toBe(digit));
});

describe('decideTyped', () => {
	test('a German ID card (TD1, PassportEye test data) is read: every check holds', () => {
		const result = decideTyped([
			'IDD<<T220001293<<<<<<<<<<<<<<<',
			'6408125<2010315D<<<<<<<<<<<<<4',
			'MUSTERMANN<<ERIKA<<<<<<<<<<<<<',
		]);
		expect(result).toMatchObject({ status: 'read', format: 'TD1', failedChecks: [] });
		expect(result.fields).toMatchObject({
			lastName: 'MUSTERMANN',
			firstName: 'ERIKA',
			birthDate: '640812',
			expirationDate: '201031',
		});
	});

	test('one wrong digit in the birth date fails its check and the composite: uncertain, fields named', () => {
		const result = decideTyped([
			'IDD<<T220001293<<<<<<<<<<<<<<<',
			'6408135<2010315D<<<<<<<<<<<<<4',
			'MUSTERMANN<<ERIKA<<<<<<<<<<<<<',
		]);
		expect(result.status).toBe('uncertain');
		expect(result.failedChecks).toEqual(['birthDate', 'composite']);
		expect(result.doubtfulFields).toContain('birthDate');
	});

	test('a French national ID card (2 × 36, its own layout) is told from TD2 by its check digits', () => {
		const result = decideTyped(['IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<', '9409923102854CORINNE<<<<<<<6512068F4']);
		expect(result).toMatchObject({ status: 'read', format: 'FRA' });
	});

	const notMrz: string[][] = [
		[],
		['hello'],
		['P<UTO', 'L898'],
		// a character outside the MRZ alphabet
		['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<1*'],
	];
	test.each(notMrz.map((lines) => [lines]))('%j is not an MRZ', (lines) =>
		expect(decideTyped(lines).status).toBe('not-found'),
	);
});

import { describe, expect, test } from 'vitest';
import { fitMrz } from './correct';
import { decide } from './decide';
import type { OcrLine } from './hocr';

/** The German TD1 card of PassportEye's test data, as a recogniser might give it. */
const TD1 = ['IDD<<T220001293<<<<<<<<<<<<<<<', '6408125<2010315D<<<<<<<<<<<<<4', 'MUSTERMANN<<ERIKA<<<<<<<<<<<<<'];

function ocr(lines: string[], confidence = 0.97, low: [number, number][] = []): OcrLine[] {
	return lines.map((text, l) => ({
		text,
		confidences: [...text].map((_, c) => (low.some(([ll, cc]) => ll === l && cc === c) ? 0.4 : confidence)),
	}));
}

describe('fitMrz + decide', () => {
	test('a clean, confident reading is read', () => {
		expect(decide(fitMrz(ocr(TD1))).status).toBe('read');
	});

	test('O read for 0 in the birth date is corrected by position (digits only there) and the check confirms it', () => {
		const lines = [TD1[0]!, '64O8125<2010315D<<<<<<<<<<<<<4', TD1[2]!];
		const result = decide(fitMrz(ocr(lines)));
		expect(result.lines[1]).toBe(TD1[1]);
		expect(result.failedChecks).toEqual([]);
	});

	test('a doubtful I in a document number is swapped to 1 because that makes the check hold', () => {
		const lines = ['IDD<<T22000I293<<<<<<<<<<<<<<<', TD1[1]!, TD1[2]!];
		const result = decide(fitMrz(ocr(lines, 0.97, [[0, 11]])));
		expect(result.lines[0]).toBe(TD1[0]);
	});

	test('a confident 5 for S in the optional data: the one look-alike swap that makes the check hold is applied, still doubted', () => {
		// A TD3 line 2 whose optional data S2SSBW3 has check digit 2 (an Azerbaijani passport); read S25SBW3.
		const line1 = 'PCAZEARGEDAS<<CEYLA<<<<<<<<<<<<<<<<<<<<<<<<<';
		const line2 = 'C051777748AZE7611175F2201133S2SSBW3<<<<<<<26';
		const misread = line2.slice(0, 30) + '5' + line2.slice(31);
		const result = decide(fitMrz(ocr([line1, misread])));
		expect(result.lines).toEqual([line1, line2]);
		expect(result.status).toBe('uncertain');
		expect(result.doubtfulFields).toEqual(['personalNumber']);
	});

	test('a confident misread with no single look-alike fix stays as read, with its check failing', () => {
		const lines = [TD1[0]!, TD1[1]!.slice(0, 3) + '7' + TD1[1]!.slice(4), TD1[2]!];
		const result = decide(fitMrz(ocr(lines)));
		expect(result.status).toBe('uncertain');
		expect(result.failedChecks).toContain('birthDate');
	});

	test('a wrong letter in the name (no check digit covers it) read with low confidence: uncertain, never read', () => {
		const lines = [TD1[0]!, TD1[1]!, 'MUSTERMANM<<ERIKA<<<<<<<<<<<<<'];
		const result = decide(fitMrz(ocr(lines, 0.97, [[2, 9]])));
		expect(result.status).toBe('uncertain');
		expect(result.doubtfulFields).toContain('lastName');
	});

	test('a line one filler short is fitted, and the added filler is doubted', () => {
		const lines = [TD1[0]!, TD1[1]!, 'MUSTERMANN<<ERIKA<<<<<<<<<<<<'];
		const result = decide(fitMrz(ocr(lines)));
		expect(result.lines[2]).toBe(TD1[2]);
		expect(result.status).toBe('uncertain');
	});

	test('prose read by an MRZ recogniser is not an MRZ', () => {
		const prose = ['THEQUICKBROWNFOXJUMPSOVERTHELAZYDOGANDRUNSAW', 'AYINTOTHEWOODSWHEREITMEETSANOTHERFOXCALLEDBO'];
		expect(decide(fitMrz(ocr(prose))).status).toBe('not-found');
		expect(decide(fitMrz(ocr(['SHORT', 'LINES']))).status).toBe('not-found');
	});
});

describe('country codes (no check digit covers them)', () => {
	/** A Dutch specimen passport (PassportEye test data), NLD read as MLD twice. */
	const NLD = ['P<MLDMEULENDIJK<<LOES<ALBERTINE<<<<<<<<<<<<<', 'XA00000148MLD7110195F0604121123456782<<<<<02'];

	test('a code that does not exist is changed to the one existing look-alike, and stays doubtful', () => {
		const result = decide(fitMrz(ocr(NLD)));
		expect(result.lines[0]!.slice(2, 5)).toBe('NLD');
		expect(result.lines[1]!.slice(10, 13)).toBe('NLD');
		expect(result.status).toBe('uncertain');
		expect(result.doubtfulFields).toEqual(expect.arrayContaining(['issuingState', 'nationality']));
	});
});

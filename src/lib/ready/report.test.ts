import { describe, expect, test } from 'vitest';
import { decideTyped } from '../mrz/index';
import { messages } from '../../i18n/checkers/en';
import { REPORT_CODES, buildReport, mrzDate } from './report';

const TODAY = '2026-12-06';
/** The German ID card of PassportEye's test data (TD1): Erika Mustermann, born 1964-08-12, expired 2020-10-31. */
const CARD = decideTyped([
	'IDD<<T220001293<<<<<<<<<<<<<<<',
	'6408125<2010315D<<<<<<<<<<<<<4',
	'MUSTERMANN<<ERIKA<<<<<<<<<<<<<',
]);

const byId = (items: ReturnType<typeof buildReport>) => Object.fromEntries(items.map((item) => [item.id, item]));

describe('buildReport', () => {
	test('with nothing typed and no photo, every item waits', () => {
		const items = buildReport({ name: '', birth: '', country: '' }, null, TODAY);
		expect(items.every((item) => item.status === 'todo')).toBe(true);
	});

	test('a matching account against an expired card: name and birth pass, validity fails', () => {
		const items = byId(buildReport({ name: 'Erika Mustermann', birth: '12/08/1964', country: 'DEU' }, CARD, TODAY));
		expect(items.mrz!.status).toBe('pass');
		expect(items.name!.status).toBe('pass');
		expect(items.birth!.status).toBe('pass');
		expect(items.validity).toMatchObject({ status: 'fail', code: 'expired' });
		expect(items.age!.status).toBe('pass');
		// The card says D (Germany's one-letter code); the account says DEU: a note, not a verdict.
		expect(items.country!.status).toBe('note');
	});

	test('a different birth date fails', () => {
		const items = byId(buildReport({ name: 'Erika Mustermann', birth: '1964-08-21', country: '' }, CARD, TODAY));
		expect(items.birth).toMatchObject({ status: 'fail', code: 'birth-different' });
		// The birth item's codes are its own: in English it says the date differs, not the name.
		expect(messages.ready.codes[items.birth!.code]).toBe(
			'The date of birth on your account differs from the document.',
		);
	});

	test('a birth date that is no date is unreadable, not a name problem', () => {
		const items = byId(buildReport({ name: 'Erika Mustermann', birth: '31/02/1964', country: '' }, CARD, TODAY));
		expect(items.birth).toMatchObject({ status: 'fail', code: 'birth-unreadable' });
		expect(messages.ready.codes[items.birth!.code]).toMatch(/^The date of birth you typed could not be read as a date/);
	});

	test('every code the report returns is a known one, with English words', () => {
		for (const account of [
			{ name: 'Erika Mustermann', birth: '12/08/1964', country: 'DEU' },
			{ name: 'Anna Schmidt', birth: '08/12/1964', country: 'D' },
			{ name: '', birth: '', country: '' },
		])
			for (const mrz of [CARD, null])
				for (const item of buildReport(account, mrz, TODAY)) {
					expect(REPORT_CODES).toContain(item.code);
					expect(messages.ready.codes[item.code]).toBeTruthy();
				}
	});

	test('a different name fails', () => {
		const items = byId(buildReport({ name: 'Anna Schmidt', birth: '', country: '' }, CARD, TODAY));
		expect(items.name!.status).toBe('fail');
	});
});

describe('mrzDate', () => {
	test.each<{ yymmdd: string; role: 'birth' | 'expiry'; iso: string | null }>([
		{ yymmdd: '640812', role: 'birth', iso: '1964-08-12' }, // past century for a birth date
		{ yymmdd: '050101', role: 'birth', iso: '2005-01-01' },
		{ yymmdd: '301231', role: 'expiry', iso: '2030-12-31' },
		{ yymmdd: '64<<<<', role: 'birth', iso: null }, // unknown day and month
	])('$yymmdd ($role) → $iso', ({ yymmdd, role, iso }) => expect(mrzDate(yymmdd, role, TODAY)).toBe(iso));
});

import { describe, expect, test } from 'vitest';
import { decideTyped } from '../mrz/index';
import { messages } from '../../i18n/checkers/en';
import { REPORT_CODES, buildReport, mrzDate, photoItem, type PhotoInput } from './report';
import type { PhotoQuality } from './photo';

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
		// The card says D (Germany's one-letter MRZ code); the account says DEU: the same country, as a note.
		expect(items.country).toMatchObject({
			status: 'note',
			code: 'same-country',
			countries: { issuer: 'D', residence: 'DEU' },
		});
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

describe('the country item', () => {
	test.each<{ typed: string; status: string; code: string }>([
		// Chosen from the picker: the island sends the ISO code.
		{ typed: 'FRA', status: 'note', code: 'other-country' },
		{ typed: 'deu', status: 'note', code: 'same-country' },
		// Typed but naming no country (half a name): the reader is asked to choose, no comparison is made.
		{ typed: 'Germ', status: 'todo', code: 'unknown-country' },
		{ typed: '', status: 'todo', code: 'no-account-country' },
	])('residence "$typed" against a German card → $status $code', ({ typed, status, code }) => {
		const items = byId(buildReport({ name: '', birth: '', country: typed }, CARD, TODAY));
		expect(items.country).toMatchObject({ status, code });
	});

	test('no document yet: waiting, whatever the residence', () => {
		expect(byId(buildReport({ name: '', birth: '', country: 'FRA' }, null, TODAY)).country!.code).toBe('no-document');
	});
});

describe('the photo item', () => {
	const good: PhotoQuality = { status: 'pass', problems: [] };
	const soft: PhotoQuality = {
		status: 'warn',
		problems: [
			{ check: 'sharpness', status: 'warn', problem: 'soft' },
			{ check: 'glare', status: 'warn', problem: 'glare' },
		],
	};
	const blurry: PhotoQuality = {
		status: 'fail',
		problems: [
			{ check: 'sharpness', status: 'fail', problem: 'blurry' },
			{ check: 'glare', status: 'warn', problem: 'glare' },
			{ check: 'framing', status: 'warn', problem: 'near-edge' },
		],
	};
	test.each<{ situation: string; photos: PhotoInput[]; status: string; code: string; problems: string[] }>([
		{ situation: 'no photo chosen yet', photos: [], status: 'todo', code: 'photo-none', problems: [] },
		{ situation: 'a good photo', photos: [good], status: 'pass', code: 'photo-good', problems: [] },
		{
			situation: 'a soft photo with glare',
			photos: [soft],
			status: 'warn',
			code: 'photo-fix',
			problems: ['soft', 'glare'],
		},
		// Front and back: the worse decides, the failure first, glare once.
		{
			situation: 'a good front and a blurred back',
			photos: [soft, blurry],
			status: 'fail',
			code: 'photo-retake',
			problems: ['blurry', 'soft', 'glare'],
		},
		{
			situation: 'a file that is not a photo',
			photos: [good, 'cannot-open'],
			status: 'fail',
			code: 'photo-cannot-open',
			problems: [],
		},
	])('$situation → $status $code', ({ photos, status, code, problems }) => {
		const item = photoItem(photos);
		expect(item).toMatchObject({ id: 'photo', status, code });
		expect((item.problems ?? []).map((p) => p.problem)).toEqual(problems);
	});

	test('the report starts with the photo item', () => {
		expect(buildReport({ name: '', birth: '', country: '' }, CARD, TODAY, [soft])[0]).toMatchObject({
			id: 'photo',
			status: 'warn',
		});
	});

	test('every photo code has English words', () => {
		for (const code of [
			'photo-none',
			'photo-good',
			'photo-fix',
			'photo-retake',
			'photo-cannot-open',
			'unknown-country',
		] as const)
			expect(messages.ready.codes[code]).toBeTruthy();
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

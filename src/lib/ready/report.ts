/**
 * The readiness report: the account's details against the document's MRZ, item by item. Codes only;
 * the island owns the words and the links.
 */
import { compareNames } from '../names/index';
import { checkDocumentDates, compareDates } from '../dates/index';
import type { MrzResult } from '../mrz/index';
import { regionOf, sameCountry } from './countries';
import { PHOTO_PROBLEMS_SHOWN, type PhotoProblem, type PhotoQuality } from './photo';

/** The report's items, in the order shown. */
export const REPORT_ITEMS = ['photo', 'mrz', 'name', 'birth', 'validity', 'age', 'country'] as const;
/** One item's id. */
export type ReportItemId = (typeof REPORT_ITEMS)[number];
/** pass · warn (may fail, worth fixing) · fail (will likely fail) · todo (waiting for input) · note (information). */
export type ItemStatus = 'pass' | 'warn' | 'fail' | 'todo' | 'note';

/** What an item found, one code per situation; the island owns the words. */
export const REPORT_CODES = [
	// Every item: waiting for the reader's input or the document's MRZ.
	'no-photo',
	'no-account-name',
	'no-account-birth',
	'no-account-country',
	'no-document',
	// photo: the photo scorer's verdict on the chosen photos, or a file that could not be opened.
	'photo-none',
	'photo-good',
	'photo-fix',
	'photo-retake',
	'photo-cannot-open',
	// mrz: the photo's reading.
	'not-found',
	'uncertain',
	'read',
	// name: the account against the MRZ name (`compareNames` verdicts), or an MRZ name it cannot read.
	'unreadable',
	'exact',
	'equivalent',
	'partial',
	'different',
	// birth: the account's date against the MRZ's (`compareDates` verdicts).
	'birth-same',
	'birth-same-if-reordered',
	'birth-different',
	'birth-unreadable',
	// validity and age (`checkDocumentDates` problems).
	'valid',
	'expired',
	'expires-soon',
	'adult',
	'under-age',
	'future-birth',
	// country: the issuing state against the country of residence.
	'same-country',
	'other-country',
	'unknown-country',
] as const;
/** What an item found. */
export type ReportCode = (typeof REPORT_CODES)[number];

/** One item: its status and the code the island turns into words. */
export interface ReportItem {
	id: ReportItemId;
	status: ItemStatus;
	code: ReportCode;
	/** photo: the checks that did not pass, worst first (at most PHOTO_PROBLEMS_SHOWN). */
	problems?: PhotoProblem[];
	/** country: the issuing state's code as the MRZ writes it and the residence's ISO alpha-3 code. */
	countries?: { issuer: string; residence: string };
}

/** One chosen photo as the report sees it: the scorer's verdict, or a file that could not be opened. */
export type PhotoInput = PhotoQuality | 'cannot-open';

/** What the reader typed: their account as the exchange has it. */
export interface AccountDetails {
	name: string;
	birth: string;
	/** ISO 3166-1 alpha-3 code (the picker's choice), or what was typed when it names no country. */
	country: string;
}

/** MRZ YYMMDD as YYYY-MM-DD: a birth date in the century that puts it in the past, an expiry in 20YY (REFERENCE §4.1). */
export function mrzDate(yymmdd: string | null, role: 'birth' | 'expiry', today: string): string | null {
	if (!yymmdd || !/^\d{6}$/.test(yymmdd)) return null;
	const yy = Number(yymmdd.slice(0, 2));
	const thisYY = Number(today.slice(2, 4));
	const century = role === 'expiry' ? 2000 : yy > thisYY ? 1900 : 2000;
	return `${century + yy}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

const STATUS_RANK = { pass: 0, warn: 1, fail: 2 } as const;

/** The photo item: the worst of the chosen photos, with their main problems (each problem once, failures first). */
export function photoItem(photos: readonly PhotoInput[]): ReportItem {
	if (photos.length === 0) return { id: 'photo', status: 'todo', code: 'photo-none' };
	if (photos.includes('cannot-open')) return { id: 'photo', status: 'fail', code: 'photo-cannot-open' };
	const scored = photos as readonly PhotoQuality[];
	const status = scored.reduce<PhotoQuality['status']>(
		(worst, photo) => (STATUS_RANK[photo.status] > STATUS_RANK[worst] ? photo.status : worst),
		'pass',
	);
	const problems: PhotoProblem[] = [];
	for (const problem of scored
		.flatMap((photo) => photo.problems)
		.sort((a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status]))
		if (!problems.some((p) => p.problem === problem.problem)) problems.push(problem);
	const code = status === 'pass' ? 'photo-good' : status === 'warn' ? 'photo-fix' : 'photo-retake';
	return { id: 'photo', status, code, problems: problems.slice(0, PHOTO_PROBLEMS_SHOWN) };
}

/**
 * The report for the account typed so far, the MRZ read so far (null while no photo is read) and the
 * photos' quality (one entry a chosen photo, once it is scored).
 */
export function buildReport(
	account: AccountDetails,
	mrz: MrzResult | null,
	today: string,
	photos: readonly PhotoInput[] = [],
): ReportItem[] {
	const items: ReportItem[] = [photoItem(photos)];
	if (!mrz) items.push({ id: 'mrz', status: 'todo', code: 'no-photo' });
	else if (mrz.status === 'not-found') items.push({ id: 'mrz', status: 'warn', code: 'not-found' });
	else if (mrz.status === 'uncertain') items.push({ id: 'mrz', status: 'warn', code: 'uncertain' });
	else items.push({ id: 'mrz', status: 'pass', code: 'read' });

	const fields = mrz && mrz.status !== 'not-found' ? mrz.fields : null;
	// Name: the account against the MRZ name (compareNames applies the MRZ's truncation rules).
	if (!account.name.trim()) items.push({ id: 'name', status: 'todo', code: 'no-account-name' });
	else if (!fields || mrz!.lines.length === 0) items.push({ id: 'name', status: 'todo', code: 'no-document' });
	else {
		const result = compareNames(account.name, '', { mrz: mrz!.lines.join('\n') });
		const verdict = result.mrz?.account?.verdict;
		if (!verdict) items.push({ id: 'name', status: 'warn', code: 'unreadable' });
		else
			items.push({
				id: 'name',
				// `equivalent`: the same name as the MRZ writes it (capitals, ICAO transliteration).
				status: verdict === 'exact' || verdict === 'equivalent' ? 'pass' : verdict === 'partial' ? 'warn' : 'fail',
				code: verdict,
			});
	}

	const birth = mrzDate(fields?.birthDate ?? null, 'birth', today);
	if (!account.birth.trim()) items.push({ id: 'birth', status: 'todo', code: 'no-account-birth' });
	else if (!birth) items.push({ id: 'birth', status: 'todo', code: 'no-document' });
	else {
		const { verdict } = compareDates(account.birth, birth, { role: 'birth', today });
		items.push({
			id: 'birth',
			status: verdict === 'same' ? 'pass' : verdict === 'same-if-reordered' ? 'warn' : 'fail',
			code: `birth-${verdict}`,
		});
	}

	const expiry = mrzDate(fields?.expirationDate ?? null, 'expiry', today);
	const dates =
		birth || expiry ? checkDocumentDates({ today, ...(birth ? { birth } : {}), ...(expiry ? { expiry } : {}) }) : null;
	const codes = new Set(dates?.problems.map((p) => p.code) ?? []);
	if (!expiry) items.push({ id: 'validity', status: 'todo', code: 'no-document' });
	else if (codes.has('expired')) items.push({ id: 'validity', status: 'fail', code: 'expired' });
	else if (codes.has('expires-soon')) items.push({ id: 'validity', status: 'warn', code: 'expires-soon' });
	else items.push({ id: 'validity', status: 'pass', code: 'valid' });

	if (!birth) items.push({ id: 'age', status: 'todo', code: 'no-document' });
	else if (codes.has('under-age') || codes.has('future-birth'))
		items.push({ id: 'age', status: 'fail', code: codes.has('under-age') ? 'under-age' : 'future-birth' });
	else items.push({ id: 'age', status: 'pass', code: 'adult' });

	const issuer = fields?.issuingState ?? null;
	const residence = account.country.trim().toUpperCase();
	if (!residence) items.push({ id: 'country', status: 'todo', code: 'no-account-country' });
	else if (!regionOf(residence)) items.push({ id: 'country', status: 'todo', code: 'unknown-country' });
	else if (!issuer) items.push({ id: 'country', status: 'todo', code: 'no-document' });
	else
		items.push({
			id: 'country',
			status: 'note',
			code: sameCountry(issuer, residence) ? 'same-country' : 'other-country',
			countries: { issuer, residence },
		});
	return items;
}

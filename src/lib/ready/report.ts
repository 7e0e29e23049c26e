/**
 * The readiness report: the account's details against the document's MRZ, item by item. Codes only;
 * the island owns the words and the links.
 */
import { compareNames } from '../names/index';
import { checkDocumentDates, compareDates } from '../dates/index';
import type { MrzResult } from '../mrz/index';

/** The report's items, in the order shown. */
export const REPORT_ITEMS = ['mrz', 'name', 'birth', 'validity', 'age', 'country'] as const;
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
] as const;
/** What an item found. */
export type ReportCode = (typeof REPORT_CODES)[number];

/** One item: its status and the code the island turns into words. */
export interface ReportItem {
	id: ReportItemId;
	status: ItemStatus;
	code: ReportCode;
}

/** What the reader typed: their account as the exchange has it. */
export interface AccountDetails {
	name: string;
	birth: string;
	/** ISO 3166-1 alpha-3 or the country's name, as typed. */
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

/** The report for the account typed so far and the MRZ read so far (null while no photo is read). */
export function buildReport(account: AccountDetails, mrz: MrzResult | null, today: string): ReportItem[] {
	const items: ReportItem[] = [];
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
	const country = account.country.trim().toUpperCase();
	if (!country) items.push({ id: 'country', status: 'todo', code: 'no-account-country' });
	else if (!issuer) items.push({ id: 'country', status: 'todo', code: 'no-document' });
	else items.push({ id: 'country', status: 'note', code: country === issuer ? 'same-country' : 'other-country' });
	return items;
}

/**
 * The reader's verdict on a fitted MRZ: `read` only when every check digit holds and every character
 * can be trusted (check digits miss some swaps, and the name line and sex have none: REFERENCE §8.1);
 * `uncertain` with what was read and the doubtful fields; `not-found` when the text is not an MRZ.
 */
import { parse } from 'mrz';
import { LAYOUTS, checkHolds, type MrzFormat } from './layout';
import type { FittedMrz } from './correct';

/** The reader's state. */
export type MrzReadStatus = 'read' | 'uncertain' | 'not-found';

/** The fields of a read MRZ the report uses (`mrz`'s names; null where unreadable). */
export interface MrzFields {
	documentCode: string | null;
	issuingState: string | null;
	lastName: string | null;
	firstName: string | null;
	documentNumber: string | null;
	nationality: string | null;
	/** YYMMDD as printed. */
	birthDate: string | null;
	sex: string | null;
	/** YYMMDD as printed. */
	expirationDate: string | null;
}

/** What the reader found. */
export interface MrzResult {
	status: MrzReadStatus;
	format: MrzFormat | null;
	/** The MRZ lines as read and corrected (empty when not found). */
	lines: string[];
	/** Characters that cannot be trusted, by line and column. */
	doubtful: { line: number; column: number }[];
	/** Fields holding a doubtful character or whose check digit fails (`mrz` field names). */
	doubtfulFields: string[];
	/** Check digits that fail, by the field they cover (`composite` for the whole). */
	failedChecks: string[];
	fields: MrzFields | null;
}

/** The result of nothing found. */
export const NOT_FOUND: MrzResult = {
	status: 'not-found',
	format: null,
	lines: [],
	doubtful: [],
	doubtfulFields: [],
	failedChecks: [],
	fields: null,
};

/** Mean character confidence below which a reading is noise, whatever its check digits (garbage passes some by chance). */
const MIN_MRZ_CONFIDENCE = 0.6;

/**
 * Text that is an MRZ: two check digits hold (a random string passes one in ten), or one holds and the
 * recogniser was confident and the lines had the layout's length as read. Text on a photo without an
 * MRZ read as MRZ-shaped strings fails this (REFERENCE §8.1: none passed the check digits).
 */
export function isMrz(fitted: FittedMrz): boolean {
	const holding = fitted.checks.filter((c) => c.holds).length;
	if (fitted.meanConfidence < MIN_MRZ_CONFIDENCE) return false;
	// Every MRZ starts with a document code (P, V, I, A or C: Doc 9303 Parts 4–6) and its first line
	// holds fillers (`<<` between surname and given names, or after the document number).
	const first = fitted.lines[0]!;
	if (!/^[PVIAC]/.test(first) || !first.includes('<<')) return false;
	return holding >= 2 || (holding >= 1 && fitted.meanConfidence >= 0.7 && fitted.refitted === 0);
}

/** The verdict on a fitted MRZ. */
export function decide(fitted: FittedMrz | null): MrzResult {
	if (!fitted || !isMrz(fitted)) return NOT_FOUND;
	const doubtful: { line: number; column: number }[] = [];
	fitted.sure.forEach((row, line) => row.forEach((sure, column) => sure || doubtful.push({ line, column })));
	const failedChecks = fitted.checks.filter((c) => !c.holds).map((c) => c.field);
	return describe(fitted.format, fitted.lines, doubtful, failedChecks);
}

/**
 * The verdict on lines the person typed or corrected: every character is theirs, so only the check
 * digits can doubt them. Lines of the wrong shape are `not-found`.
 */
export function decideTyped(lines: readonly string[]): MrzResult {
	const clean = lines.map((line) => line.toUpperCase().replace(/\s+/g, ''));
	// The layout whose check digits hold best (TD2 and the French ID card share a shape).
	const fits = Object.values(LAYOUTS)
		.filter(
			(l) => l.lines === clean.length && clean.every((line) => line.length === l.length && /^[A-Z0-9<]+$/.test(line)),
		)
		.map((layout) => ({
			layout,
			failed: layout.checks.filter((check) => !checkHolds(clean, check)).map((check) => check.field),
		}))
		.sort((a, b) => a.failed.length - b.failed.length);
	const best = fits[0];
	if (!best) return NOT_FOUND;
	return describe(best.layout.format, clean, [], best.failed);
}

function describe(
	format: MrzFormat,
	lines: string[],
	doubtful: { line: number; column: number }[],
	failedChecks: string[],
): MrzResult {
	let fields: MrzFields | null = null;
	const doubtfulFields = new Set<string>();
	try {
		const parsed = parse(lines);
		const f = parsed.fields;
		fields = {
			documentCode: f.documentCode ?? null,
			issuingState: f.issuingState ?? null,
			lastName: f.lastName ?? null,
			firstName: f.firstName ?? null,
			documentNumber: f.documentNumber ?? null,
			nationality: f.nationality ?? null,
			birthDate: f.birthDate ?? null,
			sex: f.sex ?? null,
			expirationDate: f.expirationDate ?? null,
		};
		// `mrz` leaves a country code it does not know null: keep the letters as printed, and doubt them
		// (no check digit covers a country code; a code that does not exist was misread, M for N).
		for (const code of ['issuingState', 'nationality'] as const) {
			if (fields[code] !== null) continue;
			fields[code] = rawField(parsed.details, code, lines);
			const detail = parsed.details.find((d) => d.field === code);
			if (detail && !doubtful.some((d) => d.line === detail.line && d.column === detail.start))
				for (let column = detail.start; column < detail.end; column++) doubtful.push({ line: detail.line, column });
		}
		for (const detail of parsed.details) {
			if (detail.field === null) continue;
			const field = detail.field.replace(/CheckDigit$/, '');
			if (doubtful.some((d) => d.line === detail.line && d.column >= detail.start && d.column < detail.end))
				doubtfulFields.add(field);
		}
	} catch {
		// A layout `mrz` cannot parse leaves the fields unknown; the lines are still shown.
	}
	for (const check of failedChecks) doubtfulFields.add(check === 'composite' ? 'composite' : check);
	const status = doubtful.length === 0 && failedChecks.length === 0 ? 'read' : 'uncertain';
	return { status, format, lines, doubtful, doubtfulFields: [...doubtfulFields], failedChecks, fields };
}

function rawField(
	details: readonly { field: string | null; line: number; start: number; end: number }[],
	name: string,
	lines: string[],
): string | null {
	const detail = details.find((d) => d.field === name);
	if (!detail) return null;
	const text = lines[detail.line]!.slice(detail.start, detail.end).replace(/<+$/, '');
	return /^[A-Z]{1,3}$/.test(text) ? text : null;
}

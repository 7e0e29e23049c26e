/**
 * The reader's verdict on a fitted MRZ: `read` only when every check digit holds and every character
 * can be trusted (check digits miss some swaps, and the name line and sex have none: REFERENCE §8.1);
 * `uncertain` with what was read and the doubtful fields; `not-found` when the text is not an MRZ.
 */
import { parse, states } from 'mrz';
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
	const lines = fixCountryCodes(fitted.format, fitted.lines, doubtful);
	const failedChecks = fitted.checks.filter((c) => !c.holds).map((c) => c.field);
	return describe(fitted.format, lines, doubtful, failedChecks);
}

/** Letters OCR-B readings confuse, for country codes (which no check digit covers). */
const LETTER_LOOK_ALIKES: Record<string, string> = {
	M: 'N',
	N: 'MH',
	H: 'N',
	O: 'DQ',
	D: 'O',
	Q: 'O',
	U: 'V',
	V: 'U',
	C: 'G',
	G: 'C',
	E: 'F',
	F: 'E',
	I: 'L',
	L: 'I',
	K: 'X',
	X: 'K',
	P: 'R',
	R: 'PB',
	B: 'R',
};

/** Where each layout prints its country codes: [line, from, to). */
const COUNTRY_CODES: Record<MrzFormat, [number, number, number][]> = {
	TD3: [
		[0, 2, 5],
		[1, 10, 13],
	],
	TD2: [
		[0, 2, 5],
		[1, 10, 13],
	],
	TD1: [
		[0, 2, 5],
		[1, 15, 18],
	],
	FRA: [[0, 2, 5]],
};

/**
 * A country code that does not exist (NLD read MLD) is changed to the one existing code a single
 * look-alike letter away, when there is exactly one; it stays doubtful (marked in `doubtful`), since
 * nothing but the list of codes confirms it.
 */
function fixCountryCodes(format: MrzFormat, lines: string[], doubtful: { line: number; column: number }[]): string[] {
	const fixed = [...lines];
	for (const [line, from, to] of COUNTRY_CODES[format]) {
		const code = fixed[line]!.slice(from, to);
		const known = (text: string) => text.replace(/<+$/, '') in states;
		if (known(code)) continue;
		const candidates = new Set<string>();
		for (let i = 0; i < code.length; i++)
			for (const other of LETTER_LOOK_ALIKES[code[i]!] ?? '') {
				const next = code.slice(0, i) + other + code.slice(i + 1);
				if (known(next)) candidates.add(next);
			}
		if (candidates.size !== 1) continue;
		const [next] = candidates;
		fixed[line] = fixed[line]!.slice(0, from) + next + fixed[line]!.slice(to);
		for (let column = from; column < to; column++)
			if (!doubtful.some((d) => d.line === line && d.column === column)) doubtful.push({ line, column });
	}
	return fixed;
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
		for (const d of doubtful) {
			// The field holding the position, else the one before it on the line (fillers after a name
			// belong to the name: a doubtful `<` may be a letter of it).
			const onLine = parsed.details.filter((detail) => detail.field !== null && detail.line === d.line);
			const holder =
				onLine.find((detail) => d.column >= detail.start && d.column < detail.end) ??
				onLine.filter((detail) => detail.start <= d.column).sort((a, b) => b.start - a.start)[0];
			if (holder?.field) doubtfulFields.add(holder.field.replace(/CheckDigit$/, ''));
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

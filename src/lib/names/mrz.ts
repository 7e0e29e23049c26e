import { parse, type FieldName, type MRZFormat } from 'mrz';
import { MRZ_LINE_LENGTH } from './constants';

/** Why an MRZ could not be read; `ok` when it could. */
export type MrzStatus = 'ok' | 'empty' | 'wrong-line-count' | 'wrong-line-length' | 'bad-characters' | 'unreadable';

/** Check-digit fields the `mrz` library verifies. */
export type CheckDigitField = Extract<FieldName, `${string}CheckDigit`>;

/** One verified check digit. */
export interface CheckDigitResult {
	field: CheckDigitField;
	valid: boolean;
}

/** The name in the MRZ. */
export interface MrzName {
	/** Primary identifier (surname), spaces for fillers: "CACADOR DE ARAUJO". */
	primary: string;
	/** Secondary identifier (given names): "ANDRE ESTEV". */
	secondary: string;
	/** The name field as printed, fillers included. */
	field: string;
	/** The last position of the field holds a letter: the name was probably cut short (ICAO 9303). */
	truncated: boolean;
	/** Secondary then primary, the order the comparison uses: "ANDRE ESTEV CACADOR DE ARAUJO". */
	text: string;
	/** Index, among the parts of `text`, of the part the truncation would have cut. */
	lastPartOfField: number;
}

/** What was read from the MRZ, without any comparison. */
export interface MrzReading {
	status: MrzStatus;
	/** Cleaned lines (spaces removed, upper case). */
	lines: string[];
	format?: MRZFormat;
	/** All fields valid, as the `mrz` library reports it. */
	valid?: boolean;
	checkDigits: CheckDigitResult[];
	/** Other fields the library marks invalid (e.g. an unknown country code such as UTO). */
	invalidFields: FieldName[];
	name?: MrzName;
}

const MRZ_CHARACTERS = /^[A-Z0-9<]+$/;
const LINE_SHAPES: ReadonlyArray<readonly number[]> = [
	[MRZ_LINE_LENGTH.TD1, MRZ_LINE_LENGTH.TD1, MRZ_LINE_LENGTH.TD1], // ID cards
	[MRZ_LINE_LENGTH.TD2, MRZ_LINE_LENGTH.TD2], // and the French national ID
	[MRZ_LINE_LENGTH.TD3, MRZ_LINE_LENGTH.TD3], // passports
];

/** Where the name field is, per ICAO Doc 9303 Parts 4–6: line, start, end. */
const NAME_FIELD: Partial<Record<MRZFormat, readonly [number, number, number]>> = {
	TD1: [2, 0, MRZ_LINE_LENGTH.TD1],
	TD2: [0, 5, MRZ_LINE_LENGTH.TD2],
	TD3: [0, 5, MRZ_LINE_LENGTH.TD3],
};

/**
 * Reads an MRZ pasted by the user (two or three lines), verifies its check digits with the `mrz`
 * library (cheminfo) and extracts the name field. Never throws: problems come back as `status`.
 */
export function readMrz(input: string): MrzReading {
	const lines = input
		.split(/\r\n|\r|\n/)
		.map((line) => line.replace(/\s+/g, '').toUpperCase())
		.filter((line) => line.length > 0);
	const base = { lines, checkDigits: [], invalidFields: [] };
	if (lines.length === 0) return { ...base, status: 'empty' };
	if (lines.length < 2 || lines.length > 3) return { ...base, status: 'wrong-line-count' };
	if (lines.some((line) => !MRZ_CHARACTERS.test(line))) return { ...base, status: 'bad-characters' };
	const shapeOk = LINE_SHAPES.some(
		(shape) => shape.length === lines.length && shape.every((n, i) => lines[i]!.length === n),
	);
	if (!shapeOk) return { ...base, status: 'wrong-line-length' };

	let result;
	try {
		result = parse(lines);
	} catch {
		return { ...base, status: 'unreadable' };
	}
	const checkDigits: CheckDigitResult[] = [];
	const invalidFields: FieldName[] = [];
	for (const detail of result.details) {
		if (!detail.field) continue;
		if (detail.field.endsWith('CheckDigit'))
			checkDigits.push({ field: detail.field as CheckDigitField, valid: detail.valid });
		else if (!detail.valid) invalidFields.push(detail.field);
	}
	const name = nameOf(result.format, lines, result.fields.lastName ?? '', result.fields.firstName ?? '');
	return {
		...base,
		status: 'ok',
		format: result.format,
		valid: result.valid,
		checkDigits,
		invalidFields,
		...(name ? { name } : {}),
	};
}

function nameOf(format: MRZFormat, lines: readonly string[], lastName: string, firstName: string): MrzName | undefined {
	const where = NAME_FIELD[format];
	let field: string;
	if (where) {
		const [line, start, end] = where;
		field = lines[line]!.slice(start, end);
	} else {
		field = `${lastName.replace(/ /g, '<')}<<${firstName.replace(/ /g, '<')}`;
	}
	const split = field.indexOf('<<');
	const primaryRaw = split < 0 ? field : field.slice(0, split);
	const secondaryRaw = split < 0 ? '' : field.slice(split + 2);
	const clean = (s: string) => s.replace(/<+$/, '').replace(/<+/g, ' ').trim();
	const primary = clean(primaryRaw);
	const secondary = clean(secondaryRaw);
	if (primary === '' && secondary === '') return undefined;
	const truncated = where !== undefined && /[A-Z]$/.test(field);
	const secondaryParts = secondary === '' ? 0 : secondary.split(' ').length;
	const primaryParts = primary === '' ? 0 : primary.split(' ').length;
	const text = [secondary, primary].filter((s) => s !== '').join(' ');
	// The field ends with the secondary identifier when there is one, else with the primary one.
	const lastPartOfField = secondaryParts > 0 ? secondaryParts - 1 : primaryParts - 1;
	return { primary, secondary, field, truncated, text, lastPartOfField };
}

/**
 * The three MRZ layouts of ICAO Doc 9303 (Parts 4–6): line count and length, what each position may
 * hold (a digit, a letter, either, or a filler-or-letter name), and the check digits with the
 * positions they cover. Positions are [line, column], 0-based.
 */
/** `FRA`: the French national ID card of 1988–2021, 2 × 36 but its own fields (`mrz`: FRENCH_NATIONAL_ID). */
export type MrzFormat = 'TD1' | 'TD2' | 'TD3' | 'FRA';

/** What a position may hold: `digit` 0–9 (or `<` where the field may be empty), `alpha` A–Z or `<`, `any` A–Z, 0–9 or `<`. */
export type PositionClass = 'digit' | 'alpha' | 'any';

/** A field checked by a check digit. */
export interface CheckedField {
	/** Field name, as the `mrz` package names the check digit's field. */
	field: 'documentNumber' | 'birthDate' | 'expirationDate' | 'personalNumber' | 'composite';
	/** Covered ranges: [line, from, to) each. */
	ranges: [number, number, number][];
	/** The check digit's position. */
	at: [number, number];
}

/** One layout. */
export interface MrzLayout {
	format: MrzFormat;
	lines: number;
	length: number;
	/** Class of each position, line by line. */
	classes: PositionClass[][];
	checks: CheckedField[];
}

function line(length: number, spans: [number, number, PositionClass][]): PositionClass[] {
	const classes = new Array<PositionClass>(length).fill('any');
	for (const [from, to, cls] of spans) classes.fill(cls, from, to);
	return classes;
}

/**
 * The second line of TD3 and TD2 (Doc 9303 Parts 4 and 6): document number and its check digit,
 * nationality, birth date, sex, expiry date, optional data (on TD3 the personal number with its own
 * check digit), and the composite check digit last.
 */
function secondLine(length: number, personalNumber: boolean): { classes: PositionClass[]; checks: CheckedField[] } {
	const optionalEnd = personalNumber ? length - 2 : length - 1;
	const personal: CheckedField[] = personalNumber
		? [{ field: 'personalNumber', ranges: [[1, 28, optionalEnd]], at: [1, optionalEnd] }]
		: [];
	return {
		classes: line(length, [
			[0, 9, 'any'],
			[9, 10, 'digit'],
			[10, 13, 'alpha'],
			[13, 20, 'digit'],
			[20, 21, 'alpha'],
			[21, 28, 'digit'],
			[28, optionalEnd, 'any'],
			[optionalEnd, length, 'digit'],
		]),
		checks: [
			{ field: 'documentNumber', ranges: [[1, 0, 9]], at: [1, 9] },
			{ field: 'birthDate', ranges: [[1, 13, 19]], at: [1, 19] },
			{ field: 'expirationDate', ranges: [[1, 21, 27]], at: [1, 27] },
			...personal,
			{
				field: 'composite',
				ranges: [
					[1, 0, 10],
					[1, 13, 20],
					[1, 21, length - 1],
				],
				at: [1, length - 1],
			},
		],
	};
}

const TD3_SECOND_LINE = secondLine(44, true);

/** TD3 (passports): 2 × 44. */
const TD3: MrzLayout = {
	format: 'TD3',
	lines: 2,
	length: 44,
	classes: [line(44, [[0, 44, 'alpha']]), TD3_SECOND_LINE.classes],
	checks: TD3_SECOND_LINE.checks,
};

const TD2_SECOND_LINE = secondLine(36, false);

/** TD2 (some ID cards and visas): 2 × 36. */
const TD2: MrzLayout = {
	format: 'TD2',
	lines: 2,
	length: 36,
	classes: [line(36, [[0, 36, 'alpha']]), TD2_SECOND_LINE.classes],
	checks: TD2_SECOND_LINE.checks,
};

/** TD1 (ID cards): 3 × 30. */
const TD1: MrzLayout = {
	format: 'TD1',
	lines: 3,
	length: 30,
	classes: [
		line(30, [
			[0, 5, 'alpha'],
			[5, 14, 'any'],
			[14, 15, 'digit'],
			[15, 30, 'any'],
		]),
		line(30, [
			[0, 7, 'digit'],
			[7, 8, 'alpha'],
			[8, 15, 'digit'],
			[15, 18, 'alpha'],
			[18, 29, 'any'],
			[29, 30, 'digit'],
		]),
		line(30, [[0, 30, 'alpha']]),
	],
	checks: [
		{ field: 'documentNumber', ranges: [[0, 5, 14]], at: [0, 14] },
		{ field: 'birthDate', ranges: [[1, 0, 6]], at: [1, 6] },
		{ field: 'expirationDate', ranges: [[1, 8, 14]], at: [1, 14] },
		{
			field: 'composite',
			ranges: [
				[0, 5, 30],
				[1, 0, 7],
				[1, 8, 15],
				[1, 18, 29],
			],
			at: [1, 29],
		},
	],
};

/** The French national ID card (1988–2021): 2 × 36, name on line 1, number, given names and birth on line 2. */
const FRA: MrzLayout = {
	format: 'FRA',
	lines: 2,
	length: 36,
	classes: [
		line(36, [
			[0, 30, 'alpha'],
			[30, 36, 'any'],
		]),
		line(36, [
			[0, 12, 'any'],
			[12, 13, 'digit'],
			[13, 27, 'alpha'],
			[27, 34, 'digit'],
			[34, 35, 'alpha'],
			[35, 36, 'digit'],
		]),
	],
	checks: [
		{ field: 'documentNumber', ranges: [[1, 0, 12]], at: [1, 12] },
		{ field: 'birthDate', ranges: [[1, 27, 33]], at: [1, 33] },
		{
			field: 'composite',
			ranges: [
				[0, 0, 36],
				[1, 0, 35],
			],
			at: [1, 35],
		},
	],
};

/** The layouts, by format. */
export const LAYOUTS: Record<MrzFormat, MrzLayout> = { TD1, TD2, TD3, FRA };

/** ICAO 9303 Part 3 §4.9: weights 7, 3, 1; digits as themselves, A–Z as 10–35, `<` as 0; sum mod 10. */
export function checkDigit(text: string): number {
	let sum = 0;
	for (let i = 0; i < text.length; i++) sum += charValue(text.charCodeAt(i)) * [7, 3, 1][i % 3]!;
	return sum % 10;
}

function charValue(code: number): number {
	if (code >= 48 && code <= 57) return code - 48;
	if (code >= 65 && code <= 90) return code - 55;
	return 0;
}

/** The text a check covers, from the lines. */
export function coveredText(lines: readonly string[], check: CheckedField): string {
	return check.ranges.map(([l, from, to]) => lines[l]!.slice(from, to)).join('');
}

/** Whether a check digit holds (an empty optional field, all `<` with a `<` check digit, holds too). */
export function checkHolds(lines: readonly string[], check: CheckedField): boolean {
	const digit = lines[check.at[0]]![check.at[1]]!;
	const text = coveredText(lines, check);
	if (digit === '<') return check.field === 'personalNumber' && /^<*$/.test(text);
	return checkDigit(text) === Number(digit);
}

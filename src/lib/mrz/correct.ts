/**
 * From the recogniser's lines to an MRZ: choose the layout, fit each line to its length, correct each
 * position to what it may hold (O↔0, B↔8, S↔5, Z↔2, I↔1, G↔6: REFERENCE §8.1), and let the check
 * digits confirm or reject corrections in the fields they cover. Every character keeps a flag saying
 * whether it can be trusted; nothing here decides `read`, see decide.ts.
 */
import { LAYOUTS, checkHolds, type MrzFormat, type MrzLayout, type PositionClass } from './layout';
import type { OcrLine } from './hocr';

/** A character below this confidence is doubtful (fitted on the synthetic strips: bench/mrz.bench.ts). */
export const HIGH_CONFIDENCE = 0.8;
/** Most doubtful characters tried together in one checked field when its check digit fails. */
const MAX_TRIED = 6;

/** Letter a digit is mistaken for, and back (OCR-B's look-alikes). */
const DIGIT_FOR: Record<string, string> = {
	O: '0',
	Q: '0',
	D: '0',
	U: '0',
	I: '1',
	L: '1',
	Z: '2',
	S: '5',
	G: '6',
	T: '7',
	B: '8',
	A: '4',
};
const LETTER_FOR: Record<string, string> = {
	'0': 'O',
	'1': 'I',
	'2': 'Z',
	'5': 'S',
	'6': 'G',
	'7': 'T',
	'8': 'B',
	'4': 'A',
};
/** Pairs a checked field's character may be swapped between. */
const SWAPS: Record<string, string[]> = {
	'0': ['O', 'D', 'Q'],
	O: ['0', 'D', 'Q'],
	D: ['0', 'O'],
	Q: ['0', 'O'],
	'1': ['I'],
	I: ['1'],
	'2': ['Z'],
	Z: ['2'],
	'5': ['S'],
	S: ['5'],
	'6': ['G'],
	G: ['6'],
	'8': ['B'],
	B: ['8'],
	'<': ['K', 'L', 'C'],
	K: ['<'],
	L: ['<'],
	C: ['<'],
};

/** One fitted MRZ with what may be trusted of it. */
export interface FittedMrz {
	format: MrzFormat;
	lines: string[];
	/** Per line and column: the character can be trusted (read with high confidence, or confirmed by a check digit). */
	sure: boolean[][];
	/** Checks that hold, by field. */
	checks: { field: string; holds: boolean }[];
	/** Mean confidence of the characters the recogniser gave. */
	meanConfidence: number;
	/** The recogniser's lines this was fitted from. */
	raw: OcrLine[];
	/** Lines whose read length differed from the layout's (fitted by adding or removing fillers). */
	refitted: number;
}

/** Options of `fitMrz`. */
export interface FitOptions {
	/** Only this layout. */
	format?: MrzFormat;
	/** Positions to doubt whatever their confidence (where a second reading disagreed), by line and column. */
	distrust?: boolean[][];
}

/** The best MRZ the lines can make, or null when they cannot make one (too few or too short lines). */
export function fitMrz(read: readonly OcrLine[], options: FitOptions = {}): FittedMrz | null {
	const lines = read.map((line) => cleanLine(line)).filter((line) => line.text.length >= 20);
	let best: FittedMrz | null = null;
	const layouts = options.format ? [LAYOUTS[options.format]] : Object.values(LAYOUTS);
	for (const layout of layouts) {
		for (let first = 0; first + layout.lines <= lines.length; first++) {
			const group = lines.slice(first, first + layout.lines);
			// A line far from the layout's length is not that layout.
			if (group.some((line) => Math.abs(line.text.length - layout.length) > Math.max(3, layout.length * 0.12)))
				continue;
			const fitted = fitLayout(group, layout, options.distrust);
			if (!best || rank(fitted) > rank(best)) best = fitted;
		}
	}
	return best;
}

function rank(fitted: FittedMrz): number {
	return fitted.checks.filter((c) => c.holds).length * 10 + fitted.meanConfidence - fitted.refitted;
}

/** Keeps the MRZ alphabet (A–Z, 0–9, `<`); other marks dropped with their confidences. */
function cleanLine(line: OcrLine): OcrLine {
	let text = '';
	const confidences: number[] = [];
	for (let i = 0; i < line.text.length; i++) {
		const char = line.text[i]!.toUpperCase();
		if (!/[A-Z0-9<]/.test(char)) continue;
		text += char;
		confidences.push(line.confidences[i] ?? 0);
	}
	return { text, confidences };
}

function fitLayout(group: OcrLine[], layout: MrzLayout, distrust?: boolean[][]): FittedMrz {
	// Each line's ways to reach the layout's length; the combination whose check digits hold best wins.
	const options = group.map((line) => fitLengths(line, layout.length));
	let best: FittedMrz | null = null;
	const pick = (index: number, chosen: OcrLine[]) => {
		if (index === options.length) {
			const fitted = fitChosen(chosen, group, layout, distrust);
			if (!best || rank(fitted) > rank(best)) best = fitted;
			return;
		}
		for (const option of options[index]!) pick(index + 1, [...chosen, option]);
	};
	pick(0, []);
	return best!;
}

function fitChosen(chosen: OcrLine[], group: OcrLine[], layout: MrzLayout, distrust?: boolean[][]): FittedMrz {
	let refitted = 0;
	let total = 0;
	let count = 0;
	const chars: string[][] = [];
	const sure: boolean[][] = [];
	chosen.forEach(({ text, confidences }, index) => {
		if (group[index]!.text.length !== layout.length) refitted++;
		const row: string[] = [];
		const rowSure: boolean[] = [];
		const classes = layout.classes[index]!;
		for (let i = 0; i < layout.length; i++) {
			const original = text[i]!;
			const fixed = toClass(original, classes[i]!);
			row.push(fixed);
			// A character changed to fit its position is doubtful until a check digit confirms it.
			rowSure.push(fixed === original && confidences[i]! >= HIGH_CONFIDENCE && !distrust?.[index]?.[i]);
			if (confidences[i]! > 0) {
				total += confidences[i]!;
				count++;
			}
		}
		chars.push(row);
		sure.push(rowSure);
	});
	confirmWithChecks(chars, sure, layout);
	const lines = chars.map((row) => row.join(''));
	return {
		format: layout.format,
		lines,
		sure,
		checks: layout.checks.map((check) => ({ field: check.field, holds: checkHolds(lines, check) })),
		meanConfidence: count ? total / count : 0,
		refitted,
		raw: group,
	};
}

/**
 * The ways a line can be brought to `length`: a line too long loses characters at its start, at its
 * end (a card's edge or a shadow read as a letter) or in its longest run of fillers (where a
 * recogniser most often miscounts); a line too short gains fillers in that run. Removed characters'
 * neighbours and added fillers are doubted.
 */
function fitLengths(line: OcrLine, length: number): OcrLine[] {
	const excess = line.text.length - length;
	if (excess <= 0) return [fitLength(line, length)];
	const ways: OcrLine[] = [];
	for (let head = 0; head <= excess; head++) {
		for (let tail = 0; head + tail <= excess; tail++) {
			const cut: OcrLine = {
				text: line.text.slice(head, line.text.length - tail),
				confidences: line.confidences.slice(head, line.confidences.length - tail),
			};
			ways.push(fitLength(cut, length));
		}
	}
	return ways;
}

/**
 * A line fitted to `length`: fillers added to or removed from its longest run of `<` (where a
 * recogniser most often miscounts), else at its end. Added fillers have confidence 0.
 */
function fitLength(line: OcrLine, length: number): OcrLine {
	let { text, confidences } = line;
	confidences = [...confidences];
	while (text.length !== length) {
		const run = longestFillerRun(text);
		if (text.length > length) {
			const at = run ? run.start + run.length - 1 : text.length - 1;
			text = text.slice(0, at) + text.slice(at + 1);
			confidences.splice(at, 1);
			// Neighbours of a removed character are doubtful.
			if (at < confidences.length) confidences[at] = 0;
		} else {
			const at = run ? run.start + run.length : text.length;
			text = text.slice(0, at) + '<' + text.slice(at);
			confidences.splice(at, 0, 0);
		}
	}
	return { text, confidences };
}

function longestFillerRun(text: string): { start: number; length: number } | null {
	let best: { start: number; length: number } | null = null;
	for (const match of text.matchAll(/<{2,}/g)) {
		if (!best || match[0].length >= best.length) best = { start: match.index!, length: match[0].length };
	}
	return best;
}

function toClass(char: string, cls: PositionClass): string {
	if (cls === 'digit') return char === '<' || /[0-9]/.test(char) ? char : (DIGIT_FOR[char] ?? char);
	if (cls === 'alpha') return /[0-9]/.test(char) ? (LETTER_FOR[char] ?? char) : char;
	return char;
}

/**
 * For each check that fails, tries the look-alike swaps of its doubtful characters (fewest changes
 * first); a single smallest set of swaps that makes it hold is applied and those characters become sure.
 * A check that holds makes its characters sure only when all were already sure.
 */
function confirmWithChecks(chars: string[][], sure: boolean[][], layout: MrzLayout): void {
	for (const check of layout.checks) {
		if (check.field === 'composite') continue;
		const positions: [number, number][] = [];
		for (const [l, from, to] of check.ranges) for (let c = from; c < to; c++) positions.push([l, c]);
		positions.push(check.at);
		const lines = () => chars.map((row) => row.join(''));
		if (checkHolds(lines(), check)) continue;
		const swappable = positions.filter(([l, c]) => (SWAPS[chars[l]![c]!]?.length ?? 0) > 0);
		const doubtful = swappable.filter(([l, c]) => !sure[l]![c]);
		if (doubtful.length > 0 && doubtful.length <= MAX_TRIED) {
			const fixes = swapsThatHold(chars, doubtful, layout, check);
			if (fixes.length === 1) {
				for (const [[l, c], char] of fixes[0]!) {
					chars[l]![c] = char;
					sure[l]![c] = true;
				}
				continue;
			}
		}
		// The check fails, so some character was misread however confident the recogniser was. When exactly
		// one look-alike swap between a letter and a digit in the whole field makes it hold, that is the
		// likeliest reading; it is applied but stays doubtful (confidence said nothing about this field).
		// Fillers are left out: their chevron is not confused confidently, and swapping them would offer
		// a fix at every padding position.
		const letterOrDigit = swappable.filter(([l, c]) => chars[l]![c] !== '<');
		const fixes = swapsThatHold(chars, letterOrDigit, layout, check, 1, true);
		if (fixes.length !== 1) continue;
		for (const [[l, c], char] of fixes[0]!) {
			chars[l]![c] = char;
			sure[l]![c] = false;
		}
	}
}

type Fix = [[number, number], string][];

/** The smallest sets of swaps (1, then 2 unless `most` is 1) among `doubtful` that make the check hold. */
function swapsThatHold(
	chars: string[][],
	doubtful: [number, number][],
	layout: MrzLayout,
	check: MrzLayout['checks'][number],
	most = 2,
	noFillers = false,
): Fix[] {
	const allowed = (l: number, c: number, char: string) => {
		const cls = layout.classes[l]![c]!;
		return cls === 'any' || (cls === 'digit' ? /[0-9<]/.test(char) : /[A-Z<]/.test(char));
	};
	const holdsWith = (fix: Fix) => {
		const copy = chars.map((row) => [...row]);
		for (const [[l, c], char] of fix) copy[l]![c] = char;
		return checkHolds(
			copy.map((row) => row.join('')),
			check,
		);
	};
	const singles: Fix[] = [];
	for (const [l, c] of doubtful)
		for (const char of SWAPS[chars[l]![c]!] ?? [])
			if (allowed(l, c, char) && !(noFillers && char === '<')) singles.push([[[l, c], char]]);
	const one = singles.filter(holdsWith);
	if (one.length || most < 2) return one;
	const two: Fix[] = [];
	for (let i = 0; i < singles.length; i++)
		for (let j = i + 1; j < singles.length; j++) {
			const [a] = singles[i]!;
			const [b] = singles[j]!;
			if (a![0][0] === b![0][0] && a![0][1] === b![0][1]) continue;
			const fix: Fix = [a!, b!];
			if (holdsWith(fix)) two.push(fix);
		}
	return two;
}

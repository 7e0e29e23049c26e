import { MAX_ALIGNED_PART_LENGTH, MAX_READING_LENGTH } from './constants';
import type { PreparedPart } from './prepare';
import { READING_WEIGHT, type Reading, type ReadingKind } from './transliteration';
import type { Rule } from './types';

/** What explains one step of the letter alignment. */
export type StepKind = ReadingKind | 'case' | 'spelling';

/** One step: units [a0, a1) of one part correspond to units [b0, b1) of the other. */
export interface Step {
	kind: StepKind;
	a: readonly [number, number];
	b: readonly [number, number];
	rules: Rule[];
}

/** Weight of each explanation; a spelling change always costs more than any run of the others. */
const WEIGHT: Readonly<Record<StepKind, number>> = {
	same: 0,
	case: 0.5,
	width: READING_WEIGHT.width,
	punctuation: READING_WEIGHT.punctuation,
	diacritics: READING_WEIGHT.diacritics,
	transliteration: READING_WEIGHT.transliteration,
	confusable: READING_WEIGHT.confusable,
	spelling: 0,
};
const EPSILON = 1e-3;
const SPELLING_COST = 1;

function cost(kind: StepKind): number {
	return kind === 'spelling' ? SPELLING_COST : WEIGHT[kind] * EPSILON;
}

interface Explained {
	kind: StepKind;
	rules: Rule[];
}

/**
 * Lower case, with Greek final sigma as σ. Not upper case: 'ı'.toUpperCase() is 'I', but Turkish ı
 * and i are different letters.
 */
function caseFold(text: string): string {
	return text.toLowerCase().replace(/ς/g, 'σ');
}

/** Explains why two single units differ, or says it is a spelling change. */
function explainPair(a: PreparedPart, i: number, b: PreparedPart, j: number): Explained {
	const ua = a.units[i]!;
	const ub = b.units[j]!;
	if (ua.raw === ub.raw) return { kind: 'same', rules: [] };
	if (ua.kind === 'apostrophe' && ub.kind === 'apostrophe') return { kind: 'punctuation', rules: [] };
	if (ua.norm === ub.norm) return { kind: 'width', rules: [] };
	if (caseFold(ua.norm) === caseFold(ub.norm)) return { kind: 'case', rules: [] };
	let best: Explained | undefined;
	let bestWeight = Infinity;
	for (const ra of a.readings[i]!) {
		for (const rb of b.readings[j]!) {
			if (ra.text !== rb.text) continue;
			const heavier = READING_WEIGHT[ra.kind] >= READING_WEIGHT[rb.kind] ? ra : rb;
			const weight = READING_WEIGHT[heavier.kind];
			if (weight < bestWeight) {
				bestWeight = weight;
				best = { kind: heavier.kind, rules: [ra.rule, rb.rule].filter((r) => r !== undefined) };
			}
		}
	}
	return best ?? { kind: 'spelling', rules: [] };
}

/** The lightest reading of a unit that is written as nothing (an apostrophe, Ь), if any. */
function emptyReading(readings: readonly Reading[]): Reading | undefined {
	let best: Reading | undefined;
	for (const r of readings) {
		if (r.text === '' && (!best || READING_WEIGHT[r.kind] < READING_WEIGHT[best.kind])) best = r;
	}
	return best;
}

/** A reading of one unit equal to `text`, lightest first. */
function readingEqualTo(readings: readonly Reading[], text: string): Reading | undefined {
	let best: Reading | undefined;
	for (const r of readings) {
		if (r.text === text && (!best || READING_WEIGHT[r.kind] < READING_WEIGHT[best.kind])) best = r;
	}
	return best;
}

/**
 * Aligns the units of two parts at the lowest cost, where a letter may stand for several (Ü for
 * UE, Щ for SHCH), a letter may be written as nothing (Ь, an apostrophe), and any other change is a
 * spelling change. Returns the steps in order. O(|a|·|b|·MAX_READING_LENGTH).
 */
export function alignParts(a: PreparedPart, b: PreparedPart): Step[] {
	const n = a.units.length;
	const m = b.units.length;
	if (n > MAX_ALIGNED_PART_LENGTH || m > MAX_ALIGNED_PART_LENGTH) return coarse(a, b);
	const width = m + 1;
	const total = (n + 1) * width;
	const best = new Float64Array(total).fill(Infinity);
	const from = new Int32Array(total).fill(-1);
	const step = new Array<Step | undefined>(total);
	best[0] = 0;
	const relax = (i: number, j: number, value: number, s: Step, origin: number) => {
		const k = i * width + j;
		if (value < best[k]! - 1e-12) {
			best[k] = value;
			from[k] = origin;
			step[k] = s;
		}
	};
	for (let i = 0; i <= n; i++) {
		for (let j = 0; j <= m; j++) {
			const here = i * width + j;
			const c = best[here]!;
			if (c === Infinity) continue;
			if (i < n && j < m) {
				const e = explainPair(a, i, b, j);
				relax(i + 1, j + 1, c + cost(e.kind), { kind: e.kind, a: [i, i + 1], b: [j, j + 1], rules: e.rules }, here);
			}
			if (i < n) {
				const r = emptyReading(a.readings[i]!);
				const kind: StepKind = r ? r.kind : 'spelling';
				relax(i + 1, j, c + cost(kind), { kind, a: [i, i + 1], b: [j, j], rules: r?.rule ? [r.rule] : [] }, here);
			}
			if (j < m) {
				const r = emptyReading(b.readings[j]!);
				const kind: StepKind = r ? r.kind : 'spelling';
				relax(i, j + 1, c + cost(kind), { kind, a: [i, i], b: [j, j + 1], rules: r?.rule ? [r.rule] : [] }, here);
			}
			if (i < n) {
				let text = '';
				for (let k = 1; k <= MAX_READING_LENGTH && j + k <= m; k++) {
					const piece = b.primary[j + k - 1]!;
					// A unit written as nothing (an apostrophe) is a step of its own, not part of a letter.
					if (piece === '') break;
					text += piece;
					if (k < 2) continue;
					const r = readingEqualTo(a.readings[i]!, text);
					if (r)
						relax(
							i + 1,
							j + k,
							c + cost(r.kind),
							{ kind: r.kind, a: [i, i + 1], b: [j, j + k], rules: r.rule ? [r.rule] : [] },
							here,
						);
				}
			}
			if (j < m) {
				let text = '';
				for (let k = 1; k <= MAX_READING_LENGTH && i + k <= n; k++) {
					const piece = a.primary[i + k - 1]!;
					// A unit written as nothing (an apostrophe) is a step of its own, not part of a letter.
					if (piece === '') break;
					text += piece;
					if (k < 2) continue;
					const r = readingEqualTo(b.readings[j]!, text);
					if (r)
						relax(
							i + k,
							j + 1,
							c + cost(r.kind),
							{ kind: r.kind, a: [i, i + k], b: [j, j + 1], rules: r.rule ? [r.rule] : [] },
							here,
						);
				}
			}
		}
	}
	const steps: Step[] = [];
	let k = n * width + m;
	while (k > 0) {
		const s = step[k];
		if (!s) break;
		steps.push(s);
		k = from[k]!;
	}
	return steps.reverse();
}

/** For parts too long to align letter by letter: one step over the whole parts. */
function coarse(a: PreparedPart, b: PreparedPart): Step[] {
	const whole = { a: [0, a.units.length] as const, b: [0, b.units.length] as const, rules: [] };
	if (a.part.text === b.part.text) return [{ kind: 'same', ...whole }];
	if (a.part.text.toUpperCase() === b.part.text.toUpperCase()) return [{ kind: 'case', ...whole }];
	for (const key of a.keys) if (b.keys.has(key)) return [{ kind: 'transliteration', ...whole }];
	return [{ kind: 'spelling', ...whole }];
}

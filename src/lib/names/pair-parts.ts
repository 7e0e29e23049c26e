import { lowerBound } from '../lower-bound';
import { MAX_JOINED_PARTS, MAX_LOOSE_PAIRS, SPELLING_MIN_SIMILARITY } from './constants';
import { joinParts, type PreparedPart } from './prepare';
import { jaroWinkler } from './similarity';

/** How two groups of parts were paired. */
export type PairingKind = 'same' | 'join' | 'truncation' | 'initial' | 'spelling';

/** Parts `a` of the account name correspond to parts `b` of the document name. */
export interface Pairing {
	kind: PairingKind;
	a: number[];
	b: number[];
	/** The parts joined into one when several (a or b has more than one index). */
	left: PreparedPart;
	right: PreparedPart;
	/** Similarity of the shortest spellings, 0–1. */
	similarity: number;
}

/** Options of the pairing. */
export interface PairPartsOptions {
	/** Index of a document part that may be cut short (the last part of a truncated MRZ name). */
	truncatedPart?: number;
}

interface Candidate {
	score: number;
	i: number;
	j: number;
	kind: PairingKind;
	similarity: number;
}

const SAME_KEY_NEIGHBOURS = 4;

/** The `count` entries of a sorted index list closest to `target`. */
function nearest(sorted: readonly number[], target: number, count: number): number[] {
	if (sorted.length <= count) return [...sorted];
	let right = lowerBound(sorted, target);
	let left = right - 1;
	const out: number[] = [];
	while (out.length < count && (left >= 0 || right < sorted.length)) {
		const takeLeft = right >= sorted.length || (left >= 0 && target - sorted[left]! <= sorted[right]! - target);
		out.push(takeLeft ? sorted[left--]! : sorted[right++]!);
	}
	return out;
}

/** Prefer pairs in the same position, so "Anna Anna" pairs first with first. */
function positionPenalty(i: number, j: number): number {
	return Math.abs(i - j) * 1e-6;
}

/** Assigns candidates greedily, best first: O(k log k) for k candidates, never exponential. */
function assign(
	candidates: Candidate[],
	usedA: boolean[],
	usedB: boolean[],
	out: Pairing[],
	a: readonly PreparedPart[],
	b: readonly PreparedPart[],
) {
	candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
	for (const c of candidates) {
		if (usedA[c.i] || usedB[c.j]) continue;
		usedA[c.i] = true;
		usedB[c.j] = true;
		out.push({ kind: c.kind, a: [c.i], b: [c.j], left: a[c.i]!, right: b[c.j]!, similarity: c.similarity });
	}
}

/**
 * Pairs the parts of two names regardless of order: first parts spelled the same (after case,
 * accents, ICAO transliteration), then parts written together on one side and apart on the other,
 * then initials and misspellings. Greedy assignment keeps it polynomial in the number of parts.
 */
export function pairParts(
	a: readonly PreparedPart[],
	b: readonly PreparedPart[],
	options: PairPartsOptions = {},
): Pairing[] {
	const usedA = a.map(() => false);
	const usedB = b.map(() => false);
	const out: Pairing[] = [];

	// 1. Same spelling, found through a key index instead of comparing every pair. Each part is
	// offered only its SAME_KEY_NEIGHBOURS nearest namesakes, so a name made of one repeated part
	// stays near-linear; namesakes left over are paired in order below.
	const byKey = new Map<string, number[]>();
	b.forEach((part, j) => {
		for (const key of part.keys) {
			const list = byKey.get(key);
			if (list) {
				if (list[list.length - 1] !== j) list.push(j);
			} else byKey.set(key, [j]);
		}
	});
	const same: Candidate[] = [];
	a.forEach((part, i) => {
		const seen = new Set<number>();
		for (const key of part.keys) {
			for (const j of nearest(byKey.get(key) ?? [], i, SAME_KEY_NEIGHBOURS)) {
				if (seen.has(j)) continue;
				seen.add(j);
				const exact = part.part.text === b[j]!.part.text ? 0.01 : 0;
				same.push({ score: 2 + exact - positionPenalty(i, j), i, j, kind: 'same', similarity: 1 });
			}
		}
	});
	const t = options.truncatedPart;
	const cut = t === undefined ? undefined : b[t];
	if (t !== undefined && cut && cut.short.length > 0) {
		a.forEach((part, i) => {
			if (part.short.length > cut.short.length && part.short.startsWith(cut.short)) {
				same.push({ score: 1.5 - positionPenalty(i, t), i, j: t, kind: 'truncation', similarity: 1 });
			}
		});
	}
	assign(same, usedA, usedB, out, a, b);
	a.forEach((part, i) => {
		if (usedA[i]) return;
		for (const key of part.keys) {
			const j = (byKey.get(key) ?? []).find((k) => !usedB[k]);
			if (j === undefined) continue;
			usedA[i] = true;
			usedB[j] = true;
			out.push({ kind: 'same', a: [i], b: [j], left: part, right: b[j]!, similarity: 1 });
			return;
		}
	});

	// 2. Parts written apart on one side and together on the other.
	joinRuns(a, b, usedA, usedB, out, 'a');
	joinRuns(b, a, usedB, usedA, out, 'b');

	// 3. Initials and misspellings among what is left.
	const loose: Candidate[] = [];
	const window =
		a.length * b.length > MAX_LOOSE_PAIRS ? Math.max(1, Math.floor(MAX_LOOSE_PAIRS / (2 * a.length))) : b.length;
	for (let i = 0; i < a.length; i++) {
		if (usedA[i]) continue;
		const centre = Math.round((i * b.length) / Math.max(1, a.length));
		for (let j = Math.max(0, centre - window); j < Math.min(b.length, centre + window + 1); j++) {
			if (usedB[j]) continue;
			const x = a[i]!;
			const y = b[j]!;
			if (isInitialOf(x, y) || isInitialOf(y, x)) {
				loose.push({ score: 0.6 - positionPenalty(i, j), i, j, kind: 'initial', similarity: 0.5 });
				continue;
			}
			if (x.short.length < 2 || y.short.length < 2) continue;
			const similarity = jaroWinkler(x.short, y.short);
			if (similarity >= SPELLING_MIN_SIMILARITY) {
				loose.push({ score: similarity * 0.5 - positionPenalty(i, j), i, j, kind: 'spelling', similarity });
			}
		}
	}
	assign(loose, usedA, usedB, out, a, b);
	return out;
}

/** A single letter that is the first letter of the other part ("J" for "JOHN"). */
function isInitialOf(initial: PreparedPart, full: PreparedPart): boolean {
	return initial.short.length === 1 && full.short.length > 1 && full.short.startsWith(initial.short);
}

/** Finds runs of 2…MAX_JOINED_PARTS consecutive free parts on `many` that equal one free part on `one`. */
function joinRuns(
	many: readonly PreparedPart[],
	one: readonly PreparedPart[],
	usedMany: boolean[],
	usedOne: boolean[],
	out: Pairing[],
	manySide: 'a' | 'b',
) {
	const byKey = new Map<string, number>();
	one.forEach((part, j) => {
		if (usedOne[j]) return;
		for (const key of part.keys) if (!byKey.has(key)) byKey.set(key, j);
	});
	if (byKey.size === 0) return;
	for (let start = 0; start < many.length; start++) {
		if (usedMany[start]) continue;
		for (let size = MAX_JOINED_PARTS; size >= 2; size--) {
			const end = start + size;
			if (end > many.length) continue;
			let free = true;
			for (let k = start; k < end; k++) if (usedMany[k]) free = false;
			if (!free) continue;
			const joined = joinParts(many.slice(start, end));
			let hit: number | undefined;
			for (const key of joined.keys) {
				const j = byKey.get(key);
				if (j !== undefined && !usedOne[j]) {
					hit = j;
					break;
				}
			}
			if (hit === undefined) continue;
			const indexes = Array.from({ length: size }, (_, k) => start + k);
			for (const k of indexes) usedMany[k] = true;
			usedOne[hit] = true;
			out.push(
				manySide === 'a'
					? { kind: 'join', a: indexes, b: [hit], left: joined, right: one[hit]!, similarity: 1 }
					: { kind: 'join', a: [hit], b: indexes, left: one[hit]!, right: joined, similarity: 1 },
			);
			break;
		}
	}
}

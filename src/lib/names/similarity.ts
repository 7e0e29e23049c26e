import { editDistance } from '../text/edit-distance';
import { JARO_WINKLER_MAX_PREFIX, JARO_WINKLER_PREFIX_SCALE } from './constants';

/** Levenshtein edit distance: insert, delete, substitute, each cost 1; no transpositions. */
export function levenshtein(a: string, b: string): number {
	return editDistance(a, b, { transposition: Infinity });
}

/** Jaro similarity, 0–1. */
export function jaro(a: string, b: string): number {
	if (a === b) return 1;
	if (a.length === 0 || b.length === 0) return 0;
	const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
	const aMatched = new Uint8Array(a.length);
	const bMatched = new Uint8Array(b.length);
	let matches = 0;
	for (let i = 0; i < a.length; i++) {
		const from = Math.max(0, i - window);
		const to = Math.min(b.length - 1, i + window);
		for (let j = from; j <= to; j++) {
			if (bMatched[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
			aMatched[i] = 1;
			bMatched[j] = 1;
			matches++;
			break;
		}
	}
	if (matches === 0) return 0;
	let transpositions = 0;
	let k = 0;
	for (let i = 0; i < a.length; i++) {
		if (!aMatched[i]) continue;
		while (!bMatched[k]) k++;
		if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
		k++;
	}
	const m = matches;
	return (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
}

/** Jaro-Winkler similarity, 0–1: Jaro boosted for a common prefix (Winkler 1990). */
export function jaroWinkler(a: string, b: string): number {
	const j = jaro(a, b);
	let prefix = 0;
	const limit = Math.min(JARO_WINKLER_MAX_PREFIX, a.length, b.length);
	while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
	return j + prefix * JARO_WINKLER_PREFIX_SCALE * (1 - j);
}

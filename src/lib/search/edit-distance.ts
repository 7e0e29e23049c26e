import { areAdjacentKeys } from './keyboard';

/**
 * The costs of each kind of typo. Whole-letter mistakes cost 1; the slips people make most
 * often when typing fast on a phone cost half (Damerau 1964 found that about 80% of
 * misspellings are one insertion, deletion, substitution or transposition).
 */
export const EDIT_COSTS = {
	insertion: 1,
	deletion: 1,
	substitution: 1,
	/** A neighbouring key on QWERTY: "glsre" for "glare". */
	adjacentSubstitution: 0.5,
	/** Two letters swapped: "glaer" for "glare". */
	transposition: 1,
	/** A letter doubled or undoubled: "pasport", "blurrry". */
	doubledLetter: 0.5,
} as const;

/**
 * Weighted Damerau-Levenshtein distance (optimal string alignment: a transposed pair is not
 * edited again), with the costs in `EDIT_COSTS`. Gives up and returns `Infinity` as soon as
 * the distance must exceed `limit`, which keeps a scan of the whole vocabulary fast.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (a === b) return 0;
	if (Math.abs(a.length - b.length) * EDIT_COSTS.doubledLetter > limit) return Infinity;
	const rows = a.length + 1;
	const cols = b.length + 1;
	// Three rows are enough for optimal string alignment; reused between calls, because a
	// correction compares one word with every word of the vocabulary.
	if (buffer.length < cols * 3) buffer = new Float64Array(cols * 3 * 2);
	let before = 0;
	let previous = cols;
	let current = 2 * cols;
	const row = buffer;
	row[previous] = 0;
	for (let j = 1; j < cols; j++) row[previous + j] = row[previous + j - 1]! + insertCost(b, j - 1);
	for (let i = 1; i < rows; i++) {
		row[current] = row[previous]! + deleteCost(a, i - 1);
		let rowMin = row[current]!;
		for (let j = 1; j < cols; j++) {
			const ca = a[i - 1]!;
			const cb = b[j - 1]!;
			const substitution =
				ca === cb ? 0 : areAdjacentKeys(ca, cb) ? EDIT_COSTS.adjacentSubstitution : EDIT_COSTS.substitution;
			let cost = Math.min(
				row[previous + j]! + deleteCost(a, i - 1),
				row[current + j - 1]! + insertCost(b, j - 1),
				row[previous + j - 1]! + substitution,
			);
			if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb && ca !== cb) {
				cost = Math.min(cost, row[before + j - 2]! + EDIT_COSTS.transposition);
			}
			row[current + j] = cost;
			if (cost < rowMin) rowMin = cost;
		}
		if (rowMin > limit) return Infinity;
		[before, previous, current] = [previous, current, before];
	}
	const distance = row[previous + cols - 1]!;
	return distance > limit ? Infinity : distance;
}

let buffer = new Float64Array(64 * 3);

/** Deleting `word[index]` costs less when the letter repeats its neighbour ("blurrry"). */
function deleteCost(word: string, index: number): number {
	return isDoubled(word, index) ? EDIT_COSTS.doubledLetter : EDIT_COSTS.deletion;
}

/** Inserting `word[index]` (a letter of the target) costs less when it doubles a neighbour ("pasport"). */
function insertCost(word: string, index: number): number {
	return isDoubled(word, index) ? EDIT_COSTS.doubledLetter : EDIT_COSTS.insertion;
}

function isDoubled(word: string, index: number): boolean {
	const letter = word[index];
	return letter !== undefined && (word[index - 1] === letter || word[index + 1] === letter);
}

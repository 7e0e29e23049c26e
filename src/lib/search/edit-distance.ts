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
	// Three rows are enough for optimal string alignment.
	let before = new Array<number>(cols).fill(0);
	let previous = new Array<number>(cols);
	let current = new Array<number>(cols);
	previous[0] = 0;
	for (let j = 1; j < cols; j++) previous[j] = previous[j - 1]! + insertCost(b, j - 1);
	for (let i = 1; i < rows; i++) {
		current[0] = previous[0]! + deleteCost(a, i - 1);
		let rowMin = current[0]!;
		for (let j = 1; j < cols; j++) {
			const ca = a[i - 1]!;
			const cb = b[j - 1]!;
			const substitution =
				ca === cb ? 0 : areAdjacentKeys(ca, cb) ? EDIT_COSTS.adjacentSubstitution : EDIT_COSTS.substitution;
			let cost = Math.min(
				previous[j]! + deleteCost(a, i - 1),
				current[j - 1]! + insertCost(b, j - 1),
				previous[j - 1]! + substitution,
			);
			if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb && ca !== cb) {
				cost = Math.min(cost, before[j - 2]! + EDIT_COSTS.transposition);
			}
			current[j] = cost;
			if (cost < rowMin) rowMin = cost;
		}
		if (rowMin > limit) return Infinity;
		[before, previous, current] = [previous, current, before];
	}
	const distance = previous[cols - 1]!;
	return distance > limit ? Infinity : distance;
}

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

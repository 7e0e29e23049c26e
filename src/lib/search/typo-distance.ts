import { editDistance, type EditDistanceOptions } from '../text/edit-distance';
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

/** The search's typo costs as options of the shared edit distance. */
const TYPO_COSTS: EditDistanceOptions = {
	transposition: EDIT_COSTS.transposition,
	substitution: (from, to) => (areAdjacentKeys(from, to) ? EDIT_COSTS.adjacentSubstitution : EDIT_COSTS.substitution),
	indel: (word, index) => (isDoubled(word, index) ? EDIT_COSTS.doubledLetter : EDIT_COSTS.insertion),
	minIndel: EDIT_COSTS.doubledLetter,
};

/**
 * Weighted Damerau-Levenshtein distance (optimal string alignment: a transposed pair is not
 * edited again), with the costs in `EDIT_COSTS`. Gives up and returns `Infinity` as soon as
 * the distance must exceed `limit`, which keeps a scan of the whole vocabulary fast.
 */
export function typoDistance(a: string, b: string, limit = Infinity): number {
	return editDistance(a, b, { ...TYPO_COSTS, limit });
}

/** A letter that repeats its neighbour ("blurrry", "pasport" against "passport") is cheap to add or drop. */
function isDoubled(word: string, index: number): boolean {
	const letter = word[index];
	return letter !== undefined && (word[index - 1] === letter || word[index + 1] === letter);
}

/**
 * Edit distance between two strings, one implementation with its variants as options: plain
 * Levenshtein (names), optimal string alignment (month names: a swapped pair counts once), and a
 * weighted one whose costs follow how people mistype (search). Strings are compared by UTF-16
 * code unit.
 */
export interface EditDistanceOptions {
	/**
	 * Cost of two neighbouring letters swapped ("glaer" for "glare"), by optimal string alignment:
	 * a swapped pair is not edited again. `Infinity` gives plain Levenshtein. Default 1.
	 */
	transposition?: number;
	/** Cost of writing `to` in place of `from` (two different letters). Default 1. */
	substitution?: (from: string, to: string) => number;
	/** Cost of inserting or deleting `word[index]` (a letter of `b` inserted, of `a` deleted). Default 1. */
	indel?: (word: string, index: number) => number;
	/** The cheapest insertion or deletion `indel` can return, for the early exit on lengths. Default 1. */
	minIndel?: number;
	/** Give up, returning `Infinity`, as soon as the distance must exceed this. Default: never. */
	limit?: number;
}

const unit = () => 1;

// Three rows are enough for optimal string alignment; reused between calls, because a search
// correction compares one word with every word of the vocabulary.
let buffer = new Float64Array(64 * 3);

/** The edit distance from `a` to `b` under `options` (see `EditDistanceOptions`). */
export function editDistance(a: string, b: string, options: EditDistanceOptions = {}): number {
	const { transposition = 1, substitution = unit, indel = unit, minIndel = 1, limit = Infinity } = options;
	if (a === b) return 0;
	if (Math.abs(a.length - b.length) * minIndel > limit) return Infinity;
	const cols = b.length + 1;
	if (buffer.length < cols * 3) buffer = new Float64Array(cols * 3 * 2);
	const row = buffer;
	let before = 0;
	let previous = cols;
	let current = 2 * cols;
	row[previous] = 0;
	for (let j = 1; j < cols; j++) row[previous + j] = row[previous + j - 1]! + indel(b, j - 1);
	for (let i = 1; i <= a.length; i++) {
		const deletion = indel(a, i - 1);
		row[current] = row[previous]! + deletion;
		let rowMin = row[current]!;
		const ca = a[i - 1]!;
		for (let j = 1; j < cols; j++) {
			const cb = b[j - 1]!;
			let cost = Math.min(
				row[previous + j]! + deletion,
				row[current + j - 1]! + indel(b, j - 1),
				row[previous + j - 1]! + (ca === cb ? 0 : substitution(ca, cb)),
			);
			if (transposition !== Infinity && i > 1 && j > 1 && ca !== cb && ca === b[j - 2] && a[i - 2] === cb) {
				cost = Math.min(cost, row[before + j - 2]! + transposition);
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

/**
 * Which letters sit next to each other on a QWERTY keyboard (the layout of most readers'
 * phones and laptops). A slip onto a neighbouring key ("glsre" for "glare") is a likelier typo
 * than an arbitrary substitution, so the edit distance charges it less.
 */
const QWERTY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const;

/**
 * Neighbours: same row left and right, and the two keys touching from the row above and below
 * (rows are staggered by about half a key, so `s` touches `w e` above and `z x` below).
 */
function buildAdjacency(): ReadonlyMap<string, ReadonlySet<string>> {
	const adjacency = new Map<string, Set<string>>();
	const add = (a: string | undefined, b: string | undefined) => {
		if (!a || !b) return;
		if (!adjacency.has(a)) adjacency.set(a, new Set());
		if (!adjacency.has(b)) adjacency.set(b, new Set());
		adjacency.get(a)!.add(b);
		adjacency.get(b)!.add(a);
	};
	QWERTY_ROWS.forEach((row, r) => {
		for (let i = 0; i < row.length; i++) {
			add(row[i], row[i + 1]);
			const below = QWERTY_ROWS[r + 1];
			if (below) {
				// The key below-left and below-right of `row[i]` in a staggered layout.
				add(row[i], below[i - 1]);
				add(row[i], below[i]);
			}
		}
	});
	return adjacency;
}

const ADJACENT = buildAdjacency();

/** Whether two letters are neighbouring keys on a QWERTY keyboard. */
export function areAdjacentKeys(a: string, b: string): boolean {
	return ADJACENT.get(a)?.has(b) ?? false;
}

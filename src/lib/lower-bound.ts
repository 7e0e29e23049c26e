/**
 * The first index of `sorted` (ascending) whose entry is not less than `value`: where `value` would be
 * inserted to keep the order, `sorted.length` when every entry is less. Binary search, O(log n).
 */
export function lowerBound<T extends number | string>(sorted: ArrayLike<T>, value: T): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle]! < value) low = middle + 1;
		else high = middle;
	}
	return low;
}

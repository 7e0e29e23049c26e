import { describe, expect, test } from 'vitest';
import { lowerBound } from './lower-bound';

/** The same answer by a walk from the start, to check the search against. */
const byWalk = (sorted: readonly number[], value: number) => {
	const i = sorted.findIndex((entry) => entry >= value);
	return i < 0 ? sorted.length : i;
};

describe('lowerBound', () => {
	test.each<[string, number[], number, number]>([
		['empty list', [], 5, 0],
		['before every entry', [2, 4, 6], 1, 0],
		['after every entry', [2, 4, 6], 7, 3],
		['on an entry', [2, 4, 6], 4, 1],
		['between entries', [2, 4, 6], 5, 2],
		['the first of equal entries', [1, 3, 3, 3, 5], 3, 1],
	])('%s', (_, sorted, value, expected) => {
		expect(lowerBound(sorted, value)).toBe(expected);
	});

	test('strings compare in code-unit order', () => {
		expect(lowerBound(['apple', 'banana', 'cherry'], 'b')).toBe(1);
	});

	test('agrees with a walk on random sorted lists', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 20;
		for (let n = 0; n < 200; n++) {
			const sorted = Array.from({ length: n % 17 }, () => Math.floor(random())).sort((a, b) => a - b);
			const value = Math.floor(random());
			expect(lowerBound(sorted, value)).toBe(byWalk(sorted, value));
		}
	});
});

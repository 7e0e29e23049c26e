import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editDistance } from './edit-distance';

/** The textbook full-matrix definitions, to check the three-row implementation against. */
function reference(a: string, b: string, transpositions: boolean): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
			}
		}
	}
	return d[a.length]![b.length]!;
}

describe('editDistance', () => {
	it.each<{ a: string; b: string; osa: number; levenshtein: number }>([
		{ a: 'glare', b: 'glaer', osa: 1, levenshtein: 2 }, // two letters swapped
		{ a: 'kitten', b: 'sitting', osa: 3, levenshtein: 3 },
		{ a: '', b: 'abc', osa: 3, levenshtein: 3 },
		{ a: 'ca', b: 'abc', osa: 3, levenshtein: 3 }, // OSA does not edit a swapped pair again
		{ a: 'Muharram', b: 'Muharam', osa: 1, levenshtein: 1 },
	])('$a → $b', ({ a, b, osa, levenshtein }) => {
		expect(editDistance(a, b)).toBe(osa);
		expect(editDistance(a, b, { transposition: Infinity })).toBe(levenshtein);
	});

	it('agrees with the full-matrix definitions on random strings', () => {
		const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
		fc.assert(
			fc.property(word, word, (a, b) => {
				expect(editDistance(a, b)).toBe(reference(a, b, true));
				expect(editDistance(a, b, { transposition: Infinity })).toBe(reference(a, b, false));
			}),
		);
	});

	it('uses the costs it is given', () => {
		const half = () => 0.5;
		expect(editDistance('abc', 'abd', { substitution: half })).toBe(0.5);
		expect(editDistance('abc', 'ab', { indel: half, minIndel: 0.5 })).toBe(0.5);
		expect(editDistance('glare', 'glaer', { transposition: 0.7 })).toBeCloseTo(0.7);
	});

	it('gives up past the limit', () => {
		expect(editDistance('passport', 'selfie', { limit: 2 })).toBe(Infinity);
		expect(editDistance('a', 'abcdef', { limit: 2 })).toBe(Infinity);
		expect(editDistance('passport', 'pasport', { limit: 2 })).toBe(1);
	});
});

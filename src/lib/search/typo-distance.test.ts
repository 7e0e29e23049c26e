import { describe, expect, test } from 'vitest';
import { EDIT_COSTS, typoDistance } from './typo-distance';
import { areAdjacentKeys } from './keyboard';

describe.each<{ typed: string; word: string; distance: number }>([
	// identical words cost nothing
	{ typed: 'glare', word: 'glare', distance: 0 },
	// two letters swapped while typing fast
	{ typed: 'glaer', word: 'glare', distance: EDIT_COSTS.transposition },
	// a neighbouring key hit instead (s is next to a)
	{ typed: 'glsre', word: 'glare', distance: EDIT_COSTS.adjacentSubstitution },
	// a far-away key: a whole substitution
	{ typed: 'glame', word: 'glare', distance: EDIT_COSTS.substitution },
	// the double s of passport typed once
	{ typed: 'pasport', word: 'passport', distance: EDIT_COSTS.doubledLetter },
	// a letter doubled by a sticky key
	{ typed: 'blurrry', word: 'blurry', distance: EDIT_COSTS.doubledLetter },
	// a letter dropped that is not a double
	{ typed: 'selfe', word: 'selfie', distance: EDIT_COSTS.deletion },
	// a swap and a dropped letter: "exipred"
	{ typed: 'exipred', word: 'expired', distance: EDIT_COSTS.transposition },
	// symmetric for the plain operations
	{ typed: 'glare', word: 'glaer', distance: EDIT_COSTS.transposition },
])('typoDistance($typed, $word)', ({ typed, word, distance }) => {
	test(`is ${distance}`, () => {
		expect(typoDistance(typed, word)).toBe(distance);
	});
});

describe('typoDistance limit', () => {
	test('gives up beyond the limit', () => {
		expect(typoDistance('passport', 'glare', 2)).toBe(Infinity);
	});
	test('returns the distance at the limit', () => {
		expect(typoDistance('glaer', 'glare', 1)).toBe(1);
	});
	test('length difference alone can exceed the limit', () => {
		expect(typoDistance('id', 'identification', 2)).toBe(Infinity);
	});
});

describe.each<{ a: string; b: string; adjacent: boolean }>([
	{ a: 'a', b: 's', adjacent: true },
	{ a: 's', b: 'w', adjacent: true },
	{ a: 's', b: 'z', adjacent: true },
	{ a: 'g', b: 'b', adjacent: true },
	{ a: 'q', b: 'p', adjacent: false },
	{ a: 'a', b: 'l', adjacent: false },
])('areAdjacentKeys($a, $b)', ({ a, b, adjacent }) => {
	test(`is ${adjacent} both ways`, () => {
		expect(areAdjacentKeys(a, b)).toBe(adjacent);
		expect(areAdjacentKeys(b, a)).toBe(adjacent);
	});
});

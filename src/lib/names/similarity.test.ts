import { describe, expect, it } from 'vitest';
import { jaro, jaroWinkler, levenshtein } from './similarity';

describe.each<{ a: string; b: string; jw: number; lev: number }>([
	// Names the tester meets, with their Jaro-Winkler score (Winkler's prefix bonus: scale 0.1, up to four
	// letters) rounded to three places and their Levenshtein distance; the figures were checked against a
	// separate implementation of the same definitions.
	// German umlaut dropped.
	{ a: 'MUELLER', b: 'MULLER', jw: 0.917, lev: 1 },
	// Arabic name, two romanisations.
	{ a: 'MOHAMMED', b: 'MUHAMMAD', jw: 0.85, lev: 2 },
	// Russian: ICAO against the older passport spelling.
	{ a: 'IULIIA', b: 'YULIYA', jw: 0.778, lev: 2 },
	// Щ as SHCH against SCH.
	{ a: 'SHCHEGLOVA', b: 'SCHEGLOVA', jw: 0.937, lev: 1 },
	// Different names that sound alike.
	{ a: 'CATHERINE', b: 'KATHRYN', jw: 0.757, lev: 4 },
])('$a ↔ $b', ({ a, b, jw, lev }) => {
	it(`has Jaro-Winkler ${jw}`, () => expect(jaroWinkler(a, b)).toBeCloseTo(jw, 3));
	it(`has Levenshtein ${lev}`, () => expect(levenshtein(a, b)).toBe(lev));
	it('is symmetric', () => {
		expect(jaroWinkler(b, a)).toBeCloseTo(jaroWinkler(a, b), 10);
		expect(levenshtein(b, a)).toBe(levenshtein(a, b));
	});
});

describe('edges', () => {
	it('scores identical strings 1 and disjoint ones 0', () => {
		expect(jaro('ABC', 'ABC')).toBe(1);
		expect(jaro('ABC', 'XYZ')).toBe(0);
		expect(jaroWinkler('', '')).toBe(1);
		expect(jaroWinkler('A', '')).toBe(0);
	});
	it('counts edits against the empty string', () => {
		expect(levenshtein('', 'ABC')).toBe(3);
		expect(levenshtein('ABC', '')).toBe(3);
	});
});

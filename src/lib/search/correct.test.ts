import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closestWord, correctTokens, isKnownWord, maxCorrectionDistance } from './correct';
import { typoDistance } from './typo-distance';
import { createSearchVocabulary } from './search-vocabulary';

/** A small index vocabulary, with made-up frequencies for the tie-breaks. */
const vocabulary = createSearchVocabulary({
	glare: 40,
	glasses: 12,
	passport: 30,
	blurry: 25,
	blur: 10,
	expired: 15,
	expiry: 6,
	selfie: 35,
	document: 90,
	licence: 8,
	lighting: 14,
	camera: 30,
	rejected: 50,
	date: 20,
	birth: 20,
	name: 60,
	same: 30,
	browser: 12,
	reflection: 9,
	face: 25,
	fade: 1,
	corners: 7,
	session: 9,
});
const none = new Set<string>();

describe.each<{ typed: string; expected: string | undefined }>([
	// swapped letters at the end
	{ typed: 'glaer', expected: 'glare' },
	// double letter typed once
	{ typed: 'pasport', expected: 'passport' },
	// double letter typed once, and the y is right
	{ typed: 'blury', expected: 'blurry' },
	// swapped letters in the middle
	{ typed: 'exipred', expected: 'expired' },
	// phone keyboard slip onto a neighbouring key
	{ typed: 'selfue', expected: 'selfie' },
	// American spelling of a word the guide writes the British way
	{ typed: 'license', expected: 'licence' },
	// "lightning" is its own word, but one letter from the guide's "lighting"
	{ typed: 'lightning', expected: 'lighting' },
	// a dropped letter in a longer word
	{ typed: 'documnt', expected: 'document' },
	// two typos in a long word are still within reach
	{ typed: 'pasprot', expected: 'passport' },
	// s sits next to d, not c: a keyboard slip makes "fade" the nearer word
	{ typed: 'fase', expected: 'fade' },
	// x touches both c and d: the tie goes to the word the site uses more (face 25, fade 1)
	{ typed: 'faxe', expected: 'face' },
	// nothing close: left alone (Pagefind drops it)
	{ typed: 'cryptocurrency', expected: undefined },
	// a four-letter word two edits away from anything is not forced onto one
	{ typed: 'bank', expected: undefined },
])('closestWord($typed)', ({ typed, expected }) => {
	test(`is ${String(expected)}`, () => {
		expect(closestWord(typed, vocabulary, none)).toBe(expected);
	});
});

describe.each<{ word: string; known: boolean; isLast?: boolean }>([
	// in the index
	{ word: 'glare', known: true },
	// a prefix of an indexed word: the reader is still typing, Pagefind matches prefixes
	{ word: 'pass', known: true },
	// the same prefix followed by more words was a finished word, misspelt ("livenes check")
	{ word: 'pass', known: false, isLast: false },
	// "glas" + "es" is not an inflection of "glasses": a dropped s, to correct
	{ word: 'glases', known: false },
	// an inflection Pagefind's stemmer handles
	{ word: 'rejecting', known: true },
	// stop words are never corrected
	{ word: 'with', known: true },
	// too short to correct safely
	{ word: 'id', known: true },
	// numbers are not words to correct
	{ word: '2024', known: true },
	// a typo
	{ word: 'glaer', known: false },
])('isKnownWord($word, last: $isLast)', ({ word, known, isLast = true }) => {
	test(`is ${known}`, () => {
		expect(isKnownWord(word, vocabulary, none, isLast)).toBe(known);
	});
});

describe('correctTokens', () => {
	test('corrects only unknown words and lists each correction once', () => {
		const result = correctTokens(['pasport', 'blury', 'and', 'pasport'], vocabulary, none);
		expect(result.tokens).toEqual(['passport', 'blurry', 'and', 'passport']);
		expect(result.corrections).toEqual([
			{ from: 'pasport', to: 'passport' },
			{ from: 'blury', to: 'blurry' },
		]);
	});

	test('corrects towards synonym-table words the index lacks', () => {
		const result = correctTokens(['birtday'], vocabulary, new Set(['birthday']));
		expect(result.tokens).toEqual(['birthday']);
	});

	test('leaves every word alone with an empty vocabulary and no extra words', () => {
		const result = correctTokens(['glaer'], createSearchVocabulary({}), none);
		expect(result).toEqual({ tokens: ['glaer'], corrections: [] });
	});
});

describe.each<{ word: string; max: number }>([
	{ word: 'id', max: 0 },
	{ word: 'dob', max: 1 },
	{ word: 'glar', max: 1 },
	{ word: 'glaer', max: 2 },
	{ word: 'passport', max: 2 },
])('maxCorrectionDistance($word)', ({ word, max }) => {
	test(`is ${max}`, () => expect(maxCorrectionDistance(word)).toBe(max));
});

describe('closestWord property', () => {
	test('finds a word at the smallest distance the whole vocabulary offers (the prefilter loses nothing)', () => {
		const words = [...vocabulary.sorted];
		fc.assert(
			fc.property(fc.stringMatching(/^[a-z]{3,10}$/), (typed) => {
				const found = closestWord(typed, vocabulary, none);
				const limit = maxCorrectionDistance(typed);
				const best = Math.min(...words.filter((w) => w !== typed).map((w) => typoDistance(typed, w, limit)));
				if (found === undefined) expect(best).toBe(Infinity);
				else expect(typoDistance(typed, found, limit)).toBe(best);
			}),
		);
	});
});

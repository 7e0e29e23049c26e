import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createSearchVocabulary } from './search-vocabulary';
import { MAX_CANDIDATES, understandQuery } from './understand';

/** The words of a small guide: what the index would hold. */
const vocabulary = createSearchVocabulary({
	glare: 40,
	reflection: 9,
	blurry: 25,
	blur: 10,
	sharp: 5,
	passport: 30,
	expired: 15,
	selfie: 35,
	face: 25,
	facial: 8,
	verification: 30,
	document: 90,
	date: 20,
	of: 200,
	birth: 20,
	name: 60,
	mismatch: 8,
	camera: 30,
	app: 20,
	update: 8,
	edges: 7,
	corners: 7,
	cut: 6,
	off: 12,
	fully: 4,
	visible: 6,
	not: 80,
	rejected: 50,
	reason: 10,
	lighting: 14,
	dark: 9,
	support: 12,
	contact: 6,
});

describe.each<{ raw: string; query: string; corrections?: Array<{ from: string; to: string }>; reduced?: boolean }>([
	// a transposition, corrected and announced
	{ raw: 'glaer', query: 'glare', corrections: [{ from: 'glaer', to: 'glare' }] },
	// two misspellings in one query
	{
		raw: 'pasport blury',
		query: 'passport blurry',
		corrections: [
			{ from: 'pasport', to: 'passport' },
			{ from: 'blury', to: 'blurry' },
		],
	},
	// the reader's word for the date of birth
	{ raw: 'birthday wrong', query: 'date of birth mismatch' },
	// a synonym the guide does not use, in the guide's words
	{ raw: 'face scan', query: 'selfie' },
	// a provider message, read as the idea it names
	{ raw: 'Your document is not fully visible', query: 'cut off' },
	// stop words out of a short query
	{ raw: 'why is my selfie rejected', query: 'selfie rejected' },
	// a pasted message: boilerplate and generic words go
	{
		raw: 'Unfortunately, we could not verify your identity. Reason: the image is blurry. Please try again.',
		query: 'blurry',
		reduced: true,
	},
	// a word only of stop words is still searched rather than dropped to nothing
	{ raw: 'why', query: 'why' },
	// empty input
	{ raw: '   ', query: '' },
])('understandQuery($raw)', ({ raw, query, corrections = [], reduced = false }) => {
	const understood = understandQuery(raw, vocabulary);
	test(`searches "${query}"`, () => expect(understood.query).toBe(query));
	test('reports the corrections', () => expect(understood.corrections).toEqual(corrections));
	test(`is ${reduced ? '' : 'not '}reduced`, () => expect(understood.reduced).toBe(reduced));
});

describe('understandQuery candidates', () => {
	test('a provider message is also searched as an exact phrase, first', () => {
		const { candidates } = understandQuery('Glare detected', vocabulary);
		expect(candidates[0]).toMatchObject({ query: '"glare detected"', kind: 'phrase' });
	});

	test('each idea is also searched alone, so no single missing word hides the article', () => {
		const queries = understandQuery('selfie too dark', vocabulary).candidates.map((c) => c.query);
		expect(queries).toEqual(expect.arrayContaining(['selfie', 'dark']));
	});

	test('expansions name the guide words the reader did not type', () => {
		expect(understandQuery('birthday', vocabulary).expansions).toContain('date of birth');
		expect(understandQuery('glare', vocabulary).expansions).not.toContain('glare');
	});

	test('a synonym expands only to guide words the index has', () => {
		// "expiry" is guide wording for `expired` but not in this vocabulary
		const queries = understandQuery('out of date', vocabulary).candidates.map((c) => c.query);
		expect(queries).toContain('expired');
		expect(queries).not.toContain('expiry');
	});
});

describe('understandQuery properties', () => {
	test('never throws, stays within the search cap, never sends an empty query', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 2000 }), (raw) => {
				const understood = understandQuery(raw, vocabulary);
				const searches = new Set(understood.candidates.map((c) => c.query.toLowerCase()));
				expect(searches.size).toBeLessThanOrEqual(MAX_CANDIDATES);
				for (const candidate of understood.candidates) expect(candidate.query.trim()).not.toBe('');
			}),
		);
	});

	test('is deterministic', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (raw) => {
				expect(understandQuery(raw, vocabulary)).toEqual(understandQuery(raw, vocabulary));
			}),
		);
	});

	test('a 100 kB paste is handled quickly (the input is capped)', () => {
		const paste = 'Your document could not be verified because the photo is blurry and has glare. '.repeat(1300);
		const start = performance.now();
		const understood = understandQuery(paste, vocabulary);
		expect(performance.now() - start).toBeLessThan(500);
		expect(understood.reduced).toBe(true);
	});
});

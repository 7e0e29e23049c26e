import { describe, expect, test } from 'vitest';
import { tokenize } from './normalize';
import { boilerplateSpans, clauses, isLongQuery, MAX_QUERY_CHARS, truncateQuery } from './reduce';

describe('truncateQuery', () => {
	test('keeps short input as it is', () => {
		expect(truncateQuery('glare')).toBe('glare');
	});
	test('cuts a huge paste at a word boundary within the cap', () => {
		const paste = 'document '.repeat(1000);
		const cut = truncateQuery(paste);
		expect(cut.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
		expect(cut.endsWith('document')).toBe(true);
	});
	test('cuts a paste without spaces at the cap', () => {
		expect(truncateQuery('x'.repeat(10_000))).toHaveLength(MAX_QUERY_CHARS);
	});
});

describe.each<{ text: string; long: boolean }>([
	// a typical query
	{ text: 'selfie failed', long: false },
	// a provider message of six words is still searched whole
	{ text: 'Your document is not fully visible', long: false },
	// a non-native question of seven words
	{ text: 'my photo is not clear why reject', long: true },
])('isLongQuery($text)', ({ text, long }) => {
	test(`is ${long}`, () => expect(isLongQuery(tokenize(text))).toBe(long));
});

describe('boilerplateSpans', () => {
	test('finds the longest phrase first', () => {
		const tokens = tokenize('Unfortunately, please try again later');
		const spans = boilerplateSpans(tokens).map(({ start, end }) => tokens.slice(start, end).join(' '));
		expect(spans).toEqual(['unfortunately', 'please try again', 'later']);
	});
});

describe('clauses', () => {
	test('splits a message at sentence punctuation and bullets', () => {
		expect(clauses('Verification failed. Glare detected!\n• Document expired')).toEqual([
			['verification', 'failed'],
			['glare', 'detected'],
			['document', 'expired'],
		]);
	});
});

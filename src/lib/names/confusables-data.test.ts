import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractConfusables } from '../../../scripts/extract-confusables.mjs';
import { INPUT_PATH, OUTPUT_PATH, generateConfusables, selectRows } from '../../../scripts/generate-confusables.mjs';
import { CONFUSABLE_LATIN } from './confusables-data';

describe('the confusables table is generated from the committed Unicode extract', () => {
	const input = readFileSync(INPUT_PATH, 'utf8');

	test('regenerating it gives the committed file byte for byte', async () => {
		expect(await generateConfusables(input)).toBe(readFileSync(OUTPUT_PATH, 'utf8'));
	});

	test('the extract holds exactly the rows the generator reads (extracting it again changes nothing)', () => {
		expect(extractConfusables(input)).toBe(input);
	});

	test('Cyrillic а and Greek Ο are there, and every selected row is, with no exception', () => {
		expect(CONFUSABLE_LATIN['\u0430']).toBe('a');
		expect(CONFUSABLE_LATIN['\u039F']).toBe('O');
		// The rarest ones: a Bactrian letter and a phonetic small capital.
		expect(CONFUSABLE_LATIN['\u03F8']).toBe('p');
		expect(CONFUSABLE_LATIN['\u1D26']).toBe('r');
		const rows = selectRows(input);
		expect(Object.keys(CONFUSABLE_LATIN).sort()).toEqual(rows.map((r: { source: string }) => r.source).sort());
	});
});

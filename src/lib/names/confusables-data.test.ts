import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractConfusables } from '../../../scripts/extract-confusables.mjs';
import { INPUT_PATH, LEFT_OUT, OUTPUT_PATH, generateConfusables } from '../../../scripts/generate-confusables.mjs';
import { CONFUSABLE_LATIN } from './confusables-data';

describe('the confusables table is generated from the committed Unicode extract', () => {
	const input = readFileSync(INPUT_PATH, 'utf8');

	test('regenerating it gives the committed file byte for byte', async () => {
		expect(await generateConfusables(input)).toBe(readFileSync(OUTPUT_PATH, 'utf8'));
	});

	test('the extract holds exactly the rows the generator reads (extracting it again changes nothing)', () => {
		expect(extractConfusables(input)).toBe(input);
	});

	test('Cyrillic а and Greek Ο are there, the left-out rows are not', () => {
		expect(CONFUSABLE_LATIN['\u0430']).toBe('a');
		expect(CONFUSABLE_LATIN['\u039F']).toBe('O');
		for (const source of LEFT_OUT.keys()) {
			expect(input).toContain(`${source.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')} ;`);
			expect(CONFUSABLE_LATIN[source]).toBeUndefined();
		}
	});
});

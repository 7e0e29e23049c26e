import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	DEBIAN_PATH,
	EXTRACT_PATH,
	OUTPUT_PATH,
	extractCodes,
	generateCountryCodes,
} from '../../../scripts/generate-country-codes.mjs';
import { ISO_ALPHA2_OF } from './country-codes';

const rows = (text: string) => text.split('\n').filter((line) => line && !line.startsWith('#'));

describe('the alpha-3 → alpha-2 table is generated from the committed ISO 3166-1 extract', () => {
	test('regenerating it gives the committed file byte for byte', async () => {
		expect(await generateCountryCodes(readFileSync(EXTRACT_PATH, 'utf8'))).toBe(readFileSync(OUTPUT_PATH, 'utf8'));
	});

	test.skipIf(!existsSync(DEBIAN_PATH))('extracting Debian’s iso-codes again gives the committed rows', () => {
		expect(rows(extractCodes(readFileSync(DEBIAN_PATH, 'utf8'), ''))).toEqual(rows(readFileSync(EXTRACT_PATH, 'utf8')));
	});

	test('249 codes, each pair of letters once, and codes everyone knows', () => {
		const entries = Object.entries(ISO_ALPHA2_OF);
		expect(entries).toHaveLength(249);
		expect(new Set(entries.map(([, two]) => two)).size).toBe(entries.length);
		expect(ISO_ALPHA2_OF.DEU).toBe('DE');
		expect(ISO_ALPHA2_OF.BRA).toBe('BR');
		expect(ISO_ALPHA2_OF.VNM).toBe('VN');
	});
});

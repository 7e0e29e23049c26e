import { describe, expect, it } from 'vitest';
import { byImportance, DIFFERENCE_SEVERITY } from './severity';
import { compareNames } from './index';
import { DIFFERENCE_KINDS } from './types';

describe('DIFFERENCE_SEVERITY', () => {
	it('gives every kind its own rank', () => {
		const ranks = DIFFERENCE_KINDS.map((kind) => DIFFERENCE_SEVERITY[kind]);
		expect(new Set(ranks).size).toBe(DIFFERENCE_KINDS.length);
	});

	it('ranks every kind that makes names different above every kind that keeps them the same', () => {
		const worstEquivalent = Math.min(
			...['case', 'spacing', 'punctuation', 'diacritics', 'order', 'truncation'].map(
				(k) => DIFFERENCE_SEVERITY[k as keyof typeof DIFFERENCE_SEVERITY],
			),
		);
		expect(DIFFERENCE_SEVERITY.spelling).toBeLessThan(worstEquivalent);
		expect(DIFFERENCE_SEVERITY.missing).toBeLessThan(worstEquivalent);
	});
});

describe('byImportance', () => {
	it('puts a missing part ahead of accents and case in a real comparison', () => {
		// Account has no middle name and no accents; the ID has both.
		const result = compareNames('jose garcia', 'JOSÉ LUIS GARCÍA');
		const kinds = byImportance(result.differences).map((d) => d.kind);
		expect(kinds[0]).toBe('missing');
		expect(kinds).toContain('diacritics');
		expect(kinds.indexOf('diacritics')).toBeGreaterThan(0);
	});
});

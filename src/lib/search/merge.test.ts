import { describe, expect, test } from 'vitest';
import { matchStrength, mergeRuns, SCORE_HALF, searchCandidates } from './merge';
import type { SearchCandidate } from './understand';

const candidate = (query: string, weight: number, idea?: string): SearchCandidate =>
	idea === undefined ? { query, weight, kind: 'idea' } : { query, weight, kind: 'idea', idea };

describe('matchStrength', () => {
	test('squashes Pagefind scores into [0, 1), half at SCORE_HALF', () => {
		expect(matchStrength(0, 'idea')).toBe(0);
		expect(matchStrength(SCORE_HALF, 'all')).toBe(0.5);
		expect(matchStrength(3 * SCORE_HALF, 'idea')).toBe(0.75);
	});
	test('an exact phrase match counts fully', () => {
		expect(matchStrength(1, 'phrase')).toBe(1);
	});
});

describe('mergeRuns', () => {
	test('sums weight × strength over the candidates that found a page', () => {
		const merged = mergeRuns([
			{ candidate: { query: '"glare detected"', weight: 1, kind: 'phrase' }, results: [{ id: 'glare', score: 1 }] },
			{
				candidate: candidate('glare', 2),
				results: [
					{ id: 'lighting', score: 3 * SCORE_HALF },
					{ id: 'glare', score: SCORE_HALF },
				],
			},
		]);
		// glare: 1 × 1 + 2 × 0.5 = 2; lighting: 2 × 0.75 = 1.5
		expect(merged.map(({ result, score }) => [result.id, score])).toEqual([
			['glare', 2],
			['lighting', 1.5],
		]);
		expect(merged[0]!.matchedBy).toEqual(['"glare detected"', 'glare']);
	});

	test('wordings of one idea count once, as a probabilistic OR', () => {
		const merged = mergeRuns([
			{ candidate: candidate('scam', 1, 'idea-0'), results: [{ id: 'stay-safe', score: SCORE_HALF }] },
			{ candidate: candidate('safe', 1, 'idea-0'), results: [{ id: 'stay-safe', score: SCORE_HALF }] },
		]);
		// 1 - (1 - 0.5)(1 - 0.5) = 0.75, not 0.5 + 0.5
		expect(merged[0]!.score).toBe(0.75);
	});

	test('ignores empty runs and keeps first-found order on ties', () => {
		const merged = mergeRuns([
			{ candidate: candidate('a', 1), results: [] },
			{
				candidate: candidate('b', 1),
				results: [
					{ id: 'x', score: 2 },
					{ id: 'y', score: 2 },
				],
			},
		]);
		expect(merged.map(({ result }) => result.id)).toEqual(['x', 'y']);
	});
});

describe('searchCandidates', () => {
	test('runs every candidate and treats a superseded search (null) as no results', async () => {
		const asked: string[] = [];
		const merged = await searchCandidates(
			async (query) => {
				asked.push(query);
				return query === 'glare' ? { results: [{ id: 'glare', score: 2 }] } : null;
			},
			[candidate('glare', 1), candidate('reflection', 0.5)],
		);
		expect(asked).toEqual(['glare', 'reflection']);
		expect(merged.map(({ result }) => result.id)).toEqual(['glare']);
	});

	test('runs a query that serves two candidates only once', async () => {
		const asked: string[] = [];
		const search = async (query: string) => {
			asked.push(query);
			return { results: [{ id: 'before-you-start', score: SCORE_HALF }] };
		};
		const merged = await searchCandidates(search, [
			{ query: 'before you start', weight: 1, kind: 'all' },
			candidate('before you start', 1, 'idea-0'),
		]);
		expect(asked).toEqual(['before you start']);
		expect(merged[0]!.score).toBe(1);
	});
});

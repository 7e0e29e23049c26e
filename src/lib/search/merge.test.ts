import { describe, expect, test } from 'vitest';
import { mergeRuns, searchCandidates } from './merge';
import type { SearchCandidate } from './understand';

const candidate = (query: string, weight: number): SearchCandidate => ({ query, weight, kind: 'idea' });

describe('mergeRuns', () => {
	test('normalises each run by its best score, then sums weighted scores', () => {
		const merged = mergeRuns([
			// the exact phrase found one page (Pagefind scores phrases 1)
			{ candidate: candidate('"glare detected"', 3), results: [{ id: 'glare', score: 1 }] },
			// the single word found two; scores 8 and 4 normalise to 1 and 0.5
			{
				candidate: candidate('glare', 1),
				results: [
					{ id: 'lighting', score: 8 },
					{ id: 'glare', score: 4 },
				],
			},
		]);
		expect(merged.map(({ result, score }) => [result.id, score])).toEqual([
			['glare', 3.5],
			['lighting', 1],
		]);
		expect(merged[0]!.matchedBy).toEqual(['"glare detected"', 'glare']);
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
});

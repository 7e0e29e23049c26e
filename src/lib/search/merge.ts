import type { SearchCandidate } from './understand';

/**
 * Running the candidate queries of `understandQuery` and merging their results.
 *
 * Pagefind's scores are not comparable between queries (a three-word query scores higher than a
 * one-word one, an exact phrase always scores 1), so each run's scores are first divided by that
 * run's best score; a page's merged score is the sum over runs of `weight × normalised score`.
 * A page found by several candidates (the whole query, and each of its ideas) therefore rises.
 */

/** The least a Pagefind result must carry to be merged (Pagefind's results do). */
export interface ScoredResult {
	readonly id: string;
	readonly score: number;
}

/** One candidate and what Pagefind returned for it. */
export interface CandidateRun<R extends ScoredResult> {
	readonly candidate: SearchCandidate;
	readonly results: readonly R[];
}

/** A page in the merged ranking. */
export interface MergedResult<R extends ScoredResult> {
	/** The page's result from the first run that found it (call its `data()` for the fragment). */
	readonly result: R;
	readonly score: number;
	/** The candidate queries that found the page. */
	readonly matchedBy: readonly string[];
}

/** Merges candidate runs into one ranking, best first; ties keep the order the runs found them. */
export function mergeRuns<R extends ScoredResult>(runs: readonly CandidateRun<R>[]): MergedResult<R>[] {
	const merged = new Map<string, { result: R; score: number; matchedBy: string[]; order: number }>();
	for (const { candidate, results } of runs) {
		const best = Math.max(0, ...results.map((r) => r.score));
		if (best <= 0) continue;
		for (const result of results) {
			const contribution = candidate.weight * (result.score / best);
			const entry = merged.get(result.id);
			if (entry) {
				entry.score += contribution;
				entry.matchedBy.push(candidate.query);
			} else {
				merged.set(result.id, { result, score: contribution, matchedBy: [candidate.query], order: merged.size });
			}
		}
	}
	return [...merged.values()]
		.sort((a, b) => b.score - a.score || a.order - b.order)
		.map(({ result, score, matchedBy }) => ({ result, score, matchedBy }));
}

/** A search function such as Pagefind's `search` (bound to its filters); `null` means superseded. */
export type SearchFunction<R extends ScoredResult> = (query: string) => Promise<{ results: readonly R[] } | null>;

/** Runs every candidate (concurrently) and merges the results. */
export async function searchCandidates<R extends ScoredResult>(
	search: SearchFunction<R>,
	candidates: readonly SearchCandidate[],
): Promise<MergedResult<R>[]> {
	const runs = await Promise.all(
		candidates.map(async (candidate) => ({ candidate, results: (await search(candidate.query))?.results ?? [] })),
	);
	return mergeRuns(runs);
}

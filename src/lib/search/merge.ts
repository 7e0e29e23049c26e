import type { SearchCandidate } from './understand';

/**
 * Running the candidate queries of `understandQuery` and merging their results.
 *
 * A page's merged score is the sum over the runs that found it of `weight × strength`, so a page
 * found by several candidates (the whole query, and each of its ideas) rises. The strength of a
 * match is Pagefind's score squashed into [0, 1) by `score / (score + SCORE_HALF)`: with the
 * site's ranking a word in a title or heading scores about 3 to 9 (strength 0.4 to 0.7) and a
 * passing mention in the body 0.1 to 0.5 (0.02 to 0.1), so a weak match of one candidate does
 * not outrank a strong match of another, as it did when each run was normalised by its best
 * score. Exact-phrase runs always score 1 in Pagefind and count fully.
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

/** The Pagefind score at which a match counts half (see above; tuned with `CANDIDATE_WEIGHTS`). */
export const SCORE_HALF = 4;

/** How strongly one result matched its candidate, in [0, 1]. */
export function matchStrength(score: number, kind: SearchCandidate['kind']): number {
	if (kind === 'phrase') return 1;
	return score > 0 ? score / (score + SCORE_HALF) : 0;
}

/**
 * Merges candidate runs into one ranking, best first; ties keep the order the runs found them.
 * Runs of the same idea (`candidate.idea`) count as one: a page's strength for the idea is the
 * probabilistic OR of its strengths for each wording, `1 - Π(1 - s)`, at the idea's weight.
 */
export function mergeRuns<R extends ScoredResult>(runs: readonly CandidateRun<R>[]): MergedResult<R>[] {
	const merged = new Map<string, { result: R; matchedBy: string[]; order: number }>();
	// idea key -> weight and, per page, the product of (1 - strength) over the idea's wordings
	const ideas = new Map<string, { weight: number; misses: Map<string, number> }>();
	for (const { candidate, results } of runs) {
		const key = candidate.idea ?? `query:${candidate.query}`;
		const idea = ideas.get(key) ?? { weight: 0, misses: new Map<string, number>() };
		idea.weight = Math.max(idea.weight, candidate.weight);
		ideas.set(key, idea);
		for (const result of results) {
			const strength = matchStrength(result.score, candidate.kind);
			idea.misses.set(result.id, (idea.misses.get(result.id) ?? 1) * (1 - strength));
			const entry = merged.get(result.id);
			if (entry) entry.matchedBy.push(candidate.query);
			else merged.set(result.id, { result, matchedBy: [candidate.query], order: merged.size });
		}
	}
	const scores = new Map<string, number>();
	for (const { weight, misses } of ideas.values()) {
		for (const [id, miss] of misses) scores.set(id, (scores.get(id) ?? 0) + weight * (1 - miss));
	}
	return [...merged.entries()]
		.map(([id, { result, matchedBy, order }]) => ({ result, score: scores.get(id) ?? 0, matchedBy, order }))
		.sort((a, b) => b.score - a.score || a.order - b.order)
		.map(({ result, score, matchedBy }) => ({ result, score, matchedBy }));
}

/** A search function such as Pagefind's `search` (bound to its filters); `null` means superseded. */
export type SearchFunction<R extends ScoredResult> = (query: string) => Promise<{ results: readonly R[] } | null>;

/** Runs every distinct candidate query once (concurrently) and merges the results. */
export async function searchCandidates<R extends ScoredResult>(
	search: SearchFunction<R>,
	candidates: readonly SearchCandidate[],
): Promise<MergedResult<R>[]> {
	const searches = new Map<string, Promise<readonly R[]>>();
	for (const { query } of candidates) {
		if (!searches.has(query))
			searches.set(
				query,
				search(query).then((response) => response?.results ?? []),
			);
	}
	const runs = await Promise.all(
		candidates.map(async (candidate) => ({ candidate, results: await searches.get(candidate.query)! })),
	);
	return mergeRuns(runs);
}

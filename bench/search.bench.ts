import { afterAll, beforeAll, test } from 'vitest';
import { understandQuery } from '../src/lib/search';
import {
	DIST_DIR,
	evaluateQuery,
	formatReport,
	loadBuiltSite,
	readEvalQueries,
	summarize,
	type EvalOutcome,
	type LoadedSite,
} from '../tests/search/eval';

/**
 * Search benchmark (`npm run bench`): the evaluation set's figures against the built index in
 * `DIST_DIR` (default `dist`), and how long a search takes from the query to the top results'
 * URLs. Prints numbers only; timing is never asserted (machines differ).
 */
let site: LoadedSite;

beforeAll(async () => {
	site = await loadBuiltSite(DIST_DIR);
});

afterAll(async () => {
	await site?.close();
});

test('search: ranking figures and time from query to results', async () => {
	const queries = (await readEvalQueries()).filter((row) => site.slugs.has(row.expected));

	// The first search loads Pagefind's wasm and index chunks: reported on its own.
	const coldStart = performance.now();
	await evaluateQuery(site, queries[0]!);
	const coldMs = performance.now() - coldStart;

	const outcomes: EvalOutcome[] = [];
	for (const row of queries) outcomes.push(await evaluateQuery(site, row));

	// Query understanding alone, per query (the part this project adds in front of Pagefind).
	const rounds = 20;
	const understandStart = performance.now();
	for (let i = 0; i < rounds; i++) for (const row of queries) understandQuery(row.query, site.vocabulary);
	const understandMs = (performance.now() - understandStart) / (rounds * queries.length);

	const candidates = outcomes.map((o) => new Set(o.understood.candidates.map((c) => c.query.toLowerCase())).size);
	console.log(
		[
			formatReport(summarize(outcomes), outcomes),
			`  first search (loads wasm and chunks): ${coldMs.toFixed(1)} ms`,
			`  understandQuery alone: ${(understandMs * 1000).toFixed(0)} µs per query`,
			`  Pagefind searches per query: mean ${(candidates.reduce((a, b) => a + b, 0) / candidates.length).toFixed(1)}, max ${Math.max(...candidates)}`,
			`  (Node, Pagefind on the main thread over loopback HTTP; a browser adds its worker hop and network)`,
		].join('\n'),
	);
});

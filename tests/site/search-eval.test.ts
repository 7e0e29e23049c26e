import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	DIST_DIR,
	evaluateQuery,
	formatReport,
	loadBuiltSite,
	readEvalQueries,
	summarize,
	type EvalOutcome,
	type EvalQuery,
	type LoadedSite,
} from '../search/eval';

/**
 * The search evaluation set (tests/search/queries.tsv) against the built Pagefind index in
 * `DIST_DIR` (default `dist`), through the query understanding every search surface uses.
 * Own targets: the expected article first for at least 90% of queries, within the first three for all.
 */
const FIRST_RATE_MIN = 0.9;

let site: LoadedSite;
let queries: EvalQuery[];
const outcomes: EvalOutcome[] = [];

beforeAll(async () => {
	site = await loadBuiltSite(DIST_DIR);
	queries = await readEvalQueries();
	for (const row of queries.filter((q) => site.slugs.has(q.expected))) outcomes.push(await evaluateQuery(site, row));
	console.log(formatReport(summarize(outcomes), outcomes));
}, 120_000);

afterAll(async () => {
	await site?.close();
});

describe(`search evaluation against ${DIST_DIR}`, () => {
	test('the evaluation set has at least 60 queries', () => {
		expect(queries.length).toBeGreaterThanOrEqual(60);
	});

	test('every expected article is in the build', () => {
		expect(queries.filter((q) => !site.slugs.has(q.expected)).map((q) => `${q.expected} (line ${q.line})`)).toEqual([]);
	});

	test(`the expected article is first for at least ${FIRST_RATE_MIN * 100}% of queries`, () => {
		const first = outcomes.filter((o) => o.rank === 1).length;
		expect(first / outcomes.length).toBeGreaterThanOrEqual(FIRST_RATE_MIN);
	});

	test('the expected article is within the first three for every query', () => {
		const misses = outcomes
			.filter((o) => o.rank === null || o.rank > 3)
			.map((o) => `line ${o.line}: ${JSON.stringify(o.query)} → ${o.expected}, got ${o.top.slice(0, 3).join(', ')}`);
		expect(misses).toEqual([]);
	});
});

/**
 * Evaluation helpers: run `queries.tsv` (English) or `queries.<locale>.tsv` against a BUILT site's
 * Pagefind index of that language, through the same query understanding the search surfaces use
 * (with that language's synonyms and stop words), and measure where the expected article ranks.
 *
 * Pagefind's browser runtime (`dist/pagefind/pagefind.js`) runs in Node 22+ as it is: there is
 * no `Worker` global, so it searches on the main thread, and it loads its wasm and index chunks
 * with `fetch`, which in Node only speaks HTTP. So the dist folder is served over a loopback
 * HTTP server and the runtime is pointed at it with `options({ basePath })`, Pagefind's documented
 * option for where its files are served from.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	parseSearchVocabulary,
	SEARCH_VOCABULARY_PATH,
	searchCandidates,
	SITE_RANKING,
	understandQuery,
	type QueryLanguage,
	type SearchVocabulary,
	type UnderstoodQuery,
} from '../../src/lib/search';
import { LOCALE_INFO, type Locale } from '../../src/i18n/locales';
import { localeOfPath, localePrefix, pathInLocale } from '../../src/i18n/paths';
import { loadSearchLanguage } from '../../src/i18n/search';

/** The built site to evaluate: `DIST_DIR`, default `dist`. */
export const DIST_DIR = path.resolve(process.env.DIST_DIR ?? 'dist');

/** The evaluation set. */
export const QUERIES_FILE = path.resolve(import.meta.dirname, 'queries.tsv');

/** A language's evaluation set: `queries.tsv` for English, `queries.<locale>.tsv` for the others. */
export function queriesFileOf(locale: Locale): string {
	return locale === 'en' ? QUERIES_FILE : path.resolve(import.meta.dirname, `queries.${locale}.tsv`);
}

/** The kinds of query in the evaluation set. */
export const QUERY_KINDS = ['misspelling', 'synonym', 'pasted', 'short', 'long', 'non-native'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** One row of `queries.tsv`. */
export interface EvalQuery {
	readonly query: string;
	/** The article's slug, e.g. `document-quality/glare`. */
	readonly expected: string;
	readonly kind: QueryKind;
	/** 1-based line in the file, for messages. */
	readonly line: number;
}

/** Reads `queries.tsv`: `#` lines are comments, the first other line is the header. */
export async function readEvalQueries(file = QUERIES_FILE): Promise<EvalQuery[]> {
	const lines = (await readFile(file, 'utf8')).split(/\r?\n/);
	const rows: EvalQuery[] = [];
	let headerSeen = false;
	lines.forEach((text, index) => {
		if (text.trim() === '' || text.startsWith('#')) return;
		if (!headerSeen) {
			headerSeen = true;
			return;
		}
		const [query, expected, kind] = text.split('\t');
		if (!query || !expected || !(QUERY_KINDS as readonly string[]).includes(kind ?? '')) {
			throw new Error(
				`${file}:${index + 1}: expected "query<TAB>slug<TAB>kind" with kind one of ${QUERY_KINDS.join('|')}. Received ${JSON.stringify(text)}.`,
			);
		}
		rows.push({ query, expected, kind: kind as QueryKind, line: index + 1 });
	});
	return rows;
}

/** The subset of Pagefind's browser API the evaluation uses. */
interface PagefindResult {
	readonly id: string;
	readonly score: number;
	data(): Promise<{ url: string; meta: Record<string, string> }>;
}
interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
	destroy?(): Promise<void>;
}

/** A built site, served, with one language's Pagefind index, vocabulary and query understanding loaded. */
export interface LoadedSite {
	readonly locale: Locale;
	readonly pagefind: PagefindApi;
	readonly vocabulary: SearchVocabulary;
	readonly language: QueryLanguage;
	/** The slugs of every page of the language in the build (from its HTML files), without the language folder. */
	readonly slugs: ReadonlySet<string>;
	close(): Promise<void>;
}

/**
 * Serves `distDir` on a loopback port and loads the Pagefind runtime with the index of `locale`,
 * and that language's search vocabulary and query understanding.
 *
 * Pagefind picks its index from `<html lang>`; Node has no document, so one that answers the
 * language's tag stands in while the runtime starts. Each language gets its own instance of the
 * runtime module (a query string on its URL), so several can be loaded side by side.
 */
export async function loadBuiltSite(distDir = DIST_DIR, locale: Locale = 'en'): Promise<LoadedSite> {
	const bundle = path.join(distDir, 'pagefind', 'pagefind.js');
	const vocabularyFile = path.join(distDir, `${localePrefix(locale)}${SEARCH_VOCABULARY_PATH}`);
	for (const file of [bundle, vocabularyFile]) {
		if (!(await exists(file))) {
			throw new Error(
				`${file} is missing. Build the site first: astro build --outDir ${distDir} (and run with DIST_DIR=${distDir}).`,
			);
		}
	}
	const server = await serve(distDir);
	const { port } = server.address() as AddressInfo;
	const pagefind = (await import(`${pathToFileURL(bundle).href}?lang=${locale}`)) as PagefindApi;
	const lang = LOCALE_INFO[locale].lang;
	const global = globalThis as { document?: unknown };
	const hadDocument = 'document' in global;
	if (!hadDocument)
		global.document = {
			querySelector: (selector: string) => (selector === 'html' ? { getAttribute: () => lang } : null),
		};
	try {
		await pagefind.options({ basePath: `http://127.0.0.1:${port}/pagefind/`, baseUrl: '/', ranking: SITE_RANKING });
		await pagefind.init();
	} finally {
		if (!hadDocument) delete global.document;
	}
	const vocabulary = parseSearchVocabulary(JSON.parse(await readFile(vocabularyFile, 'utf8')));
	const language = await loadSearchLanguage(locale);
	const slugs = new Set(
		[...(await listSlugs(distDir))].filter((slug) => localeOfPath(slug) === locale).map((slug) => pathInLocale(slug)),
	);
	return {
		locale,
		pagefind,
		vocabulary,
		language,
		slugs,
		close: async () => {
			await pagefind.destroy?.();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

/** Where one query's expected article ranked, and what came first. */
export interface EvalOutcome extends EvalQuery {
	/** 1-based rank of the expected article in the merged results; `null` when not found. */
	readonly rank: number | null;
	readonly top: readonly string[];
	readonly understood: UnderstoodQuery;
	/** Milliseconds from the query to the top results' URLs (understand + searches + fragments). */
	readonly ms: number;
	/** Rank with the raw query sent to Pagefind alone, for comparison. */
	readonly baselineRank: number | null;
}

/** How many results are fetched and inspected per query. */
const TOP = 5;

/** Runs one query the way a search surface does, and where Pagefind alone would have put the article. */
export async function evaluateQuery(site: LoadedSite, row: EvalQuery): Promise<EvalOutcome> {
	const start = performance.now();
	const understood = understandQuery(row.query, site.vocabulary, { language: site.language });
	const merged = await searchCandidates((query) => site.pagefind.search(query), understood.candidates);
	const top = await Promise.all(
		merged.slice(0, TOP).map(async ({ result }) => pathInLocale(slugOf((await result.data()).url))),
	);
	const ms = performance.now() - start;

	const baseline = (await site.pagefind.search(row.query))?.results ?? [];
	const baselineTop = await Promise.all(
		baseline.slice(0, TOP).map(async (result) => pathInLocale(slugOf((await result.data()).url))),
	);
	return {
		...row,
		rank: rankOf(top, row.expected),
		top,
		understood,
		ms,
		baselineRank: rankOf(baselineTop, row.expected),
	};
}

/** The figures the test asserts and the bench prints. */
export interface EvalSummary {
	readonly total: number;
	readonly first: number;
	readonly topThree: number;
	readonly baselineFirst: number;
	readonly baselineTopThree: number;
	readonly byKind: ReadonlyArray<{ kind: QueryKind; total: number; first: number; topThree: number }>;
	readonly ms: { readonly median: number; readonly p95: number; readonly max: number };
}

/** Sums up outcomes. */
export function summarize(outcomes: readonly EvalOutcome[]): EvalSummary {
	const isFirst = (o: EvalOutcome) => o.rank === 1;
	const inTopThree = (o: EvalOutcome) => o.rank !== null && o.rank <= 3;
	const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
	return {
		total: outcomes.length,
		first: outcomes.filter(isFirst).length,
		topThree: outcomes.filter(inTopThree).length,
		baselineFirst: outcomes.filter((o) => o.baselineRank === 1).length,
		baselineTopThree: outcomes.filter((o) => o.baselineRank !== null && o.baselineRank <= 3).length,
		byKind: QUERY_KINDS.map((kind) => {
			const ofKind = outcomes.filter((o) => o.kind === kind);
			return {
				kind,
				total: ofKind.length,
				first: ofKind.filter(isFirst).length,
				topThree: ofKind.filter(inTopThree).length,
			};
		}).filter((row) => row.total > 0),
		ms: { median: at(0.5), p95: at(0.95), max: times.at(-1) ?? 0 },
	};
}

/** The summary and every miss, as lines for the console. */
export function formatReport(summary: EvalSummary, outcomes: readonly EvalOutcome[]): string {
	const pct = (n: number, of: number) => `${n}/${of} (${of === 0 ? 0 : ((100 * n) / of).toFixed(1)}%)`;
	const lines = [
		`Search evaluation: ${summary.total} queries`,
		`  expected article first:   ${pct(summary.first, summary.total)}`,
		`  within the first three:   ${pct(summary.topThree, summary.total)}`,
		`  Pagefind alone (raw query): first ${pct(summary.baselineFirst, summary.total)}, top three ${pct(summary.baselineTopThree, summary.total)}`,
		...summary.byKind.map(
			(row) => `  ${row.kind.padEnd(12)} first ${pct(row.first, row.total)}, top three ${pct(row.topThree, row.total)}`,
		),
		`  query to results: median ${summary.ms.median.toFixed(1)} ms, p95 ${summary.ms.p95.toFixed(1)} ms, max ${summary.ms.max.toFixed(1)} ms`,
	];
	const misses = outcomes.filter((o) => o.rank !== 1);
	if (misses.length > 0) lines.push('  not first:');
	for (const o of misses) {
		lines.push(
			`    line ${o.line} [${o.kind}] ${JSON.stringify(o.query)} → expected ${o.expected} at ${o.rank ?? '—'}; got ${o.top.slice(0, 3).join(', ') || 'nothing'} (searched ${JSON.stringify(o.understood.query)})`,
		);
	}
	return lines.join('\n');
}

/** `/document-quality/glare/` → `document-quality/glare`; the home page is `index`. */
export function slugOf(url: string): string {
	const slug = url
		.replace(/[?#].*$/, '')
		.replace(/^\/+|\/+$/g, '')
		.replace(/\/index\.html$|^index\.html$/, '');
	return slug === '' ? 'index' : slug;
}

function rankOf(slugs: readonly string[], expected: string): number | null {
	const index = slugs.indexOf(expected);
	return index === -1 ? null : index + 1;
}

async function exists(file: string): Promise<boolean> {
	return stat(file).then(
		() => true,
		() => false,
	);
}

const CONTENT_TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.html': 'text/html',
	'.css': 'text/css',
};

/** A static file server for `root` on 127.0.0.1 (any free port). Refuses paths outside `root`. */
async function serve(root: string): Promise<Server> {
	const server = createServer(async (request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
		const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
		if (!file.startsWith(root + path.sep)) {
			response.writeHead(403).end();
			return;
		}
		try {
			const body = await readFile(file);
			response.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
			response.end(body);
		} catch {
			response.writeHead(404).end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return server;
}

/** Every page of the build as a slug, from its `index.html` files. */
async function listSlugs(root: string): Promise<Set<string>> {
	const entries = await readdir(root, { recursive: true });
	return new Set(
		entries
			.filter((entry) => entry.endsWith('index.html') && !entry.startsWith('pagefind'))
			.map((entry) => slugOf(entry.split(path.sep).join('/'))),
	);
}

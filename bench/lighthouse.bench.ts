/**
 * Lighthouse (mobile preset, simulated throttling) on the home page, an article with a widget and
 * the Checkers page, served from the build on loopback by tests/support/serve.ts (uncompressed,
 * as a plain static host without gzip would serve it). Prints the four category scores of each;
 * the target is 100 everywhere, reported, not asserted.
 *
 * Uses Debian's Chromium (CHROMIUM_PATH) with the browser tests' flags, through chrome-launcher
 * (installed with lighthouse); nothing is downloaded. Needs a build (`npm run build`, or DIST_DIR=…).
 *
 * Run: npx vitest run --project bench bench/lighthouse.bench.ts
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { DIST_DIR, assertBuilt } from '../tests/support/dist';
import { serveStatic, type StaticServer } from '../tests/support/serve';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/harness';

/** The pages measured: the way in, an article that embeds a checker, one with example photos and a diagram, and the checkers' home. */
const PAGES = ['', 'information-mismatch/date-of-birth/', 'document-quality/glare/', 'checkers/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

describe.skipIf(!existsSync(CHROMIUM_PATH))('Lighthouse, mobile', () => {
	let server: StaticServer;
	let chrome: chromeLauncher.LaunchedChrome;
	const rows: string[] = [];

	beforeAll(async () => {
		assertBuilt(DIST_DIR);
		server = await serveStatic(DIST_DIR);
		chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
	});
	afterAll(async () => {
		console.log(
			[
				'Lighthouse 13, mobile preset (target 100 each):',
				`  ${'page'.padEnd(40)} ${CATEGORIES.join('  ')}`,
				...rows,
			].join('\n'),
		);
		await chrome?.kill();
		await server?.close();
	});

	test.each(PAGES)('/%s', async (path) => {
		const url = new URL(path, server.url).href;
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...CATEGORIES],
		});
		expect(result).toBeDefined();
		const { categories, audits } = result!.lhr;
		const scores = CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100));
		// What kept a category under 100: the failing audits that carry weight in it.
		const misses = CATEGORIES.flatMap((id) =>
			(categories[id]?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
				.map((ref) => `${id}: ${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`),
		);
		rows.push(
			`  /${path.padEnd(39)} ${scores.map((score, i) => String(score).padStart(CATEGORIES[i]!.length)).join('  ')}${misses.length ? `\n      ${misses.join('\n      ')}` : ''}`,
		);
		expect(scores.every((score) => score > 0)).toBe(true);
	});
});

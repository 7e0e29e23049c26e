/**
 * The `_headers` file the build writes (src/deploy/headers.ts), read as Netlify and Cloudflare Pages
 * read it: its CSP is the pages' own policy plus `frame-ancestors 'none'`, every page and file gets
 * the security headers, and each cache rule matches real files, long-lived only for hashed names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	IMMUTABLE,
	REVALIDATE,
	headersFor,
	metaPolicy,
	parseHeadersFile,
	parsePolicy,
	ruleMatches,
} from '../../src/deploy/headers';
import { DIST_DIR, DIST_KYC_DIR, assertBuilt, listFiles } from '../support/dist';

/** A policy as a comparable object: directive to its sources, sorted. */
function normalised(text: string): Record<string, string[]> {
	return Object.fromEntries([...parsePolicy(text)].map(([name, sources]) => [name, [...sources].sort()]).sort());
}

/**
 * Files named for their content: everything Vite writes to `_astro/` (`name.BM3Xj53q.js`), and
 * Pagefind's index files (`en_376d13e4bc.pf_meta`, `fragment/en_134489b.pf_fragment`).
 */
const HASHED_NAME = /^_astro\/|^pagefind\/(.+\/)?[a-z.-]+_[0-9a-f]{7,}\.pf_[a-z]+$/;

describe.each([
	['the root build', DIST_DIR, '/'],
	['the /kyc/ build', DIST_KYC_DIR, '/kyc/'],
])('_headers of %s', (_name, dir, base) => {
	assertBuilt(dir);
	const file = join(dir, '_headers');
	test('is in the build folder', () => {
		expect(existsSync(file)).toBe(true);
	});
	const rules = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
	const files = listFiles(dir).filter((path) => path !== '_headers');
	const pages = files.filter((path) => path.endsWith('.html'));
	/** The URL path a host serves a file at. */
	const urlPath = (path: string) => `${base}${path.replace(/(^|\/)index\.html$/, '$1')}`;

	test('the CSP header is the pages’ own policy plus frame-ancestors ’none’', () => {
		const policies = new Set(pages.map((page) => metaPolicy(readFileSync(join(dir, page), 'utf8'))));
		// Astro writes one policy for every page; the header is built from them (the union if they ever differ).
		expect(policies.size).toBe(1);
		const [meta] = [...policies];
		const header = headersFor(rules, `${base}any/path`)['content-security-policy'];
		expect(header).toBeDefined();
		expect(normalised(header!)).toEqual(normalised(`${meta}; frame-ancestors 'none'`));
	});

	test.each(pages)('%s is served with the CSP, the security headers and a short cache', (page) => {
		const headers = headersFor(rules, urlPath(page));
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('no-referrer');
		expect(headers['permissions-policy']).toMatch(/(^|, )camera=\(self\)(,|$)/);
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['cache-control']).toBe(REVALIDATE);
	});

	test('every worker script gets the CSP header (a worker is governed by its own response’s policy)', () => {
		const workers = files.filter((path) => /worker/i.test(path) && path.endsWith('.js'));
		expect(workers.length).toBeGreaterThanOrEqual(3); // the photo worker, its helper, Pagefind's
		for (const worker of workers) {
			expect(headersFor(rules, urlPath(worker))['content-security-policy'], worker).toContain("script-src 'self'");
		}
	});

	test('each cache rule matches real files, and only hashed files are cached for a year', () => {
		const cacheRules = rules.filter((rule) => rule.headers.some(([name]) => name.toLowerCase() === 'cache-control'));
		expect(cacheRules.length).toBeGreaterThan(pages.length);
		for (const rule of cacheRules) {
			const matched = files.filter((path) => ruleMatches(rule.path, urlPath(path)));
			expect(matched.length, `${rule.path} matches no file`).toBeGreaterThan(0);
			const immutable = rule.headers.some(([, value]) => value === IMMUTABLE);
			if (immutable) {
				const unhashed = matched.filter((path) => !HASHED_NAME.test(path));
				expect(unhashed, `${rule.path} makes files without a hash in their name immutable`).toEqual([]);
			}
		}
	});

	test('every hashed script and style is cached for a year; nothing gets two Cache-Control values', () => {
		for (const path of files.filter((path) => path.startsWith('_astro/'))) {
			expect(headersFor(rules, urlPath(path))['cache-control'], path).toBe(IMMUTABLE);
		}
		// Hosts join the values of two matching rules with a comma: each file must get one value or none.
		for (const path of files) {
			expect([IMMUTABLE, REVALIDATE, undefined], path).toContain(headersFor(rules, urlPath(path))['cache-control']);
		}
		expect(headersFor(rules, urlPath('sw.js'))['cache-control']).toBe(REVALIDATE);
	});
});

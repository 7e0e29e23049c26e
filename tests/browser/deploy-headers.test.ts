/**
 * The `_headers` policy in Chromium: the `/kyc/` build served with its `_headers` applied, as
 * Netlify or Cloudflare Pages would. A header policy, unlike the pages' `<meta>`, also governs the
 * workers (each worker's policy comes from its own response), so the search and every checker that
 * takes a photo are used under it: they must work with no CSP violation. A checker page added later
 * (the MRZ reader, the selfie check) is picked up here as soon as it is built.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/deploy/headers';
import { DIST_KYC_DIR, assertBuilt, listFiles } from '../support/dist';
import { describeBrowser, useSite, watchCsp } from './harness';

assertBuilt(DIST_KYC_DIR);
const BASE = '/kyc/';
const PHOTO = join(import.meta.dirname, '../../../shared/fixtures/photos/mrzs_test_mrz.jpg');
const hasPhoto = existsSync(PHOTO);
if (!hasPhoto) console.warn(`Header CSP test: ${PHOTO} is absent, so the checkers that take a photo are not tried.`);

/** Checker pages whose widget takes a photo: every checker page with a file input. */
const PHOTO_CHECKERS = listFiles(DIST_KYC_DIR)
	.filter((file) => /^checkers\/[^/]+\/index\.html$/.test(file))
	.filter((file) => /<input[^>]*type="file"/.test(readFileSync(join(DIST_KYC_DIR, file), 'utf8')))
	.map((file) => file.replace(/index\.html$/, ''));

/** The header policy the build wrote. */
const headerPolicy = headersFor(parseHeadersFile(readFileSync(join(DIST_KYC_DIR, '_headers'), 'utf8')), `${BASE}x`)[
	'content-security-policy'
]!;

describeBrowser('the _headers policy in the browser (the /kyc/ build served with its headers)', () => {
	const site = useSite({ dir: DIST_KYC_DIR, base: BASE, headers: true });

	test('pages and worker scripts arrive with the header policy', async () => {
		const page = await site.newPage();
		const response = await page.goto(site.url('checkers/photo/'));
		expect(response!.headers()['content-security-policy']).toBe(headerPolicy);
		expect(headerPolicy).toContain("frame-ancestors 'none'");
		expect(response!.headers()['permissions-policy']).toContain('camera=(self)');
		const worker = listFiles(DIST_KYC_DIR).find((file) => /^_astro\/photo\.worker.*\.js$/.test(file))!;
		const workerResponse = await page.request.get(site.url(worker));
		expect(workerResponse.headers()['content-security-policy']).toBe(headerPolicy);
	});

	test('search works under the header policy (Pagefind’s worker and WebAssembly) with no violation', async () => {
		const page = await site.newPage();
		const violations = await watchCsp(page);
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		await page.goto(site.url('document-quality/glare/'));
		await expect.poll(() => page.locator('button[data-open-modal]').isEnabled()).toBe(true);
		await page.keyboard.press('Control+k');
		const input = page.locator('#starlight__search input').first();
		await input.waitFor({ state: 'visible' });
		await input.fill('glare');
		await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
		expect(workers.some((url) => /pagefind-worker\.js/.test(url))).toBe(true);
		expect(violations).toEqual([]);
		expect(site.errors(page)).toEqual([]);
	});

	test('the photo checkers are found', () => {
		expect(PHOTO_CHECKERS).toContain('checkers/photo/');
	});

	test.skipIf(!hasPhoto).each(PHOTO_CHECKERS)(
		'%s analyses a real photo in its workers under the header policy, with no violation',
		async (path) => {
			const page = await site.newPage();
			const violations = await watchCsp(page);
			const workers: string[] = [];
			page.on('worker', (worker) => workers.push(worker.url()));
			await page.goto(site.url(path));
			await page.locator('main astro-island').first().scrollIntoViewIfNeeded();
			await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, {
				timeout: 20_000,
			});
			await page.locator('main input[type="file"]:not([capture])').first().setInputFiles(PHOTO);
			// The checker answers in its status, alert or live region, with more than "working on it…"
			// (a photo read for the MRZ says "Reading the photo…" first).
			await page.waitForFunction(
				() =>
					[
						...document.querySelectorAll(
							'main [role="status"]:not(#offline-notice), main [role="alert"], main [aria-live]:not(#offline-notice)',
						),
					].some((region) => {
						const text = region.textContent!.trim();
						return text !== '' && !text.endsWith('…');
					}),
				undefined,
				{ timeout: 60_000 },
			);
			// The photo checker's verdict comes from its workers' analysis.
			if (path === 'checkers/photo/') await page.locator('.photo-checker__verdict').waitFor({ timeout: 60_000 });
			await page.waitForLoadState('networkidle');
			expect(workers.length, 'the checker started a worker').toBeGreaterThan(0);
			expect(violations).toEqual([]);
			expect(site.errors(page)).toEqual([]);
		},
	);
});

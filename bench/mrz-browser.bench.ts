/**
 * "Ready to submit?" in headless Chromium: a 12 MP (3024 × 4032) JPEG of a real passport photo (made
 * with sharp from ../shared/fixtures/photos/mrzs_test_mrz.jpg), chosen on /checkers/ready/. Prints the
 * time from choosing the file to `data-mrz-status` being set: first use in a fresh page (worker start,
 * engine and data download from the local server, reading), then again in the same page (engine kept),
 * and the longest main-thread task meanwhile (PerformanceObserver longtask). Needs a build (dist/).
 * Prints numbers only; nothing is asserted about time.
 */
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { test } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, useSite } from '../tests/browser/harness';

const SOURCE = fileURLToPath(new URL('../../shared/fixtures/photos/mrzs_test_mrz.jpg', import.meta.url));
const RUNS = 3;

async function choose(
	page: Page,
	file: string,
): Promise<{ ms: number; status: string | null; longest: number; timings: string | null }> {
	// The status region says "Reading the photo…" at once, then the outcome: time to the outcome.
	await page.evaluate(() => {
		const w = window as unknown as { __longest: number; __done: number; __started: boolean };
		w.__longest = 0;
		w.__done = 0;
		w.__started = false;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
		}).observe({ type: 'longtask', buffered: false });
		const region = document.querySelector('main [role="status"]')!;
		new MutationObserver(() => {
			const text = region.textContent!.trim();
			if (text.endsWith('…')) w.__started = true;
			else if (w.__started && text && !w.__done) w.__done = performance.now();
		}).observe(region, { childList: true, characterData: true, subtree: true });
	});
	const start = await page.evaluate(() => performance.now());
	await page.getByLabel(/passport page/i).setInputFiles(file);
	await page.waitForFunction(() => (window as unknown as { __done: number }).__done > 0, undefined, {
		timeout: 60_000,
		polling: 20,
	});
	const done = await page.evaluate(() => (window as unknown as { __done: number }).__done);
	const status = await page.locator('[data-mrz-status]').first().getAttribute('data-mrz-status');
	const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
	const timings = await page.locator('.readiness').getAttribute('data-timings');
	return { ms: Math.round(done - start), status, longest, timings };
}

describeBrowser('MRZ reading in the browser', () => {
	const site = useSite();

	test.skipIf(!existsSync(SOURCE))(
		'12 MP passport photo: first use, then with the engine loaded',
		async () => {
			const file = join(mkdtempSync(join(tmpdir(), 'mrz-bench-')), 'passport-12mp.jpg');
			await sharp(SOURCE).rotate().resize(3024, 4032, { fit: 'cover' }).jpeg({ quality: 90 }).toFile(file);
			// The same photo under another name, so choosing it again is a change.
			const copy = file.replace('.jpg', '-again.jpg');
			copyFileSync(file, copy);
			for (let run = 0; run < RUNS; run++) {
				const page = await site.newPage();
				await page.goto(site.url('checkers/ready/'));
				await page.locator('main astro-island').first().scrollIntoViewIfNeeded();
				await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
				const first = await choose(page, file);
				const again = await choose(page, copy);
				console.log(
					`run ${run + 1}: first use ${first.ms} ms (${first.status}, longest main-thread task ${first.longest.toFixed(0)} ms, worker ${first.timings}); engine loaded ${again.ms} ms (${again.status}, longest task ${again.longest.toFixed(0)} ms, worker ${again.timings})`,
				);
				await page.close();
			}
		},
		600_000,
	);
});

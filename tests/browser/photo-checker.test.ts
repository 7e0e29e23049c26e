/**
 * The photo checker island on /checkers/photo/, in Chromium: choose a real photo, read the verdict;
 * choose bad files, read their messages; the photo never causes a network request.
 * Run alone against a build in its own folder:
 *   astro build --outDir /tmp/photo-dist && DIST_DIR=/tmp/photo-dist npx vitest run --project browser tests/browser/photo-checker.test.ts
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, useSite } from './harness';

const PHOTOS = fileURLToPath(new URL('../../../shared/fixtures/photos/', import.meta.url));
const PHOTO = `${PHOTOS}mrzs_test_mrz.jpg`;
const hasPhotos = existsSync(PHOTO);
if (!hasPhotos) console.warn(`Photo checker browser test: ${PHOTOS} is absent, so the real-photo case is skipped.`);

/** Bad files, written to a temporary folder. */
const folder = mkdtempSync(join(tmpdir(), 'photo-checker-'));
const badFiles: Array<{ name: string; why: string; bytes: Uint8Array; message: RegExp }> = [
	// A photo that failed to save.
	{ name: 'empty.jpg', why: 'empty file', bytes: new Uint8Array(0), message: /empty \(0 bytes\)/ },
	// A text file renamed to .jpg.
	{ name: 'notes.jpg', why: 'text renamed .jpg', bytes: new TextEncoder().encode('This is a text file, not a photo.\n'.repeat(20)), message: /not a photo this checker can read/ },
	// A JPEG cut off in the middle of a download (the first 40 % of a real photo, or a minimal header).
	{ name: 'truncated.jpg', why: 'truncated JPEG', bytes: truncatedJpeg(), message: /could not be opened: the file may be damaged/ },
];
for (const f of badFiles) writeFileSync(join(folder, f.name), f.bytes);

function truncatedJpeg(): Uint8Array {
	if (hasPhotos) {
		const whole = readFileSync(PHOTO);
		return whole.subarray(0, Math.floor(whole.length * 0.4));
	}
	// SOI + a few bytes of APP0: a JPEG signature with nothing decodable after it.
	return Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
}

async function openChecker(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('.photo-checker').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr]) .photo-checker');
}

describeBrowser('photo checker', () => {
	const site = useSite();

	test('the server-rendered widget is ignored by search and has empty status and alert regions', async () => {
		const page = await site.newPage();
		await page.route('**/*.js', (route) => route.abort());
		await page.goto(site.url('checkers/photo/'));
		const root = page.locator('.photo-checker');
		expect(await root.getAttribute('data-pagefind-ignore')).not.toBeNull();
		expect((await root.locator('[role="status"]').innerText()).trim()).toBe('');
		expect((await root.locator('[role="alert"]').innerText()).trim()).toBe('');
	});

	test.skipIf(!hasPhotos)('a real photo gets a verdict, with no network request between choosing and the result', async () => {
		const page = await site.newPage();
		await openChecker(page, site.url('checkers/photo/'));
		const before = site.requests(page).length;
		// The worker script itself is fetched from the site the first time: allowed, it is not the photo.
		await page.locator('.photo-checker input[type="file"]:not([capture])').setInputFiles(PHOTO);
		const verdict = page.locator('.photo-checker [role="status"] .photo-checker__verdict');
		await verdict.waitFor({ timeout: 30_000 });
		expect(await verdict.innerText()).toMatch(/Score \d+ \/ 100\./);
		expect(await page.locator('.photo-checker__check').count()).toBe(7);
		const after = site.requests(page).slice(before);
		// Only the worker's own script(s) from the site; nothing carries the photo out.
		expect(after.filter((url) => !/\/_astro\/[^/]+\.js$/.test(url))).toEqual([]);
		expect(site.foreignRequests(page)).toEqual([]);
		// Advice for a problem links to the matching article under the base path.
		for (const href of await page.locator('.photo-checker__advice a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
			expect(href).toMatch(/^\/(document-quality|facial-verification)\/[a-z-]+(\/[a-z-]+)?\/$/);
		}
		expect(site.errors(page)).toEqual([]);
	});

	test('each bad file shows its message, and the page stays usable', async () => {
		const page = await site.newPage();
		await openChecker(page, site.url('checkers/photo/'));
		const input = page.locator('.photo-checker input[type="file"]:not([capture])');
		const alert = page.locator('.photo-checker [role="alert"]');
		for (const f of badFiles) {
			await input.setInputFiles(join(folder, f.name));
			await expect.poll(() => alert.innerText(), { timeout: 20_000, message: f.why }).toMatch(f.message);
		}
		// Still usable: a good photo after the bad ones gets a verdict and clears the alert.
		if (hasPhotos) {
			await input.setInputFiles(PHOTO);
			await page.locator('.photo-checker__verdict').waitFor({ timeout: 30_000 });
			expect((await alert.innerText()).trim()).toBe('');
		}
		expect(site.errors(page)).toEqual([]);
		expect(site.foreignRequests(page)).toEqual([]);
	});

	test.skipIf(!hasPhotos)('a new photo while one is being checked replaces it (the first result never shows)', async () => {
		const page = await site.newPage();
		await openChecker(page, site.url('checkers/photo/'));
		const input = page.locator('.photo-checker input[type="file"]:not([capture])');
		await input.setInputFiles(PHOTO);
		await input.setInputFiles(join(folder, 'notes.jpg'));
		await expect.poll(() => page.locator('.photo-checker [role="alert"]').innerText(), { timeout: 20_000 }).toMatch(/not a photo/);
		// Give a stale answer time to arrive: it must not replace the newer message.
		await page.waitForTimeout(1500);
		expect(await page.locator('.photo-checker__verdict').count()).toBe(0);
		expect(site.errors(page)).toEqual([]);
	});

	test('both file inputs can be reached with the keyboard', async () => {
		const page = await site.newPage();
		await openChecker(page, site.url('checkers/photo/'));
		const focusable = await page.locator('.photo-checker input[type="file"]').evaluateAll((inputs) =>
			inputs.map((i) => (i as HTMLInputElement).tabIndex >= 0 && !(i as HTMLInputElement).disabled),
		);
		expect(focusable).toEqual([true, true]);
	});
});

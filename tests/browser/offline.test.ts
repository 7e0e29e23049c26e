/**
 * Offline after one visit, under a sub-path: the `BASE_PATH=/kyc/` build, served with its
 * `_headers` from a plain static server. One visit to the home page; then the network goes away
 * (Playwright's `setOffline` for the page, and the server stops answering, since `setOffline` does
 * not reach a service worker's own fetches); other pages open, the search answers, and the date,
 * name and photo checkers work on real input, with a notice saying the reader is offline. Then a
 * changed build is deployed in place: back online the reader gets it, the new worker takes over,
 * and offline again the stored pages are the new version, not a mix.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DIST_KYC_DIR, assertBuilt, listFiles } from '../support/dist';
import { serveStatic, type StaticServer } from '../support/serve';
import { writeServiceWorker } from '../../src/deploy/service-worker-build';
import { describeBrowser, launchChromium } from './harness';

const BASE = '/kyc/';
const PHOTO = join(import.meta.dirname, '../../../shared/fixtures/photos/mrzs_test_mrz.jpg');

/** A photo of a card on a desk, drawn, for when the labelled photos are absent (as in a user's clone). */
async function drawnPhoto(file: string): Promise<string> {
	const card = await sharp({
		create: { width: 856, height: 540, channels: 3, background: { r: 236, g: 232, b: 220 } },
	})
		.composite([
			{
				input: { create: { width: 220, height: 280, channels: 3, background: { r: 120, g: 100, b: 90 } } },
				left: 40,
				top: 130,
			},
			{
				input: { create: { width: 520, height: 24, channels: 3, background: { r: 40, g: 40, b: 40 } } },
				left: 300,
				top: 160,
			},
			{
				input: { create: { width: 460, height: 24, channels: 3, background: { r: 40, g: 40, b: 40 } } },
				left: 300,
				top: 220,
			},
		])
		.png()
		.toBuffer();
	await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 70, g: 80, b: 95 } } })
		.composite([{ input: card, left: 372, top: 330 }])
		.jpeg({ quality: 90 })
		.toFile(file);
	return file;
}

describeBrowser('offline after one visit (BASE_PATH=/kyc/)', () => {
	assertBuilt(DIST_KYC_DIR);
	// A copy, so the test can deploy a changed version in place.
	const dir = mkdtempSync(join(tmpdir(), 'offline-site-'));
	let server: StaticServer;
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;
	const errors: string[] = [];

	const url = (path = '') => new URL(path, server.url).href;
	const setOnline = async (online: boolean) => {
		server.setReachable(online);
		await context.setOffline(!online);
	};
	const notice = () => page.locator('#offline-notice');

	/**
	 * Asks the browser to look for a new service worker, and waits until the one stored with the given
	 * page's current content (Workbox's revision: its MD5) is active and done activating.
	 */
	async function updateTo(changedPage: string): Promise<void> {
		const revision = createHash('md5').update(readFileSync(changedPage)).digest('hex');
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
		await expect
			.poll(
				() =>
					page.evaluate(async (revision) => {
						const registration = await navigator.serviceWorker.getRegistration();
						if (registration?.active?.state !== 'activated' || registration.installing || registration.waiting) {
							return false;
						}
						for (const name of await caches.keys()) {
							const keys = await (await caches.open(name)).keys();
							if (keys.some((request) => request.url.includes(`index.html?__WB_REVISION__=${revision}`))) return true;
						}
						return false;
					}, revision),
				{ timeout: 60_000 },
			)
			.toBe(true);
	}

	beforeAll(async () => {
		cpSync(DIST_KYC_DIR, dir, { recursive: true });
		server = await serveStatic(dir, BASE, { headers: true });
		browser = await launchChromium();
		context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		page = await context.newPage();
		page.on('pageerror', (error) => errors.push(error.message));
	});
	afterAll(async () => {
		await context?.close();
		await browser?.close();
		await server?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	test('the first visit stores the guide: a service worker controls the page', async () => {
		await page.goto(url());
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(scope).toBe(url());
		// Online, no notice.
		expect(await notice().count()).toBe(0);
	});

	test('offline, a page never opened before opens, with the offline notice', async () => {
		await setOnline(false);
		await page.goto(url('document-quality/glare/'));
		await expect.poll(() => page.locator('h1').first().innerText()).toMatch(/glare/i);
		await expect.poll(() => notice().isVisible()).toBe(true);
		expect(await notice().getAttribute('role')).toBe('status');
		expect(await notice().innerText()).toMatch(/You are offline\..*checkers still work/s);
		// Styled from the stored stylesheet: the notice has its border, the page its layout.
		expect(await notice().evaluate((element) => getComputedStyle(element).borderLeftWidth)).toBe('4px');
	});

	test.each(['light', 'dark'] as const)(
		'offline, the notice passes axe (WCAG 2.2 AA) in the %s theme',
		async (theme) => {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(url('document-quality/blurry-photo/'));
			await notice().waitFor();
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
			const results = await new AxeBuilder({ page })
				.include('#offline-notice')
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.setLegacyMode(true)
				.analyze();
			expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
			// The rules that checked it (colour contrast among them) ran on the notice itself.
			expect(results.passes.some((rule) => rule.id === 'color-contrast')).toBe(true);
			await page.emulateMedia({ colorScheme: 'light' });
		},
	);

	test('offline, the search answers from the stored index', async () => {
		await page.goto(url('search/?q=glare'));
		const first = page.locator('#search-results > li a').first();
		await first.waitFor({ timeout: 30_000 });
		expect(await first.getAttribute('href')).toContain(`${BASE}document-quality/glare/`);
	});

	test('offline, the search dialog (Ctrl K) answers too', async () => {
		await page.goto(url('stay-safe/'));
		await expect.poll(() => page.locator('button[data-open-modal]').isEnabled()).toBe(true);
		await page.keyboard.press('Control+k');
		const input = page.locator('#starlight__search input').first();
		await input.waitFor({ state: 'visible' });
		await input.fill('glare');
		const result = page.locator('#starlight__search .pagefind-ui__result-link').first();
		await result.waitFor({ timeout: 30_000 });
		expect(await result.getAttribute('href')).toContain(BASE);
		expect(errors).toEqual([]);
	});

	test('offline, the date checker compares two dates', async () => {
		await page.goto(url('checkers/date/'));
		await page.locator('.date-checker').scrollIntoViewIfNeeded();
		await page.getByLabel('Date on my account (as I typed it)').fill('1987-03-14');
		await page.getByLabel('Date on my ID (as printed)').fill('14 MAR/MARS 1987');
		await expect.poll(() => page.getByTestId('compare-result').innerText(), { timeout: 20_000 }).toMatch(/Same date/);
	});

	test('offline, the name checker compares two names', async () => {
		await page.goto(url('checkers/name/'));
		await page.locator('.name-matcher').scrollIntoViewIfNeeded();
		await page.getByLabel('Name on your exchange account').pressSequentially('Jose Garcia');
		await page.getByLabel('Name on your ID').pressSequentially('JOSÉ GARCÍA');
		await expect
			.poll(() => page.locator('.name-matcher [role="status"]').first().textContent(), { timeout: 20_000 })
			.toContain('Same name, written differently');
	});

	test('offline, the photo checker analyses a photo in its workers', async () => {
		const photo = existsSync(PHOTO) ? PHOTO : await drawnPhoto(join(dir, '..', `drawn-${Date.now()}.jpg`));
		await page.goto(url('checkers/photo/'));
		await page.waitForSelector('astro-island:not([ssr]) .photo-checker', { timeout: 20_000 });
		await page.locator('.photo-checker input[type="file"]:not([capture])').setInputFiles(photo);
		const verdict = page.locator('.photo-checker__verdict');
		await verdict.waitFor({ timeout: 60_000 });
		expect((await verdict.innerText()).trim()).not.toBe('');
		expect(errors).toEqual([]);
	});

	test('back online, a changed build is seen, and offline again the stored pages are the new version', async () => {
		// Deploy a changed page and its new service worker in place (what `npm run build` would write).
		const changed = join(dir, 'document-quality/glare/index.html');
		writeFileSync(changed, readFileSync(changed, 'utf8').replace(/<\/h1>/, ' (second edition)</h1>'));
		const home = join(dir, 'index.html');
		writeFileSync(home, readFileSync(home, 'utf8').replace(/<\/h1>/, ' (second edition)</h1>'));
		const before = readFileSync(join(dir, 'sw.js'), 'utf8');
		await writeServiceWorker(dir);
		expect(readFileSync(join(dir, 'sw.js'), 'utf8')).not.toBe(before);

		await setOnline(true);
		// Pages come from the network first: the reader sees the new version at once, and no notice.
		await page.goto(url('document-quality/glare/'));
		expect(await page.locator('h1').first().innerText()).toContain('second edition');
		await expect.poll(() => notice().count()).toBe(0);
		// The browser checks for a new worker on navigation (asked here too); it installs and takes over.
		await updateTo(home);

		await setOnline(false);
		// The home page was never opened in the new version: it comes from the new worker's store.
		await page.goto(url());
		expect(await page.locator('h1').first().innerText()).toContain('second edition');
		await page.goto(url('document-quality/glare/'));
		expect(await page.locator('h1').first().innerText()).toContain('second edition');
		await expect.poll(() => notice().isVisible()).toBe(true);
		// And the rest of the stored site still works: a checker page hydrates its island.
		await page.goto(url('checkers/date/'));
		await page.getByLabel('Date on my account (as I typed it)').fill('1990-01-12');
		await page.getByLabel('Date on my ID (as printed)').fill('12 JAN/JANV 1990');
		await expect.poll(() => page.getByTestId('compare-result').innerText(), { timeout: 20_000 }).toMatch(/Same date/);
		expect(errors).toEqual([]);
	});

	test('hashed files of the previous version stay stored for tabs opened before an update, and go one update later', async () => {
		await setOnline(true);
		await page.goto(url());
		const home = join(dir, 'index.html');
		/** Deploys a new version: the home page changed, and a new sw.js. */
		const deploy = async (edition: string) => {
			writeFileSync(home, readFileSync(home, 'utf8').replace(/<\/h1>/, ` (${edition})</h1>`));
			await writeServiceWorker(dir);
			await updateTo(home);
		};
		// The worker's cache of hashed files (src/offline/service-worker.ts).
		const hashed = () =>
			page.evaluate(async () =>
				(await (await caches.open('kyc-hashed')).keys()).map((request) => new URL(request.url).pathname),
			);
		const probe = '_astro/retention-probe.Xq3LbZ7p.js';

		writeFileSync(join(dir, probe), 'export const probe = 3;\n');
		await deploy('third edition');
		expect(await hashed()).toContain(`${BASE}${probe}`);
		// The next version no longer has it, but a tab of the last one may still ask for it.
		rmSync(join(dir, probe));
		await deploy('fourth edition');
		expect(await hashed()).toContain(`${BASE}${probe}`);
		// One more update, and it is gone; the current files are all there.
		await deploy('fifth edition');
		const stored = await hashed();
		expect(stored).not.toContain(`${BASE}${probe}`);
		const current = listFiles(dir).filter((file) => /^_astro\/.*\.(js|css)$/.test(file));
		expect(current.filter((file) => !stored.includes(`${BASE}${file}`))).toEqual([]);
		expect(errors).toEqual([]);
	});
});

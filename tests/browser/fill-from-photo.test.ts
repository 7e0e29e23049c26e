/**
 * "Fill from my document photo" on the name and date checkers, in Chromium with a real ID card photo
 * (../shared/fixtures/photos/pe_53_id-d.jpg, the back of a German ID card; skipped when absent).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, useSite } from './harness';

const PHOTOS = fileURLToPath(new URL('../../../shared/fixtures/photos/', import.meta.url));
const CARD = `${PHOTOS}pe_53_id-d.jpg`;
const hasPhotos = existsSync(CARD);
if (!hasPhotos) console.warn(`Fill-from-photo browser test: ${CARD} is absent, so it is skipped.`);
const READ = { timeout: 45_000, interval: 250 };

async function open(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('main astro-island').first().scrollIntoViewIfNeeded();
	await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

describeBrowser('Fill from my document photo', () => {
	const site = useSite();

	test.skipIf(!hasPhotos)('the name checker gets the name and the MRZ of the card', async () => {
		const page = await site.newPage();
		await open(page, site.url('checkers/name/'));
		await page.getByLabel(/fill from my document photo/i).setInputFiles(CARD);
		await expect.poll(() => page.locator('[data-fill-state]').getAttribute('data-fill-state'), READ).toBe('read');
		const mrz = page.locator('main textarea').first();
		await expect.poll(() => mrz.inputValue()).toContain('MUSTERMANN<<ERIKA');
		await expect
			.poll(() => page.locator('main input[type="text"], main input:not([type])').nth(1).inputValue())
			.toBe('ERIKA MUSTERMANN');
		expect(site.errors(page)).toEqual([]);
	});

	test.skipIf(!hasPhotos)('the validity checker gets the birth and expiry dates', async () => {
		const page = await site.newPage();
		await open(page, site.url('checkers/date/'));
		const validity = page.locator('form', { hasText: 'Is my document still valid?' });
		await validity.getByLabel(/fill from my document photo/i).setInputFiles(CARD);
		await expect.poll(() => validity.locator('[data-fill-state]').getAttribute('data-fill-state'), READ).toBe('read');
		await expect.poll(() => validity.getByLabel('Date of birth').inputValue()).toBe('1964-08-12');
		expect(await validity.getByLabel('Date of expiry').inputValue()).toBe('2020-10-31');
		expect(site.errors(page)).toEqual([]);
	});
});

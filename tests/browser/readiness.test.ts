/**
 * "Ready to submit?" in Chromium with real photos (../shared/fixtures/photos, skipped with a message
 * when absent): the MRZ is read in the worker as soon as a photo is chosen, shown line by line in
 * `data-mrz-lines` with its state in `data-mrz-status`, a correction updates the report, and a
 * photo without an MRZ says so. Every photo also gets a quality item (the photo scorer, run in the
 * same worker), with each problem linked to its article, and the country of residence is chosen by
 * its name, in the page's language.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, useSite } from './harness';
import { transcriptions } from '../../src/lib/mrz/testing/node-engine';

const PHOTOS = fileURLToPath(new URL('../../../shared/fixtures/photos/', import.meta.url));
const hasPhotos = existsSync(PHOTOS);
if (!hasPhotos) console.warn(`Readiness browser test: ${PHOTOS} is absent, so the real-photo cases are skipped.`);

/** Reading takes a few seconds on a busy two-core machine, engine download included. */
const READ = { timeout: 45_000, interval: 250 };

async function open(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('main astro-island').first().scrollIntoViewIfNeeded();
	await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

const status = (page: Page) =>
	page
		.locator('[data-mrz-status]')
		.first()
		.getAttribute('data-mrz-status')
		.catch(() => null);
const item = (page: Page, id: string) => page.locator(`[data-item="${id}"]`).getAttribute('data-status');
/** The photo item's problems as `problem → link`, once the photo is scored. */
const photoProblems = (page: Page) =>
	page
		.locator('[data-item="photo"] [data-problem]')
		.evaluateAll((items) =>
			items.map((li) => `${li.getAttribute('data-problem')} → ${li.querySelector('a')?.getAttribute('href') ?? ''}`),
		);

describeBrowser('Ready to submit?', () => {
	const site = useSite();

	test.skipIf(!hasPhotos)(
		'a German ID card (TD1): read at once, before any field is filled, then checked against the account',
		async () => {
			const page = await site.newPage();
			await open(page, site.url('checkers/ready/'));
			await page.getByLabel(/front of your ID card/i).setInputFiles(`${PHOTOS}pe_53_id-d.jpg`);
			// The photo's quality comes first, and is judged whatever it is (this is a sharp scan-like photo).
			await expect.poll(() => item(page, 'photo'), READ).toMatch(/^(pass|warn|fail)$/);
			await expect.poll(() => status(page), READ).toBe('read');
			const lines = await page.locator('[data-mrz-lines]').textContent();
			expect(lines!.split('\n')).toEqual(transcriptions().get('pe_53_id-d.jpg'));
			await page.getByLabel(/full name/i).fill('Erika Mustermann');
			await page.getByLabel(/date of birth/i).fill('12.08.1964');
			await expect.poll(() => item(page, 'name')).toBe('pass');
			await expect.poll(() => item(page, 'birth')).toBe('pass');
			// The specimen card expired on 31 October 2020.
			expect(await item(page, 'validity')).toBe('fail');
			// The country, chosen by its name: the list suggests it, and the card's D is Germany.
			const country = page.getByLabel(/country of residence/i);
			expect(await page.locator(`datalist#${await country.getAttribute('list')} option[value="Germany"]`).count()).toBe(
				1,
			);
			await country.fill('Germany');
			await expect.poll(() => item(page, 'country')).toBe('note');
			const note = await page.locator('[data-item="country"]').textContent();
			expect(note).toMatch(/issued by your country of residence/);
			expect(note).toMatch(/Document issued by: Germany\. Country of residence: Germany\./);
			// Another country: the note names both, and what was typed stays as typed.
			await country.fill('france');
			await expect
				.poll(() => page.locator('[data-item="country"]').textContent())
				.toMatch(/Country of residence: France\./);
			expect(await country.inputValue()).toBe('france');
			expect(site.errors(page)).toEqual([]);
		},
	);

	test.skipIf(!hasPhotos)('a passport (TD3): a corrected character updates the report', async () => {
		const page = await site.newPage();
		await open(page, site.url('checkers/ready/'));
		await page.getByLabel(/date of birth/i).fill('1986-05-10');
		await page.getByLabel(/passport page/i).setInputFiles(`${PHOTOS}pe_0_pass-lva.jpg`);
		await expect.poll(() => status(page), READ).toBe('read');
		await expect.poll(() => item(page, 'birth')).toBe('pass');
		// The photo item has its verdict, and each problem it names links to an article of the guide.
		expect(await item(page, 'photo')).toMatch(/^(pass|warn|fail)$/);
		for (const problem of await photoProblems(page)) expect(problem).toMatch(/ → \/[a-z-]+\/[a-z-]+\/$/);
		// The reader "corrects" the birth date's day: the check digit now fails and the date differs.
		const fix = page.getByLabel(/correct it here/i);
		const text = await fix.inputValue();
		await fix.fill(text.replace('8605102', '8605112'));
		await expect.poll(() => status(page)).toBe('uncertain');
		await expect.poll(() => item(page, 'birth')).toBe('fail');
	});

	test.skipIf(!hasPhotos)('a document without an MRZ says so and offers the checkers by hand', async () => {
		const page = await site.newPage();
		await open(page, site.url('checkers/ready/'));
		await page.getByLabel(/passport page/i).setInputFiles(`${PHOTOS}jscanify_test4.JPG`);
		await expect.poll(() => status(page), READ).toBe('not-found');
		expect(await item(page, 'mrz')).toBe('warn');
		// A photo without an MRZ is still scored: its quality item has a verdict.
		expect(await item(page, 'photo')).toMatch(/^(pass|warn|fail)$/);
		await expect(page.locator('[data-item="mrz"]').textContent()).resolves.toMatch(/No MRZ was found/);
	});

	test.skipIf(!hasPhotos)(
		'an unreadable photo (the ID card blurred beyond reading): the photo item fails on blur, linked to its article, and no MRZ is read',
		async () => {
			const page = await site.newPage();
			await open(page, site.url('checkers/ready/'));
			const blurred = await sharp(`${PHOTOS}pe_53_id-d.jpg`).blur(6).jpeg({ quality: 90 }).toBuffer();
			await page
				.getByLabel(/front of your ID card/i)
				.setInputFiles({ name: 'blurred.jpg', mimeType: 'image/jpeg', buffer: blurred });
			await expect.poll(() => item(page, 'photo'), READ).toBe('fail');
			expect(await photoProblems(page)).toContain('blurry → /document-quality/blurry-photo/');
			await expect.poll(() => status(page), READ).toMatch(/^(uncertain|not-found)$/);
			expect(await item(page, 'mrz')).toBe('warn');
		},
	);

	test('in Arabic, right to left: the country is chosen by its Arabic name', async () => {
		const page = await site.newPage();
		await open(page, site.url('ar/checkers/ready/'));
		const country = page.locator('.readiness input[list]');
		expect(await country.getAttribute('dir')).toBe('auto');
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		await country.fill('ألمانيا');
		await country.press('Tab');
		// Waiting for the document, not asked to choose again: the name was understood.
		await expect.poll(() => page.locator('[data-item="country"]').getAttribute('data-status')).toBe('todo');
		await expect(page.locator('[data-item="country"]').textContent()).resolves.toMatch(/بانتظار/);
		expect(await country.inputValue()).toBe('ألمانيا');
	});

	test('a file that is not a photo gets a clear message, and what was typed stays', async () => {
		const page = await site.newPage();
		await open(page, site.url('checkers/ready/'));
		await page.getByLabel(/full name/i).fill('Ana María');
		await page
			.getByLabel(/passport page/i)
			.setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not an image') });
		await expect
			.poll(
				() =>
					page
						.locator('main [role="alert"]')
						.textContent()
						.catch(() => ''),
				READ,
			)
			.toMatch(/could not be opened/);
		expect(await page.getByLabel(/full name/i).inputValue()).toBe('Ana María');
		await expect.poll(() => item(page, 'photo')).toBe('fail');
		await expect(page.locator('[data-item="photo"]').textContent()).resolves.toMatch(/could not be opened/);
	});
});

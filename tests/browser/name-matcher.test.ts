/**
 * Name-match tester in a real browser: typing two names shows the verdict and highlights the
 * differing characters; Enter never reloads; hidden characters are spelled out; the MRZ box reports
 * check digits. Run against a build: DIST_DIR=/tmp/names-dist npx vitest run --project browser
 * tests/browser/name-matcher.test.ts (after `astro build --outDir /tmp/names-dist`).
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, useSite } from './harness';

const ACCOUNT = 'Name on your exchange account';
const DOCUMENT = 'Name on your ID';

async function openTester(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('.name-matcher').scrollIntoViewIfNeeded();
	// Astro removes `ssr` from the island once it has hydrated.
	await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, {
		timeout: 15_000,
	});
}

describeBrowser('name-match tester', () => {
	const site = useSite();

	test('typing two names shows the verdict and highlights the accent', async () => {
		const page = await site.newPage();
		await openTester(page, site.url('checkers/name/'));
		await page.getByLabel(ACCOUNT).pressSequentially('Jose Garcia');
		await page.getByLabel(DOCUMENT).pressSequentially('JOSÉ GARCÍA');

		const status = page.getByRole('status');
		await expect
			.poll(() => status.textContent())
			.toContain('Same name, written differently. A strict check would fail.');
		const text = (await status.textContent()) ?? '';
		expect(text).toContain('your account has ‘Jose’, your ID ‘JOSÉ’');

		const marks = await status.locator('mark').allTextContents();
		expect(marks).toContain('É');
		expect(marks).toContain('e');
		expect(site.errors(page)).toEqual([]);
		expect(site.foreignRequests(page)).toEqual([]);
	});

	test('Enter does not reload the page or lose what was typed', async () => {
		const page = await site.newPage();
		await openTester(page, site.url('checkers/name/'));
		const account = page.getByLabel(ACCOUNT);
		await account.pressSequentially('Hans Müller');
		await account.press('Enter');
		await page.keyboard.press('Tab');
		await page.keyboard.type('MUELLER, HANS');
		await page.keyboard.press('Enter');
		expect(await account.inputValue()).toBe('Hans Müller');
		expect(await page.getByLabel(DOCUMENT).inputValue()).toBe('MUELLER, HANS');
		await expect.poll(() => page.getByRole('status').textContent()).toContain('Ü→UE');
	});

	test('an invisible character and a foreign letter are made visible', async () => {
		const page = await site.newPage();
		await openTester(page, site.url('checkers/name/'));
		await page.getByLabel(ACCOUNT).fill('Iv\u0430n Pe\u200Btrov');
		await page.getByLabel(DOCUMENT).fill('IVAN PETROV');
		const status = page.getByRole('status');
		await expect.poll(() => status.textContent()).toContain('[zero-width space U+200B]');
		expect(await status.textContent()).toContain('[Cyrillic а, looks like Latin a]');
	});

	test('the MRZ box reports its check digits and a cut-off name', async () => {
		const page = await site.newPage();
		await openTester(page, site.url('checkers/name/'));
		await page.getByLabel(ACCOUNT).fill('André Estevão Caçador de Araújo');
		await page.getByLabel(DOCUMENT).fill('ANDRÉ ESTEVÃO CAÇADOR DE ARAÚJO');
		// cheminfo/mrz td1.test.ts: Portuguese ID specimen PRT-BO-04001.
		await page
			.getByLabel('Machine-readable zone (optional)')
			.fill('I<PRT007666667<ZZ00<<<<<<<<<<<\n8303143M3405293PRT<<<<<<<<<<<4\nCACADOR<DE<ARAUJO<<ANDRE<ESTEV');
		const status = page.getByRole('status');
		await expect.poll(() => status.textContent()).toContain('Check digit for the date of birth: correct.');
		expect(await status.textContent()).toContain('probably cut short');
	});
});

describeBrowser('name-match tester results, accessibility', () => {
	const site = useSite();

	test.each(['light', 'dark'] as const)('has no axe violations with a result shown, %s theme', async (theme) => {
		const { default: AxeBuilder } = await import('@axe-core/playwright');
		const page = await site.newPage({ colorScheme: theme });
		await openTester(page, site.url('checkers/name/'));
		await page.getByLabel(ACCOUNT).fill('Dr. Jose Garc\u200Bia');
		await page.getByLabel(DOCUMENT).fill('GARCÍA LÓPEZ, JOSÉ');
		await expect.poll(() => page.getByRole('status').locator('mark').count()).toBeGreaterThan(0);
		const results = await new AxeBuilder({ page })
			.include('.name-matcher')
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		if (process.env.NAMES_SCREENSHOT)
			await page.locator('.name-matcher').screenshot({ path: `${process.env.NAMES_SCREENSHOT}-${theme}.png` });
	});
});

/**
 * The date checker island on /checkers/date/, in Chromium: type dates, read the verdict.
 * Run alone against a build in its own folder:
 *   astro build --outDir /tmp/dates-dist && DIST_DIR=/tmp/dates-dist npx vitest run --project browser tests/browser/date-checker.test.ts
 */
import { expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describeBrowser, useSite } from './harness';

async function openChecker(page: Page, url: string): Promise<void> {
	await page.goto(url);
	// client:visible: scroll the island into view and wait until Preact has hydrated it.
	await page.locator('.date-checker').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr]) .date-checker');
}

describeBrowser('date checker', () => {
	const site = useSite();

	test('the server-rendered page carries no verdict, only the empty status regions', async () => {
		const page = await site.newPage();
		await page.route('**/*.js', (route) => route.abort());
		await page.goto(site.url('checkers/date/'));
		const status = page.locator('.date-checker [role="status"]');
		expect(await status.count()).toBe(2);
		for (const text of await status.allInnerTexts()) expect(text.trim()).toBe('');
		expect(await page.locator('.date-checker').getAttribute('data-pagefind-ignore')).not.toBeNull();
	});

	test('US order in a month/day/year form vs the passport: same day only if reordered, and what to type', async () => {
		const page = await site.newPage();
		await openChecker(page, site.url('checkers/date/'));
		await page.getByLabel('My form asks for').selectOption('MDY');
		await page.getByLabel('Date on my account (as I typed it)').fill('03/04/1990');
		const documentField = page.getByLabel('Date on my ID (as printed)');
		await documentField.fill('3 APR/AVR 1990');
		// Enter must not submit or reload the page.
		await documentField.press('Enter');
		const result = page.getByTestId('compare-result');
		await expect.poll(() => result.innerText()).toMatch(/only if the dates are read differently/);
		const text = await result.innerText();
		expect(text).toMatch(/different order/);
		expect(text).toContain('4 March 1990');
		expect(text).toContain('3 April 1990');
		expect(text).toContain('1990-04-03');
		expect(text).toContain('04/03/1990');
		expect(await documentField.inputValue()).toBe('3 APR/AVR 1990');
		expect(site.errors(page)).toEqual([]);
		expect(site.foreignRequests(page)).toEqual([]);
	});

	test('the same date in two spellings is "same"', async () => {
		const page = await site.newPage();
		await openChecker(page, site.url('checkers/date/'));
		await page.getByLabel('Date on my account (as I typed it)').fill('1990-01-12');
		await page.getByLabel('Date on my ID (as printed)').fill('12 JAN/JANV 1990');
		await expect.poll(() => page.getByTestId('compare-result').innerText()).toMatch(/Same date/);
	});

	test('a bad input shows its message and keeps the typed text', async () => {
		const page = await site.newPage();
		await openChecker(page, site.url('checkers/date/'));
		const account = page.getByLabel('Date on my account (as I typed it)');
		await account.fill('12 Jamuary 1990');
		await page.getByLabel('Date on my ID (as printed)').fill('12/01/1990');
		await account.press('Enter');
		await expect
			.poll(() => page.locator('.date-checker__field-error').first().innerText())
			.toMatch(/not a month we know.*January/);
		expect(await account.inputValue()).toBe('12 Jamuary 1990');
		expect(await account.getAttribute('aria-invalid')).toBe('true');
		// The message is tied to the field for screen readers.
		const describedBy = (await account.getAttribute('aria-describedby')) ?? '';
		const errorId = await page.locator('.date-checker__field-error').first().getAttribute('id');
		expect(describedBy.split(' ')).toContain(errorId);
	});

	test('an expired document is reported, by keyboard alone', async () => {
		const page = await site.newPage();
		await openChecker(page, site.url('checkers/date/'));
		await page.getByLabel('Date of expiry').focus();
		await page.keyboard.type('2001-01-01');
		await expect.poll(() => page.getByTestId('validity-result').innerText()).toMatch(/Expired .* ago/);
		expect(await page.getByLabel('Date of expiry').inputValue()).toBe('2001-01-01');
	});

	test.each(['light', 'dark'] as const)(
		'with every kind of result shown, axe finds no WCAG 2.2 AA violation (%s theme)',
		async (theme) => {
			const page = await site.newPage({ colorScheme: theme });
			await openChecker(page, site.url('checkers/date/'));
			await page.getByLabel('My form asks for').selectOption('MDY');
			await page.getByLabel('Date on my account (as I typed it)').fill('03/04/1990');
			await page.getByLabel('Date on my ID (as printed)').fill('3 APR/AVR 1990');
			await page.getByLabel('Date of birth').fill('12 Jamuary 1990');
			await page.getByLabel('Date of expiry').fill('01/02/03');
			await expect.poll(() => page.getByTestId('validity-result').innerText()).toMatch(/Expired/);
			const results = await new AxeBuilder({ page })
				.include('.date-checker')
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.setLegacyMode(true)
				.analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
				[],
			);
		},
	);
});

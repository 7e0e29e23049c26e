import { expect, test } from 'vitest';
import { describeBrowser, useSite } from './harness';

/**
 * The page budget (tests/site/budgets.test.ts) counts Starlight's search UI, which loads on idle,
 * but not the query understanding, which the search UI fetches when the reader opens it.
 * This checks that the browser really behaves that way.
 */
describeBrowser('what an article page loads for search', () => {
	const site = useSite();

	test('the query understanding is fetched when the dialog opens, not with the page', async () => {
		const page = await site.newPage();
		await page.goto(site.url('document-quality/glare/'), { waitUntil: 'networkidle' });
		// Starlight fetches its search UI on idle; give it that moment.
		await expect.poll(() => site.requests(page).some((url) => /pagefind-ui-understanding/.test(url))).toBe(true);
		await page.waitForTimeout(500);
		const understanding = (urls: string[]) =>
			urls.filter((url) => /\/_astro\/search\.[^/]*\.js$|search-vocabulary\.json$/.test(url));
		expect(understanding(site.requests(page))).toEqual([]);

		await page.locator('button[data-open-modal]').first().click();
		await page.locator('#starlight__search input').fill('glaer');
		// The vocabulary, the query understanding and the small loader of the page's language's search data.
		await expect
			.poll(() => {
				const urls = understanding(site.requests(page));
				return [urls.some((url) => url.endsWith('search-vocabulary.json')), urls.length];
			})
			.toEqual([true, 3]);
		await expect.poll(() => page.locator('.search-understanding').innerText()).toMatch(/Showing results for glare/);
	});

	test('opening the dialog before its UI has loaded still puts focus in the search input', async () => {
		const page = await site.newPage();
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		// Hold back the search UI's download (Starlight starts it on idle), as a slow network would.
		let requested = false;
		await page.route(
			(url) => /pagefind-ui-understanding/.test(url.pathname),
			async (route) => {
				requested = true;
				await gate;
				await route.continue();
			},
		);
		await page.goto(site.url('document-quality/glare/'));
		const button = page.locator('button[data-open-modal]');
		await expect.poll(() => button.isEnabled()).toBe(true);
		// The reader opens the dialog while the UI is still downloading.
		await expect.poll(() => requested).toBe(true);
		await button.focus();
		await page.keyboard.press('Control+k');
		await expect
			.poll(() => page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open))
			.toBe(true);
		release();
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.matches('#starlight__search input') ?? false))
			.toBe(true);
	});
});

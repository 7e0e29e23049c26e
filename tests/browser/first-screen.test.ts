import { expect, test } from 'vitest';
import { describeBrowser, useSite } from './harness';

/** A small phone: what a stressed reader sees before touching the screen. */
const SMALL_PHONE = { width: 360, height: 640 };

describeBrowser('the home page on a small phone (360 × 640)', () => {
	const site = useSite();

	test.each(['light', 'dark'] as const)(
		'the search box "What did the rejection say?" is on the first screen, without scrolling (%s theme)',
		async (colorScheme) => {
			const page = await site.newPage({ viewport: SMALL_PHONE, colorScheme });
			await page.goto(site.url());
			const heading = page.getByRole('heading', { name: 'What did the rejection say?' });
			const input = page.locator('#home-search');
			const button = page.locator('form.search-form button[type="submit"]');
			await input.waitFor({ state: 'visible' });
			expect(await page.evaluate(() => window.scrollY)).toBe(0);
			for (const [name, locator] of [
				['heading', heading],
				['search box', input],
				['search button', button],
			] as const) {
				const box = await locator.boundingBox();
				expect(box, name).not.toBeNull();
				expect(box!.y, `${name} top`).toBeGreaterThanOrEqual(0);
				expect(box!.y + box!.height, `${name} bottom`).toBeLessThanOrEqual(SMALL_PHONE.height);
				expect(box!.x + box!.width, `${name} right edge`).toBeLessThanOrEqual(SMALL_PHONE.width);
			}
			expect(site.foreignRequests(page)).toEqual([]);
		},
	);

	test('typing in the first-screen box and pressing Enter opens the results', async () => {
		const page = await site.newPage({ viewport: SMALL_PHONE });
		await page.goto(site.url());
		await page.locator('#home-search').fill('proof of address rejected');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=proof/);
		const first = page.locator('main a[href*="/account-and-eligibility/proof-of-address/"]').first();
		await expect.poll(() => first.isVisible()).toBe(true);
	});
});

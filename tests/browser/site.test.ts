import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { FAILURE_CATEGORIES } from '../../src/lib/categories';
import { messages as en } from '../../src/i18n/site/en';
import { DIST_KYC_DIR } from '../support/dist';
import { describeBrowser, useSite } from './harness';

/** Opens Starlight's search dialog, types a query and returns the result links' hrefs. */
async function searchFor(page: Page, query: string): Promise<string[]> {
	const open = page.locator('button[data-open-modal]').first();
	await expect.poll(() => open.isEnabled()).toBe(true);
	await open.click();
	const input = page.locator('#starlight__search input[type="search"], #starlight__search input').first();
	await input.waitFor({ state: 'visible' });
	await input.fill(query);
	const links = page.locator('#starlight__search .pagefind-ui__result-link');
	await links.first().waitFor({ state: 'visible', timeout: 15_000 });
	return links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
}

describeBrowser('the guide at the root of a host', () => {
	const site = useSite();

	test('the home page renders its symptom finder and a card for every category', async () => {
		const page = await site.newPage();
		const response = await page.goto(site.url());
		expect(response?.status()).toBe(200);
		await expect.poll(() => page.locator('h1').first().textContent()).toMatch(/verification/i);
		const body = await page.locator('main').innerText();
		const cards = await page
			.locator('main a')
			.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
		for (const category of FAILURE_CATEGORIES) {
			expect(body).toContain(en.categories[category].label);
			expect(cards).toContain(`/${category}/`);
		}
		expect(site.errors(page)).toEqual([]);
		expect(site.foreignRequests(page)).toEqual([]);
	});

	test('searching "glare" lists the glare article', async () => {
		const page = await site.newPage();
		await page.goto(site.url());
		const hrefs = await searchFor(page, 'glare');
		expect(hrefs.some((href) => href.startsWith('/document-quality/glare/'))).toBe(true);
		expect(site.foreignRequests(page)).toEqual([]);
	});

	test('the search dialog corrects "glaer", says so, and links to the full results page', async () => {
		const page = await site.newPage();
		await page.goto(site.url('technical-issues/'));
		const hrefs = await searchFor(page, 'glaer');
		expect(hrefs[0]).toBe('/document-quality/glare/');
		const notice = page.locator('.search-understanding');
		await expect.poll(() => notice.innerText()).toMatch(/Showing results for glare/);
		const link = await notice.locator('a').getAttribute('href');
		expect(link).toBe('/search/?q=glaer');
		expect(site.foreignRequests(page)).toEqual([]);
	});

	test('an unknown address gets the 404 page with a way back', async () => {
		const page = await site.newPage();
		const response = await page.goto(site.url('no-such-page/'));
		expect(response?.status()).toBe(404);
		expect(await page.locator('main').innerText()).toMatch(/not found|404/i);
	});

	test('at 360 px wide, the menu opens and search works', async () => {
		const page = await site.newPage({ viewport: { width: 360, height: 740 } });
		await page.goto(site.url('document-quality/glare/'));
		// Nothing scrolls sideways on a small phone.
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		const menu = page
			.locator('starlight-menu-button button, button[popovertarget], button[aria-controls="starlight__sidebar"]')
			.first();
		await expect.poll(() => menu.isVisible()).toBe(true);
		await menu.click();
		const sidebarLink = page.locator('#starlight__sidebar a[href$="/information-mismatch/name/"]').first();
		await expect.poll(() => sidebarLink.isVisible()).toBe(true);
		await sidebarLink.click();
		await page.waitForURL(/\/information-mismatch\/name\/$/);
		const hrefs = await searchFor(page, 'glare');
		expect(hrefs.some((href) => href.startsWith('/document-quality/glare/'))).toBe(true);
	});
});

describeBrowser('the guide under the sub-path /kyc/', () => {
	const site = useSite({ dir: DIST_KYC_DIR, base: '/kyc/' });

	test('serves, navigates and searches under /kyc/', async () => {
		const page = await site.newPage();
		const response = await page.goto(site.url());
		expect(response?.status()).toBe(200);
		// Follow the first category link from the home page.
		const categoryLink = page.locator('main a[href*="document-quality/"]').first();
		await categoryLink.click();
		await page.waitForURL(/\/kyc\/document-quality\/$/);
		const hrefs = await searchFor(page, 'glare');
		expect(hrefs.some((href) => href.startsWith('/kyc/document-quality/glare/'))).toBe(true);
		// Every request stayed on the site and under the sub-path.
		const requests = site.requests(page).filter((url) => !url.startsWith('data:'));
		expect(requests.filter((url) => !url.startsWith(`${site.origin()}/kyc/`))).toEqual([]);
		expect(site.errors(page)).toEqual([]);
	});
});

import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { describeBrowser, useSite } from './harness';

/** Waits until the results page has answered and returns the result links' paths. */
async function results(page: Page): Promise<string[]> {
	await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 }).toMatch(/match/);
	return page
		.locator('#search-results > li')
		.evaluateAll((items) => items.map((li) => (li.querySelector('a') as HTMLAnchorElement).pathname));
}

describeBrowser('the search results page', () => {
	const site = useSite();

	test('/search/?q=glaer shows the glare article first and says what it corrected', async () => {
		const page = await site.newPage();
		await page.goto(site.url('search/?q=glaer'));
		const paths = await results(page);
		expect(paths[0]).toBe('/document-quality/glare/');
		await expect.poll(() => page.locator('#search-correction').innerText()).toMatch(/Showing results for glare/);
		expect(site.foreignRequests(page)).toEqual([]);
		expect(site.errors(page)).toEqual([]);
	});

	test('typing updates the results and the address, so the search can be shared', async () => {
		const page = await site.newPage();
		await page.goto(site.url('search/'));
		await page.locator('#search-query').fill('selfie too dark');
		const paths = await results(page);
		expect(paths.slice(0, 3)).toContain('/facial-verification/lighting/');
		expect(new URL(page.url()).searchParams.get('q')).toBe('selfie too dark');
	});

	test('the category filter keeps only that category', async () => {
		const page = await site.newPage();
		await page.goto(site.url('search/?q=photo&category=facial-verification'));
		const paths = await results(page);
		expect(paths.length).toBeGreaterThan(0);
		expect(paths.every((path) => path.startsWith('/facial-verification/'))).toBe(true);
	});

	test('with no result, it offers the categories and the checklist', async () => {
		const page = await site.newPage();
		await page.goto(site.url('search/?q=qwxzkjv'));
		await expect
			.poll(() => page.locator('#search-status').textContent(), { timeout: 15_000 })
			.toMatch(/No page matches/);
		await expect.poll(() => page.locator('#search-empty').isVisible()).toBe(true);
		const links = await page
			.locator('#search-empty a')
			.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
		expect(links).toContain('/before-you-start/');
		expect(links).toContain('/document-quality/');
		// What was typed stays in the box.
		expect(await page.locator('#search-query').inputValue()).toBe('qwxzkjv');
	});

	test.each(['light', 'dark'] as const)(
		'a page of results has no axe violation in the %s theme',
		async (colorScheme) => {
			const page = await site.newPage({ colorScheme });
			await page.goto(site.url('search/?q=glaer'));
			await results(page);
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.setLegacyMode(true)
				.analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		},
	);
});

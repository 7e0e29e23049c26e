import { expect, test } from 'vitest';
import { describeBrowser, useSite } from './harness';

/**
 * On a slow phone a reader may type before a checker's JavaScript arrives. What they typed must
 * survive hydration and be checked, not wiped. The island's code is held back until after typing.
 */
describeBrowser('text typed before a checker hydrates', () => {
	const site = useSite();

	test.each([
		// The date article embeds the "same date?" task; its first field is the account's date.
		{
			path: 'information-mismatch/date-of-birth/',
			island: 'DateChecker',
			text: '12/01/1990',
			other: '12 JAN/JANV 1990',
			result: /12 January 1990/,
		},
		{
			path: 'information-mismatch/name/',
			island: 'NameMatcher',
			text: 'José García',
			other: 'JOSE GARCIA',
			result: /accent|diacritic|strict/i,
		},
	])('is kept and checked on $path', async ({ path, island, text, other, result }) => {
		const page = await site.newPage();
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		await page.route(
			(url) => new RegExp(`${island}[^/]*\\.js$`).test(url.pathname),
			async (route) => {
				await gate;
				await route.continue();
			},
		);
		await page.goto(site.url(path), { waitUntil: 'domcontentloaded' });
		const field = page.locator('.checker-widget input').first();
		await field.scrollIntoViewIfNeeded();
		await field.fill(text);
		release();
		await expect.poll(() => page.locator('.checker-widget astro-island[ssr]').count()).toBe(0);
		expect(await field.inputValue()).toBe(text);
		// The checker compares two fields: fill the second after hydration and read the verdict,
		// which can only mention the first field's text if it was adopted.
		await page.locator('.checker-widget input').nth(1).fill(other);
		await expect.poll(() => page.locator('.checker-widget [role="status"]').first().innerText()).toMatch(result);
		expect(site.errors(page)).toEqual([]);
	});
});

/**
 * The date checker and the name-match tester hydrate with their UI only; their checking logic
 * (src/lib/dates, src/lib/names) is a chunk of its own, fetched when the reader starts using the
 * widget (src/components/use-lazy-module.ts). This test checks that the chunk is not fetched at
 * hydration, that a failed fetch (offline before first use) shows a message in the result region
 * and keeps what was typed, and that the next input, once the connection is back, gives a verdict.
 *   astro build --outDir /tmp/budget-dist && DIST_DIR=/tmp/budget-dist npx vitest run --project browser tests/browser/checker-loading.test.ts
 */
import { expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describeBrowser, useSite } from './harness';

const CASES = [
	{
		island: 'DateChecker',
		path: 'checkers/date/',
		widget: '.date-checker',
		first: 'Date on my account (as I typed it)',
		second: 'Date on my ID (as printed)',
		firstText: '1990-01-12',
		secondText: '12 JAN/JANV 1990',
		secondAgain: '12 JAN 1990',
		result: '[data-testid="compare-result"]',
		verdict: /Same date/,
	},
	{
		island: 'NameMatcher',
		path: 'checkers/name/',
		widget: '.name-matcher',
		first: 'Name on your exchange account',
		second: 'Name on your ID',
		firstText: 'Jose Garcia',
		secondText: 'JOSÉ GARCÍA',
		secondAgain: 'JOSÉ GARCÍA ',
		result: '.name-matcher__result',
		verdict: /Same name, written differently/,
	},
] as const;

/** The URL path of the chunk the island's component imports dynamically: its checking logic. */
async function logicChunk(page: Page, island: string): Promise<string> {
	const componentUrl = await page.locator(`astro-island[opts*='"${island}"']`).first().getAttribute('component-url');
	expect(componentUrl).toBeTruthy();
	const url = new URL(componentUrl!, page.url());
	const source = await (await fetch(url)).text();
	const imports = [...source.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map(
		(match) => new URL(match[1]!, url).pathname,
	);
	expect(imports, `${island}'s chunk imports its logic dynamically`).toHaveLength(1);
	return imports[0]!;
}

describeBrowser('checker logic loaded on first use', () => {
	const site = useSite();

	test.each(CASES)(
		'$island: not fetched at hydration; a failed fetch keeps the text and says so; the next input retries',
		async (c) => {
			const page = await site.newPage();
			await page.goto(site.url(c.path));
			await page.locator(c.widget).scrollIntoViewIfNeeded();
			await page.waitForSelector(`astro-island:not([ssr]) ${c.widget}`);

			const chunk = await logicChunk(page, c.island);
			const fetched = () => site.requests(page).filter((url) => new URL(url).pathname === chunk).length;
			expect(fetched(), 'the logic is not fetched when the island hydrates').toBe(0);

			// Offline before first use: the logic's request fails.
			let mode: 'abort' | 'hold' | 'pass' = 'abort';
			let release!: () => void;
			const held = new Promise<void>((resolve) => (release = resolve));
			await page.route(
				(url) => url.pathname === chunk,
				async (route) => {
					if (mode === 'abort') return route.abort('internetdisconnected');
					if (mode === 'hold') await held;
					return route.continue();
				},
			);

			const first = page.getByLabel(c.first, { exact: true });
			const second = page.getByLabel(c.second, { exact: true });
			await first.fill(c.firstText);
			await second.fill(c.secondText);
			const result = page.locator(c.result);
			const alert = result.getByRole('alert');
			await expect.poll(() => alert.count()).toBe(1);
			expect(await alert.innerText()).toMatch(/could not load its checking code.*What you typed is kept/s);
			expect(await first.inputValue()).toBe(c.firstText);
			expect(await second.inputValue()).toBe(c.secondText);
			expect(await result.innerText()).not.toMatch(c.verdict);
			expect(fetched()).toBeGreaterThan(0);
			const axe = await new AxeBuilder({ page })
				.include(c.widget)
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

			// Back online: the next input fetches again. While it loads the region says so, never blank.
			mode = 'hold';
			await second.fill(c.secondAgain);
			await expect.poll(() => result.innerText()).toMatch(/Checking…/);
			expect(await alert.count()).toBe(0);
			mode = 'pass';
			release();
			await expect.poll(() => result.innerText()).toMatch(c.verdict);
			expect(await alert.count()).toBe(0);
			expect(await first.inputValue()).toBe(c.firstText);
			expect(site.errors(page)).toEqual([]);
			expect(site.foreignRequests(page)).toEqual([]);
		},
	);

	test.each(CASES)('$island: focusing a field starts loading the logic, before anything is typed', async (c) => {
		const page = await site.newPage();
		await page.goto(site.url(c.path));
		await page.locator(c.widget).scrollIntoViewIfNeeded();
		await page.waitForSelector(`astro-island:not([ssr]) ${c.widget}`);
		const chunk = await logicChunk(page, c.island);
		const loaded = page.waitForResponse((response) => new URL(response.url()).pathname === chunk);
		await page.getByLabel(c.first, { exact: true }).focus();
		expect((await loaded).ok()).toBe(true);
	});
});

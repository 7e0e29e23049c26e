/**
 * Accessibility: axe-core over every built English page and a sample in every other enabled language
 * (tests/support/locales.ts), in the light and the dark theme, with the WCAG 2.0,
 * 2.1 and 2.2 A/AA rules (islands hydrated first, so the widgets are checked as readers meet them);
 * the keyboard path through the page chrome (skip link, search, sidebar); and, for every checker,
 * that Tab reaches each control in order, that results are announced in a live region and that
 * focus stays put. Each widget's own tests go deeper; 2.4.11 Focus Not Obscured and 1.4.10 Reflow
 * at 320 px are checked by hand.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, assertBuilt, listFiles } from '../support/dist';
import { browserSample } from '../support/locales';
import { localeOfPath } from '../../src/i18n/paths';
import { describeBrowser, useSite } from './harness';

/** The rule sets the site promises: WCAG 2.0, 2.1 and 2.2, levels A and AA (`target-size` is 2.2 AA). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const THEMES = ['light', 'dark'] as const;

/** The machines have two cores and often run a build beside the tests: poll generously. */
const POLL = { timeout: 10_000 };

assertBuilt(DIST_DIR);
/**
 * Every English page of the build, and in each other enabled language its checker pages and a fixed
 * sample (tests/support/locales.ts), as paths relative to the site's base: '', 'document-quality/glare/',
 * 'es/checkers/date/', '404.html'.
 */
const PAGES = browserSample(
	listFiles(DIST_DIR)
		.filter((file) => file.endsWith('.html'))
		.map((file) => file.replace(/(^|\/)index\.html$/, '$1')),
);

/** Scrolls every island into view so `client:visible` widgets hydrate, and waits until all have. */
async function hydrateIslands(page: Page): Promise<void> {
	const islands = page.locator('astro-island');
	for (let i = 0; i < (await islands.count()); i++) {
		// 'instant': the site scrolls smoothly, and a smooth scroll would still be on its way.
		await islands
			.nth(i)
			.evaluate((island) => island.firstElementChild?.scrollIntoView({ block: 'center', behavior: 'instant' }));
		// Astro removes the `ssr` attribute once an island has hydrated.
		await page.waitForFunction((element) => !element.hasAttribute('ssr'), await islands.nth(i).elementHandle(), {
			timeout: 15_000,
		});
	}
	await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
}

/** One line per failing element: rule, impact, what to fix, where. */
function describeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
	return violations.flatMap((violation) =>
		violation.nodes.map(
			(node) =>
				`${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, ' ') ?? ''}`,
		),
	);
}

describeBrowser('accessibility (axe, WCAG 2.2 AA)', () => {
	const site = useSite();

	describe.each(THEMES)('in the %s theme', (theme) => {
		// One page per theme, reused for every URL: a fresh context per URL would triple the run time.
		let page: Page;
		beforeAll(async () => {
			page = await site.newPage({ colorScheme: theme });
		});

		// Colours do not depend on the language: the dark theme runs the English pages only.
		test.each(theme === 'dark' ? PAGES.filter((path) => localeOfPath(path) === 'en') : PAGES)(
			'/%s has no violations',
			async (path) => {
				await page.goto(site.url(path));
				// Starlight picks the theme from `prefers-color-scheme` when none is stored.
				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
				await hydrateIslands(page);
				// Legacy mode runs axe in the page itself; the default opens a blank page per run to merge
				// frame results, which doubles the time, and these pages have no frames.
				const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
				expect(describeViolations(results.violations)).toEqual([]);
			},
		);
	});
});

describeBrowser('keyboard', () => {
	const site = useSite();

	/** Presses Tab until `matches` holds for the focused element; returns how many presses it took. */
	async function tabUntil(page: Page, matches: string, limit = 40): Promise<number> {
		for (let presses = 1; presses <= limit; presses++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, matches))
				return presses;
		}
		throw new Error(`Focus never reached ${matches} after ${limit} presses of Tab.`);
	}

	test('Tab from the top reaches the skip link, then search, then the sidebar; the skip link works', async () => {
		const page = await site.newPage();
		await page.goto(site.url('document-quality/glare/'));
		await expect.poll(() => page.locator('button[data-open-modal]').isEnabled(), POLL).toBe(true);

		// The first stop is the skip link, and it is visible when focused.
		await page.keyboard.press('Tab');
		const skip = page.locator(':focus');
		expect(await skip.getAttribute('href')).toBe('#_top');
		expect(await skip.isVisible()).toBe(true);

		const toSearch = await tabUntil(page, 'button[data-open-modal]');
		const toSidebar = await tabUntil(page, '#starlight__sidebar a');
		expect(toSearch + toSidebar).toBeLessThan(20);

		// Following the skip link takes the next Tab into the article, past the header and sidebar.
		await page.goto(site.url('document-quality/glare/'));
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => location.hash), POLL).toBe('#_top');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
	});

	test('Ctrl+K opens the search dialog with focus in its input; Escape closes it and focus returns to the button', async () => {
		const page = await site.newPage();
		await page.goto(site.url('document-quality/glare/'));
		const button = page.locator('button[data-open-modal]');
		await expect.poll(() => button.isEnabled(), POLL).toBe(true);
		await button.focus();

		await page.keyboard.press('Control+k');
		const dialog = page.locator('site-search dialog');
		await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open), POLL).toBe(true);
		// Pagefind's UI loads on idle; the input then takes focus.
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.matches('#starlight__search input') ?? false), POLL)
			.toBe(true);
		await page.keyboard.type('glare');

		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open), POLL).toBe(false);
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.matches('button[data-open-modal]') ?? false), POLL)
			.toBe(true);
	});

	test("the search button's name contains its visible shortcut, on Apple devices too", async () => {
		for (const [platform, name] of [
			['Linux x86_64', 'Search Ctrl+K'],
			['MacIntel', 'Search ⌘+K'],
		] as const) {
			const page = await site.newPage();
			await page.addInitScript(
				(value) => Object.defineProperty(Navigator.prototype, 'platform', { get: () => value }),
				platform,
			);
			await page.goto(site.url());
			const button = page.locator('button[data-open-modal]');
			expect(await button.getAttribute('aria-label')).toBe(name);
			expect((await button.innerText()).replace(/\s+/g, ' ').trim()).toBe(name.replace('+', ' '));
		}
	});
});

/** The checker pages and what to type into their text fields (the photo checker takes a file). */
const CHECKER_PAGES: Array<{ path: string; type?: string }> = [
	{ path: 'checkers/date/', type: '14/03/1987' },
	{ path: 'checkers/name/', type: 'Jürgen Müller' },
	{ path: 'checkers/photo/' },
];
const PHOTOS_DIR = join(import.meta.dirname, '../../../shared/fixtures/photos');
const PHOTO = existsSync(PHOTOS_DIR) ? readdirSync(PHOTOS_DIR).find((name) => /\.jpe?g$/i.test(name)) : undefined;

describeBrowser('the checkers by keyboard', () => {
	const site = useSite();

	describe.each(CHECKER_PAGES)('/$path', ({ path, type }) => {
		const built = existsSync(join(DIST_DIR, path, 'index.html'));
		if (!built) console.warn(`Keyboard check of /${path} skipped: the page is not built yet.`);

		test.skipIf(!built)('Tab from the top reaches every control of the widget, in order', async () => {
			const page = await site.newPage();
			await page.goto(site.url(path));
			await hydrateIslands(page);
			const count = await page.evaluate(() => {
				const controls = [
					...document.querySelectorAll(
						'main astro-island :is(input, select, textarea, button, a[href], [tabindex]:not([tabindex="-1"]))',
					),
				].filter((element) => !(element as HTMLInputElement).disabled && (element as HTMLElement).checkVisibility());
				controls.forEach((element, index) => element.setAttribute('data-keyboard-check', String(index)));
				return controls.length;
			});
			expect(count).toBeGreaterThan(0);
			const reached: number[] = [];
			for (let presses = 0; presses < 250 && reached.length < count; presses++) {
				await page.keyboard.press('Tab');
				const index = await page.evaluate(() => document.activeElement?.getAttribute('data-keyboard-check'));
				if (index != null && !reached.includes(Number(index))) reached.push(Number(index));
			}
			expect(reached).toEqual([...Array(count).keys()]);
		});

		test.skipIf(!built || (!type && !PHOTO))(
			'a result is announced in a live region, and focus stays where it was',
			async () => {
				const page = await site.newPage();
				await page.goto(site.url(path));
				await hydrateIslands(page);
				const regions = page.locator('main astro-island :is([role="status"], [role="alert"], [aria-live])');
				expect(await regions.count()).toBeGreaterThan(0);
				const before = (await regions.allTextContents()).join('|');
				let field = page.locator('main astro-island input').first();
				if (type) {
					// Every text field gets the value, typed key by key: some checkers answer once two fields are filled.
					const fields = page.locator('main astro-island :is(input[type="text"], input:not([type]), textarea)');
					for (let i = 0; i < (await fields.count()); i++) {
						field = fields.nth(i);
						await field.focus();
						await page.keyboard.type(type);
					}
				} else {
					field = page.locator('main astro-island input[type="file"]').first();
					await field.focus();
					await field.setInputFiles(join(PHOTOS_DIR, PHOTO!));
				}
				await expect
					.poll(async () => (await regions.allTextContents()).join('|'), { timeout: 30_000 })
					.not.toBe(before);
				const focusKept = await field.evaluate(
					(element) => document.activeElement === element || Boolean(document.activeElement?.closest('astro-island')),
				);
				expect(focusKept, 'focus is still on the field or inside the widget, never lost to the page').toBe(true);
			},
		);
	});
});

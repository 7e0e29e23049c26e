/**
 * Every enabled language other than English, in Chromium: its search page and the search dialog
 * search its own index (results are its pages) with its words; the language picker leads to the
 * same page in another language; Arabic lays out right to left; and nothing on its pages asks
 * another origin for anything. With English alone there is nothing to run (a message says so).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ENABLED_LOCALES, LOCALE_INFO } from '../../src/i18n/locales';
import { localePrefix } from '../../src/i18n/paths';
import { availableSiteTables, formatPlural } from '../../src/i18n/site';
import { queriesFileOf } from '../search/eval';
import { describeBrowser, useSite } from './harness';

const OTHERS = ENABLED_LOCALES.filter((locale) => locale !== 'en');
if (OTHERS.length === 0) {
	test('only English is enabled: no other language to run (ENABLED_LOCALES)', () => {
		expect(ENABLED_LOCALES).toEqual(['en']);
	});
}

/** The first query row of a language's evaluation set: a query a reader of the language would type, and its page. */
function firstQuery(locale: (typeof OTHERS)[number]): { query: string; expected: string } {
	const row = readFileSync(queriesFileOf(locale), 'utf8')
		.split(/\r?\n/)
		.filter((line) => line.trim() !== '' && !line.startsWith('#'))[1]!;
	const [query, expected] = row.split('\t');
	return { query: query!, expected: expected! };
}

/** The result links' paths of the results page, once it has answered. */
async function results(page: Page): Promise<string[]> {
	await expect.poll(() => page.locator('#search-results > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
	return page
		.locator('#search-results > li')
		.evaluateAll((items) => items.map((li) => (li.querySelector('a') as HTMLAnchorElement).pathname));
}

describeBrowser.each(OTHERS)('the guide in %s', (locale) => {
	const site = useSite();
	const prefix = localePrefix(locale);
	const { lang, dir } = LOCALE_INFO[locale];
	const t = availableSiteTables()[locale]!;

	test("the search page searches the language's index and says so in the language", async () => {
		const { query, expected } = firstQuery(locale);
		const page = await site.newPage();
		await page.goto(site.url(`${prefix}search/?q=${encodeURIComponent(query)}`));
		const paths = await results(page);
		expect(
			paths.every((path) => path.startsWith(`/${prefix}`)),
			paths.join(', '),
		).toBe(true);
		expect(paths.slice(0, 3)).toContain(`/${prefix}${expected}/`);
		const status = await page.locator('#search-status').innerText();
		const forms = [t.searchPage.results, t.searchPage.resultsReduced].map((message) =>
			formatPlural(message, paths.length, {}, lang),
		);
		expect(forms).toContain(status);
		expect(site.foreignRequests(page)).toEqual([]);
		expect(site.errors(page)).toEqual([]);
	});

	test("the search dialog lists the language's pages and links to its results page", async () => {
		const { query } = firstQuery(locale);
		const page = await site.newPage();
		await page.goto(site.url(`${prefix}stay-safe/`));
		const open = page.locator('button[data-open-modal]').first();
		await expect.poll(() => open.isEnabled()).toBe(true);
		await open.click();
		const input = page.locator('#starlight__search input').first();
		await input.waitFor({ state: 'visible' });
		await input.fill(query);
		const links = page.locator('#starlight__search .pagefind-ui__result-link');
		await links.first().waitFor({ state: 'visible', timeout: 15_000 });
		const paths = await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
		expect(
			paths.every((path) => path.startsWith(`/${prefix}`)),
			paths.join(', '),
		).toBe(true);
		const seeAll = page.locator('.search-understanding a');
		await expect.poll(() => seeAll.textContent()).toBe(t.searchDialog.seeAll);
		expect(new URL((await seeAll.getAttribute('href'))!, site.url()).pathname).toBe(`/${prefix}search/`);
		expect(site.errors(page)).toEqual([]);
	});

	test('the language picker leads to the same page in English, and back', async () => {
		const page = await site.newPage();
		await page.goto(site.url(`${prefix}document-quality/glare/`));
		expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
			lang,
			dir,
		]);
		const picker = page.locator('starlight-lang-select select').first();
		await picker.selectOption({ label: LOCALE_INFO.en.label });
		await page.waitForURL((url) => url.pathname === '/document-quality/glare/');
		await page.locator('starlight-lang-select select').first().selectOption({ label: LOCALE_INFO[locale].label });
		await page.waitForURL((url) => url.pathname === `/${prefix}document-quality/glare/`);
	});

	test.runIf(dir === 'rtl')('right to left: the sidebar is on the right and the text starts at the right', async () => {
		const page = await site.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(site.url(`${prefix}document-quality/glare/`));
		const layout = await page.evaluate(() => {
			const sidebar = document.querySelector('.sidebar-pane .sidebar-content')?.getBoundingClientRect();
			const paragraph = document.querySelector('main .sl-markdown-content p')!;
			return {
				sidebarLeft: sidebar?.left ?? 0,
				width: window.innerWidth,
				textAlign: getComputedStyle(paragraph).textAlign,
				direction: getComputedStyle(paragraph).direction,
			};
		});
		expect(layout.direction).toBe('rtl');
		expect(['start', 'right']).toContain(layout.textAlign);
		expect(layout.sidebarLeft).toBeGreaterThan(layout.width / 2);
	});
});

/**
 * The checkers in each enabled language, in Chromium: every text the islands show, from the first
 * paint through hydration to a result, is recorded as it changes, and none of it holds an English word
 * (beyond the allow-list and what the reader typed): so nothing flashes in English before the
 * language's words appear. English pages are checked for the reverse: their islands read English from
 * their data block. Runs for the languages in ENABLED_LOCALES, so it grows as they are enabled.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ENABLED_LOCALES, LOCALE_INFO, type Locale } from '../../src/i18n/locales';
import { messages as english } from '../../src/i18n/checkers/en';
import { serverMessages } from '../../src/i18n/checkers/tables';
import { flatten, wordsOf } from '../../src/i18n/checkers/testing/tables';
import { UNTRANSLATED_WORDS } from '../../src/i18n/checkers/untranslated';
import { describeBrowser, useSite } from './harness';

/** Each checker page, how to drive it to a result, and what the reader typed (allowed in any language). */
const PAGES: Array<{ path: string; root: string; fill: Record<string, string>; result?: string }> = [
	{
		path: 'checkers/date/',
		root: '.date-checker',
		fill: { '[id$="-account"]': '03/04/1990', '[id$="-document"]': '3 APR 1990', '[id$="-expiry"]': '01/01/2020' },
	},
	{
		path: 'checkers/name/',
		root: '.name-matcher',
		fill: { '[id$="-account"]': 'Jose Garcia', '[id$="-document"]': 'José García Lopez' },
	},
	{
		path: 'checkers/ready/',
		root: '.readiness',
		fill: { '[id$="-name"]': 'Jose Garcia', '[id$="-birth"]': '12/01/1990', '[id$="-country"]': 'ESP' },
		result: '.readiness__report',
	},
	{ path: 'checkers/photo/', root: '.photo-checker', fill: {} },
	{ path: 'checkers/selfie/', root: '.selfie-checker', fill: {} },
];

/** Records the islands' text at first paint and after every change, before any script of the page runs. */
function recordIslandText(): void {
	const seen: string[] = [];
	(window as unknown as { islandTexts: string[] }).islandTexts = seen;
	const take = () => {
		for (const island of document.querySelectorAll('astro-island')) {
			const labels = [...island.querySelectorAll('[aria-label], [alt], [title]')].map((el) =>
				['aria-label', 'alt', 'title'].map((name) => el.getAttribute(name) ?? '').join(' '),
			);
			const clone = island.cloneNode(true) as HTMLElement;
			for (const script of clone.querySelectorAll('script')) script.remove();
			seen.push(`${clone.textContent ?? ''} ${labels.join(' ')}`);
		}
	};
	new MutationObserver(take).observe(document, { subtree: true, childList: true, characterData: true });
	document.addEventListener('DOMContentLoaded', take);
}

async function visit(
	page: Page,
	url: string,
	{ root, fill, result = '[role="status"]' }: (typeof PAGES)[number],
): Promise<string> {
	await page.addInitScript(recordIslandText);
	await page.goto(url);
	await page.locator(root).scrollIntoViewIfNeeded();
	await page.waitForSelector(`astro-island:not([ssr]) ${root}`);
	for (const [selector, value] of Object.entries(fill)) await page.locator(`${root} ${selector}`).first().fill(value);
	if (Object.keys(fill).length > 0)
		await expect.poll(() => page.locator(`${root} ${result}`).first().innerText(), { timeout: 20_000 }).not.toBe('');
	return (await page.evaluate(() => (window as unknown as { islandTexts: string[] }).islandTexts)).join('\n');
}

/** The words of a message table. */
function tableWords(table: unknown): Set<string> {
	return new Set(
		[...flatten(table).values()]
			.flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)))
			.flatMap((text) => wordsOf((text ?? '').replace(/\{\w+\}/g, ' '))),
	);
}
const englishWords = tableWords(english);
const typed = new Set(PAGES.flatMap((p) => Object.values(p.fill)).flatMap((text) => wordsOf(text)));

describeBrowser('checkers per language', () => {
	const site = useSite();
	const others = ENABLED_LOCALES.filter((locale): locale is Exclude<Locale, 'en'> => locale !== 'en');

	test.each(PAGES)('English: $path hydrates with the words of its data block', async (checker) => {
		const { path, root } = checker;
		const page = await site.newPage();
		const text = await visit(page, site.url(path), checker);
		expect(await page.locator(`${root} script[data-checker-messages^="en:"]`).count()).toBe(1);
		expect(text.length).toBeGreaterThan(50);
		expect(site.errors(page)).toEqual([]);
	});

	test.skipIf(others.length === 0).each(others.flatMap((locale) => PAGES.map((p) => ({ locale, ...p }))))(
		'$locale: $path shows no English word, from the first paint to a result',
		async ({ locale, ...checker }) => {
			const { path, root } = checker;
			const page = await site.newPage();
			const text = await visit(page, site.url(`${locale}/${path}`), checker);
			// A word both languages share (Turkish "problem") is the translator's, not a leftover.
			const own = tableWords(serverMessages(locale));
			const found = [...new Set(wordsOf(text))].filter(
				(word) =>
					word.length > 1 &&
					englishWords.has(word) &&
					!own.has(word) &&
					!typed.has(word) &&
					!UNTRANSLATED_WORDS.has(word),
			);
			expect(text.length).toBeGreaterThan(50);
			expect(found).toEqual([]);
			expect(await page.locator(`${root} script[data-checker-messages^="${locale}:"]`).count()).toBe(1);
			// Right to left where the language is: the island lays out in the page's direction.
			const direction = await page.locator(root).evaluate((el) => getComputedStyle(el).direction);
			expect(direction).toBe(LOCALE_INFO[locale].dir);
			expect(site.errors(page)).toEqual([]);
			expect(site.foreignRequests(page)).toEqual([]);
		},
	);
});

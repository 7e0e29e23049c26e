/**
 * Printing an article (src/styles/print.css): the page chrome is gone, the steps are on the paper,
 * and each checker is a one-line note with the page's address.
 *
 * Two checks, because each catches what the other cannot: with print media emulated, what is
 * visible in the DOM (element by element); and the PDF Chromium prints, read back with
 * tests/support/pdf-text.ts (Chromium writes text as glyph ids behind compressed streams, so the
 * text is mapped back through each font's ToUnicode table before it is searched).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readPdfText, type PdfText } from '../support/pdf-text';
import { describeBrowser, useSite } from './harness';

const ARTICLE = 'document-quality/glare/';

/** Page chrome that must not print, by what it is. */
const CHROME: Record<string, string> = {
	header: '.page > header',
	'skip link': '.sl-skip-link',
	'search button': 'button[data-open-modal]',
	'theme switcher': 'starlight-theme-select',
	sidebar: '#starlight__sidebar',
	'table of contents': '.right-sidebar-container, mobile-starlight-toc',
	pagination: '.pagination-links',
};

/** The two forms of the checker wrapper (see print.css), with widget text that must not print. */
const WRAPPERS = `
	<section class="checker-widget" data-print-note="Use this checker online at NOTE-ADDRESS-ONE" id="print-test-a">
		<div class="widget-ui"><button type="button">Choose a photo WIDGET-UI-ONE</button></div>
	</section>
	<section class="checker-widget" data-print-note="unused" id="print-test-b">
		<div class="widget-ui"><label>Date of birth WIDGET-UI-TWO <input type="text"></label></div>
		<div class="print-only">Use this checker online at NOTE-ADDRESS-TWO</div>
	</section>`;

/** Text with all whitespace removed, so line breaks and kerning splits in the PDF do not matter. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** The "How to fix it" steps of the article, as the reader sees them. */
function fixSteps(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const heading = [...document.querySelectorAll('main h2')].find((h2) => h2.textContent?.trim() === 'How to fix it');
		let element = (heading?.closest('.sl-heading-wrapper') ?? heading)?.nextElementSibling;
		while (element && element.tagName !== 'OL') element = element.nextElementSibling;
		return element ? [...element.children].map((li) => (li as HTMLElement).innerText.trim()) : [];
	});
}

describeBrowser('printing an article', () => {
	const site = useSite();
	let page: Page;
	let steps: string[];
	let pdf: Buffer;
	let printed: PdfText;

	beforeAll(async () => {
		page = await site.newPage();
		await page.goto(site.url(ARTICLE));
		steps = await fixSteps(page);
		// Embed both wrapper forms after the steps, the way an article embeds a checker.
		await page.evaluate(
			(html) => document.querySelector('.sl-markdown-content')!.insertAdjacentHTML('beforeend', html),
			WRAPPERS,
		);
		await page.emulateMedia({ media: 'print' });
		pdf = await page.pdf({ format: 'A4', printBackground: false });
		printed = readPdfText(pdf);
	});

	test('the article has steps to check for', () => {
		expect(steps.length).toBeGreaterThanOrEqual(3);
	});

	describe('with print media', () => {
		test.each(Object.entries(CHROME))('the %s is hidden', async (_what, selector) => {
			const visible = await page
				.locator(selector)
				.evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).checkVisibility()).length);
			expect(visible).toBe(0);
		});

		test('the title and every step are visible', async () => {
			expect(await page.locator('main h1').first().isVisible()).toBe(true);
			const shown = await page
				.locator('main ol > li')
				.evaluateAll((items) =>
					items.filter((li) => (li as HTMLElement).checkVisibility()).map((li) => (li as HTMLElement).innerText.trim()),
				);
			for (const step of steps) expect(shown).toContain(step);
		});

		test('each checker is replaced by its one-line note', async () => {
			for (const id of ['print-test-a', 'print-test-b']) {
				expect(await page.locator(`#${id} .widget-ui`).isVisible(), `${id}: the widget is hidden`).toBe(false);
				expect(await page.locator(`#${id}`).isVisible(), `${id}: the wrapper shows`).toBe(true);
			}
			const note = await page
				.locator('#print-test-a')
				.evaluate((element) => getComputedStyle(element, '::after').content);
			expect(note).toContain('NOTE-ADDRESS-ONE');
			expect(await page.locator('#print-test-b .print-only').isVisible()).toBe(true);
			// The form with its own note does not print the attribute as well.
			expect(
				await page.locator('#print-test-b').evaluate((element) => getComputedStyle(element, '::after').content),
			).toBe('none');
		});

		test('real checkers on the page follow the same rule', async () => {
			const real = page.locator('.checker-widget:not([id^="print-test"])');
			for (const widget of await real.all()) {
				const interactive = await widget
					.locator('input, button, select, textarea')
					.evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).checkVisibility()).length);
				expect(interactive).toBe(0);
			}
		});
	});

	describe('the PDF Chromium prints', () => {
		test('is a PDF of a sensible length', () => {
			expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
			expect(printed.pages).toBeGreaterThanOrEqual(1);
			expect(printed.pages).toBeLessThanOrEqual(6);
		});

		test('has the title and every "How to fix it" step', () => {
			// Links to other sites print their address after the link text; leave those out to compare.
			const text = squash(printed.text.join('\n')).replace(/\(https?:[^)]*\)/g, '');
			expect(text).toContain(squash('Glare and reflections'));
			for (const step of steps) expect(text).toContain(squash(step));
		});

		test('has the checker notes and none of the widgets or page chrome', () => {
			const text = printed.text.join('\n');
			expect(text).toContain('NOTE-ADDRESS-ONE');
			expect(text).toContain('NOTE-ADDRESS-TWO');
			for (const absent of ['WIDGET-UI-ONE', 'WIDGET-UI-TWO', 'Skip to content', 'On this page', 'Start here']) {
				expect(squash(text)).not.toContain(squash(absent));
			}
		});
	});
});

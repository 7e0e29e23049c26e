/**
 * The example photos and diagrams in the articles (src/components/figures, src/components/diagrams),
 * as a reader on a phone meets them:
 * - at most 150 kB of images is transferred while an article is scrolled to its end on a 390 px
 *   phone at 3 device pixels per CSS pixel (an iPhone 12 to 15), the photos' formats and widths chosen
 *   by the browser from the <picture>;
 * - the photos are lazy and have their size before they load, so nothing moves when they arrive;
 * - every word drawn in a diagram contrasts with the page (WCAG 1.4.3, 4.5 : 1) in both themes;
 * - a figure prints: its photos and caption are in the PDF.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST_DIR, assertBuilt } from '../support/dist';
import { readPdfText } from '../support/pdf-text';
import { describeBrowser, useSite } from './harness';

/** The budget the issue sets: image bytes transferred by one article, scrolled to its end. */
const IMAGE_BUDGET_BYTES = 150 * 1024;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 };

assertBuilt(DIST_DIR);
/** Every built page whose HTML has `marker`, as a path relative to the base ('document-quality/glare/'). */
function pagesWith(marker: string, dir = DIST_DIR, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		const path = `${prefix}${entry.name}`;
		if (entry.isDirectory()) return pagesWith(marker, dir, `${path}/`);
		if (entry.name !== 'index.html') return [];
		return readFileSync(join(dir, path), 'utf8').includes(marker) ? [prefix] : [];
	});
}
const PAGES = pagesWith('class="example-figure');
const DIAGRAM_PAGES = pagesWith('class="diagram');

/** Scrolls to the end of the page a screen at a time, as a reader would, and waits for what that loads. */
async function scrollToEnd(page: Page): Promise<void> {
	for (let step = 0; step < 60; step++) {
		const atEnd = await page.evaluate(() => {
			window.scrollBy({ top: window.innerHeight * 0.8, behavior: 'instant' });
			return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
		});
		await page.waitForTimeout(50);
		if (atEnd) break;
	}
	await page.waitForLoadState('networkidle');
}

/** Relative luminance of a CSS `rgb()`/`rgba()` colour (WCAG 2.2). */
function luminance(colour: string): number {
	const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
		const c = Number(v) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string): number => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
};

describeBrowser('example figures and diagrams', () => {
	const site = useSite();

	const transferred: string[] = [];
	afterAll(() => console.log(`Image bytes transferred, scrolled to the end at 390 px × 3:\n${transferred.join('\n')}`));

	test('the articles with figures and diagrams are found in the build', () => {
		// Nine articles, the home page and "Before you start"; five articles with diagrams.
		expect(PAGES.length).toBeGreaterThanOrEqual(11);
		expect(DIAGRAM_PAGES.length).toBeGreaterThanOrEqual(5);
	});

	describe.each(PAGES)('/%s on a 390 px phone', (path) => {
		test('transfers at most 150 kB of images when scrolled to its end', async () => {
			const context = await site.browser().newContext(PHONE);
			try {
				const page = await context.newPage();
				const images: Array<{ url: string; bytes: number }> = [];
				const pending: Promise<void>[] = [];
				page.on('requestfinished', (request) => {
					if (request.resourceType() !== 'image') return;
					pending.push(
						request.sizes().then((sizes) => {
							images.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
						}),
					);
				});
				await page.goto(site.url(path));
				// Every photo below the first screen waits for the reader to come near it.
				const eagerBelowFold = await page.$$eval(
					'.example-figure img',
					(imgs) =>
						(imgs as HTMLImageElement[]).filter(
							(img) => img.getBoundingClientRect().top > window.innerHeight && img.loading !== 'lazy',
						).length,
				);
				expect(eagerBelowFold).toBe(0);
				await scrollToEnd(page);
				await Promise.all(pending);
				const photos = images.filter((image) => image.url.includes('/_astro/'));
				const figureCount = await page.locator('.example-figure img').count();
				// Every photo of every figure arrived, once, in a modern format.
				expect(photos.length).toBe(figureCount);
				for (const photo of photos) expect(photo.url).toMatch(/\.avif$/);
				const total = images.reduce((sum, image) => sum + image.bytes, 0);
				transferred.push(`  /${path.padEnd(40)} ${(total / 1024).toFixed(1)} kB in ${images.length} images`);
				expect(total, images.map((i) => `${i.bytes} ${i.url}`).join('\n')).toBeLessThanOrEqual(IMAGE_BUDGET_BYTES);
			} finally {
				await context.close();
			}
		});

		test('photos keep their size from before they load (no layout shift)', async () => {
			const context = await site.browser().newContext(PHONE);
			try {
				const page = await context.newPage();
				// Hold every photo back, so the layout is measured before any has arrived.
				let release: () => void = () => {};
				const held = new Promise<void>((resolve) => (release = resolve));
				await page.route('**/_astro/*.{avif,webp,jpg}', async (route) => {
					await held;
					await route.continue();
				});
				await page.goto(site.url(path));
				const boxes = () =>
					page.$$eval('.example-figure img', (imgs) =>
						imgs.map((img) => Math.round(img.getBoundingClientRect().height)),
					);
				const before = await boxes();
				for (const height of before) expect(height).toBeGreaterThan(50);
				release();
				await scrollToEnd(page);
				await page.waitForFunction(() =>
					[...document.querySelectorAll<HTMLImageElement>('.example-figure img')].every((img) => img.complete),
				);
				expect(await boxes()).toEqual(before);
			} finally {
				await context.close();
			}
		});
	});

	describe.each(['light', 'dark'] as const)('diagrams in the %s theme', (theme) => {
		test.each(DIAGRAM_PAGES)('/%s: every word drawn contrasts with the page', async (path) => {
			const page = await site.newPage({ colorScheme: theme });
			await page.goto(site.url(path));
			const texts = await page.$$eval('.diagram svg text', (nodes) =>
				nodes.map((node) => ({ text: node.textContent ?? '', fill: getComputedStyle(node).fill })),
			);
			const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			expect(texts.length).toBeGreaterThan(0);
			for (const { text, fill } of texts) {
				expect(contrast(fill, background), `"${text}" in ${fill} on ${background}`).toBeGreaterThanOrEqual(4.5);
			}
		});
	});

	test('a figure prints: its photos and its caption are on the paper', async () => {
		const page = await site.newPage();
		await page.goto(site.url('document-quality/glare/'));
		await page.emulateMedia({ media: 'print' });
		// Lazy photos load for printing as they do for scrolling: bring the figure into view, as Chromium's print does.
		await page.locator('.example-figure').scrollIntoViewIfNeeded();
		await page.waitForFunction(() =>
			[...document.querySelectorAll<HTMLImageElement>('.example-figure img')].every(
				(img) => img.complete && img.naturalWidth > 0,
			),
		);
		expect(await page.locator('.example-figure').isVisible()).toBe(true);
		const pdf = await page.pdf({ format: 'A4' });
		const images = pdf.toString('latin1').match(/\/Subtype\s*\/Image/g) ?? [];
		expect(images.length).toBeGreaterThanOrEqual(2);
		const caption = (await page.locator('.example-figure figcaption').innerText()).replace(/\s+/g, '');
		const printed = readPdfText(pdf);
		expect(printed.text.join('').replace(/\s+/g, '')).toContain(caption.slice(0, 40));
	});
});

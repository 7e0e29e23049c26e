/**
 * "Nothing you type or choose leaves your device", checked in Chromium:
 * - the Content-Security-Policy blocks nothing the site itself needs (no `securitypolicyviolation`
 *   while loading every page, switching the theme and searching), so it can stay strict;
 * - each checker, used with real input, makes no request to another origin and no request that
 *   carries what was typed or chosen.
 * A checker whose page is not built yet is skipped with a note, and checked as soon as it exists.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { DIST_DIR, assertBuilt, listFiles } from '../support/dist';
import { browserSample } from '../support/locales';
import { describeBrowser, useSite, watchCsp } from './harness';

assertBuilt(DIST_DIR);
/** Every English page; in each other enabled language, its checker pages and a sample (tests/support/locales.ts). */
const PAGES = browserSample(
	listFiles(DIST_DIR)
		.filter((file) => file.endsWith('.html'))
		.map((file) => file.replace(/(^|\/)index\.html$/, '$1')),
);

/** The machines have two cores and often run a build beside the tests: poll generously. */
const POLL = { timeout: 10_000 };

describeBrowser('the Content-Security-Policy in the browser', () => {
	const site = useSite();

	test('loading every page raises no CSP violation', async () => {
		const page = await site.newPage();
		const violations = await watchCsp(page);
		for (const path of PAGES) {
			await page.goto(site.url(path));
			await page.waitForLoadState('load');
		}
		expect(violations).toEqual([]);
		expect(site.errors(page)).toEqual([]);
	});

	test("Starlight's inline scripts run: the theme follows the system and the choice persists", async () => {
		// The HTML ships data-theme="dark"; only the (hashed) inline ThemeProvider script turns it light.
		const page = await site.newPage({ colorScheme: 'light' });
		const violations = await watchCsp(page);
		await page.goto(site.url('document-quality/glare/'));
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');

		await page.locator('starlight-theme-select select').first().selectOption('dark');
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme), POLL).toBe('dark');
		await page.reload();
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		// Our own inline script (Search.astro) ran too.
		expect(await page.locator('button[data-open-modal]').getAttribute('aria-label')).toMatch(/^Search .+K$/);
		expect(violations).toEqual([]);
	});

	test('searching raises no CSP violation', async () => {
		const page = await site.newPage();
		const violations = await watchCsp(page);
		await page.goto(site.url('document-quality/glare/'));
		await expect.poll(() => page.locator('button[data-open-modal]').isEnabled(), POLL).toBe(true);
		await page.keyboard.press('Control+k');
		const input = page.locator('#starlight__search input').first();
		await input.waitFor({ state: 'visible' });
		await input.fill('glare');
		await page.locator('#starlight__search .pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		expect(violations).toEqual([]);
		expect(site.foreignRequests(page)).toEqual([]);
	});
});

/** What a checker is given, by the label of the field it goes in. Real-looking, and distinctive enough to find in a request. */
interface CheckerUse {
	path: string;
	/** Label text (a pattern) to the value typed into that field. */
	fields: Array<[RegExp, string]>;
	/** Whether the checker takes a photo. */
	photo?: boolean;
	/** The photo to give it, when a particular one is needed (default: the first JPEG). */
	photoFile?: string;
	/** Strings that must not appear in any request URL or body (besides the typed values). */
	secrets?: string[];
}

const CHECKERS: CheckerUse[] = [
	{
		path: 'checkers/date/',
		fields: [
			[/account/i, '14/03/1987'],
			[/on my id/i, '14 MAR/MARS 1987'],
			[/birth/i, '1987-03-14'],
			[/issue/i, '02.11.2019'],
			[/expiry/i, '01 NOV 2029'],
		],
	},
	{
		path: 'checkers/name/',
		fields: [
			[/account/i, 'Jürgen Müller-Lüdenscheidt'],
			[/on your id|document/i, 'MUELLER-LUEDENSCHEIDT JUERGEN'],
			// An ICAO TD3 layout (Doc 9303 Part 4) with this name; the check digits need not be right.
			[
				/machine-readable|mrz/i,
				'P<UTOMUELLER<LUEDENSCHEIDT<<JUERGEN<<<<<<<<<<<\nL898902C36UTO8703149M2911015ZE184226B<<<<<10',
			],
		],
		secrets: ['LUEDENSCHEIDT', 'Lüdenscheidt', 'L898902C3'],
	},
	{ path: 'checkers/photo/', fields: [], photo: true },
	{
		path: 'checkers/ready/',
		fields: [
			[/full name/i, 'Erika Mustermann'],
			[/date of birth/i, '12.08.1964'],
			[/country of residence/i, 'DEU'],
		],
		photo: true,
		// A German ID card's back (TD1): its MRZ is read, and must not travel either.
		photoFile: 'pe_53_id-d.jpg',
		secrets: ['MUSTERMANN', 'T22000129', '6408125'],
	},
];

/** The labelled photos the checkers are tried with (see ../shared/fixtures/photos/README.md). */
const PHOTOS_DIR = join(import.meta.dirname, '../../../shared/fixtures/photos');
const PHOTO = existsSync(PHOTOS_DIR) ? readdirSync(PHOTOS_DIR).find((name) => /\.jpe?g$/i.test(name)) : undefined;

/** Every form of a string that could travel in a URL or a body. */
function encodings(value: string): string[] {
	const forms = new Set([
		value,
		encodeURIComponent(value),
		encodeURI(value),
		value.replace(/ /g, '+'),
		encodeURIComponent(value).replace(/%20/g, '+'),
	]);
	for (const line of value.split('\n')) if (line.length >= 8) forms.add(line);
	return [...forms].filter((form) => form.length >= 4);
}

describeBrowser('the checkers keep what you type and choose on your device', () => {
	const site = useSite();

	describe.each(CHECKERS)('$path', (checker) => {
		const built = existsSync(join(DIST_DIR, checker.path, 'index.html'));
		if (!built) console.warn(`Privacy check of /${checker.path} skipped: the page is not built yet.`);
		if (checker.photo && !PHOTO) console.warn(`Privacy check of /${checker.path} skipped: no photos in ${PHOTOS_DIR}.`);

		let page: Page;
		let after: Request[];
		let secrets: string[];
		let violations: string[];

		beforeAll(async () => {
			if (!built || (checker.photo && !PHOTO)) return;
			page = await site.newPage();
			violations = await watchCsp(page);
			after = [];
			await page.goto(site.url(checker.path));
			// Bring the widget into view so a `client:visible` island hydrates, then wait for it.
			await page
				.locator('main astro-island')
				.first()
				.scrollIntoViewIfNeeded()
				.catch(() => {});
			await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, POLL);
			// From here on, every request is made while the reader's data is on the page.
			page.on('request', (request) => after.push(request));

			secrets = [...(checker.secrets ?? [])];
			for (const [label, value] of checker.fields) {
				const field = page
					.locator('main')
					.getByLabel(label)
					.and(page.locator('input:not([type="file"]), textarea'))
					.first();
				if ((await field.count()) === 0) continue;
				await field.fill(value);
				await field.press('Tab');
				secrets.push(value);
			}
			if (checker.photo && PHOTO) {
				const photo = checker.photoFile ?? PHOTO;
				await page.locator('main input[type="file"]').first().setInputFiles(join(PHOTOS_DIR, photo));
				secrets.push(photo, basename(photo, '.jpg'));
			}
			// Let the checker finish: its result regions say something other than "working on it…".
			await page.waitForFunction(
				() =>
					[...document.querySelectorAll('main [role="status"]')].some((region) => {
						const text = region.textContent!.trim();
						return text !== '' && !text.endsWith('…');
					}),
				undefined,
				{ timeout: 45_000 },
			);
			await page.waitForLoadState('networkidle');
		});

		test.skipIf(!built || (checker.photo && !PHOTO))('the checker was given real input', () => {
			expect(secrets.length).toBeGreaterThan(checker.photo ? 0 : 1);
		});

		test.skipIf(!built || (checker.photo && !PHOTO))('the CSP blocked nothing the checker needed', () => {
			expect(violations).toEqual([]);
			expect(site.errors(page)).toEqual([]);
		});

		test.skipIf(!built || (checker.photo && !PHOTO))('no request went to another origin', () => {
			expect(site.foreignRequests(page)).toEqual([]);
		});

		test.skipIf(!built || (checker.photo && !PHOTO))('no request carried what was typed or chosen', () => {
			const leaks = after.flatMap((request) => {
				const url = decodeURIComponent(request.url());
				const body = request.postDataBuffer()?.toString('latin1') ?? '';
				return secrets
					.flatMap(encodings)
					.filter((form) => url.includes(form) || request.url().includes(form) || body.includes(form))
					.map((form) => `${request.method()} ${request.url()} carries "${form}"`);
			});
			expect(leaks).toEqual([]);
			// A static site has nothing to send: after the input, only GETs of the site's own files.
			expect(
				after.filter((request) => request.method() !== 'GET').map((request) => `${request.method()} ${request.url()}`),
			).toEqual([]);
		});
	});
});

/**
 * The shared browser-test harness: Debian's Chromium driven by playwright-core, against a built
 * site served on loopback.
 *
 * Usage in a test file:
 *
 *   import { describe, test, expect, beforeAll, afterAll } from 'vitest';
 *   import { useSite, describeBrowser } from './harness';
 *   describeBrowser('date checker', () => {
 *     const site = useSite();                 // serves DIST_DIR (default dist/) at /
 *     test('…', async () => {
 *       const page = await site.newPage();   // a fresh page; every request is recorded
 *       await page.goto(site.url('checkers/date/'));
 *       …
 *       expect(site.foreignRequests(page)).toEqual([]);
 *     });
 *   });
 *
 * `useSite({ dir: DIST_KYC_DIR, base: '/kyc/' })` serves the sub-path build. Set `DIST_DIR` to test
 * another build folder. Without Chromium the suite is skipped with a message, except in CI
 * (`CI=true`), where a missing browser is an error.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DIST_DIR, assertBuilt } from '../support/dist';
import { serveStatic, type StaticServer } from '../support/serve';

/** Where Chromium is: `CHROMIUM_PATH`, or Debian's package. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const hasChromium = existsSync(CHROMIUM_PATH);
if (!hasChromium && process.env.CI) {
	throw new Error(`Chromium not found at ${CHROMIUM_PATH}. .ci/run installs it with apt-get install -y chromium.`);
}
if (!hasChromium) {
	console.warn(
		`Browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH).`,
	);
}

/** `describe`, skipped with a message when no Chromium is installed outside CI. */
export const describeBrowser = hasChromium ? describe : describe.skip;

/** The flags every launch uses: headless, and no background traffic to Google's hosts. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-quic',
];

/** Starts Chromium. Close it when done. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface SiteOptions {
	/** The built site's folder; defaults to `DIST_DIR`. */
	dir?: string;
	/** The base path it was built for; defaults to `/`. */
	base?: string;
	/** Viewport of new pages; defaults to a desktop 1280 × 800. */
	viewport?: { width: number; height: number };
	/** `prefers-color-scheme` of new pages. */
	colorScheme?: 'light' | 'dark';
	/** Send the build's `_headers` (its CSP and the rest) as a host like Netlify would. */
	headers?: boolean;
}

export interface Site {
	/** An absolute URL for a path relative to the site's base: `url('checkers/date/')`. */
	url(path?: string): string;
	/** The loopback origin the site is served from. */
	origin(): string;
	/** A new page in a fresh context; its requests are recorded. */
	newPage(options?: Pick<SiteOptions, 'viewport' | 'colorScheme'>): Promise<Page>;
	/** Every URL the page requested, in order. */
	requests(page: Page): string[];
	/** Uncaught errors thrown in the page so far (should always be empty). */
	errors(page: Page): string[];
	/** The requested URLs that left the site's origin (should always be empty). */
	foreignRequests(page: Page): string[];
	/** The browser, for anything else. */
	browser(): Browser;
}

/** Serves a built site and launches Chromium for the enclosing `describe`, closing both after it. */
export function useSite(options: SiteOptions = {}): Site {
	const dir = options.dir ?? DIST_DIR;
	const base = options.base ?? '/';
	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	const contexts: BrowserContext[] = [];
	const log = new WeakMap<Page, string[]>();
	const pageErrors = new WeakMap<Page, string[]>();

	beforeAll(async () => {
		assertBuilt(dir);
		server = await serveStatic(dir, base, { headers: options.headers ?? false });
		browser = await launchChromium();
	});
	afterAll(async () => {
		for (const context of contexts) await context.close().catch(() => {});
		await browser?.close();
		await server?.close();
	});

	const ready = () => {
		if (!server || !browser) throw new Error('useSite() is used outside its describe block.');
		return { server, browser };
	};

	return {
		url: (path = '') => new URL(path.replace(/^\//, ''), ready().server.url).href,
		origin: () => ready().server.origin,
		browser: () => ready().browser,
		async newPage(pageOptions = {}) {
			const context = await ready().browser.newContext({
				viewport: pageOptions.viewport ?? options.viewport ?? { width: 1280, height: 800 },
				colorScheme: pageOptions.colorScheme ?? options.colorScheme ?? 'light',
				// The site's service worker (src/offline/) would answer requests from its store, out of reach
				// of `page.route` and of the request log: these pages test the site itself, so it is blocked.
				// tests/browser/offline.test.ts tests it.
				serviceWorkers: 'block',
			});
			contexts.push(context);
			const page = await context.newPage();
			const urls: string[] = [];
			log.set(page, urls);
			page.on('request', (request) => urls.push(request.url()));
			const errors: string[] = [];
			pageErrors.set(page, errors);
			page.on('pageerror', (error) => errors.push(error.message));
			return page;
		},
		requests: (page) => [...(log.get(page) ?? [])],
		errors: (page) => [...(pageErrors.get(page) ?? [])],
		foreignRequests(page) {
			const origin = ready().server.origin;
			return (log.get(page) ?? []).filter(
				(url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
			);
		},
	};
}

/**
 * Records CSP violations of a page: the `securitypolicyviolation` events of every document it
 * loads, and Chromium's "Refused to …" console errors (which also cover workers).
 */
export async function watchCsp(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeBinding('__reportCspViolation', (_source, text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
			report(
				`${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
			);
		});
	});
	page.on('console', (message) => {
		if (/content security policy|refused to/i.test(message.text())) violations.push(`console: ${message.text()}`);
	});
	return violations;
}

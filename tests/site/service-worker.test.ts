/**
 * What the service worker stores on the first visit (src/deploy/service-worker-build.ts), read from
 * the built `sw.js`, and the web app manifest. Prints the bytes a first visit stores (README).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { firstVisitByLanguage, precacheList, splitByLanguage } from '../../src/deploy/service-worker-build';
import { ENABLED_LOCALES, LOCALE_INFO } from '../../src/i18n/locales';
import { localeOfPath } from '../../src/i18n/paths';
import { isImage, isOnDemand } from '../../src/offline/cache-rules';
import { DIST_DIR, DIST_KYC_DIR, assertBuilt, listFiles } from '../support/dist';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

describe.each([
	['the root build', DIST_DIR, '/'],
	['the /kyc/ build', DIST_KYC_DIR, '/kyc/'],
])('the service worker of %s', (name, dir, base) => {
	assertBuilt(dir);
	const files = listFiles(dir);
	const sw = existsSync(join(dir, 'sw.js')) ? readFileSync(join(dir, 'sw.js'), 'utf8') : '';
	/** The URLs `sw.js` lists, with their revisions (the bundle writes `{url:"…",revision:…}`). */
	const listed = new Map(
		[...sw.matchAll(/\{url:"([^"]+)",revision:(null|"[0-9a-f]+")\}/g)].map(([, url, revision]) => [url!, revision!]),
	);

	test('sw.js lists exactly what the build says it stores, with each file’s current revision', async () => {
		const list = await precacheList(dir);
		for (const [locale, visit] of Object.entries(firstVisitByLanguage(dir, list))) {
			console.log(
				`${name}: a first visit in ${locale} stores ${visit.files} files, ${kB(visit.bytes)} (${kB(visit.gzipBytes)} with gzip)`,
			);
		}
		expect(listed.size).toBe(list.entries.length);
		for (const entry of list.entries) {
			expect(listed.get(entry.url), entry.url).toBe(entry.revision === null ? 'null' : `"${entry.revision}"`);
		}
	});

	test('every listed file exists', () => {
		expect(listed.size).toBeGreaterThan(0);
		for (const url of listed.keys()) expect(files, url).toContain(decodeURIComponent(url));
	});

	test('every page, script and stylesheet is stored on the first visit', () => {
		const wanted = files
			.filter((file) => /\.(html|js|css)$/.test(file))
			.filter((file) => file !== 'sw.js' && !/^pagefind\/pagefind-(.*ui\.|highlight\.js)/.test(file));
		expect(wanted.filter((file) => !listed.has(file))).toEqual([]);
		// The photo checker's workers among them, and the search dialog's Pagefind wrapper.
		expect(listed.has('pagefind-understood/pagefind.js')).toBe(true);
		expect([...listed.keys()].filter((url) => /worker/.test(url)).length).toBeGreaterThanOrEqual(2);
	});

	test('the search works offline: Pagefind’s runtime, WebAssembly and whole index are stored', () => {
		const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { hash: string; wasm: string }>;
		};
		const index = files.filter((file) => /^pagefind\/(index|fragment|filter)\//.test(file));
		expect(index.length).toBeGreaterThan(0);
		const wanted = [
			'pagefind/pagefind.js',
			'pagefind/pagefind-worker.js',
			'pagefind/pagefind-entry.json',
			'search-vocabulary.json',
			...Object.values(entry.languages).flatMap((language) => [
				`pagefind/pagefind.${language.hash}.pf_meta`,
				`pagefind/wasm.${language.wasm}.pagefind`,
			]),
			...index,
		];
		expect(wanted.filter((file) => !listed.has(file))).toEqual([]);
	});

	test("a reader stores the shared files and their own language's pages and index, no other language's", async () => {
		const { shared, languages } = splitByLanguage((await precacheList(dir)).entries);
		expect(Object.keys(languages).sort()).toEqual([...ENABLED_LOCALES].sort());
		// Shared: no page but the 404 page, no search index of a language.
		expect(shared.filter((entry) => entry.url.endsWith('.html') && entry.url !== '404.html')).toEqual([]);
		expect(shared.filter((entry) => /^pagefind\/(index|fragment|filter)\//.test(entry.url))).toEqual([]);
		for (const locale of ENABLED_LOCALES) {
			const own = languages[locale]!.map((entry) => entry.url);
			const tag = LOCALE_INFO[locale].lang.toLowerCase();
			expect(
				own.filter((url) => url.endsWith('.html') && localeOfPath(url) !== locale),
				locale,
			).toEqual([]);
			expect(own.filter((url) => /^pagefind\/index\//.test(url)).length, `${locale} index`).toBeGreaterThan(0);
			expect(
				own.every((url) => !url.startsWith('pagefind/') || url.toLowerCase().includes(`${tag}`)),
				locale,
			).toBe(true);
			expect(own).toContain(locale === 'en' ? 'index.html' : `${locale}/index.html`);
		}
		// The worker picks its language from the address it was registered with.
		expect(sw).toContain('lang');
	});

	test('nothing large or unused is stored before it is asked for', () => {
		const stored = [...listed.keys()];
		// Article pictures (in `_astro/`) wait for their page; the app icons are stored.
		expect(stored.filter((url) => isOnDemand(url) || (url.startsWith('_astro/') && isImage(url)))).toEqual([]);
		expect(stored.filter((url) => /^pagefind\/pagefind-(component-|modular-)?ui\./.test(url))).toEqual([]);
		expect(stored.filter((url) => /(^|\/)(_headers|sw\.js|sitemap[^/]*\.xml)$/.test(url))).toEqual([]);
	});

	test('the web app manifest is linked from every page, relative to where it is served, with real icons', async () => {
		const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8')) as {
			start_url: string;
			scope: string;
			icons: Array<{ src: string; sizes: string; purpose?: string }>;
		};
		// Relative, so one manifest works at the root and under BASE_PATH.
		expect(manifest.start_url).toBe('./');
		expect(manifest.scope).toBe('./');
		expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
		expect(manifest.icons.some((icon) => icon.sizes === '512x512')).toBe(true);
		for (const icon of manifest.icons) {
			const { width, height, format } = await sharp(join(dir, icon.src)).metadata();
			expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
			expect(format).toBe('png');
			expect(listed.has(icon.src), `${icon.src} is stored`).toBe(true);
		}
		for (const page of files.filter((file) => file.endsWith('.html'))) {
			expect(readFileSync(join(dir, page), 'utf8'), page).toMatch(
				new RegExp(`<link rel="manifest" href="${base}manifest\\.webmanifest"\\s*/?>`),
			);
		}
	});
});

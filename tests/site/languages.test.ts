/**
 * The built site in every enabled language (ENABLED_LOCALES): each language's pages are built with
 * its `lang` and `dir`, link their translations (`hreflang`), are in the sitemap and have their own
 * Pagefind index, search page, vocabulary and OpenSearch description; the interface words handed to
 * the browser scripts are the page's language's; and nothing sends a reader elsewhere by the
 * browser's language. With English alone these hold for English (and `hreflang` is absent, as
 * Starlight leaves it out of a one-language site).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ENABLED_LOCALES, LOCALE_INFO, type Locale } from '../../src/i18n/locales';
import { localePrefix } from '../../src/i18n/paths';
import { availableSiteTables } from '../../src/i18n/site';
import { CLIENT_MESSAGES_ID, clientMessagesOf } from '../../src/i18n/site/client';
import { SEARCH_VOCABULARY_PATH } from '../../src/lib/search';
import { DIST_DIR, DIST_KYC_DIR, assertBuilt, listFiles } from '../support/dist';
import { loadContent } from '../support/content';
import { loadBuiltPages } from '../support/html';

assertBuilt(DIST_DIR);
const pages = loadBuiltPages(DIST_DIR);
const byFile = new Map(pages.map((page) => [page.file, page]));
const content = loadContent();
const tables = availableSiteTables();
const multilingual = ENABLED_LOCALES.length > 1;

/** The built file of a content route (`es/stay-safe/` → `es/stay-safe/index.html`). */
const fileOf = (route: string) => `${route}index.html`;

describe.each(ENABLED_LOCALES)('%s', (locale) => {
	const { lang, dir } = LOCALE_INFO[locale];
	const own = content.filter((page) => page.locale === locale);
	const prefix = localePrefix(locale);

	test('every page of the language is built, with its lang and dir', () => {
		expect(own.length).toBeGreaterThan(30);
		const wrong = own.flatMap((page) => {
			const built = byFile.get(fileOf(page.route));
			if (!built) return [`${page.route}: not built`];
			const html = built.root.querySelector('html');
			const got = `${html?.getAttribute('lang')} ${html?.getAttribute('dir')}`;
			return got === `${lang} ${dir}` ? [] : [`${page.route}: ${got}`];
		});
		expect(wrong).toEqual([]);
	});

	test('the search page, its vocabulary and the OpenSearch description exist in the language', () => {
		const search = byFile.get(`${prefix}search/index.html`);
		expect(search, `${prefix}search/index.html`).toBeDefined();
		expect(search!.root.querySelector('html')?.getAttribute('lang')).toBe(lang);
		expect(search!.root.querySelector('form[role="search"]')?.getAttribute('action')).toBe(`/${prefix}search/`);
		const vocabulary = JSON.parse(readFileSync(join(DIST_DIR, `${prefix}${SEARCH_VOCABULARY_PATH}`), 'utf8')) as {
			words: Record<string, number>;
		};
		expect(Object.keys(vocabulary.words).length).toBeGreaterThan(200);
		const xml = readFileSync(join(DIST_DIR, `${prefix}opensearch.xml`), 'utf8');
		expect(xml).toContain(`<ShortName>${tables[locale]!.site.title.replace(/&/g, '&amp;')}</ShortName>`);
		expect(xml).toContain(`<Language>${lang}</Language>`);
		const template = /template="([^"]+)"/.exec(xml)?.[1];
		expect(new URL(template!.replace('{searchTerms}', 'x')).pathname).toBe(`/${prefix}search/`);
	});

	test("each page announces its language's OpenSearch description and hands its scripts its language's words", () => {
		const expected = JSON.stringify(clientMessagesOf(tables[locale]!));
		const wrong = own.flatMap((page) => {
			const built = byFile.get(fileOf(page.route));
			if (!built) return [];
			const search = built.root.querySelector('link[rel="search"]')?.getAttribute('href');
			const words = built.root.getElementById(CLIENT_MESSAGES_ID)?.getAttribute('data-messages');
			return [
				...(search === `/${prefix}opensearch.xml` ? [] : [`${page.route}: OpenSearch link ${search}`]),
				...(words === expected ? [] : [`${page.route}: script words are not the ${locale} table's`]),
			];
		});
		expect(wrong).toEqual([]);
	});

	test.runIf(multilingual)('each page links its translations with hreflang', () => {
		const wrong = own.flatMap((page) => {
			const built = byFile.get(fileOf(page.route));
			if (!built) return [];
			const alternates = new Map(
				built.root
					.querySelectorAll('link[rel="alternate"][hreflang]')
					.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]),
			);
			return ENABLED_LOCALES.flatMap((other) => {
				const want = `/${localePrefix(other)}${page.route.slice(prefix.length)}`;
				const got = alternates.get(LOCALE_INFO[other].lang);
				return got === want ? [] : [`${page.route}: hreflang ${LOCALE_INFO[other].lang} → ${got}, want ${want}`];
			});
		});
		expect(wrong).toEqual([]);
	});
});

describe('across languages', () => {
	test('Pagefind has one index per enabled language, each with that language’s pages', () => {
		const entry = JSON.parse(readFileSync(join(DIST_DIR, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		const indexed = (locale: Locale) =>
			content.filter((page) => page.locale === locale && page.data.pagefind !== false).length;
		const counts = Object.fromEntries(
			ENABLED_LOCALES.map((locale) => [LOCALE_INFO[locale].lang.toLowerCase(), indexed(locale)]),
		);
		const got = Object.fromEntries(
			Object.entries(entry.languages).map(([key, value]) => [key.toLowerCase(), value.page_count]),
		);
		// Each language's count: its content pages plus none of the others' (the search pages are not indexed).
		expect(Object.keys(got).sort()).toEqual(Object.keys(counts).sort());
		for (const [key, count] of Object.entries(counts)) expect(got[key], key).toBe(count);
	});

	test('the sitemap lists every page of every enabled language', () => {
		const sitemaps = listFiles(DIST_DIR).filter((file) => /^sitemap-\d+\.xml$/.test(file));
		expect(sitemaps.length).toBeGreaterThan(0);
		const xml = sitemaps.map((file) => readFileSync(join(DIST_DIR, file), 'utf8')).join('\n');
		const listed = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
		const missing = content.map((page) => `/${page.route}`).filter((path) => !listed.has(path));
		expect(missing).toEqual([]);
		if (multilingual) expect(xml).toContain('hreflang=');
	});

	test("nothing redirects by the browser's language", () => {
		const refresh = pages.filter((page) => /http-equiv=["']?refresh/i.test(page.html)).map((page) => page.file);
		expect(refresh).toEqual([]);
		// Scripts of the pages (workers aside: the OCR engine reads its own settings) never read the browser's languages.
		const scripts = listFiles(DIST_DIR)
			.filter((file) => /^_astro\/.*\.js$/.test(file) && !/worker/i.test(file))
			.filter((file) => /navigator\.languages?\b/.test(readFileSync(join(DIST_DIR, file), 'utf8')));
		expect(scripts).toEqual([]);
		const inline = pages.filter((page) => /navigator\.languages?\b/.test(page.html)).map((page) => page.file);
		expect(inline).toEqual([]);
	});

	test('a language folder that is not enabled is not built', () => {
		const built = new Set(listFiles(DIST_DIR).map((file) => file.split('/')[0]));
		const disabled = Object.keys(LOCALE_INFO).filter(
			(locale) => locale !== 'en' && !ENABLED_LOCALES.includes(locale as Locale),
		);
		expect(disabled.filter((locale) => built.has(locale))).toEqual([]);
	});

	test.runIf(existsSync(DIST_KYC_DIR))(
		'under a sub-path, each language’s search form and OpenSearch use the base',
		() => {
			for (const locale of ENABLED_LOCALES) {
				const prefix = localePrefix(locale);
				const xml = readFileSync(join(DIST_KYC_DIR, `${prefix}opensearch.xml`), 'utf8');
				const template = /template="([^"]+)"/.exec(xml)?.[1];
				expect(new URL(template!.replace('{searchTerms}', 'x')).pathname).toBe(`/kyc/${prefix}search/`);
				const home = readFileSync(join(DIST_KYC_DIR, `${prefix}index.html`), 'utf8');
				expect(home).toContain(`href="/kyc/${prefix}opensearch.xml"`);
			}
		},
	);
});

import { describe, expect, test } from 'vitest';
import { LOCALES, type Locale } from './locales';
import { docsPatterns, isLocale, localeOfPath, localePrefix, localizedPath, pathInLocale } from './paths';
import { localeRoutes } from './routes';
import { messages as en, type SiteMessages } from './site/en';
import { localeOf, siteMessages } from './site';
import { enabledTables, sidebar, siteTitle, starlightLocales } from './starlight';

/** A stand-in table for a language under test: English's words with a marked title, so a test sees which table served. */
function marked(locale: Locale): SiteMessages {
	return { ...en, site: { title: `KYC Fix Guide [${locale}]` } };
}

describe('paths of each language', () => {
	test.each<{ path: string; locale: Locale; inLocale: string }>([
		// English at the root
		{ path: 'document-quality/glare', locale: 'en', inLocale: 'document-quality/glare' },
		{ path: 'index', locale: 'en', inLocale: 'index' },
		{ path: '404.mdx', locale: 'en', inLocale: '404.mdx' },
		// a language folder, its home, a hyphenated key
		{ path: 'es/document-quality/glare', locale: 'es', inLocale: 'document-quality/glare' },
		{ path: 'es', locale: 'es', inLocale: 'index' },
		{ path: 'pt-br/stay-safe.mdx', locale: 'pt-br', inLocale: 'stay-safe.mdx' },
		// Indonesian's key is `id`: a folder, not a word inside a path
		{ path: 'id/checkers/date', locale: 'id', inLocale: 'checkers/date' },
		{ path: '/ar/checkers/', locale: 'ar', inLocale: 'checkers/' },
		// a folder that merely starts like a locale is English
		{ path: 'esx/page', locale: 'en', inLocale: 'esx/page' },
	])('$path is $locale, $inLocale inside it', ({ path, locale, inLocale }) => {
		expect(localeOfPath(path)).toBe(locale);
		expect(pathInLocale(path)).toBe(inLocale);
	});

	test('localizedPath puts a path in a language folder and back', () => {
		expect(localizedPath('en', 'stay-safe')).toBe('stay-safe');
		expect(localizedPath('es', 'stay-safe')).toBe('es/stay-safe');
		expect(localizedPath('ar', 'index')).toBe('ar');
		for (const locale of LOCALES) expect(pathInLocale(localizedPath(locale, 'checkers/name'))).toBe('checkers/name');
		expect(localePrefix('en')).toBe('');
		expect(localePrefix('pt-br')).toBe('pt-br/');
	});

	test('isLocale knows the folder keys only', () => {
		expect(isLocale('pt-br')).toBe(true);
		expect(isLocale('pt-BR')).toBe(false);
		expect(isLocale('fr')).toBe(false);
	});
});

describe('the docs collection leaves out languages not enabled', () => {
	test('English only: every other language folder is excluded', () => {
		const patterns = docsPatterns(['en']);
		expect(patterns[0]).toMatch(/^\*\*\/\[\^_\]\*\.\{.*mdx.*\}$/);
		expect(patterns.slice(1).sort()).toEqual(['!ar/**', '!es/**', '!id/**', '!pt-br/**', '!ru/**', '!tr/**', '!vi/**']);
	});

	test('an enabled language is included', () => {
		const patterns = docsPatterns(['en', 'es', 'ar']);
		expect(patterns).not.toContain('!es/**');
		expect(patterns).not.toContain('!ar/**');
		expect(patterns).toContain('!ru/**');
	});
});

describe('routes of the per-language pages (search, OpenSearch, vocabulary)', () => {
	test('English at the root, each other language in its folder', () => {
		expect(localeRoutes(['en', 'es', 'pt-br'])).toEqual([
			{ params: { locale: undefined }, props: { locale: 'en' } },
			{ params: { locale: 'es' }, props: { locale: 'es' } },
			{ params: { locale: 'pt-br' }, props: { locale: 'pt-br' } },
		]);
	});
});

describe('Starlight configuration for a list of languages', () => {
	const enabled: Locale[] = ['en', 'es', 'pt-br', 'ar'];
	const tables = enabledTables(enabled, { en, es: marked('es'), 'pt-br': marked('pt-br'), ar: marked('ar') });

	test('locales: English is the root; each language has its label, BCP 47 tag and direction', () => {
		expect(starlightLocales(enabled)).toEqual({
			root: { label: 'English', lang: 'en', dir: 'ltr' },
			es: { label: 'Español', lang: 'es', dir: 'ltr' },
			'pt-br': { label: 'Português (Brasil)', lang: 'pt-BR', dir: 'ltr' },
			ar: { label: 'العربية', lang: 'ar', dir: 'rtl' },
		});
		expect(starlightLocales(['en'])).toEqual({ root: { label: 'English', lang: 'en', dir: 'ltr' } });
	});

	test('the title has one entry per language, keyed by BCP 47 tag', () => {
		expect(siteTitle(enabled, tables)).toEqual({
			en: 'KYC Fix Guide',
			es: 'KYC Fix Guide [es]',
			'pt-BR': 'KYC Fix Guide [pt-br]',
			ar: 'KYC Fix Guide [ar]',
		});
	});

	test('every sidebar label carries a translation for every other enabled language', () => {
		const groups = sidebar(enabled, tables);
		expect(groups).toHaveLength(8);
		const labelled = groups.flatMap((group) => [group, ...group.items.filter((item) => 'label' in item)]);
		for (const item of labelled) {
			const { translations } = item as { translations: Record<string, string> };
			expect(Object.keys(translations).sort()).toEqual(['ar', 'es', 'pt-BR']);
		}
		// Links are slugs, so each language's sidebar links to its own pages.
		expect(groups[0]!.items).toEqual([
			expect.objectContaining({ slug: 'index', label: 'Home' }),
			expect.objectContaining({ slug: 'before-you-start', label: 'Before you start' }),
			expect.objectContaining({ slug: 'stay-safe', label: 'Stay safe' }),
		]);
		expect(groups[1]).toMatchObject({
			label: 'Document quality',
			items: [{ autogenerate: { directory: 'document-quality' } }],
		});
	});

	test('English alone: no translations', () => {
		const groups = sidebar(['en'], enabledTables(['en'], { en }));
		expect(groups.every((group) => Object.keys(group.translations).length === 0)).toBe(true);
	});

	test('an enabled language without a site table stops the build with what to do', () => {
		expect(() => enabledTables(['en', 'ru'], { en })).toThrow(/src\/i18n\/site\/ru\.ts/);
	});
});

describe('looking up the site table', () => {
	test('Astro.currentLocale as a folder key or a BCP 47 tag; anything else is English', () => {
		expect(localeOf(undefined)).toBe('en');
		expect(localeOf('en')).toBe('en');
		expect(localeOf('es')).toBe('es');
		expect(localeOf('pt-BR')).toBe('pt-br');
		expect(localeOf('pt-br')).toBe('pt-br');
		expect(localeOf('fr')).toBe('en');
	});

	test('English is always there', () => {
		expect(siteMessages('en', ['en'])).toBe(en);
	});

	test('a language not enabled is refused, with the fix', () => {
		expect(() => siteMessages('es', ['en'])).toThrow(/ENABLED_LOCALES/);
	});
});

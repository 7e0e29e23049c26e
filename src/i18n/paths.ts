/**
 * Where each language's pages are: English at the root, every other language in a folder named by
 * its locale key, with the same paths inside (`document-quality/glare` and `es/document-quality/glare`).
 * Pure: used by the components, the search vocabulary, the config and the tests.
 */
import { LOCALES, type Locale } from './locales';

/** Whether a string is one of the guide's locale keys (`es`, `pt-br`, …). */
export function isLocale(value: string): value is Locale {
	return (LOCALES as readonly string[]).includes(value);
}

/** The language of a docs entry or a page path relative to the base (`es/stay-safe` → `es`). */
export function localeOfPath(path: string): Locale {
	const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
	return LOCALES.find((locale) => locale !== 'en' && locale === first) ?? 'en';
}

/** A path without its language folder: the same for every language (`es/stay-safe` → `stay-safe`, `es` → `index`). */
export function pathInLocale(path: string): string {
	const trimmed = path.replace(/^\/+/, '');
	const locale = localeOfPath(trimmed);
	if (locale === 'en') return trimmed;
	const rest = trimmed.slice(locale.length).replace(/^\/+/, '');
	return rest === '' ? 'index' : rest;
}

/** A path inside a language's folder (`es`, `stay-safe` → `es/stay-safe`; English: unchanged; `index` → the language's home). */
export function localizedPath(locale: Locale, path: string): string {
	if (locale === 'en') return path;
	return path === 'index' || path === '' ? locale : `${locale}/${path}`;
}

/** The URL prefix of a language relative to the base: `''` for English, `es/` for Spanish. */
export function localePrefix(locale: Locale): string {
	return locale === 'en' ? '' : `${locale}/`;
}

/** The extensions of the docs collection's pages (as Starlight's own loader). */
const DOCS_EXTENSIONS = 'markdown,mdown,mkdn,mkd,mdwn,md,mdx';

/**
 * The docs collection's glob patterns: every page (not `_`-prefixed files), except the folders of
 * languages that are not enabled. A translation merged before its language is enabled is then not
 * built at all, rather than built as English pages under `/es/`.
 */
export function docsPatterns(enabled: readonly Locale[]): string[] {
	const disabled = LOCALES.filter((locale) => locale !== 'en' && !enabled.includes(locale));
	return [`**/[^_]*.{${DOCS_EXTENSIONS}}`, ...disabled.map((locale) => `!${locale}/**`)];
}

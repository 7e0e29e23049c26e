/**
 * The site's interface words by language. Astro components call `siteMessages(Astro.currentLocale)`;
 * browser scripts get the few words they need from the page (`src/i18n/site/client.ts`), so no page
 * carries another language's words in its JavaScript.
 *
 * Each language's table is `src/i18n/site/<locale>.ts`, exporting `messages: SiteMessages`. Only the
 * enabled languages (`ENABLED_LOCALES`) are looked up; an enabled language without a table is a
 * build error, not an English fallback.
 */
import { ENABLED_LOCALES, LOCALE_INFO, LOCALES, type Locale } from '../locales';
import { isLocale } from '../paths';
import { messages as en, type SiteMessages } from './en';

export type { SiteMessages } from './en';
export { isLocale } from '../paths';
export { formatMessage, formatPlural, splitAround, placeholdersOf, type PluralMessage } from './format';

/** Every site table in the repository, by file. */
const TABLES = import.meta.glob<{ messages: SiteMessages }>(
	['./*.ts', '!./*.test.ts', '!./index.ts', '!./types.ts', '!./format.ts', '!./client.ts'],
	{
		eager: true,
	},
);

/** The site table of every language that has one, English included, by locale. */
export function availableSiteTables(): Partial<Record<Locale, SiteMessages>> {
	const tables: Partial<Record<Locale, SiteMessages>> = { en };
	for (const [file, module] of Object.entries(TABLES)) {
		const locale = /\.\/(.+)\.ts$/.exec(file)?.[1];
		if (locale && isLocale(locale)) tables[locale] = module.messages;
	}
	return tables;
}

/**
 * The locale key of a page from `Astro.currentLocale`, which Astro gives as the locale's path
 * (`es`, `pt-br`) or, at the root, as English's. Anything else is English, the root.
 */
export function localeOf(currentLocale: string | undefined): Locale {
	const key = currentLocale?.toLowerCase();
	if (!key) return 'en';
	if (isLocale(key)) return key;
	const byTag = LOCALES.find((locale) => LOCALE_INFO[locale].lang.toLowerCase() === key);
	return byTag ?? 'en';
}

/**
 * The interface words of a language. Throws for an enabled language without its table (the lead
 * enabled it too early) and for a language that is not enabled (a page in a folder the build
 * should not have).
 */
export function siteMessages(locale: Locale, enabled: readonly Locale[] = ENABLED_LOCALES): SiteMessages {
	if (!enabled.includes(locale)) {
		throw new Error(
			`Language "${locale}" is not enabled. Add it to ENABLED_LOCALES in src/i18n/locales.ts once its files are complete.`,
		);
	}
	const table = availableSiteTables()[locale];
	if (!table) {
		throw new Error(
			`Language "${locale}" is enabled but src/i18n/site/${locale}.ts is missing. Create it (typed by SiteMessages) or disable the language.`,
		);
	}
	return table;
}

/** The BCP 47 tag of a locale, for `Intl` and `lang` attributes (`pt-br` → `pt-BR`). */
export function langOf(locale: Locale): string {
	return LOCALE_INFO[locale].lang;
}

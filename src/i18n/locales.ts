/**
 * The languages of the guide. English is Starlight's `root` locale, so its pages keep their
 * addresses (`/document-quality/glare/`); every other language is a folder of the same pages with
 * the same slugs (`/es/document-quality/glare/`).
 *
 * `LOCALES` lists every language the guide is being written in; `ENABLED_LOCALES` the ones whose
 * pages, checkers and search are complete and built. A language is enabled whole, or not at all.
 */
export const LOCALES = ['en', 'es', 'pt-br', 'tr', 'ru', 'vi', 'id', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** How each language is named in the language picker (in itself), its BCP 47 tag and direction. */
export const LOCALE_INFO: Readonly<Record<Locale, { label: string; lang: string; dir: 'ltr' | 'rtl' }>> = {
	en: { label: 'English', lang: 'en', dir: 'ltr' },
	es: { label: 'Español', lang: 'es', dir: 'ltr' },
	'pt-br': { label: 'Português (Brasil)', lang: 'pt-BR', dir: 'ltr' },
	tr: { label: 'Türkçe', lang: 'tr', dir: 'ltr' },
	ru: { label: 'Русский', lang: 'ru', dir: 'ltr' },
	vi: { label: 'Tiếng Việt', lang: 'vi', dir: 'ltr' },
	id: { label: 'Bahasa Indonesia', lang: 'id', dir: 'ltr' },
	ar: { label: 'العربية', lang: 'ar', dir: 'rtl' },
};

export const ENABLED_LOCALES: readonly Locale[] = ['en', 'es', 'pt-br', 'tr', 'ru', 'vi', 'id', 'ar'];

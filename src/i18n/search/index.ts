/**
 * Each language's search data (`src/i18n/search/<locale>.ts`), loaded on first use: a search
 * surface loads only its page's language, in a chunk of its own, so no page carries another
 * language's synonyms.
 */
import { createQueryLanguage, ENGLISH, withEnglish, type QueryLanguage } from '../../lib/search';
import type { Locale } from '../locales';
import type { SearchLanguage } from './types';

export type { SearchLanguage } from './types';

/** Every language's data file. English's tables are the search library's own (`ENGLISH_DATA`). */
const FILES = import.meta.glob<{ search: SearchLanguage }>(['./*.ts', '!./*.test.ts', '!./index.ts', '!./types.ts']);

/** The path of a language's data file, or null when the language has none. */
function fileOf(locale: Locale): (() => Promise<{ search: SearchLanguage }>) | null {
	return FILES[`./${locale}.ts`] ?? null;
}

/** Whether a language has its search data file. */
export function hasSearchData(locale: Locale): boolean {
	return locale === 'en' || fileOf(locale) !== null;
}

const loaded = new Map<Locale, Promise<QueryLanguage>>();

/**
 * The query understanding's language for `locale`: its own synonyms, stop words and boilerplate,
 * with English's synonyms and boilerplate after its own (readers paste English messages). A
 * language without a data file is searched with English's rules, which still finds its pages by
 * the words typed; the tests require the file for every enabled language.
 */
export function loadSearchLanguage(locale: Locale): Promise<QueryLanguage> {
	if (locale === 'en') return Promise.resolve(ENGLISH);
	let language = loaded.get(locale);
	if (!language) {
		const file = fileOf(locale);
		language = file ? file().then(({ search }) => createQueryLanguage(withEnglish(search))) : Promise.resolve(ENGLISH);
		loaded.set(locale, language);
	}
	return language;
}

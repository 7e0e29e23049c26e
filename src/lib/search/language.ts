import { KYC_SYNONYMS, type SynonymGroup } from './kyc-synonyms';
import { normalizeText, tokenize } from './normalize';
import { BOILERPLATE_PHRASES, STOP_WORDS } from './stop-words';
import { synonymWords } from './synonym-match';

/**
 * A language's words for query understanding, as its data file gives them
 * (`src/i18n/search/<locale>.ts`): synonym groups, stop words, message boilerplate.
 */
export interface SearchLanguageData {
	readonly synonyms: readonly SynonymGroup[];
	readonly stopWords: Iterable<string>;
	readonly boilerplate: readonly string[];
}

/** A language's data, prepared once for `understandQuery`: normalised, tokenised, indexed. */
export interface QueryLanguage {
	readonly synonyms: readonly SynonymGroup[];
	readonly stopWords: ReadonlySet<string>;
	/** Boilerplate phrases as word lists, longest first. */
	readonly boilerplate: readonly (readonly string[])[];
	/** Every word of the synonym table: known words, never "corrected". */
	readonly synonymWords: ReadonlySet<string>;
}

/** Prepares a language's data. Stop words and phrases are normalised as queries are. */
export function createQueryLanguage(data: SearchLanguageData): QueryLanguage {
	return {
		synonyms: data.synonyms,
		stopWords: new Set([...data.stopWords].map(normalizeText).filter((word) => word !== '')),
		boilerplate: data.boilerplate
			.map((phrase) => tokenize(phrase))
			.filter((words) => words.length > 0)
			.sort((a, b) => b.length - a.length),
		synonymWords: synonymWords(data.synonyms),
	};
}

/** English, the root language: the tables the search was built with. */
export const ENGLISH_DATA: SearchLanguageData = {
	synonyms: KYC_SYNONYMS,
	stopWords: STOP_WORDS,
	boilerplate: BOILERPLATE_PHRASES,
};

/** English, prepared. */
export const ENGLISH: QueryLanguage = createQueryLanguage(ENGLISH_DATA);

/**
 * Another language's data with English's where readers mix them: its own synonyms first, then
 * English's (readers paste the exchange app's English messages as they are); its own boilerplate,
 * then English's. Stop words are the language's own only: an English stop word can be a word
 * that matters in another language (`no` is "not" in Spanish and Portuguese).
 */
export function withEnglish(data: SearchLanguageData): SearchLanguageData {
	if (data === ENGLISH_DATA) return data;
	return {
		synonyms: [...data.synonyms, ...ENGLISH_DATA.synonyms],
		stopWords: data.stopWords,
		boilerplate: [...data.boilerplate, ...ENGLISH_DATA.boilerplate],
	};
}

/**
 * Search query understanding for every search surface: misspelling correction against the
 * index vocabulary, the KYC synonym table, reduction of pasted rejection messages, and the
 * candidate queries to run through Pagefind and merge. Pure: no DOM, no Astro.
 *
 * A surface that can run several searches (the results page):
 *
 *     const vocabulary = parseSearchVocabulary(await (await fetch(`${base}${SEARCH_VOCABULARY_PATH}`)).json());
 *     await pagefind.options({ ranking: SITE_RANKING });
 *     const understood = understandQuery(input, vocabulary);
 *     const ranked = await searchCandidates((q) => pagefind.search(q, { filters }), understood.candidates);
 *     const pages = await Promise.all(ranked.slice(0, 10).map(({ result }) => result.data()));
 *     // words: understood.corrections ("Showing results for …"), understood.expansions ("Also searched: …")
 *
 * A surface that can send only one string (the Pagefind UI's `processTerm`) sends
 * `understandQuery(term, vocabulary).query`. Until the vocabulary has loaded, pass
 * `EMPTY_VOCABULARY`: synonyms still work, corrections wait.
 */
export { understandQuery, CANDIDATE_WEIGHTS, MAX_CANDIDATES } from './understand';
export type { UnderstoodQuery, SearchCandidate, CandidateKind, UnderstandOptions } from './understand';
export { searchCandidates, mergeRuns } from './merge';
export type { CandidateRun, MergedResult, ScoredResult, SearchFunction } from './merge';
export { createSearchVocabulary, parseSearchVocabulary, EMPTY_VOCABULARY } from './search-vocabulary';
export type { SearchVocabulary, SearchVocabularyFile } from './search-vocabulary';
export type { Correction } from './correct';
export { KYC_SYNONYMS } from './kyc-synonyms';
export { createQueryLanguage, withEnglish, ENGLISH, ENGLISH_DATA } from './language';
export type { QueryLanguage, SearchLanguageData } from './language';
export type { SynonymGroup } from './kyc-synonyms';
export { SITE_RANKING } from './ranking';

/** Where the build writes the index vocabulary, relative to the site's base URL. */
export const SEARCH_VOCABULARY_PATH = 'search-vocabulary.json';

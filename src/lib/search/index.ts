/**
 * Search query understanding for every search surface: misspelling correction against the
 * index vocabulary, the KYC synonym table, reduction of pasted rejection messages, and the
 * candidate queries to run through Pagefind and merge. Pure: no DOM, no Astro.
 */
export { understandQuery, CANDIDATE_WEIGHTS, MAX_CANDIDATES } from './understand';
export type { UnderstoodQuery, SearchCandidate, CandidateKind, UnderstandOptions } from './understand';
export { searchCandidates, mergeRuns } from './merge';
export type { CandidateRun, MergedResult, ScoredResult, SearchFunction } from './merge';
export {
	createSearchVocabulary,
	parseSearchVocabulary,
	EMPTY_VOCABULARY,
} from './search-vocabulary';
export type { SearchVocabulary, SearchVocabularyFile } from './search-vocabulary';
export type { Correction } from './correct';
export { KYC_SYNONYMS } from './kyc-synonyms';
export type { SynonymGroup } from './kyc-synonyms';
export { SITE_RANKING } from './ranking';

/** Where the build writes the index vocabulary, relative to the site's base URL. */
export const SEARCH_VOCABULARY_PATH = 'search-vocabulary.json';

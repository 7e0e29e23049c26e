/**
 * The index vocabulary: every word the site's content uses, with how often. It is produced at
 * build time from the articles (`build-vocabulary.ts`), written to `search-vocabulary.json`, and
 * loaded by the browser; misspelling correction only ever corrects towards these words, and a
 * synonym expands only to guide words that are really in the index.
 */
import { lowerBound } from '../lower-bound';

/** The JSON file the build writes and the browser loads. */
export interface SearchVocabularyFile {
	/** Bumped when the shape changes, so a stale cached file is recognised. */
	version: 1;
	/** Word → number of occurrences across the site, keys sorted for a deterministic file. */
	words: Record<string, number>;
}

/** The index vocabulary, ready for look-ups. Build it with `createSearchVocabulary`. */
export interface SearchVocabulary {
	/** Word → occurrences across the site. */
	readonly frequencies: ReadonlyMap<string, number>;
	/** The same words, sorted, for prefix look-ups (Pagefind matches prefixes). */
	readonly sorted: readonly string[];
}

/** The vocabulary of an empty site: no correction, no expansion filter. */
export const EMPTY_VOCABULARY: SearchVocabulary = createSearchVocabulary({});

/** A vocabulary from `word → count` pairs (a `SearchVocabularyFile`'s `words`, or a Map). */
export function createSearchVocabulary(
	words: Readonly<Record<string, number>> | ReadonlyMap<string, number>,
): SearchVocabulary {
	const entries = words instanceof Map ? [...words] : Object.entries(words);
	const frequencies = new Map<string, number>();
	for (const [word, count] of entries) {
		if (typeof word !== 'string' || word === '' || !(Number(count) > 0)) continue;
		frequencies.set(word, Number(count));
	}
	const sorted = [...frequencies.keys()].sort();
	return { frequencies, sorted };
}

/**
 * A vocabulary from the parsed `search-vocabulary.json`. The file comes over the network, so a
 * malformed one is a user-visible condition, not a programmer error: it yields the empty
 * vocabulary (search still works, without corrections).
 */
export function parseSearchVocabulary(json: unknown): SearchVocabulary {
	if (typeof json !== 'object' || json === null) return EMPTY_VOCABULARY;
	const words = (json as { words?: unknown }).words;
	if (typeof words !== 'object' || words === null) return EMPTY_VOCABULARY;
	return createSearchVocabulary(words as Record<string, number>);
}

/** How often a word occurs in the index (0 when absent). */
export function frequencyOf(vocabulary: SearchVocabulary, word: string): number {
	return vocabulary.frequencies.get(word) ?? 0;
}

/** Whether some indexed word starts with `prefix`, which is enough for Pagefind to match it. */
export function hasPrefix(vocabulary: SearchVocabulary, prefix: string): boolean {
	const { sorted } = vocabulary;
	return sorted[lowerBound(sorted, prefix)]?.startsWith(prefix) ?? false;
}

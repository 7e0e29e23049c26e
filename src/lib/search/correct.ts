import { typoDistance } from './typo-distance';
import { isWordToken } from './normalize';
import { frequencyOf, hasPrefix, type SearchVocabulary } from './search-vocabulary';
import { STOP_WORDS } from './stop-words';

/** A word of the query replaced by an indexed word, for "Showing results for …". */
export interface Correction {
	readonly from: string;
	readonly to: string;
}

/** Words shorter than this are never corrected: too many real words lie one edit apart. */
export const MIN_CORRECTABLE_LENGTH = 3;

/**
 * How far a correction may be from the typed word: 1 for words of up to four letters, 2 for
 * longer ones (the usual scaling; Elasticsearch's `fuzziness: AUTO` uses 0/1/2 at 3 and 6).
 * Costs are weighted (see `EDIT_COSTS`), so a short word may still take two keyboard slips.
 */
export function maxCorrectionDistance(word: string): number {
	if (word.length < MIN_CORRECTABLE_LENGTH) return 0;
	return word.length <= 4 ? 1 : 2;
}

/**
 * Endings Pagefind's stemmer treats as the same word: a word is known when swapping its ending
 * for another of these gives an indexed word ("rejecting" for "rejected", "uploads" for
 * "upload"). Only whole endings count, so "glases" (glas + es) is not taken for "glasses", and
 * `y` is left out so "blury" is not taken for "blur" (the stemmer keeps "blurri" and "blur" apart).
 */
const ENDINGS = ['', 's', 'es', 'ed', 'ing', 'ion', 'ions', 'er', 'ers'] as const;

/**
 * Whether a word needs no correction: a stop word (of the query's language), a word of the index or of the synonym table,
 * an inflection of an indexed word, or, for the word being typed (`isLast`), the start of an
 * indexed word, which Pagefind matches as a prefix ("pass" while typing "passport").
 */
export function isKnownWord(
	word: string,
	vocabulary: SearchVocabulary,
	extraWords: ReadonlySet<string>,
	isLast = true,
	stopWords: ReadonlySet<string> = STOP_WORDS,
): boolean {
	if (!isWordToken(word) || word.length < MIN_CORRECTABLE_LENGTH) return true;
	if (stopWords.has(word) || extraWords.has(word) || vocabulary.frequencies.has(word)) return true;
	if (isLast && hasPrefix(vocabulary, word)) return true;
	return ENDINGS.some((ending) => {
		if (ending === '' || !word.endsWith(ending)) return false;
		const stem = word.slice(0, -ending.length);
		return (
			stem.length >= 4 &&
			ENDINGS.some((other) => vocabulary.frequencies.has(stem + other) || extraWords.has(stem + other))
		);
	});
}

/**
 * The closest indexed (or synonym-table) word to a word that is not known, or `undefined` when
 * none is close enough. Ties go to the word used more often on the site, then to one that keeps
 * the first letter (people rarely mistype it), then alphabetically so the answer is stable.
 */
export function closestWord(
	word: string,
	vocabulary: SearchVocabulary,
	extraWords: ReadonlySet<string> = new Set(),
): string | undefined {
	const limit = maxCorrectionDistance(word);
	if (limit === 0) return undefined;
	const cache = cacheFor(vocabulary, extraWords);
	if (cache.has(word)) return cache.get(word);
	const letters = letterCounts(word);
	let best: Scored | undefined;
	const consider = (candidate: string) => {
		if (candidate === word || Math.abs(candidate.length - word.length) > 2 * limit) return;
		// Each edit changes at most two letter counts and costs at least 0.5: a cheap lower bound.
		if (bagDistance(letters, candidate) * 0.25 > limit) return;
		const distance = typoDistance(word, candidate, limit);
		if (distance === Infinity) return;
		const frequency = frequencyOf(vocabulary, candidate) || (extraWords.has(candidate) ? 1 : 0);
		if (!best || isBetter({ word: candidate, distance, frequency }, best, word)) {
			best = { word: candidate, distance, frequency };
		}
	};
	for (const candidate of vocabulary.sorted) consider(candidate);
	for (const candidate of extraWords) if (!vocabulary.frequencies.has(candidate)) consider(candidate);
	if (cache.size >= MAX_CACHED) cache.clear();
	cache.set(word, best?.word);
	return best?.word;
}

/** Corrections already worked out, per vocabulary: typing "glaer" re-asks at every keystroke. */
const caches = new WeakMap<SearchVocabulary, WeakMap<ReadonlySet<string>, Map<string, string | undefined>>>();
const MAX_CACHED = 1000;

function cacheFor(vocabulary: SearchVocabulary, extraWords: ReadonlySet<string>): Map<string, string | undefined> {
	let byExtra = caches.get(vocabulary);
	if (!byExtra) caches.set(vocabulary, (byExtra = new WeakMap()));
	let cache = byExtra.get(extraWords);
	if (!cache) byExtra.set(extraWords, (cache = new Map()));
	return cache;
}

function letterCounts(word: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const letter of word) counts.set(letter, (counts.get(letter) ?? 0) + 1);
	return counts;
}

/** Letters to add plus letters to remove to turn one word's letter counts into another's. */
function bagDistance(letters: ReadonlyMap<string, number>, candidate: string): number {
	const remaining = new Map(letters);
	let extra = 0;
	for (const letter of candidate) {
		const count = remaining.get(letter) ?? 0;
		if (count > 0) remaining.set(letter, count - 1);
		else extra += 1;
	}
	let missing = 0;
	for (const count of remaining.values()) missing += count;
	return extra + missing;
}

interface Scored {
	word: string;
	distance: number;
	frequency: number;
}

function isBetter(a: Scored, b: Scored, typed: string): boolean {
	if (a.distance !== b.distance) return a.distance < b.distance;
	if (a.frequency !== b.frequency) return a.frequency > b.frequency;
	const aFirst = a.word[0] === typed[0];
	const bFirst = b.word[0] === typed[0];
	if (aFirst !== bFirst) return aFirst;
	return a.word < b.word;
}

/**
 * Corrects the unknown words of a tokenised query. Known words are untouched; a word with no
 * close match is kept as typed (Pagefind drops words absent from the index, so it costs nothing).
 * Only the last word may be an unfinished prefix: a word followed by others is complete.
 */
export function correctTokens(
	tokens: readonly string[],
	vocabulary: SearchVocabulary,
	extraWords: ReadonlySet<string> = new Set(),
	stopWords: ReadonlySet<string> = STOP_WORDS,
): { tokens: string[]; corrections: Correction[] } {
	const corrections: Correction[] = [];
	const corrected = tokens.map((token, index) => {
		if (isKnownWord(token, vocabulary, extraWords, index === tokens.length - 1, stopWords)) return token;
		const to = closestWord(token, vocabulary, extraWords);
		if (to === undefined) return token;
		if (!corrections.some((c) => c.from === token)) corrections.push({ from: token, to });
		return to;
	});
	return { tokens: corrected, corrections };
}

import { correctTokens, type Correction } from './correct';
import type { SynonymGroup } from './kyc-synonyms';
import { createQueryLanguage, ENGLISH, ENGLISH_DATA, type QueryLanguage } from './language';
import { tokenize } from './normalize';
import { boilerplateSpans, clauses, isLongQuery, MAX_CONCEPTS, truncateQuery } from './reduce';
import { hasPrefix, type SearchVocabulary } from './search-vocabulary';
import { findSynonymHits, type SynonymHit } from './synonym-match';

/**
 * Query understanding, shared by every search surface.
 *
 * Pagefind ANDs the words of a query and silently drops words absent from the index, so one
 * query string cannot express "selfie OR facial verification". `understandQuery` therefore
 * returns a ranked list of candidate queries; a surface runs each through Pagefind and merges
 * the results by weighted score (`searchCandidates` in `merge.ts`):
 *
 * 1. `phrase`: a clause of the input, corrected, as an exact phrase ("glare detected"): finds
 *    the article that quotes the provider's message in its symptoms.
 * 2. `all`: every idea of the query, reader words replaced by the guide's words ("birthday
 *    wrong" → "date of birth mismatch"). Also the `query` field, for surfaces that can send only
 *    one string (the Pagefind UI's `processTerm`).
 * 3. `literal`: the reader's own (corrected) words, when they differ from `all`.
 * 4. `idea`: each idea alone (its guide words, or the word itself), so an article matching most
 *    of the ideas still ranks when no page has all of them.
 */

/** Which step of the list above produced a candidate. */
export type CandidateKind = 'phrase' | 'all' | 'literal' | 'idea';

/** One query to run through Pagefind, and how much its results count in the merge. */
export interface SearchCandidate {
	readonly query: string;
	readonly weight: number;
	readonly kind: CandidateKind;
	/**
	 * Candidates with the same `idea` are alternative wordings of one idea ("scam", "safe",
	 * "fraud"): the merge counts a page once for the idea, however many of them it matches.
	 */
	readonly idea?: string;
}

/** What a search surface needs to search and to explain what it searched. */
export interface UnderstoodQuery {
	/** The single best query string (the `all` candidate); empty for an empty input. */
	readonly query: string;
	/**
	 * Queries to run and merge, most important first; at most `MAX_CANDIDATES` distinct query
	 * strings (one string may serve twice, e.g. as the whole query and as an idea's wording).
	 */
	readonly candidates: readonly SearchCandidate[];
	/** Misspelt words and their replacements, for "Showing results for …". */
	readonly corrections: readonly Correction[];
	/** Guide wording searched in place of the reader's words ("date of birth" for "birthday"). */
	readonly expansions: readonly string[];
	/** The input was a long pasted message, searched by its telling words only. */
	readonly reduced: boolean;
}

/** Options for tests and tools; the site uses the defaults. */
export interface UnderstandOptions {
	/**
	 * The language of the query and of the index searched (default: English): its synonyms, stop
	 * words and boilerplate, from `createQueryLanguage`.
	 */
	readonly language?: QueryLanguage;
	/** English with another synonym table (tests and tools). */
	readonly synonyms?: readonly SynonymGroup[];
}

/**
 * How much each kind of candidate counts when results are merged. Tuned on
 * tests/search/queries.tsv (97 queries, 31 pages): a plateau of equal results spans phrase 0.5–1,
 * all 0.75–1, literal 0.25–0.75 with `SCORE_HALF` 3–6; these are round values inside it. An
 * exact phrase weighs no more than an idea because hub pages (the home page's symptom finder,
 * "Read the rejection reason") quote every provider message too.
 */
export const CANDIDATE_WEIGHTS: Readonly<Record<CandidateKind, number>> = {
	phrase: 1,
	all: 1,
	literal: 0.5,
	idea: 1,
};

/** The most distinct queries run for one input (each costs one Pagefind search). */
export const MAX_CANDIDATES = 10;

/** The most wordings searched for one idea (the reader's, then the guide's). */
const MAX_WORDINGS = 3;

/** The most exact-phrase candidates taken from a pasted message. */
const MAX_PHRASES = 3;

/** Clause lengths searched as exact phrases: shorter is a word, longer is not a provider message. */
const PHRASE_WORDS = { min: 2, max: 10 } as const;

type Idea =
	| { readonly kind: 'synonym'; readonly hit: SynonymHit; readonly words: readonly string[] }
	| { readonly kind: 'word'; readonly word: string };

const EMPTY: UnderstoodQuery = { query: '', candidates: [], corrections: [], expansions: [], reduced: false };

const languageOfTable = new WeakMap<readonly SynonymGroup[], QueryLanguage>();

/** The language the options name: `language`, or English with `synonyms`, or English. */
function languageOf(options: UnderstandOptions): QueryLanguage {
	if (options.language) return options.language;
	if (!options.synonyms) return ENGLISH;
	let language = languageOfTable.get(options.synonyms);
	if (!language) {
		language = createQueryLanguage({ ...ENGLISH_DATA, synonyms: options.synonyms });
		languageOfTable.set(options.synonyms, language);
	}
	return language;
}

/** Turns what a reader typed or pasted into the queries to run. Never throws; pure. */
export function understandQuery(
	raw: string,
	vocabulary: SearchVocabulary,
	options: UnderstandOptions = {},
): UnderstoodQuery {
	const lang = languageOf(options);

	const text = truncateQuery(raw);
	const typed = tokenize(text);
	if (typed.length === 0) return EMPTY;
	const { tokens, corrections } = correctTokens(typed, vocabulary, lang.synonymWords, lang.stopWords);
	const reduced = isLongQuery(tokens);

	const ideas = selectIdeas(findIdeas(tokens, lang, reduced), vocabulary, reduced, lang);
	const isIndexed = (phrase: string) => isInIndex(phrase, vocabulary, lang);

	const candidates: SearchCandidate[] = [];
	// A query may appear twice with different roles ("before you start" is the whole query and
	// one wording of its idea); `searchCandidates` runs it once.
	const add = (query: string, kind: CandidateKind, weight = CANDIDATE_WEIGHTS[kind], idea?: string) => {
		const key = query.toLowerCase();
		if (query === '' || candidates.some((c) => c.query.toLowerCase() === key && c.idea === idea)) return;
		candidates.push(idea === undefined ? { query, weight, kind } : { query, weight, kind, idea });
	};

	if (tokens.length >= PHRASE_WORDS.min) {
		const fixes = new Map(corrections.map((c) => [c.from, c.to]));
		const phrases = clauses(text)
			.map((clause) => clause.map((word) => fixes.get(word) ?? word))
			.filter((clause) => clause.length >= PHRASE_WORDS.min && clause.length <= PHRASE_WORDS.max)
			.filter((clause) => hasTellingWord(clause, lang));
		for (const clause of phrases.slice(0, MAX_PHRASES)) add(`"${clause.join(' ')}"`, 'phrase');
	}

	const query = ideas.map((idea) => guideQuery(idea, vocabulary, isIndexed, lang)).join(' ');
	add(query, 'all');
	add(ideas.map((idea) => literalQuery(idea, lang)).join(' '), 'literal');

	// Each idea alone: first every idea's main wording, then the alternatives, so the cap on
	// candidates cuts alternatives before it cuts ideas.
	const guideWording = new Set<string>();
	const renderings = ideas.map((idea): { queries: string[]; weight: number } => {
		if (idea.kind === 'word') {
			const indexed = isIndexed(idea.word) || vocabulary.sorted.length === 0;
			return { queries: indexed ? [idea.word] : [], weight: CANDIDATE_WEIGHTS.idea * rarity(idea.word, vocabulary) };
		}
		if (idea.hit.group.role && ideas.length > 1) return { queries: [], weight: 0 };
		const guide = guideTerms(idea.hit.group, vocabulary, isIndexed);
		guide.forEach((term) => guideWording.add(term));
		const literal = literalQuery(idea, lang);
		const own = idea.hit.isGuideWording || isSingleIndexedWord(idea, vocabulary) ? [literal] : [];
		return { queries: [...own, ...guide].slice(0, MAX_WORDINGS), weight: CANDIDATE_WEIGHTS.idea };
	});
	for (let rank = 0; rank < MAX_WORDINGS; rank++) {
		renderings.forEach(({ queries, weight }, index) => {
			const query = queries[rank];
			if (query) add(query, 'idea', weight, `idea-${index}`);
		});
	}
	const run = capSearches(candidates);

	// What the reader did not type but is searched: the guide wording in `query` and the ideas run.
	const typedWords = new Set(tokens);
	const expansions: string[] = [];
	const searched = [
		...ideas.map((idea) =>
			idea.kind === 'synonym' && !idea.hit.isGuideWording ? guideQuery(idea, vocabulary, isIndexed, lang) : '',
		),
		...run.filter((c) => c.kind === 'idea' && guideWording.has(c.query)).map((c) => c.query),
	];
	for (const term of searched) {
		const words = tokenize(term);
		if (words.length > 0 && !words.every((word) => typedWords.has(word)) && !expansions.includes(term)) {
			expansions.push(term);
		}
	}

	return { query, candidates: run, corrections, expansions, reduced };
}

/** The candidates up to `MAX_CANDIDATES` distinct queries (a repeated query costs no search). */
function capSearches(candidates: readonly SearchCandidate[]): SearchCandidate[] {
	const queries = new Set<string>();
	return candidates.filter((candidate) => {
		const key = candidate.query.toLowerCase();
		if (!queries.has(key) && queries.size >= MAX_CANDIDATES) return false;
		queries.add(key);
		return true;
	});
}

/**
 * The ideas of a tokenised query in order: synonym hits and remaining words, stop words out.
 * In a long message, boilerplate ("please try again", "unfortunately") also goes; where a
 * boilerplate phrase and a synonym overlap, the longer wins and a tie goes to the boilerplate,
 * so "try again" in an e-mail is noise but "identity document" is kept.
 */
function findIdeas(tokens: readonly string[], lang: QueryLanguage, reduced: boolean): Idea[] {
	let hits = findSynonymHits(tokens, lang.synonyms);
	const removed = new Array<boolean>(tokens.length).fill(false);
	if (reduced) {
		for (const span of boilerplateSpans(tokens, lang.boilerplate)) {
			const overlapping = hits.filter((hit) => hit.start < span.end && span.start < hit.end);
			if (overlapping.some((hit) => hit.end - hit.start > span.end - span.start)) continue;
			hits = hits.filter((hit) => !overlapping.includes(hit));
			for (let i = span.start; i < span.end; i++) removed[i] = true;
		}
	}
	const ideas: Idea[] = [];
	for (let i = 0; i < tokens.length;) {
		const hit = hits.find((h) => h.start === i);
		if (hit) {
			ideas.push({ kind: 'synonym', hit, words: tokens.slice(hit.start, hit.end) });
			i = hit.end;
			continue;
		}
		const word = tokens[i]!;
		if (!removed[i] && !lang.stopWords.has(word)) ideas.push({ kind: 'word', word });
		i += 1;
	}
	if (ideas.length === 0 && !reduced) return tokens.map((word) => ({ kind: 'word', word }));
	return ideas;
}

/**
 * Duplicates out; in a long message also the `generic` ideas, the words the index lacks, and
 * beyond `MAX_CONCEPTS` the commonest words (a rarer word says more about the page it is on).
 */
function selectIdeas(
	ideas: readonly Idea[],
	vocabulary: SearchVocabulary,
	reduced: boolean,
	lang: QueryLanguage,
): Idea[] {
	const seen = new Set<string>();
	let unique = ideas.filter((idea) => {
		const key = idea.kind === 'word' ? `w:${idea.word}` : `g:${idea.hit.group.id}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	if (!reduced) return unique;
	const specific = unique.filter((idea) => idea.kind === 'word' || idea.hit.group.role !== 'generic');
	if (specific.length > 0) unique = specific;
	if (vocabulary.sorted.length > 0) {
		const indexed = unique.filter((idea) => idea.kind === 'synonym' || isInIndex(idea.word, vocabulary, lang));
		if (indexed.length > 0) unique = indexed;
	}
	if (unique.length <= MAX_CONCEPTS) return unique;
	const rank = (idea: Idea) =>
		idea.kind === 'synonym' ? -1 : (vocabulary.frequencies.get(idea.word) ?? Number.MAX_SAFE_INTEGER);
	const kept = new Set([...unique].sort((a, b) => rank(a) - rank(b)).slice(0, MAX_CONCEPTS));
	return unique.filter((idea) => kept.has(idea));
}

/**
 * How much a lone word says about a page, from 1 (rare on the site) down towards 0.3 (on every
 * page, like "document"): an inverse-document-frequency in miniature, because Pagefind's own
 * scores are normalised away when runs are merged.
 */
export function rarity(word: string, vocabulary: SearchVocabulary): number {
	const frequency = vocabulary.frequencies.get(word) ?? 0;
	return 1 / (1 + Math.log(1 + frequency / 20));
}

/** Whether a clause says something: a word that is neither a stop word nor message boilerplate. */
function hasTellingWord(clause: readonly string[], lang: QueryLanguage): boolean {
	const boilerplate = new Set<number>();
	for (const span of boilerplateSpans(clause, lang.boilerplate))
		for (let i = span.start; i < span.end; i++) boilerplate.add(i);
	return clause.some((word, i) => !lang.stopWords.has(word) && !boilerplate.has(i));
}

/** Whether all the words of a phrase would be found by Pagefind (exactly or as a prefix). */
function isInIndex(phrase: string, vocabulary: SearchVocabulary, lang: QueryLanguage): boolean {
	return tokenize(phrase).every(
		(word) => lang.stopWords.has(word) || vocabulary.frequencies.has(word) || hasPrefix(vocabulary, word),
	);
}

/** The guide's entries for a group that the index can find, all of them when there is no vocabulary. */
function guideTerms(
	group: SynonymGroup,
	vocabulary: SearchVocabulary,
	isIndexed: (phrase: string) => boolean,
): string[] {
	if (vocabulary.sorted.length === 0) return [...group.guide];
	return group.guide.filter(isIndexed);
}

/**
 * An idea for the main query: the reader's own word when it is a single indexed word (the
 * articles use it: "crashes", "calendar"), else the first guide entry the index has. Phrases
 * ("not clear") always go to the guide's wording: their words are too common alone.
 */
function guideQuery(
	idea: Idea,
	vocabulary: SearchVocabulary,
	isIndexed: (phrase: string) => boolean,
	lang: QueryLanguage,
): string {
	if (idea.kind === 'word') return idea.word;
	const literal = literalQuery(idea, lang);
	if (idea.hit.isGuideWording || isSingleIndexedWord(idea, vocabulary)) return literal;
	const { guide } = idea.hit.group;
	return guide.find(isIndexed) ?? guide[0] ?? literal;
}

/** Whether the reader wrote the idea as one word the index has exactly (not just a prefix of one). */
function isSingleIndexedWord(idea: Idea, vocabulary: SearchVocabulary): boolean {
	return idea.kind === 'synonym' && idea.words.length === 1 && vocabulary.frequencies.has(idea.words[0]!);
}

/** An idea in the reader's (corrected) words, stop words out. */
function literalQuery(idea: Idea, lang: QueryLanguage): string {
	if (idea.kind === 'word') return idea.word;
	const words = idea.words.filter((word) => !lang.stopWords.has(word));
	return (words.length > 0 ? words : idea.words).join(' ');
}

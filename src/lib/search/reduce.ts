import { tokenize } from './normalize';
import { BOILERPLATE_PHRASES } from './stop-words';

/**
 * Pasted rejection messages: a long input is reduced to its telling words.
 *
 * A provider message pasted whole ("Unfortunately we could not verify your identity because your
 * document is not fully visible. Please try again.") would be ANDed word by word by Pagefind and
 * find nothing. Above `LONG_QUERY_WORDS` words the query is treated as a message: its
 * boilerplate goes, and at most `MAX_CONCEPTS` telling ideas are searched.
 */

/** Longest input read, in characters, so a pasted e-mail never slows the search box. */
export const MAX_QUERY_CHARS = 500;

/** More words than this and the input is a pasted message, not a query (queries average 2–3 words). */
export const LONG_QUERY_WORDS = 6;

/** The most ideas (synonym groups or words) a reduced message keeps. */
export const MAX_CONCEPTS = 6;

/** The input cut to `MAX_QUERY_CHARS`, at a word boundary when there is one nearby. */
export function truncateQuery(raw: string): string {
	if (raw.length <= MAX_QUERY_CHARS) return raw;
	const cut = raw.slice(0, MAX_QUERY_CHARS);
	const lastSpace = cut.search(/\s\S*$/);
	return lastSpace > MAX_QUERY_CHARS / 2 ? cut.slice(0, lastSpace) : cut;
}

/** Whether a tokenised input is long enough to be a pasted message. */
export function isLongQuery(tokens: readonly string[]): boolean {
	return tokens.length > LONG_QUERY_WORDS;
}

const BOILERPLATE = BOILERPLATE_PHRASES.map((phrase) => tokenize(phrase)).sort((a, b) => b.length - a.length);

/**
 * The spans `[start, end)` of boilerplate phrases in a tokenised message, longest first, no overlaps.
 * `phrases`: the language's boilerplate as word lists, longest first (default: English's).
 */
export function boilerplateSpans(
	tokens: readonly string[],
	phrases: readonly (readonly string[])[] = BOILERPLATE,
): Array<{ start: number; end: number }> {
	const spans: Array<{ start: number; end: number }> = [];
	let i = 0;
	while (i < tokens.length) {
		const phrase = phrases.find((words) => words.every((word, k) => tokens[i + k] === word));
		if (phrase) {
			spans.push({ start: i, end: i + phrase.length });
			i += phrase.length;
		} else {
			i += 1;
		}
	}
	return spans;
}

/**
 * The clauses of a message (split at sentence and list punctuation), tokenised. A provider
 * message usually sits in one clause ("Glare detected."), which can then be searched as an exact
 * phrase against the wording the articles quote.
 */
export function clauses(text: string): string[][] {
	return text
		.split(/[.!?;:,()[\]{}"\n\r\u2022|]+/)
		.map((clause) => tokenize(clause))
		.filter((tokens) => tokens.length > 0);
}

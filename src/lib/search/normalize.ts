/**
 * Text normalisation shared by the build (index vocabulary) and the browser (queries), so a
 * word typed by a reader and a word written in an article compare equal.
 *
 * Mirrors what Pagefind does before matching: lower case, diacritics folded (Pagefind 1.5+),
 * words split on anything that is not a letter or a digit. Apostrophes are removed rather than
 * split on, so "doesn't" is one word (`doesnt`) in both the synonym table and the query.
 */

/** Lower-cased, diacritics folded, typographic apostrophes and dashes straightened. */
export function normalizeText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[\u2018\u2019\u02bc`´]/g, "'")
		.replace(/(\p{L})'(\p{L})/gu, '$1$2');
}

/** The words of a text, normalised, in order (duplicates kept). */
export function tokenize(text: string): string[] {
	return normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether a token is worth correcting or counting: letters only, at least two of them. */
export function isWordToken(token: string): boolean {
	return token.length >= 2 && /^\p{L}+$/u.test(token);
}

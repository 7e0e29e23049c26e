/**
 * Characters that print as nothing, so pasted text can carry them unseen: the format characters
 * (Unicode general category Cf: zero-width space and joiners, LRM/RLM and the other bidi controls,
 * the byte-order mark, the soft hyphen, the Arabic letter mark), the combining grapheme joiner,
 * the Hangul fillers, and the variation selectors (standard and Mongolian).
 *
 * The one definition for every checker: the date reader drops them, the name tester shows them.
 */
const INVISIBLE_CLASS = String.raw`\p{Cf}\u034F\u115F\u1160\u3164\uFFA0\uFE00-\uFE0F\u180B-\u180F`;

// Variation selectors and the grapheme joiner are combining marks, matched here one at a time on purpose.
/* eslint-disable no-misleading-character-class */
const ONE_INVISIBLE = new RegExp(`^[${INVISIBLE_CLASS}]$`, 'u');
const ANY_INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'gu');
/* eslint-enable no-misleading-character-class */

/** Whether one code point is an invisible character. */
export function isInvisible(character: string): boolean {
	return ONE_INVISIBLE.test(character);
}

/** The text without its invisible characters. */
export function removeInvisible(text: string): string {
	return text.replace(ANY_INVISIBLE, '');
}

/**
 * Text clean-up before tokenizing: width, digits of other scripts, invisible marks; and the
 * folding that makes month words comparable across accents, case and letter variants.
 */
import { removeInvisible } from '../text/invisible';

/** Which digits a text was written in (a hint: Persian digits suggest a Persian date). */
export type DigitScript = 'latin' | 'arabic-indic' | 'persian' | 'thai' | 'other';

/** Zero of each decimal digit block we convert, with the script it tells of. */
const DIGIT_ZEROS: readonly (readonly [number, DigitScript])[] = [
	[0x0660, 'arabic-indic'],
	[0x06f0, 'persian'],
	[0x0e50, 'thai'],
	[0x0966, 'other'], // Devanagari
	[0x09e6, 'other'], // Bengali
	[0x0ed0, 'other'], // Lao
	[0x1040, 'other'], // Myanmar
];

/**
 * The Arabic tatweel, the stroke that stretches a word ("هـ" for the Hijri era): drawn, but it
 * carries nothing in a date. The invisible characters that sit in copied dates (bidi marks: Intl's
 * ar-SA output has U+200F before each slash; zero-width joiners; the BOM) go by the shared rule.
 */
const TATWEEL = /\u0640/g;

/** The text as the tokenizer reads it, and which non-Latin digits it held. */
export interface NormalizedText {
	text: string;
	digitScript: DigitScript;
}

/**
 * NFKC (full-width `２０１３` → `2013`, `º` → `o`, no-break spaces → spaces), then Arabic-Indic,
 * Persian, Thai and other decimal digits to ASCII, then invisible marks removed.
 */
export function normalizeText(input: string): NormalizedText {
	const visible = removeInvisible(input.normalize('NFKC').replace(TATWEEL, ''));
	let digitScript: DigitScript = 'latin';
	let text = '';
	for (const char of visible) {
		const code = char.codePointAt(0) ?? 0;
		let converted = char;
		for (const [zero, script] of DIGIT_ZEROS) {
			if (code >= zero && code <= zero + 9) {
				converted = String(code - zero);
				if (digitScript === 'latin') digitScript = script;
				break;
			}
		}
		text += converted;
	}
	return { text, digitScript };
}

/** Letter variants folded together: dotless i, Arabic yeh/alef maksura and kaf to Persian forms. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
	ı: 'i',
	ي: 'ی',
	ى: 'ی',
	ك: 'ک',
};

/**
 * Combining marks that carry accents: Latin/Cyrillic diacritics and Arabic vowel signs, hamza and
 * madda. Thai vowel and tone marks are kept: without them มีค (March) would read as มค (January).
 */
// A class of combining marks on purpose: each is matched, and removed, on its own.
const COMBINING_MARKS =
	// eslint-disable-next-line no-misleading-character-class
	/[\u0300-\u036f\u0483-\u0489\u064b-\u065f\u0670\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/**
 * The lookup key of a word: lower case, accents and Arabic vowel signs removed (é → e,
 * й → и, آ → ا), apostrophes and spaces dropped (Shaʻban, "ربيع الأول"), letter variants folded.
 */
export function foldWord(word: string): string {
	const stripped = word
		.toLowerCase()
		.normalize('NFD')
		.replace(COMBINING_MARKS, '')
		.replace(/['’ʼʻ`\s.-]/g, '');
	let folded = '';
	for (const char of stripped) folded += LETTER_FOLDS[char] ?? char;
	return folded;
}

import type { LanguageCode } from './types';

/** One language exception of the ICAO Cyrillic table. */
export interface CyrillicException {
	to: string;
	languages: readonly LanguageCode[];
	/** Only for the first letter of a name part. */
	initial?: boolean;
}

/** One row of the ICAO Cyrillic table. */
export interface CyrillicRow {
	/** The ICAO transliteration; "" for a letter ICAO drops (Ь). */
	icao: string;
	exceptions?: readonly CyrillicException[];
}

/**
 * ICAO Doc 9303 Part 3 (8th edition, 2021), §6 table B (Cyrillic), with the language exceptions
 * ICAO gives (BE Belarusian, BG Bulgarian, MK Macedonian, SR Serbian, UK Ukrainian), keyed by the
 * upper-case letter. Typed by hand from the standard (ICAO publishes Doc 9303 as PDF only, at
 * icao.int, so there is no file to generate it from); the Russian rows match nalgeon/iuliia
 * `icao_doc_9303.json` (checked in peer-data.test.ts).
 *
 * Printing quirks of the 2021 PDF (the Ђ row shows the glyph Ћ against Ђ's code U+0402, and the Ѓ
 * row is printed against U+0492) are resolved to the code points. Ћ (U+040B) so has no row of its
 * own; Serbian documents write it as C, so it is given here as C.
 */
export const ICAO_CYRILLIC: Readonly<Record<string, CyrillicRow>> = {
	А: { icao: 'A' },
	Б: { icao: 'B' },
	В: { icao: 'V' },
	Г: { icao: 'G', exceptions: [{ to: 'H', languages: ['BE', 'SR', 'UK'] }] },
	Ґ: { icao: 'G' },
	Д: { icao: 'D' },
	Ђ: { icao: 'D' },
	Ѓ: { icao: 'G', exceptions: [{ to: 'GJ', languages: ['MK'] }] },
	Е: { icao: 'E' },
	Ё: { icao: 'E', exceptions: [{ to: 'IO', languages: ['BE'] }] },
	Є: { icao: 'IE', exceptions: [{ to: 'YE', languages: ['UK'], initial: true }] },
	Ж: { icao: 'ZH', exceptions: [{ to: 'Z', languages: ['SR'] }] },
	З: { icao: 'Z' },
	Ѕ: { icao: 'DZ' },
	И: { icao: 'I', exceptions: [{ to: 'Y', languages: ['UK'] }] },
	І: { icao: 'I' },
	Ї: { icao: 'I', exceptions: [{ to: 'YI', languages: ['UK'], initial: true }] },
	Й: { icao: 'I', exceptions: [{ to: 'Y', languages: ['UK'], initial: true }] },
	Ј: { icao: 'J' },
	К: { icao: 'K' },
	Ќ: { icao: 'K', exceptions: [{ to: 'KJ', languages: ['MK'] }] },
	Л: { icao: 'L' },
	Љ: { icao: 'LJ' },
	М: { icao: 'M' },
	Н: { icao: 'N' },
	Њ: { icao: 'NJ' },
	О: { icao: 'O' },
	П: { icao: 'P' },
	Р: { icao: 'R' },
	С: { icao: 'S' },
	Т: { icao: 'T' },
	Ћ: { icao: 'C' },
	У: { icao: 'U' },
	Ў: { icao: 'U' },
	Ф: { icao: 'F' },
	Х: { icao: 'KH', exceptions: [{ to: 'H', languages: ['SR', 'MK'] }] },
	Ц: { icao: 'TS', exceptions: [{ to: 'C', languages: ['SR', 'MK'] }] },
	Ч: { icao: 'CH', exceptions: [{ to: 'C', languages: ['SR'] }] },
	Џ: { icao: 'DZ', exceptions: [{ to: 'DJ', languages: ['MK'] }] },
	Ш: { icao: 'SH', exceptions: [{ to: 'S', languages: ['SR'] }] },
	Щ: { icao: 'SHCH', exceptions: [{ to: 'SHT', languages: ['BG'] }] },
	Ъ: { icao: 'IE' },
	Ы: { icao: 'Y' },
	Ь: { icao: '' },
	Э: { icao: 'E' },
	Ю: { icao: 'IU', exceptions: [{ to: 'YU', languages: ['UK'], initial: true }] },
	Я: { icao: 'IA', exceptions: [{ to: 'YA', languages: ['UK'], initial: true }] },
	Ѫ: { icao: 'U' },
	Ѵ: { icao: 'Y' },
	Һ: { icao: 'C' },
};

/**
 * Where older Russian passports differ from ICAO: MVD order 310 (1997) and 782 (2000). Typed by
 * hand: the letters where nalgeon/iuliia's machine-readable copies of those schemes (`mvd_310.json`,
 * `mvd_782.json`, their `mapping`; MIT) differ from ICAO's table B, with the apostrophes for Ь and Ъ
 * dropped, as the MRZ drops them; peer-data.test.ts checks the schemes' own samples. Context rules of those schemes (Е after a vowel → YE, Ё after a
 * consonant → YE) are in `OLDER_RUSSIAN_AFTER_VOWEL`.
 */
export const OLDER_RUSSIAN: Readonly<Record<string, readonly string[]>> = {
	Ё: ['YO', 'YE'],
	Й: ['Y'],
	Ъ: [''],
	Ю: ['YU'],
	Я: ['YA'],
};

/**
 * mvd_310/mvd_782 `prev_mapping`: Е after a vowel, Ь or Ъ is YE (Васильева → VASILYEVA).
 */
export const OLDER_RUSSIAN_AFTER_VOWEL: Readonly<Record<string, readonly string[]>> = {
	Е: ['YE'],
};

/** Letters after which OLDER_RUSSIAN_AFTER_VOWEL applies (vowels and the two signs). */
export const OLDER_RUSSIAN_VOWELS = new Set('АЕЁИОУЫЭЮЯЬЪ');

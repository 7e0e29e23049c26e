/**
 * Thresholds and limits of the name comparison, each with where it comes from.
 */

/**
 * Characters of each name that are compared. Real names are far shorter (the TD3 MRZ name field
 * holds 39); the cap keeps a pasted essay from freezing the page. Longer input is reported as
 * `*-too-long` and compared on its first MAX_NAME_LENGTH characters.
 */
export const MAX_NAME_LENGTH = 1000;

/**
 * Jaro-Winkler similarity from which two different parts are paired as a misspelling rather than
 * reported as one missing and one extra. Own choice, from scores measured with `jaroWinkler`
 * (similarity.test.ts): IULIIA–YULIYA 0.778, CATHERINE–KATHRYN 0.757 (different names);
 * 0.8 keeps the first pair apart and typos together.
 */
export const SPELLING_MIN_SIMILARITY = 0.8;

/**
 * A part longer than this many characters is compared by its folded letters only, not letter by
 * letter: the letter alignment is quadratic and no name part is this long.
 */
export const MAX_ALIGNED_PART_LENGTH = 64;

/** Most name parts joined into one ("De La Cruz" → "DELACRUZ") that the tester looks for. */
export const MAX_JOINED_PARTS = 4;

/**
 * Longest transliteration of one letter: Щ → SHCH (ICAO Doc 9303 Part 3 §6, table B).
 */
export const MAX_READING_LENGTH = 4;

/** Jaro-Winkler prefix scale and prefix length from Winkler (1990). */
export const JARO_WINKLER_PREFIX_SCALE = 0.1;
export const JARO_WINKLER_MAX_PREFIX = 4;

/**
 * Most part pairs scored for initials and misspellings. Real names have a handful of parts; for a
 * pasted wall of text each account part is only scored against document parts near the same
 * relative position, so the work stays linear in the number of parts.
 */
export const MAX_LOOSE_PAIRS = 20_000;

/**
 * Characters per line of each machine-readable zone (ICAO Doc 9303 Parts 4–6): TD1 ID cards have
 * three lines of 30, TD2 cards (and the French national ID) two of 36, TD3 passports two of 44.
 */
export const MRZ_LINE_LENGTH = { TD1: 30, TD2: 36, TD3: 44 } as const;

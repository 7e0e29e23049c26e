/**
 * Named limits of the date checker, each with where the number comes from.
 */

/** Longest input read at all: a printed date is under 40 characters; 200 leaves room for pasted context. */
export const MAX_INPUT_LENGTH = 200;

/**
 * Gregorian years a date on an ID can fall in. Nobody alive was born before 1900 (the oldest
 * verified living people were born in 1908-1910) and no identity document expires after 2100.
 */
export const YEAR_MIN = 1900;
/** See `YEAR_MIN`. */
export const YEAR_MAX = 2100;

/** Days before expiry that count as "expires soon". Own choice: about a month, time enough to renew first. */
export const EXPIRES_SOON_DAYS = 30;

/** Age of majority most exchanges require; own default for `minimumAge`, which a caller can change. */
export const DEFAULT_MINIMUM_AGE = 18;

/**
 * Uncertainty of a Hijri date converted to Gregorian, in days: Umm al-Qura and the
 * tabular calendars disagree by one day on many dates (measured with @internationalized/date
 * 3.12.4: 1990-01-12 is 1410-06-14 in Umm al-Qura and islamic-civil, 1410-06-15 in islamic-tbla),
 * and sighting-based calendars can differ again.
 */
export const HIJRI_UNCERTAIN_DAYS = 1;

/** Longest word compared against the month lexicon for a suggestion (keeps the edit distance cheap). */
export const MAX_SUGGESTION_WORD_LENGTH = 24;

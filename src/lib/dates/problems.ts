/**
 * The codes the date checker returns. `src/lib` never returns words: the island maps each code
 * to a sentence in a `Record<Code, string>`, so a new code without words fails the type check.
 */

/** Why a text could not be read as a date. */
export const PARSE_PROBLEMS = [
	/** Nothing but spaces and punctuation. */
	'empty',
	/** Longer than `MAX_INPUT_LENGTH`: rejected before any work. */
	'too-long',
	/** Nothing date-like: no numbers, too many numbers, or words that are no month. */
	'not-a-date',
	/** A date with a part missing (`01/1990`, `12 January`). */
	'incomplete',
	/** ICAO's placeholders for an unknown part (`XX XX 1942`, MRZ `42<<<<`). */
	'partly-unknown',
	/** A word where the month should be that is no month we know; carries `suggestion`. */
	'unknown-month',
	/** Two month words that name different months (`12 MAR/MAI 1990`). */
	'months-disagree',
	/** A month number outside 1-12 in every reading (`13/13/1990`). */
	'month-out-of-range',
	/** A day number outside 1-31 in every reading (`32/01/1990`). */
	'day-out-of-range',
	/** A year no ID can carry (before 1900, after 2100, or three digits). */
	'year-out-of-range',
	/** A day the month does not have (`31/02/1990`, `29/02/1990`). */
	'no-such-day',
	/** A Japanese era year that falls outside its era (`平成1年1月7日` is still Shōwa). */
	'not-in-era',
] as const;

/** Why a text could not be read as a date. */
export type ParseProblem = (typeof PARSE_PROBLEMS)[number];

/** What is wrong with the dates of a document taken together (see `checkDocumentDates`). */
export const DOCUMENT_PROBLEMS = [
	/** The expiry date is before today. */
	'expired',
	/** The expiry date is today or within `EXPIRES_SOON_DAYS`. */
	'expires-soon',
	/** The holder is younger than the minimum age today. */
	'under-age',
	/** The date of birth is after today: usually a mistyped year. */
	'future-birth',
	/** The issue date is after today: usually a mistyped year or the expiry typed as issue. */
	'issued-in-future',
	/** The issue date is after the expiry date: the two fields are probably swapped. */
	'issued-after-expiry',
	/** The holder was born after the document was issued: a mistyped year or swapped fields. */
	'born-after-issue',
] as const;

/** What is wrong with the dates of a document taken together. */
export type DocumentProblemCode = (typeof DOCUMENT_PROBLEMS)[number];

/** The verdicts of `compareDates`. */
export const COMPARE_VERDICTS = ['same', 'same-if-reordered', 'different', 'unreadable'] as const;

/** The verdict of `compareDates`. */
export type CompareVerdict = (typeof COMPARE_VERDICTS)[number];

/** Why two texts match only under a less likely reading. */
export const MATCH_REASONS = [
	/** Day and month (or the year's place) were read in another order. */
	'order',
	/** A two-digit year was put in the other century. */
	'century',
	/** A year was read in another calendar (Buddhist, Persian, Hijri …). */
	'calendar',
	/** A Hijri date lands one day off: the Hijri calendars differ by a day. */
	'calendar-variant',
] as const;

/** Why two texts match only under a less likely reading. */
export type MatchReason = (typeof MATCH_REASONS)[number];

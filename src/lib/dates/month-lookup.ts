import { editDistance } from '../text/edit-distance';
/**
 * Lookup over the month lexicon: folded word → the months it can name, and the closest known
 * month word for a misspelling.
 */
import { MAX_SUGGESTION_WORD_LENGTH } from './constants';
import { MONTH_NAMES, type LexiconCalendar } from './month-lexicon';
import { foldWord } from './normalize';

/** One month a word can name. */
export interface MonthMatch {
	calendar: LexiconCalendar;
	/** 1-12. */
	month: number;
}

/** Folded word → months (a word names one month per calendar at most, e.g. "mar" is March only). */
const INDEX: ReadonlyMap<string, readonly MonthMatch[]> = buildIndex();
/** Folded word → the word as the lexicon spells it, for suggestions. */
const DISPLAY: ReadonlyMap<string, string> = buildDisplay();

function buildIndex(): Map<string, MonthMatch[]> {
	const spaced = new Map<string, MonthMatch[]>();
	const unspaced = new Map<string, MonthMatch[]>();
	const add = (index: Map<string, MonthMatch[]>, key: string, match: MonthMatch): void => {
		const matches = index.get(key) ?? [];
		if (!matches.some((m) => m.calendar === match.calendar && m.month === match.month)) matches.push(match);
		index.set(key, matches);
	};
	for (const names of MONTH_NAMES) {
		names.months.forEach((spellings, i) => {
			for (const spelling of spellings) {
				const match = { calendar: names.calendar, month: i + 1 };
				const key = foldPhrase(spelling);
				add(spaced, key, match);
				if (key.includes(' ')) add(unspaced, key.replaceAll(' ', ''), match);
			}
		});
	}
	// Multi-word names also match written as one word ("Rabiulawal", "ربیع‌الاول"), unless that
	// would make two months meet: "Rab II" and "Rabiʻ I" both run together as "rabii".
	for (const [key, matches] of unspaced) {
		const sameCalendar = new Set(matches.map((m) => m.calendar));
		if (matches.length === sameCalendar.size && !spaced.has(key)) spaced.set(key, matches);
	}
	return spaced;
}

function buildDisplay(): Map<string, string> {
	const display = new Map<string, string>();
	for (const names of MONTH_NAMES) {
		for (const spellings of names.months) {
			for (const spelling of spellings) {
				const key = foldPhrase(spelling);
				if (!display.has(key)) display.set(key, spelling);
			}
		}
	}
	return display;
}

/** The lookup key of a month name of one or more words: each word folded, joined by one space. */
export function foldPhrase(phrase: string): string {
	return phrase
		.split(/[\s.-]+/)
		.map(foldWord)
		.filter((word) => word !== '')
		.join(' ');
}

/** The months a folded word or phrase (words joined by one space) names; empty when none. */
export function lookupMonth(key: string): readonly MonthMatch[] {
	return INDEX.get(key) ?? [];
}

/**
 * The known month word closest to `word`: the first whose start it is ("Muhar" → "Muharram"), else
 * the nearest by optimal string alignment distance (a swapped pair of letters counts once:
 * "Janaury" → "January"), or undefined when nothing is close.
 */
export function closestMonthWord(word: string): string | undefined {
	const key = foldPhrase(word);
	if (key.length < 2 || key.length > MAX_SUGGESTION_WORD_LENGTH) return undefined;
	const limit = Math.max(2, Math.ceil(key.length / 3));
	let best: string | undefined;
	let bestDistance = limit + 1;
	for (const candidate of DISPLAY.keys()) {
		if (Math.abs(candidate.length - key.length) >= bestDistance) continue;
		const distance = editDistance(key, candidate);
		// On a tie the first wins: English before other languages, full names before abbreviations.
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	// One slip away wins; otherwise a cut-off name ("Muhar." for Muharram) is the start of a word.
	if (bestDistance > 1 && key.length >= 3) {
		for (const [candidate, display] of DISPLAY) {
			if (candidate.startsWith(key) && candidate.length > key.length) return display;
		}
	}
	return best === undefined ? undefined : DISPLAY.get(best);
}

/**
 * From tokens to the parts of a date: numbers (some already known to be the day, month or
 * year), month words, the calendar a marker names, and what was left over.
 */
import {
	CALENDAR_MARKERS,
	ERA_WORDS,
	FIELD_PREFIX_WORDS,
	FILLER_WORDS,
	ORDINAL_SUFFIXES,
	type DateField,
	type JapaneseEra,
	type MarkedCalendar,
} from './date-words';
import { lookupMonth, type MonthMatch } from './month-lookup';
import type { Token, WordToken } from './tokenizer';

/** A number of the date. */
export interface NumberPart {
	kind: 'number';
	value: number;
	digits: number;
	/** Known from a unit or marker (年, tháng, an era name). */
	field?: DateField;
	/** The Japanese era the number is a year of. */
	era?: JapaneseEra;
}

/** A month word (or several naming the same month: `JAN/JANV`). */
export interface MonthPart {
	kind: 'month';
	matches: readonly MonthMatch[];
	words: string[];
}

/** A number or a month word. */
export type Part = NumberPart | MonthPart;

/** What the parts stage found. */
export interface Parts {
	parts: Part[];
	/** The calendar a marker named (พ.ศ., هـ, AH, BE …). */
	calendar?: MarkedCalendar;
	/** Two markers named different calendars. */
	calendarConflict: boolean;
	/** Words that are nothing we know, as written. */
	unknownWords: string[];
	/** Two month words next to each other named different months: the words. */
	monthConflict?: string;
	/** ICAO's unknown-part marks were present (`XX`, `<`). */
	placeholder: boolean;
}

const FILLERS = new Set(FILLER_WORDS);
const ORDINALS = new Set(ORDINAL_SUFFIXES);
/** Words join into one month name or marker across spaces, periods and hyphens (`Rab. I`, `พ.ศ.`). */
const JOINABLE_GAP = /^[\s.-]*$/;
const LONGEST_JOIN = 3;

/** The parts of a tokenized text. */
export function toParts(tokens: readonly Token[]): Parts {
	const result: Parts = { parts: [], calendarConflict: false, unknownWords: [], placeholder: false };
	let pendingField: DateField | undefined;
	let pendingEra: JapaneseEra | undefined;
	let previousWasMonth = false;

	const setCalendar = (calendar: MarkedCalendar): void => {
		if (result.calendar !== undefined && result.calendar !== calendar) result.calendarConflict = true;
		result.calendar = calendar;
	};

	let i = 0;
	while (i < tokens.length) {
		const token = tokens[i];
		if (token === undefined) break;
		const next = tokens[i + 1];

		if (token.kind === 'number') {
			const part: NumberPart = { kind: 'number', value: token.value, digits: token.digits };
			let consumed = 1;
			if (next?.kind === 'unit' && next.gapBefore.trim() === '') {
				part.field = next.field;
				consumed = 2;
			} else if (pendingField) {
				part.field = pendingField;
			}
			if (pendingEra) {
				part.era = pendingEra;
				part.field = 'year';
			}
			if (
				consumed === 1 &&
				next?.kind === 'word' &&
				next.gapBefore === '' &&
				token.digits <= 2 &&
				ORDINALS.has(next.key)
			) {
				consumed = 2;
			}
			pendingField = undefined;
			pendingEra = undefined;
			previousWasMonth = false;
			result.parts.push(part);
			i += consumed;
			continue;
		}
		if (token.kind === 'placeholder') {
			result.placeholder = true;
			i++;
			continue;
		}
		if (token.kind === 'unit') {
			i++;
			continue;
		}

		// A word: the longest run of joinable words that names a month, else a marker, era, filler.
		const month = longestMonth(tokens, i);
		if (month) {
			const last = result.parts[result.parts.length - 1];
			if (previousWasMonth && last?.kind === 'month') {
				const shared = last.matches.filter((a) =>
					month.matches.some((b) => a.calendar === b.calendar && a.month === b.month),
				);
				if (shared.length === 0) result.monthConflict = [...last.words, month.word].join('/');
				else last.matches = shared;
				last.words.push(month.word);
			} else {
				result.parts.push({ kind: 'month', matches: month.matches, words: [month.word] });
			}
			previousWasMonth = true;
			i += month.length;
			continue;
		}
		previousWasMonth = false;

		const marker = longestMarker(tokens, i);
		const era = ERA_WORDS[token.key];
		const gluedToNumber = next?.kind === 'number' && next.gapBefore === '';
		if (era !== undefined && token.key.length === 1 && gluedToNumber) {
			// `H2.01.12`: a one-letter era glued to its year.
			pendingEra = era;
			i++;
		} else if (era !== undefined && token.key.length > 1) {
			// 平成2年 (era then year) or "2 Heisei" (year then era, Intl en-u-ca-japanese).
			const last = result.parts[result.parts.length - 1];
			if (next?.kind === 'number') pendingEra = era;
			else if (last?.kind === 'number' && last.field === undefined) {
				last.era = era;
				last.field = 'year';
			}
			i++;
		} else if (marker) {
			setCalendar(marker.calendar);
			i += marker.length;
		} else if (FIELD_PREFIX_WORDS[token.key] !== undefined && next?.kind === 'number') {
			pendingField = FIELD_PREFIX_WORDS[token.key];
			i++;
		} else if (FILLERS.has(token.key)) {
			i++;
		} else if (/^x+$/.test(token.key)) {
			result.placeholder = true;
			i++;
		} else {
			result.unknownWords.push(token.text);
			i++;
		}
	}
	return result;
}

/** The words from `start` on, while they are words joined by spaces, periods or hyphens. */
function joinableWords(tokens: readonly Token[], start: number): WordToken[] {
	const words: WordToken[] = [];
	for (let j = start; j < tokens.length && words.length < LONGEST_JOIN; j++) {
		const t = tokens[j];
		if (t?.kind !== 'word') break;
		if (j > start && !JOINABLE_GAP.test(t.gapBefore)) break;
		words.push(t);
	}
	return words;
}

function longestMonth(
	tokens: readonly Token[],
	start: number,
): { matches: readonly MonthMatch[]; word: string; length: number } | undefined {
	const words = joinableWords(tokens, start);
	for (let n = words.length; n >= 1; n--) {
		const slice = words.slice(0, n);
		const keys = slice.map((w) => w.key);
		// Spaced first ("Rab. II" is not "Rabiʻ I"), then run together (ม.ค. is มค).
		let matches = lookupMonth(keys.join(' '));
		if (matches.length === 0 && n > 1) matches = lookupMonth(keys.join(''));
		if (matches.length > 0) return { matches, word: slice.map((w) => w.text).join(' '), length: n };
	}
	return undefined;
}

function longestMarker(
	tokens: readonly Token[],
	start: number,
): { calendar: MarkedCalendar; length: number } | undefined {
	const words = joinableWords(tokens, start);
	for (let n = words.length; n >= 1; n--) {
		const calendar =
			CALENDAR_MARKERS[
				words
					.slice(0, n)
					.map((w) => w.key)
					.join('')
			];
		if (calendar !== undefined) return { calendar, length: n };
	}
	return undefined;
}

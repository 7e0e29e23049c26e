/**
 * Splits a normalized text into numbers, words, date units (年 月 日 년 월 일) and placeholders,
 * remembering the separators between them: the parts stage needs to know that `12th` is glued,
 * that `ม.ค.` is one abbreviation and that `JAN/JANV` are two words for one month.
 */
import { FIRST_ERA_YEAR, UNIT_CHARACTERS, type DateField } from './date-words';
import { foldWord } from './normalize';

/** What every token carries. */
interface TokenBase {
	/** The separator characters between the previous token and this one ('' when glued). */
	gapBefore: string;
	/** The token as written. */
	text: string;
}

/** A run of ASCII digits (or 元 before 年, the first year of an era). */
export interface NumberToken extends TokenBase {
	kind: 'number';
	value: number;
	digits: number;
}

/** A run of letters. */
export interface WordToken extends TokenBase {
	kind: 'word';
	/** The folded lookup key (see `foldWord`). */
	key: string;
}

/** A date unit written after a number. */
export interface UnitToken extends TokenBase {
	kind: 'unit';
	field: DateField;
}

/** MRZ filler `<`, ICAO's mark for an unknown part of a date. */
export interface PlaceholderToken extends TokenBase {
	kind: 'placeholder';
}

/** One token. */
export type Token = NumberToken | WordToken | UnitToken | PlaceholderToken;

const DIGIT = /[0-9]/;
const LETTER = /[\p{L}\p{M}]/u;
const APOSTROPHES = new Set(["'", '’', 'ʼ']);

/** The tokens of a normalized text. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	const chars = Array.from(text);
	let gap = '';
	let i = 0;
	while (i < chars.length) {
		const char = chars[i] ?? '';
		if (DIGIT.test(char)) {
			let end = i;
			while (end < chars.length && DIGIT.test(chars[end] ?? '')) end++;
			const digits = chars.slice(i, end).join('');
			tokens.push({ kind: 'number', text: digits, value: Number(digits), digits: digits.length, gapBefore: gap });
			gap = '';
			i = end;
		} else if (char === FIRST_ERA_YEAR && chars[i + 1] === '年') {
			tokens.push({ kind: 'number', text: char, value: 1, digits: 1, gapBefore: gap });
			gap = '';
			i++;
		} else if (UNIT_CHARACTERS[char] !== undefined) {
			tokens.push({ kind: 'unit', text: char, field: UNIT_CHARACTERS[char], gapBefore: gap });
			gap = '';
			i++;
		} else if (char === '<') {
			let end = i;
			while (chars[end] === '<') end++;
			tokens.push({ kind: 'placeholder', text: chars.slice(i, end).join(''), gapBefore: gap });
			gap = '';
			i = end;
		} else if (LETTER.test(char)) {
			let end = i;
			while (end < chars.length) {
				const c = chars[end] ?? '';
				const next = chars[end + 1] ?? '';
				const isUnit = UNIT_CHARACTERS[c] !== undefined || (c === FIRST_ERA_YEAR && next === '年');
				if (isUnit) break;
				if (LETTER.test(c) || (APOSTROPHES.has(c) && LETTER.test(next) && end > i)) end++;
				else break;
			}
			const word = chars.slice(i, end).join('');
			tokens.push({ kind: 'word', text: word, key: foldWord(word), gapBefore: gap });
			gap = '';
			i = end;
		} else {
			gap += char;
			i++;
		}
	}
	return tokens;
}

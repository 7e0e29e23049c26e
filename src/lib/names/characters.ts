import { isInvisible } from '../text/invisible';
import { scriptOf } from './scripts';
import type { CharacterNote, Script } from './types';

/** What one character of a name is, for splitting the name into parts. */
export type CharacterClass =
	'letter' | 'mark' | 'digit' | 'apostrophe' | 'hyphen' | 'period' | 'comma' | 'space' | 'removed' | 'other';

/** One code point of the input with its offsets in the string as typed. */
export interface ScannedCharacter {
	/** As typed. */
	raw: string;
	/** NFKC form: full-width Ｊ → J, ligature ﬁ → fi. */
	norm: string;
	start: number;
	end: number;
	cls: CharacterClass;
	note?: CharacterNote;
	script?: Script;
}

const CONTROL = /^\p{Cc}$/u;
const CONTROL_AS_SPACE = /^[\t\n\v\f\r\u0085]$/u;
const SPACE = /^\s$/u;
const APOSTROPHE = /^['\u2018\u2019\u02BC\u02BB\u0060\u00B4\u02B9\u2032\uFF07]$/u;
const HYPHEN = /^\p{Pd}$/u;
const PERIOD = /^[.\u3002\uFF0E\u2024]$/u;
const COMMA = /^[,\uFF0C\u3001\u060C]$/u;
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const DIGIT = /^\p{N}$/u;
const FULL_WIDTH = /^[\u3000\uFF01-\uFFEF]$/u;

/** Classifies one code point of a name. Pure; never throws. */
export function classify(raw: string, start: number): ScannedCharacter {
	const end = start + raw.length;
	const norm = raw.normalize('NFKC');
	const base = { raw, norm, start, end };
	if (isInvisible(raw)) return { ...base, norm: '', cls: 'removed', note: 'invisible' };
	if (CONTROL.test(raw)) {
		return CONTROL_AS_SPACE.test(raw)
			? { ...base, norm: ' ', cls: 'space', note: 'control' }
			: { ...base, norm: '', cls: 'removed', note: 'control' };
	}
	if (SPACE.test(raw)) {
		return raw === ' ' ? { ...base, cls: 'space' } : { ...base, norm: ' ', cls: 'space', note: 'odd-space' };
	}
	if (APOSTROPHE.test(raw)) return { ...base, norm: "'", cls: 'apostrophe' };
	if (HYPHEN.test(raw)) return { ...base, norm: '-', cls: 'hyphen' };
	if (PERIOD.test(raw)) return { ...base, norm: '.', cls: 'period' };
	if (COMMA.test(raw)) return { ...base, norm: ',', cls: 'comma' };
	const widthNote: CharacterNote | undefined =
		norm === raw ? undefined : FULL_WIDTH.test(raw) ? 'full-width' : 'styled';
	const first = norm === '' ? raw : String.fromCodePoint(norm.codePointAt(0)!);
	if (LETTER.test(first)) {
		return { ...base, cls: 'letter', script: scriptOf(first), ...(widthNote ? { note: widthNote } : {}) };
	}
	if (MARK.test(first)) return { ...base, cls: 'mark' };
	if (DIGIT.test(first)) return { ...base, cls: 'digit', note: 'digit' };
	return { ...base, cls: 'other', note: 'symbol' };
}

/** Splits a string into classified code points, keeping their offsets. */
export function scan(input: string): ScannedCharacter[] {
	const out: ScannedCharacter[] = [];
	let offset = 0;
	for (const raw of input) {
		out.push(classify(raw, offset));
		offset += raw.length;
	}
	return out;
}

import { MAX_READING_LENGTH } from './constants';
import { latinLookAlike } from './confusables';
import { ICAO_CYRILLIC, OLDER_RUSSIAN, OLDER_RUSSIAN_AFTER_VOWEL, OLDER_RUSSIAN_VOWELS } from './cyrillic';
import { ICAO_LATIN, ICAO_LATIN_LOWER, NOT_ICAO_LATIN } from './icao-latin';
import type { Unit } from './tokens';
import type { Rule, Scheme } from './types';

/**
 * How one unit may be written in plain capital letters A–Z, and why. `same` for a plain letter,
 * `width` for a full-width or styled one, `punctuation` for an inner apostrophe (MRZ drops it).
 */
export type ReadingKind = 'same' | 'width' | 'punctuation' | 'diacritics' | 'transliteration' | 'confusable';

/** One way to write a unit in A–Z. */
export interface Reading {
	text: string;
	kind: ReadingKind;
	rule?: Rule;
}

/** Ranks reading kinds: a match is explained by the least surprising kind that fits. */
export const READING_WEIGHT: Readonly<Record<ReadingKind, number>> = {
	same: 0,
	width: 1,
	punctuation: 2,
	diacritics: 3,
	transliteration: 4,
	confusable: 5,
};

const ASCII_LETTERS = /^[A-Za-z]+$/;
const DIGITS = /^[0-9]+$/;

function rule(from: string, to: string, scheme: Scheme, extra: Partial<Rule> = {}): Rule {
	return { from, to, label: `${from}→${to}`, scheme, ...extra };
}

/** Context of a unit within its part. */
export interface UnitContext {
	/** First unit of the part (ICAO's "initial" exceptions). */
	initial: boolean;
	/** The unit before, if any (for the older Russian Е → YE rule). */
	previous?: Unit;
	/** The part mixes Latin letters with letters of another script. */
	mixedScripts: boolean;
}

/**
 * Every way the tester accepts to write one unit in capital A–Z, most usual first. Never empty for
 * letters of Latin, Cyrillic, Greek or Armenian script that have a table entry; empty for letters it
 * has no table for (Han, Arabic …), which then only match themselves.
 */
export function readingsOf(unit: Unit, context: UnitContext): Reading[] {
	if (unit.kind === 'apostrophe') return [{ text: '', kind: 'punctuation' }];
	const norm = unit.norm;
	const widthKind: ReadingKind = norm !== unit.raw.normalize('NFC') ? 'width' : 'same';
	if (DIGITS.test(norm)) return [{ text: norm, kind: widthKind }];
	if (ASCII_LETTERS.test(norm)) return [{ text: norm.toUpperCase(), kind: widthKind }];

	const out: Reading[] = [];
	const lower = ICAO_LATIN_LOWER[norm];
	if (lower) return lower.map((to) => ({ text: to, kind: 'transliteration', rule: rule(norm, to, 'icao') }));
	const upper = norm.toUpperCase();
	const decomposed = upper.normalize('NFD');
	const base = decomposed.replace(/\p{M}+/gu, '');
	const decomposesToAscii = base !== decomposed && ASCII_LETTERS.test(base);

	const latin = ICAO_LATIN[upper];
	if (latin) {
		for (const to of latin) {
			const kind: ReadingKind = decomposesToAscii && to === base ? 'diacritics' : 'transliteration';
			out.push({ text: to, kind, rule: rule(upper, to, 'icao') });
		}
		for (const to of NOT_ICAO_LATIN[upper] ?? []) {
			out.push({ text: to, kind: 'transliteration', rule: rule(upper, to, 'not-icao') });
		}
		return out;
	}
	if (decomposesToAscii) {
		return [{ text: base, kind: 'diacritics', rule: rule(upper, base, 'not-icao') }];
	}

	const lookAlike = latinLookAlike(norm);
	// Inside a Latin word, a Cyrillic or Greek letter that looks Latin is a look-alike, not a
	// transliteration: "Ivаn" with a Cyrillic а.
	if (lookAlike && context.mixedScripts) {
		return [{ text: lookAlike.toUpperCase(), kind: 'confusable', rule: rule(norm, lookAlike, 'not-icao') }];
	}
	const cyrillic = ICAO_CYRILLIC[upper];
	if (cyrillic) {
		out.push({ text: cyrillic.icao, kind: 'transliteration', rule: rule(upper, cyrillic.icao, 'icao') });
		for (const exception of cyrillic.exceptions ?? []) {
			if (exception.initial && !context.initial) continue;
			out.push({
				text: exception.to,
				kind: 'transliteration',
				rule: rule(upper, exception.to, 'icao-language', {
					languages: exception.languages,
					...(exception.initial ? { initial: true } : {}),
				}),
			});
		}
		const previous = context.previous?.norm.toUpperCase();
		const older = [
			...(OLDER_RUSSIAN[upper] ?? []),
			...(previous && OLDER_RUSSIAN_VOWELS.has(previous) ? (OLDER_RUSSIAN_AFTER_VOWEL[upper] ?? []) : []),
		];
		for (const to of older) {
			out.push({ text: to, kind: 'transliteration', rule: rule(upper, to, 'older-russian') });
		}
	}
	if (lookAlike && !context.mixedScripts) {
		out.push({ text: lookAlike.toUpperCase(), kind: 'confusable', rule: rule(norm, lookAlike, 'not-icao') });
	}
	return dedupe(out).filter((r) => r.text.length <= MAX_READING_LENGTH);
}

function dedupe(readings: Reading[]): Reading[] {
	const seen = new Set<string>();
	return readings.filter((r) => {
		const key = `${r.text}|${r.kind}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * ICAO's own romanisation of a unit (first reading), used to build the part's comparison key;
 * the unit as typed, upper-cased, when there is no reading.
 */
export function primaryText(unit: Unit, readings: readonly Reading[]): string {
	return readings[0]?.text ?? unit.norm.toUpperCase();
}

/** The shortest reading: ICAO's "or U" spelling that drops the umlaut (Ü → U). */
export function shortestText(unit: Unit, readings: readonly Reading[]): string {
	if (readings.length === 0) return unit.norm.toUpperCase();
	let best = readings[0]!.text;
	for (const r of readings) if (r.kind !== 'confusable' && r.text.length < best.length) best = r.text;
	return best;
}

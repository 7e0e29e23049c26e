import type { ScannedCharacter } from './characters';
import type { Script } from './types';

/** One letter of a name part with its combining marks (e + ´), or an apostrophe inside a part. */
export interface Unit {
	/** As typed, without invisible characters. */
	raw: string;
	/** NFKC then NFC: what the unit means. */
	norm: string;
	start: number;
	end: number;
	kind: 'letter' | 'digit' | 'apostrophe';
	script?: Script;
}

/** A name part: a run of letters, digits and inner apostrophes (O'Brien is one part). */
export interface Part {
	index: number;
	/** The text as typed between `start` and `end` (may hold invisible characters). */
	text: string;
	start: number;
	end: number;
	units: Unit[];
}

/** What lies between two parts (or before the first, after the last). */
export interface Separator {
	start: number;
	end: number;
	text: string;
	/** Punctuation seen, in order, without spaces: ",", "-", ".", "'". */
	punctuation: string;
	/** Number of space characters (including odd spaces and tabs). */
	spaces: number;
	/** True when a space is not the plain U+0020. */
	oddSpace: boolean;
}

/** A name split into parts. `separators` has parts.length + 1 entries. */
export interface Tokenised {
	parts: Part[];
	separators: Separator[];
}

const IN_PART = new Set(['letter', 'mark', 'digit', 'apostrophe', 'removed']);

/** Splits classified characters into parts and separators. Pure; never throws. */
export function tokenise(input: string, chars: readonly ScannedCharacter[]): Tokenised {
	// Runs of part characters; apostrophes and invisible characters at the edges of a run belong to
	// the separators (a leading "'" is quoting, not O'Brien).
	const runs: Array<[number, number]> = [];
	let i = 0;
	while (i < chars.length) {
		if (!IN_PART.has(chars[i]!.cls)) {
			i++;
			continue;
		}
		let j = i;
		while (j < chars.length && IN_PART.has(chars[j]!.cls)) j++;
		let from = i;
		let to = j;
		while (from < to && (chars[from]!.cls === 'apostrophe' || chars[from]!.cls === 'removed')) from++;
		while (to > from && (chars[to - 1]!.cls === 'apostrophe' || chars[to - 1]!.cls === 'removed')) to--;
		if (from < to) runs.push([from, to]);
		i = j;
	}

	const parts: Part[] = runs.map(([from, to], index) => {
		const units: Unit[] = [];
		for (let k = from; k < to; k++) {
			const c = chars[k]!;
			if (c.cls === 'removed') continue;
			const last = units[units.length - 1];
			if (c.cls === 'mark' && last && last.kind === 'letter') {
				last.raw += c.raw;
				last.norm = (last.norm + c.norm).normalize('NFC');
				last.end = c.end;
				continue;
			}
			units.push({
				raw: c.raw,
				norm: c.norm.normalize('NFC'),
				start: c.start,
				end: c.end,
				kind: c.cls === 'apostrophe' ? 'apostrophe' : c.cls === 'digit' ? 'digit' : 'letter',
				...(c.script ? { script: c.script } : {}),
			});
		}
		const start = chars[from]!.start;
		const end = chars[to - 1]!.end;
		return { index, text: input.slice(start, end), start, end, units };
	});

	const separators: Separator[] = [];
	const bounds = [0, ...runs.flat(), chars.length];
	for (let k = 0; k < bounds.length; k += 2) {
		const from = bounds[k]!;
		const to = bounds[k + 1]!;
		let punctuation = '';
		let spaces = 0;
		let oddSpace = false;
		for (let m = from; m < to; m++) {
			const c = chars[m]!;
			if (c.cls === 'space') {
				spaces++;
				if (c.raw !== ' ') oddSpace = true;
			} else if (c.cls === 'comma' || c.cls === 'hyphen' || c.cls === 'period' || c.cls === 'apostrophe') {
				punctuation += c.norm;
			}
		}
		const start = from < chars.length ? chars[from]!.start : input.length;
		const end = to > from ? chars[to - 1]!.end : start;
		separators.push({ start, end, text: input.slice(start, end), punctuation, spaces, oddSpace });
	}
	return { parts, separators };
}

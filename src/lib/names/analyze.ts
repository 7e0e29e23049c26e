import { MAX_NAME_LENGTH } from './constants';
import { latinLookAlike } from './confusables';
import { scan, type ScannedCharacter } from './characters';
import { preparePart, type PreparedPart } from './prepare';
import { RIGHT_TO_LEFT_SCRIPTS } from './scripts';
import { tokenise, type Separator } from './tokens';
import type { NameAnalysis, NotableCharacter, Script } from './types';

/** One name, read: the characters, the parts and what is notable about them. */
export interface AnalyzedName {
	analysis: NameAnalysis;
	chars: ScannedCharacter[];
	parts: PreparedPart[];
	separators: Separator[];
	tooLong: boolean;
	rightToLeft: boolean;
}

const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/u;

/** Reads one name. Input longer than MAX_NAME_LENGTH is read up to that length. Never throws. */
export function analyzeName(text: string): AnalyzedName {
	const tooLong = text.length > MAX_NAME_LENGTH;
	let cut = tooLong ? text.slice(0, MAX_NAME_LENGTH) : text;
	// Do not cut a surrogate pair in half.
	if (tooLong && /[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
	const chars = scan(cut);
	const { parts, separators } = tokenise(cut, chars);

	const counts = new Map<Script, number>();
	for (const c of chars) if (c.cls === 'letter' && c.script) counts.set(c.script, (counts.get(c.script) ?? 0) + 1);
	let script: Script | 'none' = 'none';
	let most = 0;
	for (const [s, n] of counts) {
		if (n > most || (n === most && s === 'Latin')) {
			script = s;
			most = n;
		}
	}

	const characters: NotableCharacter[] = [];
	for (const c of chars) {
		const codePoint = c.raw.codePointAt(0)!;
		if (c.note) {
			characters.push({
				start: c.start,
				end: c.end,
				codePoint,
				note: c.note,
				...(c.script ? { script: c.script } : {}),
			});
		} else if (c.cls === 'letter' && c.script && script !== 'none' && c.script !== script) {
			const looksLike = latinLookAlike(c.norm);
			characters.push({
				start: c.start,
				end: c.end,
				codePoint,
				note: 'foreign-script',
				script: c.script,
				...(looksLike && script === 'Latin' ? { looksLike } : {}),
			});
		}
	}

	const rightToLeft = [...counts.keys()].some((s) => RIGHT_TO_LEFT_SCRIPTS.has(s)) || BIDI_CONTROLS.test(cut);
	return {
		analysis: {
			text,
			parts: parts.map((p) => ({ text: p.text, start: p.start, end: p.end })),
			characters,
			script,
			mixedScripts: counts.size > 1,
		},
		chars,
		parts: parts.map(preparePart),
		separators,
		tooLong,
		rightToLeft,
	};
}

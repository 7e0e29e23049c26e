import type { Script } from './types';

const SCRIPT_PATTERNS: ReadonlyArray<readonly [Script, RegExp]> = [
	['Latin', /\p{Script=Latin}/u],
	['Cyrillic', /\p{Script=Cyrillic}/u],
	['Greek', /\p{Script=Greek}/u],
	['Armenian', /\p{Script=Armenian}/u],
	['Georgian', /\p{Script=Georgian}/u],
	['Arabic', /\p{Script=Arabic}/u],
	['Hebrew', /\p{Script=Hebrew}/u],
	['Han', /\p{Script=Han}/u],
	['Hiragana', /\p{Script=Hiragana}/u],
	['Katakana', /\p{Script=Katakana}/u],
	['Hangul', /\p{Script=Hangul}/u],
	['Thai', /\p{Script=Thai}/u],
	['Devanagari', /\p{Script=Devanagari}/u],
];

/** The script of one letter; `Other` for scripts the tester does not name. */
export function scriptOf(letter: string): Script {
	for (const [script, pattern] of SCRIPT_PATTERNS) if (pattern.test(letter)) return script;
	return 'Other';
}

/** Scripts written right to left. */
export const RIGHT_TO_LEFT_SCRIPTS: ReadonlySet<Script> = new Set<Script>(['Arabic', 'Hebrew']);

/**
 * The plain data `compareNames` returns. Codes only: the island turns every code into words.
 */

/** How two names compare, from strictest to loosest. */
export const VERDICTS = ['exact', 'equivalent', 'partial', 'different'] as const;
/** How two names compare. */
export type Verdict = (typeof VERDICTS)[number];

/** Kinds that still leave the same name, written differently: the verdict stays "equivalent". */
const EQUIVALENT = [
	'case',
	'spacing',
	'punctuation',
	'diacritics',
	'transliteration',
	'order',
	'width',
	'invisible',
	'confusable',
	'title',
	'symbol',
	'truncation',
] as const;

/** Kinds where the names share parts but one has more or less of them: "partial". */
const PARTIAL = ['missing', 'extra', 'initial'] as const;

/** Kinds that make the names "different". */
const DIFFERENT = ['spelling', 'script'] as const;

/** Every kind of difference, in the order of the verdict it leads to. */
export const DIFFERENCE_KINDS = [...EQUIVALENT, ...PARTIAL, ...DIFFERENT] as const;
/** One kind of difference between the two names. */
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

/** Kinds that still leave the same name, written differently. */
export const EQUIVALENT_KINDS: ReadonlySet<DifferenceKind> = new Set<DifferenceKind>(EQUIVALENT);

/** Kinds where the names share parts but one has more or less of them. */
export const PARTIAL_KINDS: ReadonlySet<DifferenceKind> = new Set<DifferenceKind>(PARTIAL);

/**
 * Where a spelling comes from. `icao`: ICAO Doc 9303 Part 3 §6; `icao-language`: one of the
 * language exceptions in that table (Ukrainian Г → H); `older-russian`: the MVD schemes of older
 * Russian passports (ЮЛИЯ → YULIYA); `not-icao`: a common spelling the ICAO table does not give
 * (Ø → O, Romanian Ș → S); `guess`: a romanisation of a script ICAO has no table for.
 */
export type Scheme = 'icao' | 'icao-language' | 'older-russian' | 'not-icao' | 'guess';

/** Languages named in the ICAO Cyrillic table's exceptions (ISO 639-1, upper case). */
export type LanguageCode = 'BE' | 'BG' | 'MK' | 'SR' | 'UK';

/** One character mapping used to explain a difference, e.g. Ü → UE. */
export interface Rule {
	from: string;
	to: string;
	/** `from→to`, e.g. "Ü→UE"; "Ь→" for a letter that is dropped. */
	label: string;
	scheme: Scheme;
	/** Set when the rule is a language exception; `initial` when only at the start of a name part. */
	languages?: readonly LanguageCode[];
	initial?: boolean;
}

/** A half-open range of UTF-16 code units in the string as typed. */
export interface TextRange {
	start: number;
	end: number;
}

/** One side (account or document) of a difference. */
export interface DifferenceSide {
	/** Indexes into that name's `parts`; empty when the difference sits between parts. */
	parts: number[];
	/** The characters to highlight, in the string as typed. */
	ranges: TextRange[];
	/** The whole text of the parts involved, as typed (or the highlighted text when no part). */
	text: string;
}

/** Extra context that changes the advice for a difference. */
export type Explanation =
	| 'older-russian-passport'
	| 'romanisation-variant'
	| 'comma-form'
	| 'particle'
	| 'trailing-space'
	| 'leading-space'
	| 'mrz-filler';

/** One difference between the two names, located on both sides. */
export interface Difference {
	kind: DifferenceKind;
	account: DifferenceSide;
	document: DifferenceSide;
	/** Transliteration, diacritics and confusable differences: which mappings explain them. */
	rules?: Rule[];
	/** The loosest scheme among `rules`. */
	scheme?: Scheme;
	/** Spelling differences: Jaro-Winkler similarity of the two parts, 0–1. */
	similarity?: number;
	explanation?: Explanation;
}

/** Scripts the tester tells apart. */
export const SCRIPTS = [
	'Latin',
	'Cyrillic',
	'Greek',
	'Armenian',
	'Georgian',
	'Arabic',
	'Hebrew',
	'Han',
	'Hiragana',
	'Katakana',
	'Hangul',
	'Thai',
	'Devanagari',
	'Other',
] as const;
/** A writing system. */
export type Script = (typeof SCRIPTS)[number];

/** Why a character is worth showing to the user. */
export type CharacterNote =
	'invisible' | 'control' | 'odd-space' | 'full-width' | 'styled' | 'foreign-script' | 'symbol' | 'digit';

/** A character the island should make visible ("[zero-width space U+200B]", "Cyrillic а"). */
export interface NotableCharacter extends TextRange {
	codePoint: number;
	note: CharacterNote;
	script?: Script;
	/** Foreign-script letters: the Latin letter it looks like, from Unicode confusables data. */
	looksLike?: string;
}

/** One name part (a word of the name) as typed. */
export interface NamePart extends TextRange {
	text: string;
}

/** What the tester read from one name. */
export interface NameAnalysis {
	text: string;
	parts: NamePart[];
	characters: NotableCharacter[];
	/** The script most letters are in; `none` when there are no letters. */
	script: Script | 'none';
	/** True when letters from more than one script appear. */
	mixedScripts: boolean;
}

/** Problems with the input itself, reported instead of throwing. */
export type InputProblem =
	| 'account-empty'
	| 'document-empty'
	| 'account-too-long'
	| 'document-too-long'
	| 'account-no-letters'
	| 'document-no-letters'
	| 'right-to-left';

/** The result of comparing two names (without the MRZ). */
export interface NameComparison {
	verdict: Verdict;
	/** 0–1: how much of the two names matches. 1 for exact and equivalent names. */
	similarity: number;
	differences: Difference[];
	account: NameAnalysis;
	document: NameAnalysis;
	problems: InputProblem[];
}

import { tokenize } from './normalize';
import type { SynonymGroup } from './kyc-synonyms';

/** One place in a query where a synonym group's words were found. */
export interface SynonymHit {
	readonly group: SynonymGroup;
	/** Index of the first matched query token. */
	readonly start: number;
	/** Index after the last matched query token. */
	readonly end: number;
	/** The reader's words already are one of the guide's words (nothing to expand). */
	readonly isGuideWording: boolean;
}

interface Pattern {
	readonly tokens: readonly string[];
	readonly group: SynonymGroup;
	readonly isGuideWording: boolean;
}

/** Patterns by their first word, longest first. Compiled once per table. */
const compiled = new WeakMap<readonly SynonymGroup[], ReadonlyMap<string, readonly Pattern[]>>();

function compile(groups: readonly SynonymGroup[]): ReadonlyMap<string, readonly Pattern[]> {
	const cached = compiled.get(groups);
	if (cached) return cached;
	const byFirst = new Map<string, Pattern[]>();
	const seen = new Set<string>();
	const add = (phrase: string, group: SynonymGroup, isGuideWording: boolean) => {
		const tokens = tokenize(phrase);
		const key = tokens.join(' ');
		// First group wins: the table test keeps variants unique, guide words may repeat.
		if (tokens.length === 0 || seen.has(key)) return;
		seen.add(key);
		const list = byFirst.get(tokens[0]!) ?? [];
		list.push({ tokens, group, isGuideWording });
		byFirst.set(tokens[0]!, list);
	};
	for (const group of groups) for (const phrase of group.guide) add(phrase, group, true);
	for (const group of groups) for (const phrase of group.variants) add(phrase, group, false);
	for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
	compiled.set(groups, byFirst);
	return byFirst;
}

/** Whether a query word is a pattern word or its plural ("reflections" for "reflection"). */
function sameWord(queryToken: string, patternToken: string): boolean {
	return queryToken === patternToken || queryToken === `${patternToken}s` || queryToken === `${patternToken}es`;
}

/** Patterns that could start at this word, its singular forms included, longest first. */
function candidatesFor(byFirst: ReadonlyMap<string, readonly Pattern[]>, token: string): readonly Pattern[] {
	const keys = [token];
	if (token.endsWith('s')) keys.push(token.slice(0, -1));
	if (token.endsWith('es')) keys.push(token.slice(0, -2));
	return keys.flatMap((key) => byFirst.get(key) ?? []).sort((a, b) => b.tokens.length - a.tokens.length);
}

/**
 * The synonym groups a tokenised query mentions, left to right, longest phrase first and without
 * overlaps ("camera not working" is one `camera` hit, not `camera` plus `stuck`).
 */
export function findSynonymHits(tokens: readonly string[], groups: readonly SynonymGroup[]): SynonymHit[] {
	const byFirst = compile(groups);
	const hits: SynonymHit[] = [];
	let i = 0;
	while (i < tokens.length) {
		const match = candidatesFor(byFirst, tokens[i]!).find((pattern) =>
			pattern.tokens.every((word, k) => {
				const token = tokens[i + k];
				return token !== undefined && sameWord(token, word);
			}),
		);
		if (match) {
			hits.push({ group: match.group, start: i, end: i + match.tokens.length, isGuideWording: match.isGuideWording });
			i += match.tokens.length;
		} else {
			i += 1;
		}
	}
	return hits;
}

/** Every word of the table (guide words and variants), for misspelling correction. */
export function synonymWords(groups: readonly SynonymGroup[]): ReadonlySet<string> {
	const words = new Set<string>();
	for (const group of groups) {
		for (const phrase of [...group.guide, ...group.variants]) for (const word of tokenize(phrase)) words.add(word);
	}
	return words;
}

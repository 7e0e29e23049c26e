/**
 * How much each kind of name difference matters to a verification, most first: the headline of the
 * name tester names the most important one. A small module of its own, with type imports only, so
 * the island can import it without the comparison logic.
 */
import type { Difference, DifferenceKind } from './types';

/**
 * Rank of each kind, 0 = most important. A `Record` over every kind: a new kind without a rank
 * fails the type check instead of silently sorting first.
 */
export const DIFFERENCE_SEVERITY: Readonly<Record<DifferenceKind, number>> = {
	// Different names: the verification fails.
	script: 0,
	spelling: 1,
	// Parts missing or added: often refused by automatic matching.
	missing: 2,
	extra: 3,
	initial: 4,
	// Same name in look-alike or invisible characters: easy to miss, easy to fix.
	confusable: 5,
	invisible: 6,
	// Same name, written differently: usually accepted.
	transliteration: 7,
	diacritics: 8,
	width: 9,
	symbol: 10,
	title: 11,
	punctuation: 12,
	spacing: 13,
	order: 14,
	truncation: 15,
	case: 16,
};

/** The differences, most important first (a stable sort: equal kinds keep their order). */
export function byImportance(differences: readonly Difference[]): Difference[] {
	return [...differences].sort((x, y) => DIFFERENCE_SEVERITY[x.kind] - DIFFERENCE_SEVERITY[y.kind]);
}

import type { CheckStatus, Threshold } from './types';

/** The status of `value` against a threshold pair (see `Threshold`). */
export function grade(value: number, t: Threshold): CheckStatus {
	if (t.direction === 'min') return value < t.fail ? 'fail' : value < t.warn ? 'warn' : 'pass';
	return value > t.fail ? 'fail' : value > t.warn ? 'warn' : 'pass';
}

const RANK: Record<CheckStatus, number> = { pass: 0, warn: 1, fail: 2 };

/** The worse of two statuses. */
export function worse(a: CheckStatus, b: CheckStatus): CheckStatus {
	return RANK[a] >= RANK[b] ? a : b;
}

/** True when `a` is strictly worse than `b`. */
export function isWorse(a: CheckStatus, b: CheckStatus): boolean {
	return RANK[a] > RANK[b];
}

import type { FaceCheckStatus, Threshold } from './types';

/** The status of `value` against a threshold pair (see `Threshold`). */
export function grade(value: number, t: Threshold): FaceCheckStatus {
	if (t.direction === 'min') return value < t.fail ? 'fail' : value < t.warn ? 'warn' : 'pass';
	return value > t.fail ? 'fail' : value > t.warn ? 'warn' : 'pass';
}

const RANK: Record<FaceCheckStatus, number> = { pass: 0, warn: 1, fail: 2 };

/** The worse of two statuses. */
export function worse(a: FaceCheckStatus, b: FaceCheckStatus): FaceCheckStatus {
	return RANK[a] >= RANK[b] ? a : b;
}

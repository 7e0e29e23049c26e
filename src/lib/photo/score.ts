import { SCORE_FAIL_PENALTY, SCORE_WARN_PENALTY } from './thresholds';
import type { PhotoAnalysis, PhotoCheck } from './types';

/** Verdict and 0–100 score: any failure → retake, any warning → fix, else good; 100 minus fixed penalties. */
export function summarize(checks: readonly PhotoCheck[]): Pick<PhotoAnalysis, 'verdict' | 'score'> {
	const fails = checks.filter((c) => c.status === 'fail').length;
	const warns = checks.filter((c) => c.status === 'warn').length;
	const score = Math.max(0, Math.min(100, 100 - fails * SCORE_FAIL_PENALTY - warns * SCORE_WARN_PENALTY));
	return { verdict: fails > 0 ? 'retake' : warns > 0 ? 'fix' : 'good', score };
}

/**
 * Scores the selfie checker on the labelled set (selfie-set.ts): the face count, and the too-small,
 * off-centre and backlit flags where a case is labelled for them. Shared by the unit test (which holds
 * the floors) and the bench (which prints every case).
 */
import { analyzeSelfie } from '../checks';
import { detectFaces, type RunDetector } from '../detect';
import type { SelfieAnalysis } from '../types';
import { buildSelfieSet, type SelfieCase, type SelfieLabel } from './selfie-set';

type Flag = 'small' | 'offCentre' | 'backlit';

/** The flags as the checks raise them (a warning counts: the island shows advice for it). */
export function flagsOf(analysis: SelfieAnalysis): Record<Flag, boolean> {
	const check = (id: string) => analysis.checks.find((c) => c.id === id)!;
	return {
		small: check('face-size').problem === 'face-too-small',
		offCentre: check('face-position').status !== 'pass' && !check('face-position').skipped,
		backlit: check('backlight').status !== 'pass' && !check('backlight').skipped,
	};
}

export interface CaseResult {
	case: SelfieCase;
	analysis: SelfieAnalysis;
	countRight: boolean;
	/** Per labelled flag: right or not. */
	flags: Partial<Record<Flag, boolean>>;
}

export interface Evaluation {
	results: CaseResult[];
	/** Share of cases with the face count right (none / one / two). */
	countAccuracy: number;
	/** Per flag: cases labelled, and share right. */
	flagAccuracy: Record<Flag, { cases: number; right: number }>;
}

/** Runs detection and the checks on every case of the set. */
export async function evaluateSelfieSet(run: RunDetector): Promise<Evaluation> {
	const detect = (image: SelfieCase['image']) => detectFaces(image, run);
	const cases = await buildSelfieSet(detect);
	const results: CaseResult[] = [];
	const flagAccuracy: Evaluation['flagAccuracy'] = {
		small: { cases: 0, right: 0 },
		offCentre: { cases: 0, right: 0 },
		backlit: { cases: 0, right: 0 },
	};
	for (const c of cases) {
		const analysis = analyzeSelfie(c.image, await detect(c.image));
		const got = flagsOf(analysis);
		const flags: CaseResult['flags'] = {};
		for (const flag of Object.keys(flagAccuracy) as Flag[]) {
			const want = (c.label as SelfieLabel)[flag];
			if (want === undefined) continue;
			flags[flag] = got[flag] === want;
			flagAccuracy[flag].cases++;
			if (flags[flag]) flagAccuracy[flag].right++;
		}
		results.push({ case: c, analysis, countRight: analysis.faces.length === c.label.faces, flags });
	}
	return { results, countAccuracy: results.filter((r) => r.countRight).length / results.length, flagAccuracy };
}

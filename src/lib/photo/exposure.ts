import { grade, isWorse } from './grade';
import { histogram, histogramMean, histogramQuantile, histogramShare } from './luma';
import {
	DOC_BRIGHT_FAIL,
	DOC_BRIGHT_WARN,
	CLIP_HIGH_FAIL,
	CLIP_HIGH_LUMA,
	CLIP_HIGH_WARN,
	CLIP_LOW_FAIL,
	CLIP_LOW_LUMA,
	CLIP_LOW_WARN,
	CONTRAST_FAIL,
	CONTRAST_WARN,
	DARK_FAIL,
	DARK_WARN,
} from './thresholds';
import type { PhotoCheck, ProblemCode, Threshold } from './types';

/** Brightness numbers of a region. */
export interface ExposureMeasure {
	mean: number;
	/** Share of pixels at or below CLIP_LOW_LUMA. */
	crushed: number;
	/** Share of pixels at or above CLIP_HIGH_LUMA. */
	clipped: number;
	/** (p95 − p5) / 255. */
	contrast: number;
	/** The 1st percentile: the black level (lifted in a washed-out photo). */
	black: number;
}

/** Measures brightness over the masked pixels (the caller leaves glare blobs out: glare is its own check). */
export function measureExposure(luma: Uint8Array, mask: Uint8Array): ExposureMeasure {
	return exposureFromHistogram(histogram(luma, mask));
}

/** The same from a luma histogram already made of the region. */
export function exposureFromHistogram(bins: Uint32Array): ExposureMeasure {
	return {
		mean: histogramMean(bins),
		crushed: histogramShare(bins, 0, CLIP_LOW_LUMA),
		clipped: histogramShare(bins, CLIP_HIGH_LUMA, 255),
		contrast: (histogramQuantile(bins, 0.95) - histogramQuantile(bins, 0.05)) / 255,
		black: histogramQuantile(bins, 0.01),
	};
}

/**
 * The exposure check: the worst of mean brightness (too dark / too bright), crushed shadows, clipped
 * highlights and washed-out contrast; `value` and `threshold` are those of the problem reported.
 */
export function exposureCheck(
	m: ExposureMeasure,
	bright: { warn: number; fail: number } = { warn: DOC_BRIGHT_WARN, fail: DOC_BRIGHT_FAIL },
): PhotoCheck {
	const candidates: Array<{ problem: ProblemCode; value: number; threshold: Threshold; unit: string }> = [
		{
			problem: 'too-dark',
			value: m.mean,
			threshold: { direction: 'min', warn: DARK_WARN, fail: DARK_FAIL },
			unit: 'luma',
		},
		{ problem: 'too-bright', value: m.mean, threshold: { direction: 'max', ...bright }, unit: 'luma' },
		{
			problem: 'clipped-shadows',
			value: m.crushed * 100,
			threshold: { direction: 'max', warn: CLIP_LOW_WARN * 100, fail: CLIP_LOW_FAIL * 100 },
			unit: '%',
		},
		{
			problem: 'clipped-highlights',
			value: m.clipped * 100,
			threshold: { direction: 'max', warn: CLIP_HIGH_WARN * 100, fail: CLIP_HIGH_FAIL * 100 },
			unit: '%',
		},
		{
			problem: 'low-contrast',
			value: m.contrast,
			threshold: { direction: 'min', warn: CONTRAST_WARN, fail: CONTRAST_FAIL },
			unit: 'ratio',
		},
	];
	const details = {
		mean: round(m.mean),
		crushedPercent: round(m.crushed * 100),
		clippedPercent: round(m.clipped * 100),
		contrast: round(m.contrast, 100),
		black: m.black,
	};
	let worst = { ...candidates[0]!, status: grade(m.mean, candidates[0]!.threshold) };
	for (const c of candidates.slice(1)) {
		const status = grade(c.value, c.threshold);
		if (isWorse(status, worst.status)) worst = { ...c, status };
	}
	if (worst.status === 'pass') {
		// Report the mean against the nearer side.
		const side = m.mean < (DARK_WARN + bright.warn) / 2 ? candidates[0]! : candidates[1]!;
		return {
			id: 'exposure',
			status: 'pass',
			problem: null,
			value: round(m.mean),
			threshold: side.threshold,
			unit: 'luma',
			details,
		};
	}
	return {
		id: 'exposure',
		status: worst.status,
		problem: worst.problem,
		value: round(worst.value, worst.unit === 'ratio' ? 100 : 10),
		threshold: worst.threshold,
		unit: worst.unit,
		details,
	};
}

function round(v: number, k = 10): number {
	return Math.round(v * k) / k;
}

import { grade } from './grade';
import { histogramQuantile } from './luma';
import type { RegionStats } from './region';
import { EVENNESS_FAIL, EVENNESS_MIN_QUADRANT_SHARE, EVENNESS_PERCENTILE, EVENNESS_WARN } from './thresholds';
import type { PhotoCheck } from './types';

/**
 * Darkest ÷ brightest of the four quadrants of the region's bounding box, each read at a high luma
 * percentile (the paper, not the portrait or text: a plain tile mean does not separate uneven light
 * from content, REFERENCE §1.3). 1 means even; quadrants with too few pixels are skipped.
 */
export function measureEvenness(region: RegionStats): { ratio: number; levels: number[] } {
	if (!region.quadrants) return { ratio: 1, levels: [] };
	const { bins, counts } = region.quadrants;
	const total = counts.reduce((a, b) => a + b, 0);
	const levels: number[] = [];
	for (let q = 0; q < 4; q++) {
		if (counts[q]! >= Math.max(4, total * EVENNESS_MIN_QUADRANT_SHARE))
			levels.push(histogramQuantile(bins[q]!, EVENNESS_PERCENTILE));
	}
	if (levels.length < 2) return { ratio: 1, levels };
	const max = Math.max(...levels);
	const min = Math.min(...levels);
	return { ratio: max === 0 ? 1 : min / max, levels };
}

/** The evenness check: darkest ÷ brightest quadrant. */
export function evennessCheck(ratio: number, levels: number[]): PhotoCheck {
	const threshold = { direction: 'min', warn: EVENNESS_WARN, fail: EVENNESS_FAIL } as const;
	const value = Math.round(ratio * 100) / 100;
	const status = grade(value, threshold);
	const details: Record<string, number> = {};
	levels.forEach((l, i) => (details[`zone${i + 1}`] = l));
	return {
		id: 'evenness',
		status,
		problem: status === 'pass' ? null : 'uneven-light',
		value,
		threshold,
		unit: 'ratio',
		details,
	};
}

import { grade } from './grade';
import { histogram, histogramQuantile } from './luma';
import { EVENNESS_FAIL, EVENNESS_PERCENTILE, EVENNESS_WARN } from './thresholds';
import type { PhotoCheck } from './types';

/**
 * Darkest ÷ brightest of the four quadrants of the masked region's bounding box, each read at a high
 * luma percentile (the paper, not the portrait or text: a plain tile mean does not separate uneven
 * light from content, REFERENCE §1.3). 1 means even; quadrants with too few pixels are skipped.
 */
export function measureEvenness(luma: Uint8Array, width: number, height: number, mask: Uint8Array): { ratio: number; levels: number[] } {
	let x0 = width;
	let y0 = height;
	let x1 = -1;
	let y1 = -1;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			if (!mask[y * width + x]) continue;
			if (x < x0) x0 = x;
			if (x > x1) x1 = x;
			if (y < y0) y0 = y;
			if (y > y1) y1 = y;
		}
	}
	if (x1 < 0) return { ratio: 1, levels: [] };
	const mx = (x0 + x1 + 1) / 2;
	const my = (y0 + y1 + 1) / 2;
	const bins = [0, 1, 2, 3].map(() => new Uint32Array(256));
	const counts = [0, 0, 0, 0];
	for (let y = y0; y <= y1; y++) {
		for (let x = x0; x <= x1; x++) {
			const i = y * width + x;
			if (!mask[i]) continue;
			const q = (x < mx ? 0 : 1) + (y < my ? 0 : 2);
			bins[q]![luma[i]!]!++;
			counts[q]!++;
		}
	}
	const total = counts.reduce((a, b) => a + b, 0);
	const levels: number[] = [];
	for (let q = 0; q < 4; q++) {
		if (counts[q]! >= Math.max(4, total * 0.05)) levels.push(histogramQuantile(bins[q]!, EVENNESS_PERCENTILE));
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
	return { id: 'evenness', status, problem: status === 'pass' ? null : 'uneven-light', value, threshold, unit: 'ratio', details };
}

import { grade } from './grade';
import { histogramQuantile, maskBounds } from './luma';
import { EVENNESS_FAIL, EVENNESS_PERCENTILE, EVENNESS_WARN } from './thresholds';
import type { PhotoCheck } from './types';

/**
 * Darkest ÷ brightest of the four quadrants of the masked region's bounding box, each read at a high
 * luma percentile (the paper, not the portrait or text: a plain tile mean does not separate uneven
 * light from content, REFERENCE §1.3). 1 means even; quadrants with too few pixels are skipped.
 */
export function measureEvenness(luma: Uint8Array, width: number, height: number, mask: Uint8Array): { ratio: number; levels: number[] } {
	const box = maskBounds(mask, width, height);
	if (!box) return { ratio: 1, levels: [] };
	const x0 = box.x0;
	const y0 = box.y0;
	const x1 = box.x1 - 1;
	const y1 = box.y1 - 1;
	const mx = (x0 + x1 + 1) / 2;
	const my = (y0 + y1 + 1) / 2;
	const bins = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)] as const;
	const counts = [0, 0, 0, 0];
	// Columns left of xm fall in the left quadrants (x < mx), the rest in the right ones.
	const xm = Math.min(x1 + 1, Math.max(x0, Math.ceil(mx)));
	for (let y = y0; y <= y1; y++) {
		const top = y < my ? 0 : 2;
		const left = bins[top]!;
		const right = bins[top + 1]!;
		const r = y * width;
		let nl = 0;
		let nr = 0;
		for (let i = r + x0; i < r + xm; i++) if (mask[i]) (left[luma[i]!]!++, nl++);
		for (let i = r + xm; i <= r + x1; i++) if (mask[i]) (right[luma[i]!]!++, nr++);
		counts[top]! += nl;
		counts[top + 1]! += nr;
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

import { grade } from './grade';
import { histogramQuantile, maskBounds } from './luma';
import { EVENNESS_FAIL, EVENNESS_PERCENTILE, EVENNESS_WARN } from './thresholds';
import type { PhotoCheck } from './types';

/**
 * Darkest ÷ brightest of the four quadrants of the masked region's bounding box, each read at a high
 * luma percentile (the paper, not the portrait or text: a plain tile mean does not separate uneven
 * light from content, REFERENCE §1.3). 1 means even; quadrants with too few pixels are skipped.
 */
export function measureEvenness(
	luma: Uint8Array,
	width: number,
	height: number,
	mask: Uint8Array,
	given?: Quadrants,
): { ratio: number; levels: number[] } {
	const box = maskBounds(mask, width, height);
	if (!box) return { ratio: 1, levels: [] };
	const { bins, counts } = given ?? quadrantHistograms(luma, width, mask, box);
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

/** Luma histograms and pixel counts of the masked pixels in the four quadrants of the mask's box (top left, top right, bottom left, bottom right). */
export interface Quadrants {
	bins: readonly [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
	counts: [number, number, number, number];
}

/**
 * The quadrant histograms of the masked pixels inside `box` (the mask's bounding box, as maskBounds gives
 * it); their sum is the histogram of all masked pixels, so the glare pass makes them for both checks.
 */
export function quadrantHistograms(
	luma: Uint8Array,
	width: number,
	mask: Uint8Array,
	box: { x0: number; y0: number; x1: number; y1: number },
): Quadrants {
	const x0 = box.x0;
	const y0 = box.y0;
	const x1 = box.x1 - 1;
	const y1 = box.y1 - 1;
	const mx = (x0 + x1 + 1) / 2;
	const my = (y0 + y1 + 1) / 2;
	const bins = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)] as const;
	const counts: [number, number, number, number] = [0, 0, 0, 0];
	// Columns left of xm fall in the left quadrants (x < mx), the rest in the right ones.
	const xm = Math.min(x1 + 1, Math.max(x0, Math.ceil(mx)));
	for (let y = y0; y <= y1; y++) {
		const top = y < my ? 0 : 2;
		const left = bins[top]!;
		const right = bins[top + 1]!;
		const r = y * width;
		let nl = 0;
		let nr = 0;
		for (let i = r + x0; i < r + xm; i++)
			if (mask[i]) {
				left[luma[i]!]!++;
				nl++;
			}
		for (let i = r + xm; i <= r + x1; i++)
			if (mask[i]) {
				right[luma[i]!]!++;
				nr++;
			}
		counts[top]! += nl;
		counts[top + 1]! += nr;
	}
	return { bins, counts };
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

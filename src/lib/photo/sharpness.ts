import { histogramQuantile, maskBounds } from './luma';
import {
	SHARPNESS_FAIL,
	SHARPNESS_MIN_RANGE,
	SHARPNESS_STRETCH_HIGH,
	SHARPNESS_STRETCH_LOW,
	SHARPNESS_WARN,
} from './thresholds';
import { grade } from './grade';
import type { PhotoCheck } from './types';

/** Variance of the 4-neighbour Laplacian and the luma range it was normalised by. */
export interface SharpnessMeasure {
	variance: number;
	range: number;
}

/**
 * Variance of the 3 × 3 Laplacian over the masked pixels (all four neighbours masked too), after
 * stretching luma so its 1st–99th percentiles span 0–255: a dark or washed-out photo then scores on
 * its detail, not its contrast (REFERENCE §1.5, "dark photos score as blurred"). `maskBins`, when
 * given, must be the luma histogram of exactly the masked pixels. `rowsContiguous`: the caller knows
 * each row of the mask is one run (a convex region with no holes): the pixels are then found from the
 * runs' ends rather than by reading the mask at every pixel and its four neighbours (the same pixels).
 */
export function measureSharpness(
	luma: Uint8Array,
	width: number,
	height: number,
	mask: Uint8Array,
	maskBins?: Uint32Array,
	rowsContiguous = false,
): SharpnessMeasure {
	// Only the mask's bounding box is read (the document is often half the frame or less).
	const box = maskBounds(mask, width, height);
	if (!box) return { variance: 0, range: 0 };
	// The luma histogram of the masked pixels: given by the caller when it has one (the glare pass makes the region's), else made here.
	const bins = maskBins ?? maskedHistogram(luma, width, mask, box);
	const lo = histogramQuantile(bins, SHARPNESS_STRETCH_LOW);
	const hi = histogramQuantile(bins, SHARPNESS_STRETCH_HIGH);
	const range = hi - lo;
	if (range < SHARPNESS_MIN_RANGE) return { variance: 0, range };
	const gain = 255 / range;
	// Integer Laplacians summed exactly; the stretch is applied to the moments at the end.
	let n = 0;
	let sum = 0;
	let sumSq = 0;
	const runs = rowsContiguous ? rowRuns(mask, width, box) : null;
	for (let y = Math.max(1, box.y0), yEnd = Math.min(height - 1, box.y1); y < yEnd; y++) {
		const r = y * width;
		if (runs) {
			// A pixel counts when it and its four neighbours are in the region: inside its own row's run by
			// one, and inside the runs above and below.
			const j = 2 * (y - box.y0 + 1);
			const from = Math.max(1, runs[j]! + 1, runs[j - 2]!, runs[j + 2]!);
			const to = Math.min(width - 1, runs[j + 1]! - 1, runs[j - 1]!, runs[j + 3]!);
			const row = laplacianRow(luma, r + from, r + to, width);
			n += Math.max(0, to - from);
			sum += row.sum;
			sumSq += row.sumSq;
			continue;
		}
		for (let i = r + Math.max(1, box.x0), end = r + Math.min(width - 1, box.x1); i < end; i++) {
			if (!(mask[i]! & mask[i - 1]! & mask[i + 1]! & mask[i - width]! & mask[i + width]!)) continue;
			const l = luma[i - 1]! + luma[i + 1]! + luma[i - width]! + luma[i + width]! - 4 * luma[i]!;
			n++;
			sum += l;
			sumSq += l * l;
		}
	}
	if (n === 0) return { variance: 0, range };
	const mean = sum / n;
	return { variance: gain * gain * (sumSq / n - mean * mean), range };
}

/**
 * The run of each row of a row-contiguous mask, as [from, to) pairs: row box.y0 + k at index 2(k + 1),
 * with an empty run (0, 0) for the rows just above and below the box and for empty rows, so rows y − 1
 * and y + 1 can always be read.
 */
function rowRuns(mask: Uint8Array, width: number, box: { x0: number; y0: number; x1: number; y1: number }): Int32Array {
	const rows = box.y1 - box.y0;
	const runs = new Int32Array(2 * (rows + 2));
	for (let k = 0; k < rows; k++) {
		const r = (box.y0 + k) * width;
		const first = mask.indexOf(1, r + box.x0);
		if (first < 0 || first >= r + box.x1) continue;
		runs[2 * k + 2] = first - r;
		runs[2 * k + 3] = mask.lastIndexOf(1, r + box.x1 - 1) - r + 1;
	}
	return runs;
}

/** Sum and sum of squares of the 4-neighbour Laplacian of luma at indices from ≤ i < to (a run of one row). */
function laplacianRow(luma: Uint8Array, from: number, to: number, width: number): { sum: number; sumSq: number } {
	let sum = 0;
	let sumSq = 0;
	for (let i = from; i < to; i++) {
		const l = luma[i - 1]! + luma[i + 1]! + luma[i - width]! + luma[i + width]! - 4 * luma[i]!;
		sum += l;
		sumSq += l * l;
	}
	return { sum, sumSq };
}

function maskedHistogram(
	luma: Uint8Array,
	width: number,
	mask: Uint8Array,
	box: { x0: number; y0: number; x1: number; y1: number },
): Uint32Array {
	const bins = new Uint32Array(256);
	for (let y = box.y0; y < box.y1; y++) {
		for (let i = y * width + box.x0, end = y * width + box.x1; i < end; i++) if (mask[i]) bins[luma[i]!]!++;
	}
	return bins;
}

/** The sharpness check from a measure. */
export function sharpnessCheck(m: SharpnessMeasure): PhotoCheck {
	const threshold = { direction: 'min', warn: SHARPNESS_WARN, fail: SHARPNESS_FAIL } as const;
	const value = Math.round(m.variance);
	if (m.range < SHARPNESS_MIN_RANGE) {
		return {
			id: 'sharpness',
			status: 'fail',
			problem: 'no-detail',
			value,
			threshold,
			unit: 'VoL',
			details: { range: m.range },
		};
	}
	const status = grade(value, threshold);
	return {
		id: 'sharpness',
		status,
		problem: status === 'fail' ? 'blurry' : status === 'warn' ? 'soft' : null,
		value,
		threshold,
		unit: 'VoL',
		details: { range: m.range },
	};
}

import { histogramQuantile, maskBounds } from './luma';
import {
	SHARPNESS_FAIL,
	SHARPNESS_MIN_RANGE,
	SHARPNESS_STRETCH_HIGH,
	SHARPNESS_STRETCH_LOW,
	SHARPNESS_WARN,
} from './thresholds';
import { grade } from './grade';
import { rowRuns, type Box, type RegionStats } from './region';
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
	// The luma histogram of the masked pixels: given by the caller when it has one, else made here.
	const bins = maskBins ?? maskedHistogram(luma, width, mask, box);
	return stretched(bins, () =>
		rowsContiguous
			? runSums(luma, width, height, box, rowRuns(mask, width, box))
			: maskSums(luma, width, height, mask, box),
	);
}

/**
 * measureSharpness of a region as the analysis makes it (region.ts), from what it knows already: its
 * histogram, its box, its rows' runs; for a region with pixels left out (glare), the sums of the region
 * it was cut from less those of the pixels whose neighbourhood the cut touches. The same pixels are
 * summed as by measureSharpness, in integers, so the result is the same to the last bit.
 */
export function regionSharpness(
	luma: Uint8Array,
	width: number,
	height: number,
	region: RegionStats,
): SharpnessMeasure {
	const { box, runs, cut } = region;
	if (!box) return { variance: 0, range: 0 };
	return stretched(region.bins, () => {
		if (runs) return runSums(luma, width, height, box, runs);
		const from = cut?.from;
		if (!cut || !from?.box || !from.runs) return maskSums(luma, width, height, region.mask, box);
		const all = runSums(luma, width, height, from.box, from.runs);
		const lost = cutSums(luma, width, height, from.box, from.runs, cut.mask, cut.box);
		return { n: all.n - lost.n, sum: all.sum - lost.sum, sumSq: all.sumSq - lost.sumSq };
	});
}

/** Integer moments of the Laplacian over the pixels counted: how many, their sum and sum of squares. */
interface Sums {
	n: number;
	sum: number;
	sumSq: number;
}

/** The measure from the region's histogram (its stretch) and the Laplacian's moments, made only when the region has detail enough. */
function stretched(bins: Uint32Array, sums: () => Sums): SharpnessMeasure {
	const lo = histogramQuantile(bins, SHARPNESS_STRETCH_LOW);
	const hi = histogramQuantile(bins, SHARPNESS_STRETCH_HIGH);
	const range = hi - lo;
	if (range < SHARPNESS_MIN_RANGE) return { variance: 0, range };
	const gain = 255 / range;
	// Integer Laplacians summed exactly; the stretch is applied to the moments at the end.
	const { n, sum, sumSq } = sums();
	if (n === 0) return { variance: 0, range };
	const mean = sum / n;
	return { variance: gain * gain * (sumSq / n - mean * mean), range };
}

/**
 * The pixels of a row-run region counted on row y (it and its four neighbours in the region, none on
 * the image's border): inside its own row's run by one, and inside the runs above and below.
 */
function countedSpan(runs: Int32Array, box: Box, width: number, y: number): { from: number; to: number } {
	const j = 2 * (y - box.y0 + 1);
	return {
		from: Math.max(1, runs[j]! + 1, runs[j - 2]!, runs[j + 2]!),
		to: Math.min(width - 1, runs[j + 1]! - 1, runs[j - 1]!, runs[j + 3]!),
	};
}

/** Moments of the Laplacian over a region given by its rows' runs. */
function runSums(luma: Uint8Array, width: number, height: number, box: Box, runs: Int32Array): Sums {
	let n = 0;
	let sum = 0;
	let sumSq = 0;
	for (let y = Math.max(1, box.y0), yEnd = Math.min(height - 1, box.y1); y < yEnd; y++) {
		const { from, to } = countedSpan(runs, box, width, y);
		const r = y * width;
		const row = laplacianRow(luma, r + from, r + to, width);
		n += Math.max(0, to - from);
		sum += row.sum;
		sumSq += row.sumSq;
	}
	return { n, sum, sumSq };
}

/** Moments of the Laplacian over the pixels a row-run region counts whose own or a neighbour's pixel is set in `cut` (inside `cutBox`). */
function cutSums(
	luma: Uint8Array,
	width: number,
	height: number,
	box: Box,
	runs: Int32Array,
	cut: Uint8Array,
	cutBox: Box,
): Sums {
	let n = 0;
	let sum = 0;
	let sumSq = 0;
	for (let y = Math.max(1, box.y0, cutBox.y0 - 1), yEnd = Math.min(height - 1, box.y1, cutBox.y1 + 1); y < yEnd; y++) {
		const span = countedSpan(runs, box, width, y);
		const r = y * width;
		for (let i = r + Math.max(span.from, cutBox.x0 - 1), end = r + Math.min(span.to, cutBox.x1 + 1); i < end; i++) {
			if (!(cut[i]! | cut[i - 1]! | cut[i + 1]! | cut[i - width]! | cut[i + width]!)) continue;
			const l = luma[i - 1]! + luma[i + 1]! + luma[i - width]! + luma[i + width]! - 4 * luma[i]!;
			n++;
			sum += l;
			sumSq += l * l;
		}
	}
	return { n, sum, sumSq };
}

/** Moments of the Laplacian over the pixels of any mask (tested at every pixel and its four neighbours). */
function maskSums(luma: Uint8Array, width: number, height: number, mask: Uint8Array, box: Box): Sums {
	let n = 0;
	let sum = 0;
	let sumSq = 0;
	for (let y = Math.max(1, box.y0), yEnd = Math.min(height - 1, box.y1); y < yEnd; y++) {
		const r = y * width;
		for (let i = r + Math.max(1, box.x0), end = r + Math.min(width - 1, box.x1); i < end; i++) {
			if (!(mask[i]! & mask[i - 1]! & mask[i + 1]! & mask[i - width]! & mask[i + width]!)) continue;
			const l = luma[i - 1]! + luma[i + 1]! + luma[i - width]! + luma[i + width]! - 4 * luma[i]!;
			n++;
			sum += l;
			sumSq += l * l;
		}
	}
	return { n, sum, sumSq };
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

function maskedHistogram(luma: Uint8Array, width: number, mask: Uint8Array, box: Box): Uint32Array {
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

import type { RgbaImage } from './types';

/** Rec. 601 luma (0–255) of every pixel, rounded: Y = 0.299 R + 0.587 G + 0.114 B. */
export function toLuma(image: RgbaImage): Uint8Array {
	const { data } = image;
	const n = image.width * image.height;
	const out = new Uint8Array(n);
	for (let i = 0, p = 0; i < n; i++, p += 4) {
		// Integer weights 77/150/29 (sum 256) are Rec. 601 to 3 decimals.
		out[i] = (77 * data[p]! + 150 * data[p + 1]! + 29 * data[p + 2]! + 128) >> 8;
	}
	return out;
}

/** A 256-bin histogram of `values` where `mask` is set (all of them without a mask). */
export function histogram(values: Uint8Array, mask?: Uint8Array): Uint32Array {
	const bins = new Uint32Array(256);
	if (mask) {
		for (let i = 0; i < values.length; i++) if (mask[i]) bins[values[i]!]!++;
	} else {
		for (let i = 0; i < values.length; i++) bins[values[i]!]!++;
	}
	return bins;
}

/** Total count of a histogram. */
export function histogramCount(bins: Uint32Array): number {
	let n = 0;
	for (let i = 0; i < 256; i++) n += bins[i]!;
	return n;
}

/** The value at quantile `q` (0–1) of a histogram; 0 for an empty one. */
export function histogramQuantile(bins: Uint32Array, q: number): number {
	const n = histogramCount(bins);
	if (n === 0) return 0;
	const target = q * (n - 1);
	let seen = 0;
	for (let v = 0; v < 256; v++) {
		seen += bins[v]!;
		if (seen > target) return v;
	}
	return 255;
}

/** Mean of a histogram; 0 for an empty one. */
export function histogramMean(bins: Uint32Array): number {
	let n = 0;
	let sum = 0;
	for (let v = 0; v < 256; v++) {
		n += bins[v]!;
		sum += v * bins[v]!;
	}
	return n === 0 ? 0 : sum / n;
}

/** Share (0–1) of the histogram with values from `from` to `to`, both included. */
export function histogramShare(bins: Uint32Array, from: number, to: number): number {
	const n = histogramCount(bins);
	if (n === 0) return 0;
	let k = 0;
	for (let v = Math.max(0, from); v <= Math.min(255, to); v++) k += bins[v]!;
	return k / n;
}

/**
 * The bounding box [x0, x1) × [y0, y1) of the set pixels of a 0/1 mask, or null when none is set.
 * Rows are scanned with indexOf / lastIndexOf (native scans), not pixel by pixel; empty rows are skipped in one jump.
 */
export function maskBounds(
	mask: Uint8Array,
	width: number,
	height: number,
): { x0: number; y0: number; x1: number; y1: number } | null {
	let x0 = width;
	let x1 = 0;
	let y0 = -1;
	let y1 = -1;
	for (let y = 0, r = 0; y < height; y++, r += width) {
		const first = mask.indexOf(1, r);
		if (first < 0) break;
		if (first >= r + width) {
			// No set pixel before row first / width: jump there (a scan per empty row would be quadratic).
			y = Math.floor(first / width) - 1;
			r = y * width;
			continue;
		}
		const last = mask.lastIndexOf(1, r + width - 1);
		if (y0 < 0) y0 = y;
		y1 = y + 1;
		if (first - r < x0) x0 = first - r;
		if (last - r + 1 > x1) x1 = last - r + 1;
	}
	return y0 < 0 ? null : { x0, y0, x1, y1 };
}

import { histogramCount, histogramQuantile, maskBounds } from './luma';

/** A box [x0, x1) × [y0, y1) in working pixels. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Luma histograms and pixel counts of a region's pixels in the four quadrants of its box (top left, top right, bottom left, bottom right). */
export interface Quadrants {
	bins: readonly [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
	counts: [number, number, number, number];
}

/**
 * What every check reads about the region it judges, made in one pass over it: the mask, its box,
 * its luma histogram (and the same by quadrant of the box), its size and median. The analysis makes
 * it once for the document and once more only when glare is left out of it.
 */
export interface RegionStats {
	/** 1 inside the region, in working pixels. */
	mask: Uint8Array;
	/** The mask's bounding box; null for an empty region. */
	box: Box | null;
	/** Luma histogram of the region: the sum of the quadrants'. */
	bins: Uint32Array;
	quadrants: Quadrants | null;
	/** Pixels in the region. */
	area: number;
	/** Median luma. */
	median: number;
	/** Each row of the mask is one run (a convex region with no holes): sharpness reads it by runs. */
	rowsContiguous: boolean;
}

/** The statistics of the region `mask` of a `width`-wide luma plane (see RegionStats). */
export function regionStats(
	luma: Uint8Array,
	width: number,
	height: number,
	mask: Uint8Array,
	rowsContiguous: boolean,
): RegionStats {
	const box = maskBounds(mask, width, height);
	const bins = new Uint32Array(256);
	const quadrants = box ? quadrantHistograms(luma, width, mask, box) : null;
	if (quadrants) {
		const [a, b, c, d] = quadrants.bins;
		for (let v = 0; v < 256; v++) bins[v] = a[v]! + b[v]! + c[v]! + d[v]!;
	}
	return {
		mask,
		box,
		bins,
		quadrants,
		area: histogramCount(bins),
		median: histogramQuantile(bins, 0.5),
		rowsContiguous,
	};
}

/** The quadrant histograms of the masked pixels inside `box` (the mask's bounding box, as maskBounds gives it). */
function quadrantHistograms(luma: Uint8Array, width: number, mask: Uint8Array, box: Box): Quadrants {
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

/** The region with the pixels set in `cut` left out (glare, for every other measure of light and detail). */
export function withoutPixels(
	luma: Uint8Array,
	width: number,
	height: number,
	region: RegionStats,
	cut: Uint8Array,
): RegionStats {
	const mask = new Uint8Array(region.mask.length);
	for (let i = 0; i < mask.length; i++) mask[i] = region.mask[i]! & (1 - cut[i]!);
	return regionStats(luma, width, height, mask, false);
}

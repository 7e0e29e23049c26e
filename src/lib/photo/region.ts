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
	/**
	 * When each row of the mask is one run (a convex region with no holes): the runs (see rowRuns), so the
	 * checks read the region's pixels from the runs' ends instead of testing the mask at every pixel.
	 */
	runs: Int32Array | null;
	/** A region made by leaving pixels out of another (withoutPixels): that region, the pixels left out and their box. */
	cut: { from: RegionStats; mask: Uint8Array; box: Box } | null;
}

/**
 * The statistics of the region `mask` of a `width`-wide luma plane (see RegionStats). `rowsContiguous`:
 * the caller knows each row of the mask is one run (a convex polygon or a box, as quad.ts draws them).
 */
export function regionStats(
	luma: Uint8Array,
	width: number,
	height: number,
	mask: Uint8Array,
	rowsContiguous: boolean,
): RegionStats {
	const box = maskBounds(mask, width, height);
	const runs = box && rowsContiguous ? rowRuns(mask, width, box) : null;
	const quadrants = box ? quadrantHistograms(luma, width, mask, box, runs) : null;
	return stats(mask, box, quadrants, runs, null);
}

function stats(
	mask: Uint8Array,
	box: Box | null,
	quadrants: Quadrants | null,
	runs: Int32Array | null,
	cut: RegionStats['cut'],
): RegionStats {
	const bins = new Uint32Array(256);
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
		runs,
		cut,
	};
}

/**
 * The run of each row of a row-contiguous mask inside `box` (its bounding box), as [from, to) pairs: row
 * box.y0 + k at index 2(k + 1), with an empty run (0, 0) for the rows just above and below the box and
 * for empty rows, so rows y − 1 and y + 1 can always be read.
 */
export function rowRuns(mask: Uint8Array, width: number, box: Box): Int32Array {
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

/** Where the quadrants of `box` meet: columns below `xm` are the left ones, rows below `my` the top ones. */
function quadrantSplit(box: Box): { xm: number; my: number } {
	const mx = (box.x0 + box.x1) / 2;
	return { xm: Math.min(box.x1, Math.max(box.x0, Math.ceil(mx))), my: (box.y0 + box.y1) / 2 };
}

/** The quadrant histograms of the masked pixels inside `box` (the mask's bounding box, as maskBounds gives it), read by runs when given. */
function quadrantHistograms(
	luma: Uint8Array,
	width: number,
	mask: Uint8Array,
	box: Box,
	runs: Int32Array | null,
): Quadrants {
	const { xm, my } = quadrantSplit(box);
	const bins = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)] as const;
	const counts: [number, number, number, number] = [0, 0, 0, 0];
	for (let y = box.y0; y < box.y1; y++) {
		const top = y < my ? 0 : 2;
		const left = bins[top]!;
		const right = bins[top + 1]!;
		const r = y * width;
		if (runs) {
			const j = 2 * (y - box.y0 + 1);
			const from = r + runs[j]!;
			const to = r + runs[j + 1]!;
			const split = Math.max(from, Math.min(to, r + xm));
			for (let i = from; i < split; i++) left[luma[i]!]!++;
			for (let i = split; i < to; i++) right[luma[i]!]!++;
			counts[top]! += split - from;
			counts[top + 1]! += Math.max(0, to - split);
			continue;
		}
		let nl = 0;
		let nr = 0;
		for (let i = r + box.x0; i < r + xm; i++)
			if (mask[i]) {
				left[luma[i]!]!++;
				nl++;
			}
		for (let i = r + xm; i < r + box.x1; i++)
			if (mask[i]) {
				right[luma[i]!]!++;
				nr++;
			}
		counts[top]! += nl;
		counts[top + 1]! += nr;
	}
	return { bins, counts };
}

/**
 * The region with the pixels set in `cut` left out (glare, for every other measure of light and detail).
 * Only the cut's box is visited: when the region keeps its box, its quadrant histograms lose the pixels
 * left out; otherwise they are counted again.
 */
export function withoutPixels(
	luma: Uint8Array,
	width: number,
	height: number,
	region: RegionStats,
	cut: Uint8Array,
): RegionStats {
	const mask = region.mask.slice();
	const cutBox = maskBounds(cut, width, height);
	if (!cutBox) return stats(mask, region.box, region.quadrants, region.runs, null);
	for (let y = cutBox.y0; y < cutBox.y1; y++)
		for (let i = y * width + cutBox.x0, end = y * width + cutBox.x1; i < end; i++) if (cut[i]) mask[i] = 0;
	const box = maskBounds(mask, width, height);
	const from = region.box;
	const sameBox = box && from && box.x0 === from.x0 && box.y0 === from.y0 && box.x1 === from.x1 && box.y1 === from.y1;
	const quadrants = !box
		? null
		: sameBox && region.quadrants
			? lessCut(luma, width, region, cut, cutBox, region.quadrants, box)
			: quadrantHistograms(luma, width, mask, box, null);
	return stats(mask, box, quadrants, null, { from: region, mask: cut, box: cutBox });
}

/** `quadrants` of `region` (whose box is `box`) without its pixels set in `cut`, all inside `cutBox`. */
function lessCut(
	luma: Uint8Array,
	width: number,
	region: RegionStats,
	cut: Uint8Array,
	cutBox: Box,
	quadrants: Quadrants,
	box: Box,
): Quadrants {
	const { xm, my } = quadrantSplit(box);
	const [a, b, c, d] = quadrants.bins;
	const bins = [a.slice(), b.slice(), c.slice(), d.slice()] as const;
	const counts = quadrants.counts.slice() as Quadrants['counts'];
	for (let y = cutBox.y0; y < cutBox.y1; y++) {
		const top = y < my ? 0 : 2;
		for (let x = cutBox.x0, i = y * width + x; x < cutBox.x1; x++, i++) {
			if (!(cut[i] && region.mask[i])) continue;
			const q = top + (x < xm ? 0 : 1);
			bins[q]![luma[i]!]!--;
			counts[q]!--;
		}
	}
	return { bins, counts };
}

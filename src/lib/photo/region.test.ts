/**
 * The region statistics take short cuts: a convex region is read by its rows' runs, and the region
 * without its glare is made from the region's own statistics less the pixels left out. Each short cut
 * must give exactly what reading the mask pixel by pixel gives.
 */
import { describe, expect, it } from 'vitest';
import { boxMask, insetQuad, rasterizeConvex, type Quad } from './quad';
import { regionStats, withoutPixels, type RegionStats } from './region';
import { measureSharpness, regionSharpness } from './sharpness';

const W = 97;
const H = 71;
/** Textured noise, so every histogram bin and Laplacian differs from its neighbours'. */
const luma = new Uint8Array(W * H).map((_, i) => ((i * 2654435761) >>> 24) & 0xff);

const QUADS: Array<[string, Quad]> = [
	// A tilted card inside the picture.
	[
		'tilted',
		[
			{ x: 10, y: 5 },
			{ x: 90, y: 12 },
			{ x: 84, y: 66 },
			{ x: 3, y: 58 },
		],
	],
	// A card running out of the picture on every side.
	[
		'past the edges',
		[
			{ x: -20, y: -10 },
			{ x: 120, y: -5 },
			{ x: 110, y: 90 },
			{ x: -5, y: 80 },
		],
	],
	// A sliver a few pixels across.
	[
		'sliver',
		[
			{ x: 40, y: 30 },
			{ x: 44, y: 30 },
			{ x: 44, y: 32 },
			{ x: 40, y: 32 },
		],
	],
];

/** What the checks read of a region (not how it was made). */
function readings(r: RegionStats) {
	return { box: r.box, bins: r.bins, quadrants: r.quadrants, area: r.area, median: r.median };
}

/** 1 where `mask` is set and `cut` is not. */
function less(mask: Uint8Array, cut: Uint8Array): Uint8Array {
	return mask.map((v, i) => v & (1 - cut[i]!));
}

/** A cut of the pixels where `where(x, y)` holds. */
function cutWhere(where: (x: number, y: number) => boolean): Uint8Array {
	return new Uint8Array(W * H).map((_, i) => (where(i % W, Math.floor(i / W)) ? 1 : 0));
}

describe('regionStats', () => {
	it.each(QUADS)('reads a convex region (%s) by runs as it reads it pixel by pixel', (_, quad) => {
		const mask = rasterizeConvex(insetQuad(quad, 0.02), W, H);
		expect(readings(regionStats(luma, W, H, mask, true))).toEqual(readings(regionStats(luma, W, H, mask, false)));
	});
});

describe('withoutPixels', () => {
	const region = regionStats(luma, W, H, rasterizeConvex(QUADS[0]![1], W, H), true);
	const cuts: Array<[string, Uint8Array]> = [
		// A highlight in the middle: the region keeps its box.
		['a blob inside', cutWhere((x, y) => Math.hypot(x - 50, y - 30) < 6)],
		// Two blobs, one on the region's rim and one outside it.
		[
			'blobs on the rim and outside',
			cutWhere((x, y) => Math.hypot(x - 8, y - 40) < 5 || Math.hypot(x - 95, y - 2) < 3),
		],
		// The region's top rows: its box shrinks, so its quadrants split elsewhere.
		['the top rows', cutWhere((_, y) => y < 20)],
		// A sheen over whole cells, next to a highlight.
		[
			'cells and a blob',
			boxMask(W, H, 20, 20, 44, 44).map((v, i) => v | (Math.hypot((i % W) - 70, i / W - 50) < 4 ? 1 : 0)),
		],
	];

	it.each(cuts)('leaves %s out exactly as a new mask would', (_, cut) => {
		const without = withoutPixels(luma, W, H, region, cut);
		const fresh = regionStats(luma, W, H, less(region.mask, cut), false);
		expect(readings(without)).toEqual(readings(fresh));
		expect(without.mask).toEqual(fresh.mask);
		// Sharpness from the region's runs less the cut's neighbourhood: the same pixels, the same sums.
		expect(regionSharpness(luma, W, H, without)).toEqual(measureSharpness(luma, W, H, fresh.mask));
	});

	it('reads sharpness of a convex region from its runs as from its mask', () => {
		expect(regionSharpness(luma, W, H, region)).toEqual(measureSharpness(luma, W, H, region.mask));
	});
});

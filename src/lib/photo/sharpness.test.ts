import { describe, expect, it } from 'vitest';
import { insetQuad, rasterizeConvex, type Quad } from './quad';
import { measureSharpness } from './sharpness';

describe('measureSharpness', () => {
	it('matches a hand-computed Laplacian variance on a 5 × 5 grid', () => {
		// Columns 0–1 black, 2–4 white; all pixels measured. Only the inner 3 × 3 have four masked
		// neighbours. Per row: x = 1 → 0 + 255 + 0 + 0 − 0 = 255; x = 2 → 0 + 255 + 255 + 255 − 4 × 255
		// = −255; x = 3 → 0. The 1st–99th percentiles are 0 and 255, so no stretch.
		// Mean 0; variance = (3 × 255² + 3 × 255²) / 9 = 43350.
		const luma = new Uint8Array(25).map((_, i) => (i % 5 >= 2 ? 255 : 0));
		const mask = new Uint8Array(25).fill(1);
		const { variance, range } = measureSharpness(luma, 5, 5, mask);
		expect(range).toBe(255);
		expect(variance).toBeCloseTo(43350, 6);
	});

	it('reads a flat region as having no detail (range 0)', () => {
		const luma = new Uint8Array(100).fill(128);
		const m = measureSharpness(luma, 10, 10, new Uint8Array(100).fill(1));
		expect(m).toEqual({ variance: 0, range: 0 });
	});

	it('is contrast-normalised: halving every level leaves the measure unchanged', () => {
		// A checkerboard 0/200 and the same at 0/100: the stretch maps both to 0–255.
		const a = new Uint8Array(64).map((_, i) => (((i % 8) + Math.floor(i / 8)) % 2) * 200);
		const b = a.map((v) => v / 2);
		const mask = new Uint8Array(64).fill(1);
		expect(measureSharpness(b, 8, 8, mask).variance).toBeCloseTo(measureSharpness(a, 8, 8, mask).variance, 6);
	});

	it('gives the same measure from the runs of a convex region as from reading its mask', () => {
		// A tilted card (convex: each row one run) on textured noise, near the image edges too.
		const w = 97;
		const h = 71;
		const luma = new Uint8Array(w * h).map((_, i) => ((i * 2654435761) >>> 24) & 0xff);
		const quads: Quad[] = [
			[
				{ x: 10, y: 5 },
				{ x: 90, y: 12 },
				{ x: 84, y: 66 },
				{ x: 3, y: 58 },
			],
			[
				{ x: -20, y: -10 },
				{ x: 120, y: -5 },
				{ x: 110, y: 90 },
				{ x: -5, y: 80 },
			],
			[
				{ x: 40, y: 30 },
				{ x: 44, y: 30 },
				{ x: 44, y: 32 },
				{ x: 40, y: 32 },
			],
		];
		for (const quad of quads) {
			const mask = rasterizeConvex(insetQuad(quad, 0.02), w, h);
			expect(measureSharpness(luma, w, h, mask, undefined, true)).toEqual(measureSharpness(luma, w, h, mask));
		}
	});
});

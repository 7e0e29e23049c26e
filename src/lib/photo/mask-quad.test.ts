/**
 * From a document mask to the document's quadrilateral, on small grids whose answer is known: the exact
 * coverage of a drawn quad (oracle-mask.ts with `clean`), a quad running off the picture, a scan that fills
 * it, no document, and a second blob beside the first.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentMask } from './doc-mask';
import { quadFromMask } from './mask-quad';
import type { Quad } from './quad';
import { worstCornerError } from './testing/find-eval';
import { oracleMask } from './testing/oracle-mask';

const W = 800;
const H = 600;

/** A quad in picture pixels, tilted and in perspective. */
const card: Quad = [
	{ x: 220, y: 170 },
	{ x: 590, y: 140 },
	{ x: 610, y: 390 },
	{ x: 200, y: 420 },
];

function filled(value: number, n = 64): DocumentMask {
	return { width: n, height: n, probability: new Float32Array(n * n).fill(value) };
}

describe('quadFromMask', () => {
	it('recovers a tilted card from its exact coverage to a tenth of a cell', () => {
		const found = quadFromMask(oracleMask(card, W, H, 1, { clean: true }), W, H)!;
		// A cell is 12.5 × 9.4 px here; the outline crosses between cell centres, interpolated.
		expect(worstCornerError(found.corners, card)).toBeLessThan(1.5);
		expect(found.border).toEqual([false, false, false, false]);
		expect(found.inside).toBeGreaterThan(0.99);
		expect(found.spill).toBe(0);
		expect(found.fit).toBeGreaterThan(0.95);
	});

	it('finds the corners of a blurred, spoiled mask to within about a cell', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const found = quadFromMask(oracleMask(card, W, H, seed), W, H)!;
			// The oracle moves each corner by 0.35 cell (one standard deviation) before blurring.
			expect(worstCornerError(found.corners, card)).toBeLessThan(16);
		}
	});

	it('puts a side on the border when the document runs out of the picture, and finds a cut corner past it', () => {
		// Off the right edge: the right side is the border.
		const right: Quad = [
			{ x: 500, y: 150 },
			{ x: 900, y: 150 },
			{ x: 900, y: 400 },
			{ x: 500, y: 400 },
		];
		const a = quadFromMask(oracleMask(right, W, H, 1, { clean: true }), W, H)!;
		expect(a.border.filter(Boolean)).toHaveLength(1);
		expect(Math.max(...a.corners.map((p) => p.x))).toBeCloseTo(W, 0);
		// One corner off the top: no side on the border, the corner found beyond it where its sides meet.
		const corner: Quad = [
			{ x: 420, y: 60 },
			{ x: 700, y: -40 },
			{ x: 740, y: 240 },
			{ x: 460, y: 330 },
		];
		const b = quadFromMask(oracleMask(corner, W, H, 1, { clean: true }), W, H)!;
		expect(b.border).toEqual([false, false, false, false]);
		expect(worstCornerError(b.corners, corner)).toBeLessThan(6);
	});

	it('reads a mask that is all document as the whole picture, four border sides', () => {
		const found = quadFromMask(filled(1), W, H)!;
		expect(found.border).toEqual([true, true, true, true]);
		expect(
			worstCornerError(found.corners, [
				{ x: 0, y: 0 },
				{ x: W, y: 0 },
				{ x: W, y: H },
				{ x: 0, y: H },
			]),
		).toBeLessThan(1e-6);
		// Its outline runs along its own quad, and along no quad with a side across the picture (the top of a scan).
		expect(found.fit).toBe(1);
		const top: Quad = [
			{ x: 0, y: 0 },
			{ x: W, y: 0 },
			{ x: W, y: 0.6 * H },
			{ x: 0, y: 0.6 * H },
		];
		expect(found.fitOf(top)).toBe(0);
	});

	it('finds nothing in an empty mask, a faint one, or a speck', () => {
		expect(quadFromMask(filled(0), W, H)).toBeNull();
		expect(quadFromMask(filled(0.3), W, H)).toBeNull();
		const speck = filled(0);
		speck.probability[32 * 64 + 32] = 1;
		expect(quadFromMask(speck, W, H)).toBeNull();
	});

	it('takes an A4 page as it is (a document, if not an ID)', () => {
		// 297 × 210 mm, upright, on a 3:4 portrait photo.
		const page: Quad = [
			{ x: 90, y: 120 },
			{ x: 510, y: 120 },
			{ x: 510, y: 714 },
			{ x: 90, y: 714 },
		];
		const found = quadFromMask(oracleMask(page, 600, 800, 1, { clean: true }), 600, 800)!;
		expect(worstCornerError(found.corners, page)).toBeLessThan(2);
	});

	it('says how much of the mask lies in a second blob', () => {
		const mask = oracleMask(card, W, H, 1, { clean: true });
		// A second, smaller document-like blob in the top-left corner.
		for (let y = 2; y < 10; y++) for (let x = 2; x < 12; x++) mask.probability[y * 64 + x] = 0.9;
		const found = quadFromMask(mask, W, H)!;
		expect(worstCornerError(found.corners, card)).toBeLessThan(1.5);
		expect(found.spill).toBeGreaterThan(0.05);
	});

	it('throws nothing on a grid that is too small or the wrong length: no document', () => {
		expect(quadFromMask({ width: 1, height: 1, probability: new Float32Array([1]) }, W, H)).toBeNull();
		expect(quadFromMask({ width: 4, height: 4, probability: new Float32Array(3) }, W, H)).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import type { Point, RgbaImage } from '../types';
import { makeComposite } from '../testing/composite';
import { GRID_SIZE, maskIoU, modelInput, predictDocumentMask, quadCoverage } from '.';

/** Whether `p` is inside the convex quadrilateral `q` (either winding). */
function insideQuad(q: readonly Point[], p: Point): boolean {
	const sides = q.map((a, i) => {
		const b = q[(i + 1) % 4]!;
		return Math.sign((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x));
	});
	return sides.every((s) => s >= 0) || sides.every((s) => s <= 0);
}

/** Share of the grid's cells the model puts inside a document. */
const covered = (p: Float32Array) => p.filter((v) => v >= 0.5).length / p.length;

// Seeds of their own: the training data start at 1,000,000, the finder's tests and benches use 1–500 and 300,000+.
const SEEDS = Array.from({ length: 16 }, (_, k) => 700_001 + k);

describe('predictDocumentMask on composites it was not trained on', () => {
	const cases = SEEDS.map((seed) => {
		const c = makeComposite(seed, { width: 480, height: 360, cutOff: false });
		const truth = quadCoverage(c.corners, c.image.width, c.image.height, GRID_SIZE, GRID_SIZE);
		return { c, iou: maskIoU(predictDocumentMask(c.image).probability, truth) };
	});

	it('finds the document on drawn backgrounds (keyboards, fabric, clutter, hands…)', () => {
		const ious = cases.map((k) => k.iou).sort((a, b) => a - b);
		// The median case overlaps the truth closely, and at most a few miss badly.
		expect(ious[ious.length >> 1]).toBeGreaterThan(0.85);
		expect(ious.filter((v) => v < 0.5).length).toBeLessThanOrEqual(2);
	});

	it('gives the grid the contract says, probabilities in 0–1', () => {
		const mask = predictDocumentMask(cases[0]!.c.image);
		expect(mask.width).toBe(GRID_SIZE);
		expect(mask.height).toBe(GRID_SIZE);
		expect(mask.probability.length).toBe(GRID_SIZE * GRID_SIZE);
		expect(mask.probability.every((p) => p >= 0 && p <= 1)).toBe(true);
	});

	it('gives the mirror image the mirrored mask: it is the mean of a look at the picture and at its mirror', () => {
		const { c } = cases[2]!;
		// At the input's size, so the mirror is exact (a resize can round differently from either side).
		const image = modelInput(c.image);
		const n = image.width;
		const flipped = new Uint8Array(image.data.length);
		for (let y = 0; y < n; y++)
			for (let x = 0; x < n; x++)
				flipped.set(image.data.subarray((y * n + x) * 4, (y * n + x) * 4 + 4), (y * n + (n - 1 - x)) * 4);
		const a = predictDocumentMask(image).probability;
		const b = predictDocumentMask({ width: n, height: n, data: flipped }).probability;
		let worst = 0;
		for (let y = 0; y < GRID_SIZE; y++)
			for (let x = 0; x < GRID_SIZE; x++)
				worst = Math.max(worst, Math.abs(a[y * GRID_SIZE + x]! - b[y * GRID_SIZE + GRID_SIZE - 1 - x]!));
		// The same two looks added in the other order: equal to float rounding. One look alone differs by far more.
		expect(worst).toBeLessThan(1e-6);
		expect(covered(a)).toBeGreaterThan(0.05);
	});

	it('follows the picture when it is turned a quarter turn', () => {
		const { c } = cases[1]!;
		const { width, height, data } = c.image;
		const turned = new Uint8Array(data.length);
		// Clockwise: (x, y) goes to (height - 1 - y, x) in a picture height wide.
		for (let y = 0; y < height; y++)
			for (let x = 0; x < width; x++)
				turned.set(data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4), (x * height + (height - 1 - y)) * 4);
		const corners = c.corners.map((p) => ({ x: height - p.y, y: p.x }));
		const truth = quadCoverage(corners, height, width, GRID_SIZE, GRID_SIZE);
		expect(
			maskIoU(predictDocumentMask({ width: height, height: width, data: turned }).probability, truth),
		).toBeGreaterThan(0.7);
	});
});

describe('predictDocumentMask without a document, and on a scan', () => {
	it('stays (nearly) empty on a table with no document on it', () => {
		// The right part of a composite, clear of its document: fabric, wood, a keyboard alone.
		const shares: number[] = [];
		for (let seed = 710_001; shares.length < 4; seed++) {
			const c = makeComposite(seed, { cutOff: false });
			const right = Math.ceil(Math.max(...c.corners.map((p) => p.x)) + 0.04 * c.image.width);
			const width = c.image.width - right;
			if (width < 0.35 * c.image.width) continue;
			const data = new Uint8Array(width * c.image.height * 4);
			for (let y = 0; y < c.image.height; y++)
				data.set(c.image.data.subarray((y * c.image.width + right) * 4, (y + 1) * c.image.width * 4), y * width * 4);
			shares.push(covered(predictDocumentMask({ width, height: c.image.height, data }).probability));
		}
		// A known weakness: a plain pale-blue fabric with soft folds, filling the picture, reads partly as a
		// document page (about a tenth of the grid); the others stay empty.
		expect(shares.filter((s) => s < 0.05).length).toBeGreaterThanOrEqual(3);
		expect(Math.max(...shares)).toBeLessThan(0.2);
	});

	it('fills the grid for a photo that is all document (a card cropped to itself)', () => {
		// A wholly-inside composite, cropped to a box inside the document's outline at least half the picture's size.
		for (let seed = 720_001; ; seed++) {
			const c = makeComposite(seed, { width: 640, height: 480, cutOff: false });
			const xs = c.corners.map((p) => p.x).sort((a, b) => a - b);
			const ys = c.corners.map((p) => p.y).sort((a, b) => a - b);
			const [x0, x1, y0, y1] = [
				Math.ceil(xs[1]!) + 2,
				Math.floor(xs[2]!) - 2,
				Math.ceil(ys[1]!) + 2,
				Math.floor(ys[2]!) - 2,
			];
			const width = x1 - x0;
			const height = y1 - y0;
			if (width < 160 || height < 100) continue;
			const box = [
				{ x: x0, y: y0 },
				{ x: x1, y: y0 },
				{ x: x1, y: y1 },
				{ x: x0, y: y1 },
			];
			// The box is inside when all its corners are (the outline is convex).
			if (!box.every((p) => insideQuad(c.corners, p))) continue;
			const data = new Uint8Array(width * height * 4);
			for (let y = 0; y < height; y++)
				data.set(
					c.image.data.subarray(((y0 + y) * c.image.width + x0) * 4, ((y0 + y) * c.image.width + x1) * 4),
					y * width * 4,
				);
			const inner: RgbaImage = { width, height, data };
			expect(covered(predictDocumentMask(inner).probability)).toBeGreaterThan(0.9);
			return;
		}
	});
});

describe('modelInput', () => {
	it('stretches any picture to the square input, enlarging a small one', () => {
		for (const [width, height] of [
			[1000, 750],
			[90, 200],
			[3, 1],
		] as const) {
			const input = modelInput({ width, height, data: new Uint8Array(width * height * 4).fill(200) });
			expect([input.width, input.height]).toEqual([128, 128]);
			expect(input.data[0]).toBe(200);
		}
	});
});

/**
 * The mask the model is trained to give, from a document's true corners: for each cell of a grid laid
 * over the whole picture, the share of the cell inside the document's outline (4 × 4 samples a cell).
 * The training data, the tests and the benchmark all score against this.
 */
import type { Point } from '../types';

/** Samples a cell is read at, on each axis. */
const SAMPLES = 4;

/**
 * Coverage of each cell of a `gridW` × `gridH` grid over a `width` × `height` picture by the convex
 * quadrilateral `corners` (picture pixels, either winding); row-major, 0–1. Parts outside the picture
 * are simply not on the grid.
 */
export function quadCoverage(
	corners: readonly Point[],
	width: number,
	height: number,
	gridW: number,
	gridH: number,
): Float32Array {
	const out = new Float32Array(gridW * gridH);
	let area = 0;
	for (let i = 0; i < 4; i++) area += corners[i]!.x * corners[(i + 1) % 4]!.y - corners[(i + 1) % 4]!.x * corners[i]!.y;
	const s = area > 0 ? 1 : -1;
	// Each side as a half-plane a·x + b·y + c ≥ 0 on the inside.
	const edges = [0, 1, 2, 3].map((i) => {
		const p = corners[i]!;
		const q = corners[(i + 1) % 4]!;
		const a = -s * (q.y - p.y);
		const b = s * (q.x - p.x);
		return [a, b, -(a * p.x + b * p.y)] as const;
	});
	const cw = width / gridW;
	const ch = height / gridH;
	const share = 1 / (SAMPLES * SAMPLES);
	for (let j = 0; j < gridH; j++)
		for (let i = 0; i < gridW; i++) {
			let inside = 0;
			for (let sy = 0; sy < SAMPLES; sy++) {
				const y = (j + (sy + 0.5) / SAMPLES) * ch;
				for (let sx = 0; sx < SAMPLES; sx++) {
					const x = (i + (sx + 0.5) / SAMPLES) * cw;
					if (edges.every(([a, b, c]) => a * x + b * y + c >= 0)) inside++;
				}
			}
			out[j * gridW + i] = inside * share;
		}
	return out;
}

/** Intersection over union of two masks thresholded at 0.5; 1 when both are empty. */
export function maskIoU(a: Float32Array, b: Float32Array): number {
	let both = 0;
	let either = 0;
	for (let i = 0; i < a.length; i++) {
		const x = a[i]! >= 0.5;
		const y = b[i]! >= 0.5;
		if (x && y) both++;
		if (x || y) either++;
	}
	return either === 0 ? 1 : both / either;
}

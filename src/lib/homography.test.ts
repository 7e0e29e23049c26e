import { describe, expect, test } from 'vitest';
import { mapUnitSquare, squareToQuad } from './homography';

describe('squareToQuad', () => {
	test('takes the unit square’s corners to the quad’s, in order', () => {
		const quad = [
			{ x: 10, y: 20 },
			{ x: 310, y: 40 },
			{ x: 290, y: 230 },
			{ x: 30, y: 200 },
		] as const;
		const m = squareToQuad(quad)!;
		const at = (u: number, v: number) => {
			const w = m[6] * u + m[7] * v + 1;
			return { x: (m[0] * u + m[1] * v + m[2]) / w, y: (m[3] * u + m[4] * v + m[5]) / w };
		};
		for (const [[u, v], corner] of [
			[[0, 0], quad[0]],
			[[1, 0], quad[1]],
			[[1, 1], quad[2]],
			[[0, 1], quad[3]],
		] as const) {
			expect(at(u, v).x).toBeCloseTo(corner.x, 6);
			expect(at(u, v).y).toBeCloseTo(corner.y, 6);
		}
	});

	test('three corners on a line make no quad', () => {
		expect(
			squareToQuad([
				{ x: 0, y: 0 },
				{ x: 100, y: 0 },
				{ x: 200, y: 0 },
				{ x: 300, y: 0 },
			]),
		).toBeNull();
	});
});

describe('mapUnitSquare', () => {
	test('takes the unit square’s centre to where the quad’s diagonals cross', () => {
		// A square turned into a trapezoid: its diagonals still meet at the image of (0.5, 0.5).
		const m = squareToQuad([
			{ x: 0, y: 0 },
			{ x: 100, y: 0 },
			{ x: 80, y: 50 },
			{ x: 20, y: 50 },
		])!;
		const centre = mapUnitSquare(m, 0.5, 0.5);
		// Diagonals (0,0)–(80,50) and (100,0)–(20,50) cross at x = 50, y = 50 · 50/80.
		expect(centre.x).toBeCloseTo(50, 6);
		expect(centre.y).toBeCloseTo(31.25, 6);
	});
});

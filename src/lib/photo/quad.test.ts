import { describe, expect, it } from 'vitest';
import { cornerAngles, isConvex, orderCorners, quadAspect, rasterizeConvex, signedArea, type Quad } from './quad';

const square: Quad = [
	{ x: 0, y: 0 },
	{ x: 4, y: 0 },
	{ x: 4, y: 4 },
	{ x: 0, y: 4 },
];

describe('quad geometry', () => {
	it('area of a 4 × 4 square is 16 (clockwise in image coordinates)', () => expect(signedArea(square)).toBe(16));
	it('a square is convex with right angles', () => {
		expect(isConvex(square)).toBe(true);
		expect(cornerAngles(square).map(Math.round)).toEqual([90, 90, 90, 90]);
	});
	it('a bow-tie is not convex', () => {
		expect(isConvex([square[0], square[2], square[1], square[3]])).toBe(false);
	});
	it('an ID-1 rectangle has aspect 1.586', () => {
		const card: Quad = [
			{ x: 0, y: 0 },
			{ x: 85.6, y: 0 },
			{ x: 85.6, y: 53.98 },
			{ x: 0, y: 53.98 },
		];
		expect(quadAspect(card)).toBeCloseTo(1.586, 3);
	});
	it('orders shuffled corners top-left first, clockwise', () => {
		expect(orderCorners([square[2], square[0], square[3], square[1]])).toEqual(square);
	});
	it('rasterises pixel centres inside: a 4 × 4 square on a 6 × 6 grid fills 16 pixels', () => {
		const mask = rasterizeConvex(square, 6, 6);
		expect(mask.reduce((a, b) => a + b, 0)).toBe(16);
		expect(mask[0]).toBe(1);
		expect(mask[4]).toBe(0);
	});
});

import { describe, expect, test } from 'vitest';
import { blackHat, runningExtreme } from './morphology';

/** The plain definition: the extreme over the window, clamped at the edges. */
function naive(src: Uint8Array, width: number, height: number, size: number, horizontal: boolean, max: boolean) {
	const out = new Uint8Array(src.length);
	const half = size >> 1;
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			let best = max ? 0 : 255;
			for (let d = -half; d <= half; d++) {
				const xx = horizontal ? x + d : x;
				const yy = horizontal ? y : y + d;
				if (xx < 0 || yy < 0 || xx >= width || yy >= height) continue;
				const v = src[yy * width + xx]!;
				best = max ? Math.max(best, v) : Math.min(best, v);
			}
			out[y * width + x] = best;
		}
	return out;
}

describe('runningExtreme', () => {
	test('a 1 × 5 row, window 3: max and min by hand', () => {
		const row = new Uint8Array([5, 1, 9, 3, 7]);
		expect([...runningExtreme(row, 5, 1, 3, true, true)]).toEqual([5, 9, 9, 9, 7]);
		expect([...runningExtreme(row, 5, 1, 3, true, false)]).toEqual([1, 1, 1, 3, 3]);
	});

	test.each([1, 3, 7, 15])('agrees with the plain definition on noise, window %i, both directions', (size) => {
		const width = 37;
		const height = 23;
		const src = new Uint8Array(width * height).map((_, i) => (i * 7919 + ((i * i) % 251)) % 256);
		for (const horizontal of [true, false])
			for (const max of [true, false])
				expect(runningExtreme(src, width, height, size, horizontal, max)).toEqual(
					naive(src, width, height, size, horizontal, max),
				);
	});
});

describe('blackHat', () => {
	test('a dark stroke on light paper stands out; the paper does not', () => {
		const width = 20;
		const height = 9;
		const src = new Uint8Array(width * height).fill(200);
		for (let y = 2; y < 7; y++) src[y * width + 10] = 40; // a 1-px vertical stroke
		const hat = blackHat(src, width, height, 5, 3);
		expect(hat[4 * width + 10]).toBe(160);
		expect(hat[4 * width + 3]).toBe(0);
	});
});

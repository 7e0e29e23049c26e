import { describe, expect, it } from 'vitest';
import { AreaResampler, resizeArea, resizeToLongSide } from './resize';
import type { RgbaImage } from './types';

/** A grey image from a list of rows of grey levels (R = G = B, alpha 255). */
function grey(rows: number[][]): RgbaImage {
	const height = rows.length;
	const width = rows[0]!.length;
	const data = new Uint8ClampedArray(width * height * 4);
	rows.flat().forEach((v, i) => data.set([v, v, v, 255], i * 4));
	return { width, height, data };
}

function greys(image: RgbaImage): number[] {
	return Array.from({ length: image.width * image.height }, (_, i) => image.data[i * 4]!);
}

describe('resizeArea', () => {
	it('averages each 2 × 2 block when halving', () => {
		// (0 + 4 + 8 + 12) / 4 = 6, (100 + 100 + 0 + 0) / 4 = 50, …
		const image = grey([
			[0, 4, 100, 100],
			[8, 12, 0, 0],
			[255, 255, 10, 20],
			[255, 255, 30, 40],
		]);
		expect(greys(resizeArea(image, 2, 2))).toEqual([6, 50, 255, 25]);
	});

	it('weights partly covered pixels by the covered share (3 → 2)', () => {
		// Output pixel 0 covers input 0 and half of input 1: (0 × 1 + 90 × 0.5) / 1.5 = 30.
		const image = grey([[0, 90, 180]]);
		expect(greys(resizeArea(image, 2, 1))).toEqual([30, 150]);
	});

	it('sets alpha to 255', () => {
		const image = { width: 2, height: 1, data: new Uint8ClampedArray([10, 10, 10, 0, 20, 20, 20, 0]) };
		expect(resizeArea(image, 1, 1).data[3]).toBe(255);
	});
});

describe('resizeToLongSide', () => {
	it('never enlarges', () => {
		const image = grey([[1, 2]]);
		expect(resizeToLongSide(image, 1280)).toBe(image);
	});

	it('keeps the aspect ratio', () => {
		const image = { width: 4032, height: 3024, data: new Uint8ClampedArray(4032 * 3024 * 4) };
		const out = resizeToLongSide(image, 1280);
		expect([out.width, out.height]).toEqual([1280, 960]);
	});
});

describe('resizeArea with a power-of-two span', () => {
	it('gives the bytes of the general area resampler, ties rounded half to even', () => {
		for (const k of [2, 4, 8]) {
			const outW = 5;
			const outH = 3;
			const width = outW * k;
			const height = outH * k;
			const data = new Uint8ClampedArray(width * height * 4);
			let seed = 7 * k;
			for (let i = 0; i < data.length; i++) {
				seed = (seed * 1103515245 + 12345) >>> 0;
				// Few levels, so block sums hit exact halves often.
				data[i] = i % 4 === 3 ? 255 : ((seed >>> 16) & 3) * 85 + (i % 7 === 0 ? 1 : 0);
			}
			const image = { width, height, data };
			const general = new AreaResampler(width, height, outW, outH, 3);
			general.addRows(new Uint8Array(data.buffer), 0, height, width * 4, 4);
			expect(Array.from(resizeArea(image, outW, outH).data)).toEqual(Array.from(general.toRgba(false)));
		}
	});
});

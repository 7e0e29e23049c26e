import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toLuma } from './luma';
import { AreaResampler, MAX_RESAMPLE_HEIGHT, resizeArea, resizeToLongSide } from './resize';
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
	it('gives the bytes of the general area resampler, ties rounded half up', () => {
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
			const general = new AreaResampler(width, height, outW, outH, 'rgb');
			general.addRows(new Uint8Array(data.buffer), 0, height, width * 4);
			expect(Array.from(resizeArea(image, outW, outH).data)).toEqual(Array.from(general.out));
		}
	});
});

/** `width` × `height` RGBA pixels of hashed noise, and their resampling to `outW` × `outH` in one go. */
function noise(width: number, height: number, outW: number, outH: number, mode: 'rgb' | 'luma') {
	const data = new Uint8Array(width * height * 4).map((_, i) => (i * 2654435761) >>> 24);
	const whole = new AreaResampler(width, height, outW, outH, mode);
	whole.addRows(data, 0, height, width * 4);
	return { data, whole };
}

/**
 * The area average worked out the slow, obvious way, in exact integers: on each axis an input pixel is
 * `out` units long and an output cell `in` units, so each output value is Σ value × overlapX × overlapY
 * over the cell's area in units, rounded half up: ⌊(2 S + D) / 2 D⌋.
 */
function exactArea(
	data: Uint8Array,
	inW: number,
	inH: number,
	outW: number,
	outH: number,
	mode: 'plane' | 'luma' | 'rgb',
): number[] {
	const overlap = (i: number, o: number, inSize: number, outSize: number) =>
		BigInt(Math.max(0, Math.min((i + 1) * outSize, (o + 1) * inSize) - Math.max(i * outSize, o * inSize)));
	const value = (x: number, y: number, channel: number) => {
		if (mode === 'plane') return data[y * inW + x]!;
		const p = (y * inW + x) * 4;
		return mode === 'luma' ? 77 * data[p]! + 150 * data[p + 1]! + 29 * data[p + 2]! : data[p + channel]!;
	};
	const D = BigInt(inW * inH * (mode === 'luma' ? 256 : 1));
	const result: number[] = [];
	for (let oy = 0; oy < outH; oy++) {
		for (let ox = 0; ox < outW; ox++) {
			for (let channel = 0; channel < (mode === 'rgb' ? 3 : 1); channel++) {
				let S = 0n;
				for (let y = 0; y < inH; y++) {
					const wy = overlap(y, oy, inH, outH);
					if (wy === 0n) continue;
					for (let x = 0; x < inW; x++) S += BigInt(value(x, y, channel)) * overlap(x, ox, inW, outW) * wy;
				}
				result.push(Number((2n * S + D) / (2n * D)));
			}
			if (mode === 'rgb') result.push(255);
		}
	}
	return result;
}

describe('AreaResampler', () => {
	it('gives the exact area average, rounded half up, for any sizes and pixels', () => {
		const sizes = fc
			.tuple(fc.integer({ min: 1, max: 23 }), fc.integer({ min: 1, max: 19 }))
			.chain(([inW, inH]) =>
				fc.tuple(
					fc.constant(inW),
					fc.constant(inH),
					fc.integer({ min: 1, max: inW }),
					fc.integer({ min: 1, max: inH }),
				),
			);
		fc.assert(
			fc.property(
				sizes,
				fc.constantFrom('plane' as const, 'luma' as const, 'rgb' as const),
				fc.integer({ min: 0, max: 2 ** 31 - 1 }),
				fc.constantFrom(2, 16, 256),
				([inW, inH, outW, outH], mode, seed, levels) => {
					// Few levels (2, 16) make exact halves, hence ties, common.
					const bytes = (inW * inH * (mode === 'plane' ? 1 : 4) + 3) & ~3;
					const data = new Uint8Array(bytes).map(
						(_, i) => ((((i + seed) * 2654435761) >>> 24) % levels) * Math.floor(255 / (levels - 1)),
					);
					const resampler = new AreaResampler(inW, inH, outW, outH, mode);
					resampler.addRows(data, 0, inH, inW * (mode === 'plane' ? 1 : 4));
					expect(Array.from(resampler.out)).toEqual(exactArea(data, inW, inH, outW, outH, mode));
				},
			),
			{ numRuns: 300 },
		);
	});

	it('is exact: a mean of exactly .5 rounds up, whatever the span', () => {
		// 3 → 2: output 0 = (1 × 1 + 0.5 × 2) / 1.5 = 1.333… → 1; a 2 → 1 mean of 1 and 2 is 1.5 → 2.
		const thirds = new AreaResampler(3, 1, 2, 1, 'plane');
		thirds.addRows(new Uint8Array([1, 2, 9]), 0, 1, 3);
		expect(Array.from(thirds.out)).toEqual([1, 7]);
		const half = new AreaResampler(2, 1, 1, 1, 'plane');
		half.addRows(new Uint8Array([1, 2]), 0, 1, 2);
		expect(Array.from(half.out)).toEqual([2]);
	});

	it('gives the same output whether rows come at once or in strips', () => {
		const width = 37;
		const height = 29;
		const { data, whole } = noise(width, height, 11, 9, 'rgb');
		const strips = new AreaResampler(width, height, 11, 9, 'rgb');
		for (let y = 0; y < height; y += 4)
			strips.addRows(data.subarray(y * width * 4), 0, Math.min(4, height - y), width * 4);
		expect(Array.from(strips.out)).toEqual(Array.from(whole.out));
	});

	it('two bands, fed the same rows, give the bytes of the whole (and need only their own rows)', () => {
		const width = 151;
		const height = 113;
		const { data, whole } = noise(width, height, 128, 96, 'luma');
		for (const split of [1, 40, 67, 95]) {
			const top = new AreaResampler(width, height, 128, 96, 'luma', { band: { from: 0, to: split } });
			const bottom = new AreaResampler(width, height, 128, 96, 'luma', { band: { from: split, to: 96 } });
			for (let y = 0; y < height; y += 16) {
				top.addRows(data.subarray(y * width * 4), 0, Math.min(16, height - y), width * 4);
				bottom.addRows(data.subarray(y * width * 4), 0, Math.min(16, height - y), width * 4);
			}
			expect([...top.out, ...bottom.out]).toEqual([...whole.out]);
			// The rows each band reads overlap by at most the one row that straddles the split.
			expect(bottom.inputRows.from).toBeGreaterThanOrEqual(top.inputRows.to - 1);
			expect(top.inputRows.from).toBe(0);
			expect(bottom.inputRows.to).toBe(height);
		}
		expect(() => new AreaResampler(width, height, 128, 96, 'luma', { band: { from: 50, to: 50 } })).toThrow(
			/Invalid band/,
		);
		// Fed only its own rows.
		const bottom = new AreaResampler(width, height, 128, 96, 'luma', { band: { from: 40, to: 96 } });
		bottom.startAt(bottom.inputRows.from);
		bottom.addRows(data, bottom.inputRows.from * width * 4, height - bottom.inputRows.from, width * 4);
		expect([...bottom.out]).toEqual([...whole.out.subarray(40 * 128)]);
		expect(() => bottom.startAt(0)).toThrow(/Invalid row/);
	});

	it("'luma' at a span of 1 gives toLuma's bytes, in either channel order", () => {
		const data = new Uint8Array(64 * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 97) % 256));
		const rgba = new AreaResampler(64, 1, 64, 1, 'luma');
		rgba.addRows(data, 0, 1, 256);
		expect(Array.from(rgba.out)).toEqual(Array.from(toLuma({ width: 64, height: 1, data })));
		const bgra = data.slice();
		for (let p = 0; p < bgra.length; p += 4) [bgra[p], bgra[p + 2]] = [data[p + 2]!, data[p]!];
		const swapped = new AreaResampler(64, 1, 64, 1, 'luma', { bgr: true });
		swapped.addRows(bgra, 0, 1, 256);
		expect(Array.from(swapped.out)).toEqual(Array.from(rgba.out));
	});

	it("'every' reads every n-th pixel of every n-th row", () => {
		// 4 × 4 plane, every 2nd: samples (0,0) (2,0) (0,2) (2,2) = 10, 30, 50, 70, kept as they are.
		const plane = new Uint8Array([10, 0, 30, 0, 0, 0, 0, 0, 50, 0, 70, 0, 0, 0, 0, 0]);
		const sampled = new AreaResampler(2, 2, 2, 2, 'plane', { every: 2 });
		sampled.addRows(plane, 0, 4, 4);
		expect(Array.from(sampled.out)).toEqual([10, 30, 50, 70]);
	});

	it('says how to fix input it cannot read, rather than reading it wrong', () => {
		const odd = new Uint8Array(new ArrayBuffer(17), 1, 16);
		expect(() => new AreaResampler(2, 2, 1, 1, 'rgb').addRows(odd, 0, 2, 8)).toThrow(/4-byte boundary.*aligned\(\)/);
		expect(() => new AreaResampler(1, MAX_RESAMPLE_HEIGHT + 1, 1, 1, 'luma')).toThrow(/at most 32768 pixels/);
		expect(() => new AreaResampler(4, 4, 5, 4, 'plane')).toThrow(/only shrinks/);
	});
});

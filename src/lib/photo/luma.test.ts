import { describe, expect, it } from 'vitest';
import { histogram, histogramMean, histogramQuantile, histogramShare, toLuma } from './luma';

describe('toLuma', () => {
	it.each<[string, [number, number, number], number]>([
		['white', [255, 255, 255], 255],
		['black', [0, 0, 0], 0],
		// 0.299 × 255 = 76.2
		['pure red', [255, 0, 0], 77],
		// The integer weight 150/256 = 0.586: 149.4, so 149 (0.587 exactly would give 149.7)
		['pure green', [0, 255, 0], 149],
		// 0.114 × 255 = 29.1
		['pure blue', [0, 0, 255], 29],
	])('%s', (_, rgb, expected) => {
		const data = new Uint8ClampedArray([...rgb, 255]);
		expect(toLuma({ width: 1, height: 1, data })[0]).toBe(expected);
	});
});

describe('histogram helpers', () => {
	// Values 10, 20, 30, 40 (and a masked-out 250).
	const values = new Uint8Array([10, 20, 30, 40, 250]);
	const mask = new Uint8Array([1, 1, 1, 1, 0]);
	const bins = histogram(values, mask);

	it('counts only masked values', () => expect(bins[250]).toBe(0));
	it('mean', () => expect(histogramMean(bins)).toBe(25));
	it('median is the lower middle value', () => expect(histogramQuantile(bins, 0.5)).toBe(20));
	it('quantile 1 is the maximum', () => expect(histogramQuantile(bins, 1)).toBe(40));
	it('share of values 30–255', () => expect(histogramShare(bins, 30, 255)).toBe(0.5));
	it('empty histogram gives 0', () => expect(histogramQuantile(new Uint32Array(256), 0.5)).toBe(0));
});

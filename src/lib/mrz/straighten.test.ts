import { describe, expect, test } from 'vitest';
import { flattenPaper } from './straighten';

/** A 12 × 6 strip: white paper on the left half, a grey tint (128) on the right, one dark stroke in each. */
function tintedStrip() {
	const width = 12;
	const height = 6;
	const data = new Uint8Array(width * height);
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			const paper = x < 6 ? 240 : 128;
			data[y * width + x] = x === 2 || x === 9 ? paper / 2 : paper;
		}
	return { width, height, data };
}

describe('flattenPaper', () => {
	test('paper becomes white, tinted or not, and print keeps its share of the paper around it', () => {
		const flat = flattenPaper(tintedStrip(), 3);
		const at = (x: number, y = 3) => flat.data[y * flat.width + x];
		// Both papers white; both strokes half as bright as their paper, whatever the tint.
		expect([at(0), at(4), at(7), at(11)]).toEqual([255, 255, 255, 255]);
		expect(at(2)).toBe(128);
		expect(at(9)).toBe(128);
	});

	test('a black area is not stretched into contrast', () => {
		const data = new Uint8Array(25).fill(8);
		data[12] = 16;
		const flat = flattenPaper({ width: 5, height: 5, data }, 3);
		expect(Math.max(...flat.data)).toBeLessThanOrEqual(Math.round((255 * 16) / 24));
	});
});

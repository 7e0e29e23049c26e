import { describe, expect, test } from 'vitest';
import { blazeFaceAnchors, BLAZEFACE_INPUT } from './anchors';
import { decodeRegion, iou, mergeFaces } from './decode';
import { detectionRegions } from './input';
import type { Face } from './types';

describe('BlazeFace anchors', () => {
	const anchors = blazeFaceAnchors();
	test('896 anchors: 16 × 16 × 2 then 8 × 8 × 6, centred in their cells', () => {
		expect(anchors.length).toBe(896 * 2);
		expect([anchors[0], anchors[1]]).toEqual([0.5 / 16, 0.5 / 16]);
		// The first anchor of the 8 × 8 grid.
		expect([anchors[512 * 2], anchors[512 * 2 + 1]]).toEqual([0.5 / 8, 0.5 / 8]);
	});
});

describe('decoding the raw output', () => {
	const anchors = blazeFaceAnchors();
	const raw = () => ({ scores: new Float32Array(896).fill(-10), boxes: new Float32Array(896 * 16) });
	test('one confident anchor becomes one face, in image pixels of its region', () => {
		const r = raw();
		const i = 16 * 2 * 8 + 8 * 2; // the 16 × 16 grid, row 8, column 8: centre (136, 136) in input pixels
		r.scores[i] = 3;
		r.boxes.set([4, -4, 64, 64], i * 16);
		// The region: a 512 px square from (100, 50), so input pixels are doubled.
		const [f] = decodeRegion(r, anchors, { x: 100, y: 50, size: 512 }, 0.65);
		expect(f!.score).toBeCloseTo(1 / (1 + Math.exp(-3)));
		expect(f!.box).toEqual({ x: 100 + (140 - 32) * 2, y: 50 + (132 - 32) * 2, width: 128, height: 128 });
	});
	test('low scores are dropped', () => {
		expect(decodeRegion(raw(), anchors, { x: 0, y: 0, size: BLAZEFACE_INPUT }, 0.65)).toEqual([]);
	});
	test('output of the wrong size is a programmer error', () => {
		expect(() =>
			decodeRegion(
				{ scores: new Float32Array(10), boxes: new Float32Array(160) },
				anchors,
				{ x: 0, y: 0, size: 256 },
				0.5,
			),
		).toThrow(/expected 896 scores/);
	});
});

describe('merging candidates', () => {
	const f = (x: number, y: number, size: number, score: number): Face => ({
		box: { x, y, width: size, height: size },
		score,
		keypoints: Array.from({ length: 6 }, () => ({ x: x + size / 2, y: y + size / 2 })),
	});
	test('overlapping boxes are one face, averaged by score; far ones stay apart', () => {
		const merged = mergeFaces([f(100, 100, 100, 0.9), f(110, 100, 100, 0.9), f(500, 100, 100, 0.8)], 0.3);
		expect(merged).toHaveLength(2);
		expect(merged[0]!.box.x).toBeCloseTo(105);
	});
	test('half a face at a tile edge, inside a whole one, is the same face', () => {
		expect(mergeFaces([f(100, 100, 100, 0.9), f(100, 100, 50, 0.7)], 0.3)).toHaveLength(1);
	});
	test('iou of a box with itself is 1, with a disjoint one 0', () => {
		expect(iou(f(0, 0, 10, 1).box, f(0, 0, 10, 1).box)).toBe(1);
		expect(iou(f(0, 0, 10, 1).box, f(20, 0, 10, 1).box)).toBe(0);
	});
});

describe('regions', () => {
	test('a portrait picture: the whole (padded square) and, with tiles, overlapping squares covering it', () => {
		const regions = detectionRegions(750, 1000, true, 0.55);
		expect(regions[0]).toEqual({ x: -125, y: 0, size: 1000 });
		for (const r of regions.slice(1)) expect(r.size).toBe(550);
		const covered = (x: number, y: number) =>
			regions.slice(1).some((r) => x >= r.x && x < r.x + r.size && y >= r.y && y < r.y + r.size);
		for (const [x, y] of [
			[0, 0],
			[749, 999],
			[375, 500],
			[10, 990],
		])
			expect(covered(x!, y!)).toBe(true);
	});
});

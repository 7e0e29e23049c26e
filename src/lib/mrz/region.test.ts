import { describe, expect, test } from 'vitest';
import { findMrzBands, type MrzBand } from './find-band';
import type { GrayImage } from './gray';
import { bandsInRegion, rectify, type MrzRegion } from './region';

/** A `width` × `height` image whose grey value is `value(x, y)`. */
function image(width: number, height: number, value: (x: number, y: number) => number): GrayImage {
	const data = new Uint8Array(width * height);
	for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = value(x, y);
	return { width, height, data };
}

/** Draws dark bars (lines of print as the band finder sees them) on white. */
function bars(width: number, height: number, list: Array<{ x: number; y: number; length: number }>): GrayImage {
	return image(width, height, (x, y) =>
		list.some((b) => x >= b.x && x < b.x + b.length && y >= b.y && y < b.y + 5) ? 20 : 235,
	);
}

const band = (over: Partial<MrzBand> = {}): MrzBand => ({
	cx: 100,
	cy: 50,
	angle: 0,
	length: 120,
	height: 20,
	lines: 2,
	lineHeight: 6,
	score: 1,
	...over,
});

describe('rectify', () => {
	// Grey value = x: an upright crop keeps the gradient; a crop turned a quarter makes it run down.
	const ramp = image(256, 200, (x) => x);

	test('an upright rectangle is cut out as it is (value = x, checked by hand)', () => {
		const out = rectify(ramp, [
			{ x: 40, y: 30 },
			{ x: 200, y: 30 },
			{ x: 200, y: 150 },
			{ x: 40, y: 150 },
		])!;
		expect(out.image).toMatchObject({ width: 160, height: 120 });
		// Output pixel (x, y) samples the photo at (40 + x + 0.5, …): value 40 + x (bilinear between x and x + 1 rounds up).
		expect(out.image.data[0]).toBe(40);
		expect(out.image.data[100]).toBe(140);
		expect(out.toPhoto(0, 0)).toEqual({ x: 40, y: 30 });
	});

	test('a document lying on its side: the corners as seen are its top-left … bottom-left, so the ramp runs down', () => {
		// Its top edge is the photo's right edge, going down.
		const out = rectify(ramp, [
			{ x: 200, y: 30 },
			{ x: 200, y: 150 },
			{ x: 40, y: 150 },
			{ x: 40, y: 30 },
		])!;
		expect(out.image).toMatchObject({ width: 120, height: 160 });
		expect(out.image.data[0]).toBeGreaterThan(out.image.data[(out.image.height - 1) * out.image.width]!);
	});

	test('a sliver too small to search is left to the whole-photo search', () => {
		expect(
			rectify(ramp, [
				{ x: 10, y: 10 },
				{ x: 50, y: 10 },
				{ x: 50, y: 40 },
				{ x: 10, y: 40 },
			]),
		).toBeNull();
	});
});

describe('bandsInRegion', () => {
	const photo = image(400, 300, () => 255);

	test('a band on an upright document moves by the document’s offset', () => {
		const region: MrzRegion = [
			{ x: 100, y: 50 },
			{ x: 300, y: 50 },
			{ x: 300, y: 150 },
			{ x: 100, y: 150 },
		];
		const [moved] = bandsInRegion(photo, region, () => [band()]);
		expect(moved!.cx).toBeCloseTo(200, 6);
		expect(moved!.cy).toBeCloseTo(100, 6);
		expect(moved!.length).toBeCloseTo(120, 6);
		expect(moved!.height).toBeCloseTo(20, 6);
		expect(moved!.angle).toBeCloseTo(0, 6);
	});

	test('on a document lying on its side, a level band turns a quarter in the photo', () => {
		const region: MrzRegion = [
			{ x: 300, y: 50 },
			{ x: 300, y: 250 },
			{ x: 200, y: 250 },
			{ x: 200, y: 50 },
		];
		const [turned] = bandsInRegion(photo, region, () => [band()]);
		expect(turned!.angle).toBeCloseTo(Math.PI / 2, 6);
		expect(turned!.length).toBeCloseTo(120, 6);
	});
});

describe('findMrzBands with a document', () => {
	// Long bars of print outside the document (a printed page beside it) and a shorter MRZ-like block on it.
	const page = [0, 1, 2].map((i) => ({ x: 60, y: 60 + i * 14, length: 860 }));
	const mrz = [0, 1].map((i) => ({ x: 320, y: 470 + i * 14, length: 420 }));
	const photo = bars(1000, 700, [...page, ...mrz]);
	const document: MrzRegion = [
		{ x: 280, y: 300 },
		{ x: 780, y: 300 },
		{ x: 780, y: 620 },
		{ x: 280, y: 620 },
	];
	const onDocument = (b: MrzBand) => b.cy > 300 && b.cy < 620;

	test('on the whole photo the longer print ranks first', () => {
		const bands = findMrzBands(photo);
		expect(bands.length).toBeGreaterThan(0);
		expect(onDocument(bands[0]!)).toBe(false);
	});

	test('given the document, its band comes first and the photo’s others still follow', () => {
		const bands = findMrzBands(photo, { region: document });
		expect(onDocument(bands[0]!)).toBe(true);
		expect(bands.some((b) => !onDocument(b))).toBe(true);
		// No band twice.
		expect(new Set(bands).size).toBe(bands.length);
	});
});

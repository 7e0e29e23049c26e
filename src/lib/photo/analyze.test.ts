import { describe, expect, it } from 'vitest';
import { analyzePhoto } from './index';
import { addHighlight, blur, desaturate, scaleBrightness, shadeRight, solid, syntheticCard } from './testing/synthetic';
import type { CheckId, PhotoAnalysis, RgbaImage } from './types';

const { image: card, card: place } = syntheticCard();
const base = analyzePhoto(card);

function statuses(result: PhotoAnalysis): Record<string, string> {
	return Object.fromEntries(result.checks.map((c) => [c.id, c.status]));
}

describe('analyzePhoto on a synthetic card', () => {
	it('passes every check on the clean card and finds its corners within 1 %', () => {
		expect(base.verdict).toBe('good');
		expect(base.score).toBe(100);
		const truth = [
			[place.x, place.y],
			[place.x + place.width, place.y],
			[place.x + place.width, place.y + place.height],
			[place.x, place.y + place.height],
		];
		base.document!.corners.forEach((p, i) => {
			expect(Math.abs(p.x - truth[i]![0]!)).toBeLessThan(16);
			expect(Math.abs(p.y - truth[i]![1]!)).toBeLessThan(12);
		});
	});

	// Each edit must move its own check, and leave every other check passing.
	describe.each<{ edit: string; make: () => RgbaImage; moves: CheckId; problem: string }>([
		// A shaky hand: mild blur (box radius 2, then 1, at 1600 px: about 1.5 px at the working scale).
		{ edit: 'mild blur', make: () => blur(blur(card, 2), 1), moves: 'sharpness', problem: 'soft' },
		// Out of focus.
		{ edit: 'heavy blur', make: () => blur(card, 4), moves: 'sharpness', problem: 'blurry' },
		// A dim room.
		{ edit: 'darkened to 30 %', make: () => scaleBrightness(card, 0.3), moves: 'exposure', problem: 'too-dark' },
		// Overexposed: the card burns out.
		{
			edit: 'brightened 1.6×',
			make: () => scaleBrightness(card, 1.6),
			moves: 'exposure',
			problem: 'clipped-highlights',
		},
		// A lamp reflected in the laminate.
		{
			edit: 'highlight blob',
			make: () => addHighlight(card, place.x + place.width * 0.6, place.y + place.height * 0.45, 45),
			moves: 'glare',
			problem: 'glare',
		},
		// The card slides out of the right edge of the frame.
		{
			edit: 'pushed past the right edge',
			make: () => syntheticCard({ shiftX: 500 }).image,
			moves: 'framing',
			problem: 'cut-off',
		},
		// A black-and-white copy.
		{ edit: 'desaturated', make: () => desaturate(card), moves: 'color', problem: 'grayscale' },
		// The phone's shadow over the right half of the card.
		{
			edit: 'shadow over the right half',
			make: () => shadeRight(card, place.x + place.width / 2, 0.45),
			moves: 'evenness',
			problem: 'uneven-light',
		},
	])('$edit', ({ make, moves, problem }) => {
		const result = analyzePhoto(make());
		const moved = result.checks.find((c) => c.id === moves)!;

		it(`moves ${moves} (${problem})`, () => {
			expect(moved.status).not.toBe('pass');
			expect(moved.problem).toBe(problem);
		});

		it('leaves the other checks passing', () => {
			const others = Object.entries(statuses(result)).filter(([id]) => id !== moves && id !== 'resolution');
			expect(Object.fromEntries(others)).toEqual(Object.fromEntries(others.map(([id]) => [id, 'pass'])));
		});
	});

	it('reports corners and glare boxes in the pixels of the image passed in', () => {
		const glare = analyzePhoto(addHighlight(card, 900, 570, 45));
		const box = glare.glareRegions[0]!;
		// The solid core spans 855–945 × 525–615 at 1600 px.
		expect(box.x).toBeGreaterThan(820);
		expect(box.x + box.width).toBeLessThan(990);
		expect(box.y).toBeGreaterThan(490);
	});

	it('judges resolution on sourceSize when the caller shrank the photo', () => {
		const small = syntheticCard({ width: 640, height: 480 }).image;
		const alone = analyzePhoto(small).checks.find((c) => c.id === 'resolution')!;
		const shrunk = analyzePhoto(small, { sourceSize: { width: 4032, height: 3024 } }).checks.find(
			(c) => c.id === 'resolution',
		)!;
		expect(alone.status).toBe('fail');
		expect(shrunk.status).toBe('pass');
	});
});

describe('odd images get results, never exceptions', () => {
	it.each<[string, RgbaImage]>([
		['1 × 1 pixel', solid(1, 1, [128, 128, 128])],
		['all black', solid(200, 150, [0, 0, 0])],
		['all white', solid(200, 150, [255, 255, 255])],
		['one-pixel-high strip', solid(500, 1, [90, 120, 200])],
	])('%s', (_, image) => {
		const result = analyzePhoto(image);
		expect(result.verdict).toBe('retake');
		expect(result.score).toBeGreaterThanOrEqual(0);
		expect(result.score).toBeLessThanOrEqual(100);
	});

	it('all black reads as too dark, all white as too bright', () => {
		const exposure = (rgb: [number, number, number]) =>
			analyzePhoto(solid(300, 200, rgb)).checks.find((c) => c.id === 'exposure')!.problem;
		expect(exposure([0, 0, 0])).toBe('too-dark');
		expect(exposure([255, 255, 255])).toMatch(/too-bright|clipped-highlights/);
	});

	it('an empty table is "document not found", not a made-up quad', () => {
		const result = analyzePhoto(solid(800, 600, [120, 90, 60]));
		expect(result.document).toBeNull();
		expect(result.checks.find((c) => c.id === 'framing')!.problem).toBe('document-not-found');
	});
});

describe('programmer errors throw with what, rule, received and fix', () => {
	it.each<[string, unknown, RegExp]>([
		[
			'data one byte short',
			{ width: 2, height: 2, data: new Uint8ClampedArray(15) },
			/"data".*width × height × 4 = 16.*Received 15 bytes.*RGBA/,
		],
		['RGB instead of RGBA', { width: 2, height: 1, data: new Uint8Array(6) }, /Received 6 bytes/],
		['zero width', { width: 0, height: 2, data: new Uint8Array(0) }, /"width".*integer greater than 0.*Received 0/],
		['fractional height', { width: 2, height: 1.5, data: new Uint8Array(12) }, /"height".*Received 1.5/],
		[
			'plain array',
			{ width: 1, height: 1, data: [0, 0, 0, 255] },
			/Uint8ClampedArray or Uint8Array.*Received \[object Array\]/,
		],
	])('%s', (_, image, message) => {
		expect(() => analyzePhoto(image as RgbaImage)).toThrow(message);
	});

	it('unknown kind', () => {
		expect(() => analyzePhoto(solid(2, 2, [0, 0, 0]), { kind: 'passport' as 'document' })).toThrow(
			/"kind".*'document'.*"passport"/,
		);
	});

	it('sourceSize smaller than the image', () => {
		expect(() => analyzePhoto(solid(20, 20, [0, 0, 0]), { sourceSize: { width: 10, height: 10 } })).toThrow(
			/"sourceSize".*Received 10 × 10/,
		);
	});
});

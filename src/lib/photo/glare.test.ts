/**
 * Glare is judged on the document that was found: a sheen washed over a laminated card and a flash
 * burnt out on it are glare; a white wall beside the card is not. Each picture is drawn here, so what it
 * shows is known exactly.
 */
import { describe, expect, it } from 'vitest';
import { measureGlare } from './glare';
import { analyzePhoto } from './index';
import { rasterizeConvex, type Quad } from './quad';
import { regionStats } from './region';
import { solid, syntheticCard } from './testing/synthetic';
import type { PhotoAnalysis, PhotoCheck, RgbaImage } from './types';
import { workingFromRgba } from './pipeline';

const { image: card, card: place } = syntheticCard();

function glare(result: PhotoAnalysis): PhotoCheck {
	return result.checks.find((c) => c.id === 'glare')!;
}

/** `image` with `paint(x, y, rgb)` applied where `where(x, y)` holds. */
function edit(
	image: RgbaImage,
	where: (x: number, y: number) => boolean,
	paint: (rgb: [number, number, number], x: number, y: number) => [number, number, number],
): RgbaImage {
	const data = Uint8ClampedArray.from(image.data);
	for (let y = 0; y < image.height; y++) {
		for (let x = 0; x < image.width; x++) {
			if (!where(x, y)) continue;
			const p = (y * image.width + x) * 4;
			const out = paint([data[p]!, data[p + 1]!, data[p + 2]!], x, y);
			data.set(out, p);
		}
	}
	return { ...image, data };
}

/** A veil of white: seen = (1 − a) × what is there + a × 255, the sheen of a laminate. */
const veil =
	(a: number) =>
	(rgb: [number, number, number]): [number, number, number] =>
		rgb.map((v) => (1 - a) * v + a * 255) as [number, number, number];

/** Inside the card, on a band from its top edge to its bottom edge, slanted like a reflected window (a fifth of the card wide). */
function sheenBand(x: number, y: number): boolean {
	const u = (x - place.x) / place.width;
	const v = (y - place.y) / place.height;
	if (u < 0 || u > 1 || v < 0 || v > 1) return false;
	const centre = 0.45 + 0.15 * (v - 0.5);
	return Math.abs(u - centre) < 0.1;
}

/** Where the middle of the largest glare region lies across the card: 0 at its left edge, 1 at its right. */
function biggestAcross(result: PhotoAnalysis): number {
	const biggest = result.glareRegions[0]!;
	return (biggest.x + biggest.width / 2 - place.x) / place.width;
}

describe('glare on the document found', () => {
	it('the clean card has no glare, measured on the document', () => {
		const result = analyzePhoto(card);
		expect(result.measuredOn).toBe('document');
		expect(glare(result).status).toBe('pass');
	});

	it('flags a sheen band washed over the card (low contrast, nowhere burnt out white)', () => {
		const washed = edit(card, sheenBand, veil(0.6));
		// The veil lays the card's paper (luma ≈ 229) at ≈ 245 and its print (≈ 30) at ≈ 165: paper and print
		// alike close to the highlight cut (GLARE_MIN_LUMA 245) but no solid patch above it, so only the sheen
		// measure can see it.
		const result = analyzePhoto(washed);
		const check = glare(result);
		expect(check.status).not.toBe('pass');
		expect(check.details!.sheens).toBeGreaterThanOrEqual(1);
		// The region drawn lies on the band: its middle is within the band's span across the card.
		const middle = biggestAcross(result);
		expect(middle).toBeGreaterThan(0.3);
		expect(middle).toBeLessThan(0.6);
		// Every other brightness measure leaves the sheen out, as it does any glare.
		expect(result.checks.find((c) => c.id === 'exposure')!.status).toBe('pass');
	});

	it('does not flag a faint veil that leaves the print readable', () => {
		// A veil of 0.3: print lifted from ≈ 30 to ≈ 98, still dark on the paper.
		expect(glare(analyzePhoto(edit(card, sheenBand, veil(0.3)))).status).toBe('pass');
	});

	it('flags a sheen under a warm lamp, which tints the sheen as it tints the card', () => {
		// A pale green card (its stock and print × 0.9, 1, 0.92) under a warm lamp that leaves blue at 0.75 of red
		// (the camera has not balanced it out): the veil is the lamp's colour, max − min ≈ 60 levels, too coloured
		// for GLARE_MAX_CHROMA, but no more coloured for its brightness than the card under the same lamp.
		const lamp = [1, 0.9, 0.75];
		const inCard = (x: number, y: number) =>
			x >= place.x && x < place.x + place.width && y >= place.y && y < place.y + place.height;
		const green = edit(card, inCard, (rgb) => [rgb[0] * 0.9, rgb[1], rgb[2] * 0.92]);
		const lit = edit(
			green,
			() => true,
			(rgb) => rgb.map((v, i) => v * lamp[i]!) as [number, number, number],
		);
		const washed = (a: number) =>
			edit(lit, sheenBand, (rgb) => rgb.map((v, i) => (1 - a) * v + a * 255 * lamp[i]!) as [number, number, number]);
		const check = glare(analyzePhoto(washed(0.6)));
		expect(check.status).not.toBe('pass');
		expect(check.details!.sheens).toBeGreaterThanOrEqual(1);
		// The lamp alone, and a faint veil of it, are not glare.
		expect(glare(analyzePhoto(lit)).status).toBe('pass');
		expect(glare(analyzePhoto(washed(0.3))).status).toBe('pass');
	});

	it('does not take a pale, brightly coloured patch of the design for sheen', () => {
		// The band painted pale yellow with its print lightened (a tint panel): brighter than the card's paper and
		// its print lifted, as under a veil (without the colour test it reads as sheen), but far more coloured
		// than the rest of the card.
		const tinted = edit(card, sheenBand, (rgb) => [
			0.2 * rgb[0] + 0.8 * 255,
			0.2 * rgb[1] + 0.8 * 255,
			0.2 * rgb[2] + 0.8 * 170,
		]);
		expect(glare(analyzePhoto(tinted)).status).toBe('pass');
	});

	it('does not take light falling brighter on one side of the card for sheen', () => {
		// Light 1.12× brighter on the right half, 0.9× on the left: paper and print scale together.
		const lit = edit(
			card,
			() => true,
			(rgb, x) => rgb.map((v) => v * (x > 800 ? 1.08 : 0.9)) as [number, number, number],
		);
		expect(glare(analyzePhoto(lit)).status).toBe('pass');
	});

	it('flags a sheen band beside the lit side of the card, read cell by cell', () => {
		// Light 1.08× on the right half, 0.9× on the left, and a veil of 0.6 on a band right of the middle: the band
		// and the lit half are both brighter than the card's middle cell, and join into one veiled set whose median
		// print is the lit half's dark print. Read cell by cell, the band alone is sheen.
		const lit = edit(
			card,
			() => true,
			(rgb, x) => rgb.map((v) => v * (x > 800 ? 1.08 : 0.9)) as [number, number, number],
		);
		const band = (x: number, y: number) => sheenBand(x - 0.15 * place.width, y);
		const result = analyzePhoto(edit(lit, band, veil(0.6)));
		const check = glare(result);
		expect(check.status).not.toBe('pass');
		expect(check.details!.sheens).toBeGreaterThanOrEqual(1);
		const middle = biggestAcross(result);
		expect(middle).toBeGreaterThan(0.45);
		expect(middle).toBeLessThan(0.75);
		// A faint veil there is not glare.
		expect(glare(analyzePhoto(edit(lit, band, veil(0.3)))).status).toBe('pass');
	});

	it('flags a flash burnt out on the card', () => {
		// A flash straight on: a round white core, 3 % of the card's width, fading over as much again.
		const cx = place.x + place.width * 0.7;
		const cy = place.y + place.height * 0.4;
		const radius = place.width * 0.03;
		const flashed = edit(
			card,
			(x, y) => Math.hypot(x - cx, y - cy) < 2 * radius,
			(rgb, x, y) => {
				const d = Math.hypot(x - cx, y - cy) / radius;
				const a = d <= 1 ? 1 : (2 - d) ** 2;
				return rgb.map((v) => v + (255 - v) * a) as [number, number, number];
			},
		);
		const result = analyzePhoto(flashed);
		expect(glare(result).status).not.toBe('pass');
		const spot = result.glareRegions[0]!;
		expect(Math.abs(spot.x + spot.width / 2 - cx)).toBeLessThan(radius);
		expect(Math.abs(spot.y + spot.height / 2 - cy)).toBeLessThan(radius);
	});

	it('does not flag a white wall beside the card', () => {
		// The left 12 % of the picture is a white wall, in the light; the card lies on the table beside it.
		const walled = edit(
			card,
			(x) => x < 190,
			() => [250, 250, 250],
		);
		const result = analyzePhoto(walled);
		expect(result.measuredOn).toBe('document');
		expect(glare(result).status).toBe('pass');
		// Measured over the whole picture, the same wall would be called glare: the region is what saves it.
		const work = workingFromRgba(walled);
		const all = regionStats(work.luma, work.width, work.height, new Uint8Array(work.luma.length).fill(1), true);
		expect(measureGlare(work, all).share).toBeGreaterThan(0.05);
	});

	it('finds the same highlights and sheen reading the region by its rows as by its mask', () => {
		// A sheen band and a flash on the card, measured on a tilted region over the card (convex: one run a row).
		const cx = place.x + place.width * 0.7;
		const cy = place.y + place.height * 0.4;
		const radius = place.width * 0.03;
		const lit = edit(
			edit(card, sheenBand, veil(0.6)),
			(x, y) => Math.hypot(x - cx, y - cy) < radius,
			() => [255, 255, 255],
		);
		const work = workingFromRgba(lit);
		const s = work.width / card.width;
		const quad: Quad = [
			{ x: (place.x + 20) * s, y: (place.y + 5) * s },
			{ x: (place.x + place.width - 5) * s, y: (place.y + 25) * s },
			{ x: (place.x + place.width - 25) * s, y: (place.y + place.height - 5) * s },
			{ x: (place.x + 5) * s, y: (place.y + place.height - 20) * s },
		];
		const mask = rasterizeConvex(quad, work.width, work.height);
		for (const onDocument of [true, false]) {
			const byRuns = measureGlare(work, regionStats(work.luma, work.width, work.height, mask, true), onDocument);
			const byMask = measureGlare(work, regionStats(work.luma, work.width, work.height, mask, false), onDocument);
			expect(byRuns).toEqual(byMask);
			if (onDocument) {
				expect(byRuns.sheens).toBeGreaterThanOrEqual(1);
				expect(byRuns.blobs.length).toBeGreaterThan(byRuns.sheens);
			}
		}
	});

	it('says when it measured the middle of the picture instead, because no document was found for sure', () => {
		// A blank table: nothing to find, so glare and light are judged on the middle of the picture.
		const result = analyzePhoto(solid(800, 600, [120, 90, 60]));
		expect(result.measuredOn).toBe('centre');
		expect(glare(result).details!.onDocument).toBe(0);
	});
});

/**
 * The finder guided by a document mask: on a synthetic card whose corners are known (a clean mask, a mask a cell
 * off, a mask where the photo has no document), and on the fast subset of the composites with the oracle's
 * spoiled masks (testing/oracle-mask.ts), as most photos are taken and seen steeply, through the analysis as users
 * get it. The bench prints the full sets.
 */
import { describe, expect, it } from 'vitest';
import { findWithMask, locateDocument, outToBands } from './locate-document';
import { quadFromMask } from './mask-quad';
import { MASK_SURE_FIT } from './thresholds';
import { rgbWorkInMemory } from './pipeline';
import { aligned } from './resize';
import { centreOf, type Quad } from './quad';
import { makeComposite } from './testing/composite';
import {
	analyzeWithMasker,
	evaluateCase,
	formatScore,
	jpegRoundTrip,
	score,
	worstCornerError,
	type CaseResult,
} from './testing/find-eval';
import { oracleMask, oracleMasker, roughOutline } from './testing/oracle-mask';
import { solid, syntheticCard } from './testing/synthetic';
import type { DocumentMask } from './doc-mask';
import type { RgbaImage } from './types';
import type { DocumentMasker, PicturePart } from './locate-document';
import { findDocument } from './find-document';
import type { DocumentCandidate } from './find-document';

function cardTruth(): { image: ReturnType<typeof syntheticCard>['image']; truth: Quad } {
	const { image, card } = syntheticCard();
	const truth: Quad = [
		{ x: card.x, y: card.y },
		{ x: card.x + card.width, y: card.y },
		{ x: card.x + card.width, y: card.y + card.height },
		{ x: card.x, y: card.y + card.height },
	];
	return { image, truth };
}

describe('locateDocument with a mask', () => {
	it('puts the corners on the card’s edges and is sure, from a clean mask', () => {
		const { image, truth } = cardTruth();
		const found = locateDocument(image, oracleMask(truth, image.width, image.height, 1, { clean: true }))!;
		const diag = Math.hypot(image.width, image.height);
		// A mask cell is 25 × 19 px here; the edges place the sides to a fraction of a finder pixel (3.3 px).
		expect(worstCornerError(found.corners, truth)).toBeLessThan(0.002 * diag);
		expect(found.confident).toBe(true);
		expect(found.frameSides).toBe(0);
	});

	it('still finds the edges when the mask is a cell off', () => {
		const { image, truth } = cardTruth();
		// Every corner moved a cell right and down: the mask's quad is 25 and 19 px off.
		const shifted = truth.map((p) => ({ x: p.x + image.width / 64, y: p.y + image.height / 64 })) as Quad;
		const found = locateDocument(image, oracleMask(shifted, image.width, image.height, 1, { clean: true }))!;
		expect(worstCornerError(found.corners, truth)).toBeLessThan(0.002 * Math.hypot(image.width, image.height));
		expect(found.confident).toBe(true);
	});

	it('is sure of the card’s edges where the mask’s outline runs 2.3 cells past a corner', () => {
		// The mask's quad has its top-right corner 2.3 cells out (farther than MASK_AGREE): a blob at the corner. Its
		// outline fits its own quad exactly, and the card's, whose sides leave it near that corner, less well.
		const { image, truth } = cardTruth();
		const cell = image.width / 64;
		const blob = truth.map((p, k) => (k === 1 ? { x: p.x + 1.6 * cell, y: p.y - 1.6 * cell } : p)) as Quad;
		const mask = oracleMask(blob, image.width, image.height, 1, { clean: true });
		const outline = quadFromMask(mask, image.width, image.height)!;
		expect(outline.fitOf(truth)).toBeGreaterThanOrEqual(MASK_SURE_FIT);
		expect(outline.fitOf(truth)).toBeLessThan(outline.fit);
		const found = findWithMask(image, mask)!;
		expect(found.confident).toBe(true);
		expect(worstCornerError(found.corners, truth)).toBeLessThan(0.002 * Math.hypot(image.width, image.height));
	});

	it('is sure of a card seen so steeply that it looks square, its sides on the photo’s edges', () => {
		// A plain card (its back) foreshortened to two thirds along its long side, as a phone held low beside it
		// sees it: 660 × 630 px on the table. No print inside, so no other quad of a document's shape.
		const { image: flat, truth: flatTruth } = cardTruth();
		const squeeze = 0.66;
		const cx = flat.width / 2;
		const truth = flatTruth.map((p) => ({ x: cx + (p.x - cx) * squeeze, y: p.y })) as Quad;
		const data = new Uint8ClampedArray(flat.data);
		for (let y = truth[0].y; y < truth[2].y; y++)
			for (let x = Math.round(truth[0].x); x < Math.round(truth[1].x); x++)
				data.set([224, 230, 240], (y * flat.width + x) * 4);
		const image = { width: flat.width, height: flat.height, data };
		const found = locateDocument(image, oracleMask(truth, image.width, image.height, 1, { clean: true }))!;
		expect(worstCornerError(found.corners, truth)).toBeLessThan(0.003 * Math.hypot(image.width, image.height));
		expect(found.confident).toBe(true);
	});

	it('draws the mask’s quad but is not sure when the photo shows no edges there', () => {
		const image = solid(1600, 1200, [120, 120, 120]);
		const { truth } = cardTruth();
		const found = locateDocument(image, oracleMask(truth, image.width, image.height, 1, { clean: true }))!;
		expect(found).not.toBeNull();
		expect(found.confident).toBe(false);
		// Its sides are the mask's own: not refined on the photo's edges.
		expect(found.refined).toBeUndefined();
	});

	it('keeps the classical finder’s sure find where the mask shows nothing clear', () => {
		const { image, truth } = cardTruth();
		const empty = { width: 64, height: 64, probability: new Float32Array(64 * 64) };
		const found = locateDocument(image, empty)!;
		expect(worstCornerError(found.corners, truth)).toBeLessThan(0.002 * Math.hypot(image.width, image.height));
		expect(found.confident).toBe(true);
	});

	it('is not sure of a classical find that a clear mask puts somewhere else', () => {
		const { image, truth } = cardTruth();
		// A clear mask of a card-sized quad in the top left corner, where the photo has no edges: the mask
		// path cannot be sure of it, and the classical finder's card does not cover it.
		const elsewhere = truth.map((p) => ({ x: p.x * 0.3 + 20, y: p.y * 0.3 + 20 })) as Quad;
		const found = locateDocument(image, oracleMask(elsewhere, image.width, image.height, 1, { clean: true }))!;
		expect(locateDocument(image)!.confident).toBe(true);
		expect(found).not.toBeNull();
		expect(found.confident).toBe(false);
	});

	it('takes the mask path’s find when both are sure and the clear mask sides with it (MASK_PREFER_MARGIN)', () => {
		// A card whose stock is barely lighter than the table (12 levels), with a printed panel of the card's
		// own shape across most of it. The classical finder is sure of the panel, whose edges are strong; the
		// clear mask covers the whole card, whose panel covers 0.65 of it (IoU): the mask path, sure of the
		// card's faint edges, covers it all and wins by more than the margin.
		const { image, card: panel } = syntheticCard();
		const bx = 120;
		const by = Math.round(((panel.width + 2 * bx) / 1.586 - panel.height) / 2);
		const data = Uint8ClampedArray.from(image.data);
		for (let y = panel.y - by; y < panel.y + panel.height + by; y++)
			for (let x = panel.x - bx; x < panel.x + panel.width + bx; x++) {
				const inPanel = x >= panel.x && x < panel.x + panel.width && y >= panel.y && y < panel.y + panel.height;
				if (inPanel) continue;
				const p = (y * image.width + x) * 4;
				for (let c = 0; c < 3; c++) data[p + c] = data[p + c]! + 12;
			}
		const photo = { ...image, data };
		const box = (x0: number, y0: number, x1: number, y1: number): Quad => [
			{ x: x0, y: y0 },
			{ x: x1, y: y0 },
			{ x: x1, y: y1 },
			{ x: x0, y: y1 },
		];
		const inner = box(panel.x, panel.y, panel.x + panel.width, panel.y + panel.height);
		const outer = box(panel.x - bx, panel.y - by, panel.x + panel.width + bx, panel.y + panel.height + by);
		const diag = Math.hypot(image.width, image.height);
		const alone = locateDocument(photo)!;
		expect(alone.confident).toBe(true);
		expect(worstCornerError(alone.corners, inner)).toBeLessThan(0.005 * diag);
		const found = locateDocument(photo, oracleMask(outer, image.width, image.height, 1, { clean: true }))!;
		expect(found.confident).toBe(true);
		expect(worstCornerError(found.corners, outer)).toBeLessThan(0.005 * diag);
		// A clear mask of the panel itself leaves the classical finder's corners standing.
		const same = locateDocument(photo, oracleMask(inner, image.width, image.height, 1, { clean: true }))!;
		expect(same.confident).toBe(true);
		expect(worstCornerError(same.corners, inner)).toBeLessThan(0.005 * diag);
	});
});

describe('a sure classical find the clear mask disputes', () => {
	// Passports on a desk and on clutter (composite seeds 26 and 446): the classical finder is sure of the page
	// below its top band (a side on the band's inner edge), 3.5 and 4.6 % of the diagonal off; the model's outline
	// (here the clean mask of the page) and the photo's edges along it show the whole page.
	it.each([26, 446])('gives way to the mask path’s find on the outline (seed %i)', (seed) => {
		const { image, corners: truth } = makeComposite(seed);
		const diag = Math.hypot(image.width, image.height);
		const classical = findDocument(image)!;
		expect(classical.confident).toBe(true);
		expect(worstCornerError(classical.corners, truth)).toBeGreaterThan(0.03 * diag);
		const mask = oracleMask(truth, image.width, image.height, 1, { clean: true });
		// The mask path's sides all stand on the photo's edges: a witness apart from the mask.
		expect(findWithMask(image, mask)!.refined).toBe(true);
		const found = locateDocument(image, mask)!;
		expect(found.confident).toBe(true);
		expect(worstCornerError(found.corners, truth)).toBeLessThan(0.002 * diag);
	});

	it('stands where the clear outline is three cells off the card (no sure quad of the mask path on it)', () => {
		const { image, truth } = cardTruth();
		const off = truth.map((p) => ({ x: p.x + (3 * image.width) / 64, y: p.y + (3 * image.height) / 64 })) as Quad;
		const found = locateDocument(image, oracleMask(off, image.width, image.height, 1, { clean: true }))!;
		expect(found.confident).toBe(true);
		expect(worstCornerError(found.corners, truth)).toBeLessThan(0.002 * Math.hypot(image.width, image.height));
	});
});

describe('a sure classical find past or on the border of a picture the mask shows the document wholly inside', () => {
	// The classical finder's quad: the card's top side and left side, and a line beyond the card that meets the
	// left side 60 px above the picture (as a document seen steeply gives, where the prior favours a passport's
	// shape). The mask is clear and inside the picture, its top-right corner 2.5 cells off the card's.
	function scene() {
		const { image, truth } = cardTruth();
		const past: Quad = [{ x: truth[0].x, y: -60 }, truth[1], truth[2], truth[3]];
		const classical: DocumentCandidate = { corners: past, frameSides: 0, support: 0.9, confident: true };
		const outline = truth.map((p, i) => (i === 1 ? { x: p.x - (2.5 * image.width) / 64, y: p.y } : p)) as Quad;
		const mask = oracleMask(outline, image.width, image.height, 1, { clean: true });
		return { image, truth, classical, mask };
	}

	it('gives way to the mask path’s sure find wholly inside the picture', () => {
		const { image, truth, classical, mask } = scene();
		const found = locateDocument(image, mask, null, classical)!;
		expect(found.confident).toBe(true);
		expect(worstCornerError(found.corners, truth)).toBeLessThan(0.002 * Math.hypot(image.width, image.height));
	});

	it('gives way where its side is the border itself (a passport seen steeply on keys: steep composite 13)', async () => {
		// The classical finder's quad: the passport's bottom and right sides, a row of keys above it and the
		// picture's left border, 10 % of the diagonal off; the mask (the oracle's) shows the page inside.
		const c = makeComposite(13, { steep: true });
		const image = await jpegRoundTrip(c.image, c.jpegQuality);
		const classical = findDocument(image)!;
		expect(classical.confident).toBe(true);
		expect(classical.frameSides).toBe(1);
		const mask = oracleMasker(c.corners, c.image.width, c.image.height, c.seed)!(image);
		const found = locateDocument(image, mask, null, classical)!;
		expect(found.confident).toBe(true);
		expect(found.frameSides).toBe(0);
		expect(worstCornerError(found.corners, c.corners)).toBeLessThan(0.005 * Math.hypot(image.width, image.height));
	});

	it('is drawn, unsure, where the mask path is not sure', () => {
		const { classical, mask } = scene();
		const blank = solid(1600, 1200, [120, 120, 120]);
		const found = locateDocument(blank, mask, null, classical)!;
		expect(found.confident).toBe(false);
		expect(found.corners).toEqual(classical.corners);
	});
});

describe('a side no edge backs', () => {
	it('runs parallel to its opposite side, through the middle of the mask’s side, not along the mask’s slant', () => {
		// The card's right side has no edge: the table right of it is painted in the card's stock colour. The
		// mask's outline of that side leans 1.5 cells (37 px) out at the top and in at the bottom, as a model's
		// blob bent by something beside the card does; its middle is on the card's side.
		const { image, truth } = cardTruth();
		const right = truth[1].x;
		const data = Uint8ClampedArray.from(image.data);
		for (let y = 0; y < image.height; y++)
			for (let x = right; x < image.width; x++) data.set([224, 230, 240], (y * image.width + x) * 4);
		const photo = { ...image, data };
		const lean = 1.5 * (image.width / 64);
		const bent: Quad = [truth[0], { x: right + lean, y: truth[1].y }, { x: right - lean, y: truth[2].y }, truth[3]];
		const found = findWithMask(photo, oracleMask(bent, image.width, image.height, 1, { clean: true }))!;
		expect(found.confident).toBe(true);
		// A third of a cell: the mask's own side would leave the right corners 37 px (1.5 cells) off.
		expect(worstCornerError(found.corners, truth)).toBeLessThan(image.width / 64 / 3);
	});
});

/**
 * Two identical small cards (a quarter of the picture wide) on a plain surface: the classical finder cannot
 * tell which is the document (its best quad's rival scores the same), so it is not sure. `truth` is the first.
 */
function twoSmallCards(): { image: ReturnType<typeof solid>; truth: Quad } {
	const { image: tile, card } = syntheticCard({ width: 640, height: 480 });
	const image = solid(1600, 1200, [tile.data[0]!, tile.data[1]!, tile.data[2]!]);
	for (const [ox, oy] of [
		[100, 100],
		[900, 650],
	] as const)
		for (let y = 0; y < tile.height; y++)
			image.data.set(
				tile.data.subarray(y * tile.width * 4, (y + 1) * tile.width * 4),
				((oy + y) * image.width + ox) * 4,
			);
	const [x0, y0] = [100 + card.x, 100 + card.y];
	const truth: Quad = [
		{ x: x0, y: y0 },
		{ x: x0 + card.width, y: y0 },
		{ x: x0 + card.width, y: y0 + card.height },
		{ x: x0, y: y0 + card.height },
	];
	return { image, truth };
}

/**
 * A masker that sees, in each crop of `picture` it is given, the cards of `cards` whose centre the crop holds (the
 * oracle's clean mask), and notes each crop's part in `parts`.
 */
function cardsSeen(
	picture: { width: number; height: number },
	cards: Quad[],
	parts: PicturePart[] = [],
): DocumentMasker {
	return (crop, part) => {
		parts.push(part!);
		const x0 = part!.left * picture.width;
		const y0 = part!.top * picture.height;
		const mask = { width: 64, height: 64, probability: new Float32Array(64 * 64) };
		for (const card of cards) {
			const moved = card.map((p) => ({ x: p.x - x0, y: p.y - y0 })) as Quad;
			const c = centreOf(moved);
			if (c.x < 0 || c.y < 0 || c.x > crop.width || c.y > crop.height) continue;
			const one = oracleMask(moved, crop.width, crop.height, 1, { clean: true });
			for (let i = 0; i < one.probability.length; i++)
				mask.probability[i] = Math.max(mask.probability[i]!, one.probability[i]!);
		}
		return mask;
	};
}

/** The clean mask of `truth` with every probability × 0.6: where the document is, but not clear. */
function vagueMask(truth: Quad, width: number, height: number): DocumentMask {
	const mask = oracleMask(truth, width, height, 1, { clean: true });
	for (let i = 0; i < mask.probability.length; i++) mask.probability[i] = mask.probability[i]! * 0.6;
	return mask;
}

describe('a closer look at a small document', () => {
	it('finds it, sure, on a crop round the mask’s document when neither finder is sure in the whole picture', () => {
		const { image, truth } = twoSmallCards();
		const first = vagueMask(truth, image.width, image.height);
		expect(locateDocument(image, first)!.confident).toBe(false);
		const parts: PicturePart[] = [];
		const oracle = oracleMasker(truth, image.width, image.height, 3);
		const found = locateDocument(image, first, (crop, part) => {
			parts.push(part!);
			return oracle(crop, part);
		})!;
		expect(found.confident).toBe(true);
		expect(worstCornerError(found.corners, truth)).toBeLessThan(0.002 * Math.hypot(image.width, image.height));
		// One crop, holding the first card and not the second.
		expect(parts).toHaveLength(1);
		const [{ left, top, width, height }] = parts as [PicturePart];
		for (const p of truth) {
			expect(p.x / image.width).toBeGreaterThan(left);
			expect(p.x / image.width).toBeLessThan(left + width);
			expect(p.y / image.height).toBeGreaterThan(top);
			expect(p.y / image.height).toBeLessThan(top + height);
		}
		expect(left + width).toBeLessThan(1020 / image.width);
	});

	it('takes nothing from a closer mask that runs into the crop’s border', () => {
		const { image, truth } = twoSmallCards();
		const first = vagueMask(truth, image.width, image.height);
		const all = { width: 64, height: 64, probability: new Float32Array(64 * 64).fill(1) };
		const none = { width: 64, height: 64, probability: new Float32Array(64 * 64) };
		// The same answer as when the closer look sees nothing (the colour look's, after it).
		expect(locateDocument(image, first, () => all)).toEqual(locateDocument(image, first, () => none));
	});

	it('does not look closer at a large document', () => {
		const { truth } = cardTruth();
		const image = solid(1600, 1200, [120, 120, 120]);
		let calls = 0;
		const found = locateDocument(image, vagueMask(truth, image.width, image.height), () => {
			calls++;
			return oracleMask(truth, image.width, image.height, 1, { clean: true });
		})!;
		expect(calls).toBe(0);
		expect(found.confident).toBe(false);
	});

	it('takes a closer look at a small document the mask path was sure of, and its find', () => {
		// Composite seed 277: a small card on keys, a model's clean mask on a 16-cell grid (cells of 30 × 40
		// pixels): the mask path is sure, with a side on a row of keys.
		const { image, corners: truth } = makeComposite(277);
		const diag = Math.hypot(image.width, image.height);
		const coarse = oracleMask(truth, image.width, image.height, 1, { clean: true, grid: 16 });
		const first = locateDocument(image, coarse)!;
		expect(first).toMatchObject({ confident: true, byMask: true });
		expect(worstCornerError(first.corners, truth)).toBeGreaterThan(0.03 * diag);
		const parts: PicturePart[] = [];
		const oracle = oracleMasker(truth, image.width, image.height, 3);
		const found = locateDocument(image, coarse, (crop, part) => {
			parts.push(part!);
			return oracle(crop, part);
		})!;
		expect(parts).toHaveLength(1);
		expect(found.confident).toBe(true);
		expect(worstCornerError(found.corners, truth)).toBeLessThan(0.015 * diag);
	});

	it('takes no closer look at a small document the classical finder was sure of', () => {
		// Composite seed 18: a small card in a hand, which the classical finder finds to 0.2 % of the diagonal.
		const { image, corners: truth } = makeComposite(18);
		const mask = oracleMask(truth, image.width, image.height, 1, { clean: true, grid: 16 });
		let calls = 0;
		const found = locateDocument(image, mask, () => {
			calls++;
			return mask;
		})!;
		expect(found.confident).toBe(true);
		expect(found.byMask).toBeUndefined();
		expect(calls).toBe(0);
	});
});

describe('a closer look at the classical finder’s candidates', () => {
	// Two like cards: the classical finder's find is one, its rival the other, and it is sure of neither. The
	// model's first look (the whole picture shrunk) saw no document at all.
	const { image, truth } = twoSmallCards();
	const second = truth.map((p) => ({ x: p.x + 800, y: p.y + 550 })) as Quad;
	const empty = { width: 64, height: 64, probability: new Float32Array(64 * 64) };
	const classical = findDocument(image)!;
	const seeing = (cards: Quad[], parts: PicturePart[] = []) => cardsSeen(image, cards, parts);

	it('takes the one card a closer look settles', () => {
		expect(classical.confident).toBe(false);
		expect(classical.rivalCorners).toBeDefined();
		const parts: PicturePart[] = [];
		const found = locateDocument(image, empty, seeing([truth], parts), classical)!;
		expect(found.confident).toBe(true);
		expect(worstCornerError(found.corners, truth)).toBeLessThan(0.002 * Math.hypot(image.width, image.height));
		// A crop round each candidate, and none round a mask outline (there is none).
		expect(parts).toHaveLength(2);
	});

	it('stays unsure when a closer look settles both cards', () => {
		const found = locateDocument(image, empty, seeing([truth, second]), classical)!;
		expect(found.confident).toBe(false);
	});

	it('stays unsure when a closer look settles neither', () => {
		const found = locateDocument(image, empty, seeing([]), classical)!;
		expect(found.confident).toBe(false);
	});
});

describe('a sure side on the inner edge of a band along the document', () => {
	/**
	 * A 640 × 480 picture of a card (400 × 252) on a table of `table`'s colour, with a header band of `band`'s colour
	 * over its top 16 %, print below it; `shadow` darkens a strip of the table 12 pixels deep below the card.
	 */
	function bandedCard(
		band: [number, number, number],
		table: [number, number, number],
		shadow = false,
	): { image: RgbaImage; card: Quad; inner: Quad } {
		const [w, h, x0, y0, cw, ch] = [640, 480, 120, 110, 400, 252];
		const data = new Uint8ClampedArray(w * h * 4);
		for (let y = 0; y < h; y++)
			for (let x = 0; x < w; x++) {
				const u = x - x0;
				const v = y - y0;
				let c: readonly number[] = table.map((t) => t + ((x * 7 + y * 13) % 5) - 2);
				if (shadow && u >= 0 && u < cw && v >= ch && v < ch + 12) c = c.map((t) => t * 0.6);
				if (u >= 0 && v >= 0 && u < cw && v < ch)
					c = v < 0.16 * ch ? band : (v - 40) % 22 < 6 && u > 150 && u < 370 ? [60, 60, 90] : [232, 232, 236];
				data.set([c[0]!, c[1]!, c[2]!, 255], (y * w + x) * 4);
			}
		const quad = (top: number, bottom: number): Quad => [
			{ x: x0, y: top },
			{ x: x0 + cw, y: top },
			{ x: x0 + cw, y: bottom },
			{ x: x0, y: bottom },
		];
		return { image: { width: w, height: h, data }, card: quad(y0, y0 + ch), inner: quad(y0 + 0.16 * ch, y0 + ch) };
	}
	const sure = (corners: Quad): DocumentCandidate => ({ corners, frameSides: 0, support: 0.9, confident: true });

	it('moves the side out to the card’s edge where the model is sure the band is document', () => {
		const { image, card, inner } = bandedCard([150, 150, 165], [105, 105, 112]);
		const mask = oracleMask(card, image.width, image.height, 1, { clean: true });
		const moved = outToBands(image, mask, sure(inner));
		expect(worstCornerError(moved.corners, card)).toBeLessThan(1.5);
	});

	it('leaves it where the mask does not call the band document, or the band has the table’s colour', () => {
		const { image, inner } = bandedCard([150, 150, 165], [105, 105, 112]);
		const innerMask = oracleMask(inner, image.width, image.height, 1, { clean: true });
		expect(outToBands(image, innerMask, sure(inner)).corners).toEqual(inner);
		const same = bandedCard([112, 108, 116], [105, 105, 112]);
		const mask = oracleMask(same.card, 640, 480, 1, { clean: true });
		expect(outToBands(same.image, mask, sure(same.inner)).corners).toEqual(same.inner);
	});

	it('does not take the card’s shadow on the table for a band, even where the mask spills onto it', () => {
		const { image, card } = bandedCard([232, 232, 236], [150, 140, 120], true);
		const spilled = card.map((p, k) => (k >= 2 ? { x: p.x, y: p.y + 12 } : p)) as Quad;
		const mask = oracleMask(spilled, image.width, image.height, 1, { clean: true });
		expect(outToBands(image, mask, sure(card)).corners).toEqual(card);
	});
});

describe('a look in parts where nothing was found', () => {
	/** A 1600 × 1200 picture of a table with the synthetic card `size` wide (its table round it) at each of `at`. */
	function smallCards(size: number, at: Array<[number, number]>): { image: ReturnType<typeof solid>; cards: Quad[] } {
		const { image: tile, card } = syntheticCard({ width: size, height: Math.round(size * 0.75) });
		const image = solid(1600, 1200, [tile.data[0]!, tile.data[1]!, tile.data[2]!]);
		const cards: Quad[] = [];
		for (const [ox, oy] of at) {
			for (let y = 0; y < tile.height; y++)
				image.data.set(
					tile.data.subarray(y * tile.width * 4, (y + 1) * tile.width * 4),
					((oy + y) * image.width + ox) * 4,
				);
			const [x0, y0] = [ox + card.x, oy + card.y];
			cards.push([
				{ x: x0, y: y0 },
				{ x: x0 + card.width, y: y0 },
				{ x: x0 + card.width, y: y0 + card.height },
				{ x: x0, y: y0 + card.height },
			]);
		}
		return { image, cards };
	}
	const empty = { width: 64, height: 64, probability: new Float32Array(64 * 64) };

	it('finds a card too small for the whole picture, sure, in the parts that hold it', () => {
		// 150 × 95 pixels, 0.74 % of the picture: below the classical finder's smallest document (MIN_AREA_SHARE).
		const { image, cards } = smallCards(240, [[300, 260]]);
		expect(findDocument(image)).toBeNull();
		const parts: PicturePart[] = [];
		const found = locateDocument(image, empty, cardsSeen(image, cards, parts))!;
		expect(found.confident).toBe(true);
		// On the card, to a cell of the part's mask (960 / 64 = 15 pixels): its top side lies on the lower edge of the
		// card's header band, 12 pixels in, as the classical finder puts it on the whole picture of a larger card.
		expect(worstCornerError(found.corners, cards[0]!)).toBeLessThan(15);
		// The four corners of the picture, each PARTS_SHARE of it.
		expect(parts.map((p) => [p.left, p.top, p.width, p.height].map((v) => Math.round(v * 100)))).toEqual([
			[0, 0, 60, 60],
			[40, 0, 60, 60],
			[0, 40, 60, 60],
			[40, 40, 60, 60],
		]);
	});

	it('finds nothing where the parts show two documents', () => {
		const { image, cards } = smallCards(240, [
			[100, 100],
			[1300, 950],
		]);
		expect(findDocument(image)).toBeNull();
		expect(locateDocument(image, empty, cardsSeen(image, cards))).toBeNull();
	});

	it('does not look in parts when the whole picture showed a document', () => {
		const { image, cards } = smallCards(280, [[300, 260]]);
		const parts: PicturePart[] = [];
		expect(locateDocument(image, empty, cardsSeen(image, cards, parts))!.confident).toBe(true);
		expect(parts).toEqual([]);
	});
});

describe('the colour look at a document no other look settled', () => {
	// A small ID-1 card on a keyboard (composite seed 130: its rows of keys give the sides many straight lines), and
	// a clear model mask of a rough outline of it, turned 12° and moved a fifth of the card's width, as the model's
	// outline of a small card on keys is. The closer looks see nothing (an empty mask).
	const { image, corners: truth } = makeComposite(130);
	const shift = 0.2 * Math.hypot(truth[1].x - truth[0].x, truth[1].y - truth[0].y);
	const mask = oracleMask(roughOutline(truth, 12, shift, 0), image.width, image.height, 1, { clean: true });
	const empty = { width: 64, height: 64, probability: new Float32Array(64 * 64) };
	const diag = Math.hypot(image.width, image.height);

	it('finds the card’s own corners, sure', () => {
		// Without a masker (no further looks) the answer is the mask path's, on the rough outline.
		const before = locateDocument(image, mask)!;
		expect(before.confident).toBe(false);
		expect(worstCornerError(before.corners, truth)).toBeGreaterThan(0.03 * diag);
		const found = locateDocument(image, mask, () => empty)!;
		expect(worstCornerError(found.corners, truth)).toBeLessThan(0.005 * diag);
		expect(found.confident).toBe(true);
	});

	it('finds them too where the model’s outline is too far off to cover the card by half', () => {
		// Turned 15° and moved a quarter of the card's width and a fifth down: the clear mask covers the card by
		// 0.44 (intersection over union), and its centre still lies on the card.
		const far = roughOutline(truth, 15, 1.25 * shift, shift);
		const farMask = oracleMask(far, image.width, image.height, 1, { clean: true });
		const found = locateDocument(image, farMask, () => empty)!;
		expect(worstCornerError(found.corners, truth)).toBeLessThan(0.01 * diag);
		expect(found.confident).toBe(true);
	});

	it('takes the colours’ own outline, sure, where a pale card on pale keys gives the sides no edges', () => {
		// Composite seed 342: a pale ID-2 card on pale keys, the model's outline turned 8° and moved a tenth of the
		// card's width. The mask path finds no edges to stand on, on the model's mask or on the colours'; the colour
		// mask outlines the card clearly, and the model's mask covers its quad as a match.
		const pale = makeComposite(342);
		const side = Math.hypot(pale.corners[1].x - pale.corners[0].x, pale.corners[1].y - pale.corners[0].y);
		const rough = roughOutline(pale.corners, 8, 0.1 * side, 0);
		const paleMask = oracleMask(rough, pale.image.width, pale.image.height, 1, { clean: true });
		const found = locateDocument(pale.image, paleMask, () => empty)!;
		expect(found.confident).toBe(true);
		expect(worstCornerError(found.corners, pale.corners)).toBeLessThan(0.006 * Math.hypot(600, 800));
	});

	it('leaves the corners alone, unsure, where the colours show no document', () => {
		const plain = solid(image.width, image.height, [120, 120, 120]);
		const before = locateDocument(plain, mask)!;
		const found = locateDocument(plain, mask, () => empty)!;
		expect(found.corners).toEqual(before.corners);
		expect(found.confident).toBe(false);
	});
});

describe('a classical find contested by a rival quad', () => {
	// The classical finder's answer on the card, a pixel off (so it is told apart from the mask path's), made unsure
	// by a rival quad of the same size in the top left corner, where the photo has nothing.
	const { image, truth } = cardTruth();
	const off = truth.map((p) => ({ x: p.x + 1, y: p.y + 1 })) as Quad;
	const rival = truth.map((p) => ({ x: p.x * 0.3 + 20, y: p.y * 0.3 + 20 })) as Quad;
	const contested: DocumentCandidate = {
		corners: off,
		frameSides: 0,
		support: 0.9,
		confident: false,
		uncertainty: 0.001,
		rivalCorners: rival,
	};
	const maskOf = (q: Quad) => oracleMask(q, image.width, image.height, 1, { clean: true });

	it('is settled by a mask that covers the find and not the rival', () => {
		const found = locateDocument(image, maskOf(truth), null, contested)!;
		expect(found.confident).toBe(true);
		expect(found.corners).toEqual(off);
	});

	it('is settled too when the mask’s corners are a cell or so off the find’s (within MASK_AGREE cells)', () => {
		// The find 1.3 cells right of the card: its left and right sides lie off the mask's outline (MASK_REFIT_REACH
		// is a cell), so the outline runs along its sides worse than MASK_SURE_FIT, but every corner is near the mask's.
		const right = truth.map((p) => ({ x: p.x + (1.3 * image.width) / 64, y: p.y })) as Quad;
		const outline = quadFromMask(maskOf(truth), image.width, image.height)!;
		expect(outline.fitOf(right)).toBeLessThan(MASK_SURE_FIT);
		const found = locateDocument(image, maskOf(truth), null, { ...contested, corners: right })!;
		expect(found.confident).toBe(true);
		// Its left side lay inside the card, on a strip the mask calls document: outToBands may move it out to the
		// card's edge. No corner moves away from the card's.
		for (let k = 0; k < 4; k++)
			expect(Math.hypot(found.corners[k]!.x - truth[k]!.x, found.corners[k]!.y - truth[k]!.y)).toBeLessThanOrEqual(
				Math.hypot(right[k]!.x - truth[k]!.x, right[k]!.y - truth[k]!.y) + 0.5,
			);
	});

	it('is settled by a mask whose outline runs along no quad, on its overlaps alone', () => {
		// The card's clean mask with spurs off its right side and its bottom, the blobs of a poster and a hand beside
		// the card. Its outline fits no quad, so its shape cannot judge the find's.
		const lumpy = maskOf(truth);
		for (let y = 24; y < 40; y++) for (let x = 52; x < 62; x++) lumpy.probability[y * 64 + x] = 1;
		for (let y = 49; y < 58; y++) for (let x = 18; x < 32; x++) lumpy.probability[y * 64 + x] = 1;
		const outline = quadFromMask(lumpy, image.width, image.height)!;
		expect(outline.fit).toBeLessThan(MASK_SURE_FIT);
		expect(outline.fitOf(off)).toBeLessThan(MASK_SURE_FIT);
		const found = locateDocument(image, lumpy, null, contested)!;
		expect(found.confident).toBe(true);
		expect(found.corners).toEqual(off);
	});

	it('is not settled by a clean mask of a larger document that the find is only a part of', () => {
		// The mask's quad runs a quarter as far again to the right (short of the picture's border): the find covers
		// four fifths of it (an overlap above MASK_CLASSICAL_OVERLAP), but neither its corners nor its sides are the
		// outline's.
		const wider = truth.map((p, k) => (k === 1 || k === 2 ? { x: p.x + 250, y: p.y } : p)) as Quad;
		const found = locateDocument(image, maskOf(wider), null, contested)!;
		expect(found.confident && found.corners === off).toBe(false);
	});

	it('is not settled by a mask on the rival, nor without a rival', () => {
		const onRival = locateDocument(image, maskOf(rival), null, contested)!;
		expect(onRival.confident && onRival.corners === off).toBe(false);
		// Unsure for want of evidence rather than for a rival: the mask path decides, with its own corners.
		const { rivalCorners: _, ...weak } = contested;
		const found = locateDocument(image, maskOf(truth), null, weak)!;
		expect(found.corners).not.toEqual(off);
	});

	it('is not settled by a mask that fills the frame (a scan) when the find is a band of it', () => {
		// A scan's mask: all document, its outline all on the picture's border. The classical finder is torn between
		// the top six tenths of the card and the band of the machine-readable zone below (pe_53_id-d.jpg decoded as
		// a browser decodes it): the find covers the mask's document as a match (0.6), the rival does not.
		const all = { width: 64, height: 64, probability: new Float32Array(64 * 64).fill(1) };
		const band = (y0: number, y1: number): Quad => [
			{ x: 0, y: y0 },
			{ x: image.width, y: y0 },
			{ x: image.width, y: y1 },
			{ x: 0, y: y1 },
		];
		const top = band(0, 0.6 * image.height);
		const found = locateDocument(image, all, null, {
			...contested,
			corners: top,
			frameSides: 3,
			rivalCorners: band(0.6 * image.height, image.height),
		})!;
		expect(found.confident && found.corners === top).toBe(false);
	});

	it('is not settled when the mask says the document reaches the border and the find does not', () => {
		const past = truth.map((p, k) => (k === 1 || k === 2 ? { x: image.width + 200, y: p.y } : p)) as Quad;
		const found = locateDocument(image, maskOf(past), null, contested)!;
		expect(found.confident && found.corners === off).toBe(false);
	});
});

describe('a clear mask that reaches the picture’s border', () => {
	it('says the document runs off the edge even where no corner is sure', () => {
		// A card pushed a third of its width past the right edge of a photo with no edges at all.
		const image = solid(1600, 1200, [120, 120, 120]);
		const past: Quad = [
			{ x: 1200, y: 400 },
			{ x: 1800, y: 400 },
			{ x: 1800, y: 778 },
			{ x: 1200, y: 778 },
		];
		const mask = oracleMask(past, image.width, image.height, 1, { clean: true });
		const found = locateDocument(image, mask)!;
		expect(found.confident).toBe(false);
		expect(found.runsOff).toBe(true);
		const framing = analyzeWithMasker(image, () => mask).checks.find((c) => c.id === 'framing')!;
		expect(framing.problem).toBe('cut-off');
		// The same mask pulled wholly inside says nothing of the kind.
		const inside = past.map((p) => ({ x: p.x - 400, y: p.y })) as Quad;
		const within = locateDocument(image, oracleMask(inside, image.width, image.height, 1, { clean: true }))!;
		expect(within.runsOff).toBeUndefined();
	});

	it('says so where only a corner runs off: the blob touches the edge and its quad’s corner lies past it', () => {
		// A card turned 30°, its left corner 1.6 cells (40 px) past the left edge: the outline's sides all cross the
		// picture, none runs along its border.
		const image = solid(1600, 1200, [120, 120, 120]);
		const turned = (left: number): Quad => {
			const [w, h, a] = [700, 700 / 1.586, Math.PI / 6];
			const c = { x: left + (w * Math.cos(a) + h * Math.sin(a)) / 2, y: 600 };
			const u = { x: Math.cos(a), y: -Math.sin(a) };
			const v = { x: Math.sin(a), y: Math.cos(a) };
			return [
				[-1, -1],
				[1, -1],
				[1, 1],
				[-1, 1],
			].map(([i, j]) => ({
				x: c.x + (i! * w * u.x + j! * h * v.x) / 2,
				y: c.y + (i! * w * u.y + j! * h * v.y) / 2,
			})) as Quad;
		};
		const cut = turned(-40);
		const outline = quadFromMask(
			oracleMask(cut, image.width, image.height, 1, { clean: true }),
			image.width,
			image.height,
		)!;
		expect(outline.border.some(Boolean)).toBe(false);
		expect(outline.touches).toBe(true);
		const found = locateDocument(image, oracleMask(cut, image.width, image.height, 1, { clean: true }))!;
		expect(found.confident).toBe(false);
		expect(found.runsOff).toBe(true);
		// The same card a cell inside the edge: its blob does not touch it, and nothing is said of the edge.
		const inside = locateDocument(image, oracleMask(turned(25), image.width, image.height, 1, { clean: true }))!;
		expect(inside.runsOff).toBeUndefined();
	});

	it('says so too for a sure mask that is not four-sided, and not for a hesitant one', () => {
		// A half disc against the right edge: the model sure of a document cut by the picture's edge (or rounded by
		// blur, bitten by a finger), whose blob is no quadrilateral.
		const image = solid(1600, 1200, [120, 120, 120]);
		const halfDisc = (level: number): DocumentMask => {
			const probability = new Float32Array(64 * 64);
			for (let y = 0; y < 64; y++)
				for (let x = 0; x < 64; x++) if (Math.hypot(x + 0.5 - 64, y + 0.5 - 32) < 20) probability[y * 64 + x] = level;
			return { width: 64, height: 64, probability };
		};
		const outline = quadFromMask(halfDisc(1), image.width, image.height)!;
		expect(outline.fit).toBeLessThan(MASK_SURE_FIT);
		expect(outline.border.some(Boolean)).toBe(true);
		const found = locateDocument(image, halfDisc(1))!;
		expect(found.confident).toBe(false);
		expect(found.runsOff).toBe(true);
		// The same blob, the model hesitant (0.6 everywhere inside it): nothing is said of the edge.
		expect(locateDocument(image, halfDisc(0.6))?.runsOff).toBeUndefined();
	});
});

describe('a clear mask of a document wholly inside the picture', () => {
	// A card on a photo with no edges at all: neither finder is sure of its corners, the clear mask is.
	const image = solid(1600, 1200, [120, 120, 120]);
	const card = (x: number, y: number, width: number): Quad => [
		{ x, y },
		{ x: x + width, y },
		{ x: x + width, y: y + width / 1.586 },
		{ x, y: y + width / 1.586 },
	];

	it('measures the document’s size, and the framing says it is too small', () => {
		const small = card(500, 400, 480);
		const mask = oracleMask(small, image.width, image.height, 1, { clean: true });
		const found = locateDocument(image, mask)!;
		expect(found.confident).toBe(false);
		// 480 of 1600 pixels across: a fill of 0.3, measured within a cell of the grid.
		expect(found.maskFill!.value).toBeCloseTo(0.3, 1);
		const framing = analyzeWithMasker(image, () => mask).checks.find((c) => c.id === 'framing')!;
		expect([framing.problem, framing.status]).toEqual(['too-small-in-frame', 'fail']);
	});

	it('gives no verdict on a large one: its size is fine, and its margin and tilt need the corners', () => {
		const large = card(200, 150, 1200);
		const mask = oracleMask(large, image.width, image.height, 1, { clean: true });
		const framing = analyzeWithMasker(image, () => mask).checks.find((c) => c.id === 'framing')!;
		expect(framing.problem).toBe('document-not-found');
	});

	it('does not measure it when the edges are sure of a larger quad round it (the model saw a part of the page)', () => {
		// The model saw the top third of a page (the rest washed out by a flash, say); the classical finder is sure
		// of the whole page, which fills 0.7 of the picture. The mask's document is clear, and the find covers it
		// less than MASK_CLASSICAL_OVERLAP, so the find is doubted: and so is the blob's size.
		const page = card(240, 150, 1120);
		const top = [page[0], page[1], { x: page[2].x, y: page[1].y + 230 }, { x: page[3].x, y: page[0].y + 230 }] as Quad;
		const mask = oracleMask(top, image.width, image.height, 1, { clean: true });
		const sure: DocumentCandidate = { corners: page, frameSides: 0, support: 0.9, confident: true, uncertainty: 0.001 };
		const found = locateDocument(image, mask, null, sure)!;
		expect(found.confident).toBe(false);
		expect(found.maskFill).toBeUndefined();
		// A sure find elsewhere in the picture (not round the mask's document) leaves the measure alone.
		const elsewhere = card(1300, 900, 280);
		const other = locateDocument(
			image,
			oracleMask(card(300, 300, 480), image.width, image.height, 1, { clean: true }),
			null,
			{
				...sure,
				corners: elsewhere,
			},
		)!;
		expect(other.maskFill!.value).toBeCloseTo(0.3, 1);
	});

	it('does not measure it when an unsure quad round it runs off the border, up to three times its size', () => {
		// The model saw the right half of a passport page cut off at the left edge (the rest washed out); the
		// classical finder, unsure, found the page running off the border.
		const page: Quad = [
			{ x: -100, y: 300 },
			{ x: 700, y: 300 },
			{ x: 700, y: 860 },
			{ x: -100, y: 860 },
		];
		const right: Quad = [
			{ x: 300, y: 300 },
			{ x: 700, y: 300 },
			{ x: 700, y: 860 },
			{ x: 300, y: 860 },
		];
		const mask = oracleMask(right, image.width, image.height, 1, { clean: true });
		const onPage = (corners: Quad, frameSides: number): DocumentCandidate => ({
			corners,
			frameSides,
			support: 0.8,
			confident: false,
			uncertainty: 0.001,
		});
		const inPicture = page.map((p) => ({ x: Math.max(0, p.x), y: p.y })) as Quad;
		expect(locateDocument(image, mask, null, onPage(inPicture, 1))!.maskFill).toBeUndefined();
		// Not when the quad is wholly inside the picture, nor when it is many times the mask's document (a desk's).
		expect(locateDocument(image, mask, null, onPage(inPicture, 0))!.maskFill).toBeDefined();
		const desk: Quad = [
			{ x: 0, y: 0 },
			{ x: 1600, y: 0 },
			{ x: 1600, y: 1200 },
			{ x: 0, y: 1200 },
		];
		expect(locateDocument(image, mask, null, onPage(desk, 4))!.maskFill).toBeDefined();
	});
});

describe('the mask in the pipeline', () => {
	it('calls the masker once when the document is looked for, and not otherwise', () => {
		const { image } = cardTruth();
		const input = { width: image.width, height: image.height, bgr: false, rotation: 0, flip: false };
		let calls = 0;
		const masker = (color: { width: number; height: number }) => {
			calls++;
			// The model is handed the colour image the finder reads, not the whole photo.
			expect(Math.max(color.width, color.height)).toBeLessThan(image.width);
			return { width: 64, height: 64, probability: new Float32Array(64 * 64) };
		};
		rgbWorkInMemory(input, aligned(image.data), 0, image.width * 4, false, undefined, masker);
		expect(calls).toBe(0);
		const { work, helper } = rgbWorkInMemory(input, aligned(image.data), 0, image.width * 4, true, undefined, masker);
		const { found } = work.join(helper);
		expect(calls).toBe(1);
		// An empty mask says nothing clear: the classical finder's card stands, sure.
		expect(found?.confident).toBe(true);
	});

	it('reads a scan cropped to the document (a mask all document) as filling the frame, not cut off', () => {
		const { image: photo, truth } = cardTruth();
		// The card alone: crop the photo to it.
		const [tl, , br] = truth;
		const width = br.x - tl.x;
		const height = br.y - tl.y;
		const data = new Uint8ClampedArray(width * height * 4);
		for (let y = 0; y < height; y++) {
			const from = ((tl.y + y) * photo.width + tl.x) * 4;
			data.set(photo.data.subarray(from, from + width * 4), y * width * 4);
		}
		const all = { width: 64, height: 64, probability: new Float32Array(64 * 64).fill(1) };
		const analysis = analyzeWithMasker({ width, height, data }, () => all);
		expect(analysis.document?.fillsFrame).toBe(true);
		expect(analysis.checks.find((c) => c.id === 'framing')!.problem).toBe('fills-frame');
	});
});

describe('composites with the oracle mask (fast subset)', () => {
	it(
		'finds the document, gives the right framing verdict and says "not sure" rather than guess',
		{ timeout: 120_000 },
		async () => {
			const results: CaseResult[] = [];
			const masker = (c: ReturnType<typeof makeComposite>) =>
				oracleMasker(c.corners, c.image.width, c.image.height, c.seed);
			for (let seed = 1; seed <= 40; seed++) results.push(await evaluateCase(makeComposite(seed), masker));
			const s = score(results);
			console.log(formatScore('Composites with the oracle mask, seeds 1–40', s));
			// Measured on these seeds (2026-12-07, the classical finder first, the mask path when it is unsure or
			// a clear mask denies it, a closer look at a small document, a clear mask at the border read as cut
			// off, a rival quad settled by the mask, a side no edge backs set parallel to its opposite, the mask
			// path's fit test, the colour look trusted, a closer look at a small find of the mask path's): 30/30
			// within 3 %, 38/40 verdicts right, 10/10 cut-offs, 1/40 wrong confident (before the last two, 29/30,
			// 38/40, 10/10, 1/40; on 2026-12-06: 29/30, 37/40, 10/10, 1/40; before the closer look and the border:
			// 29/30, 35/40, 8/10, 1/40; the classical finder alone: 22/30, 31/40, 7/10, 2/40). The floors sit a
			// case or so under them.
			expect(s.within3 / s.inside).toBeGreaterThanOrEqual(0.95);
			expect(s.verdictRight / s.cases).toBeGreaterThanOrEqual(0.825);
			expect(s.cutOffFound / s.cutOffCases).toBeGreaterThanOrEqual(0.7);
			expect(s.wrongConfident / s.cases).toBeLessThanOrEqual(0.05);
		},
	);
});

describe('steep views with the oracle mask (fast subset)', () => {
	it('finds the document tilted 25–55° and says "not sure" rather than guess', { timeout: 120_000 }, async () => {
		const results: CaseResult[] = [];
		const masker = (c: ReturnType<typeof makeComposite>) =>
			oracleMasker(c.corners, c.image.width, c.image.height, c.seed);
		for (let seed = 1; seed <= 24; seed++)
			results.push(await evaluateCase(makeComposite(seed, { steep: true }), masker));
		const s = score(results);
		console.log(formatScore('Steep views with the oracle mask, seeds 1–24', s));
		// Measured on these seeds (2026-12-07): 17/18 within 3 %, 19/24 verdicts right, 5/6 cut-offs, 3/24 wrong
		// confident (two of them a verdict next to the truth's: too small for tilted, 3 % off; near the edge for
		// tilted, 1.8 % off; before the border side below, 16/18, 18/24, 5/6, 4/24). Far below the other cases:
		// the floors sit a case under and guard what there is.
		expect(s.within3 / s.inside).toBeGreaterThanOrEqual(16 / 18);
		expect(s.verdictRight / s.cases).toBeGreaterThanOrEqual(18 / 24);
		expect(s.cutOffFound / s.cutOffCases).toBeGreaterThanOrEqual(4 / 6);
		expect(s.wrongConfident / s.cases).toBeLessThanOrEqual(4 / 24);
	});
});

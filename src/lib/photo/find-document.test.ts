/**
 * The document finder on a fast, seeded subset of the composites of bench/photo-find.bench.ts (documents drawn
 * in code, warped onto keyboards, fabric, wood, paper of their colour, clutter and hands; JPEG; 20 % cut off),
 * through analyzePhoto as users get it. The floors sit a little under what the finder reaches on these seeds
 * (printed), so a change that loses documents fails here; the bench prints the full 500.
 */
import { describe, expect, it } from 'vitest';
import { findDocument } from './find-document';
import { makeComposite, squareToQuad3x3 } from './testing/composite';
import { evaluateCase, formatScore, score, worstCornerError, type CaseResult } from './testing/find-eval';
import { syntheticCard, solid } from './testing/synthetic';

describe('composites (fast subset)', () => {
	it(
		'finds the document, gives the right framing verdict and says "not sure" rather than guess',
		{ timeout: 120_000 },
		async () => {
			const results: CaseResult[] = [];
			for (let seed = 1; seed <= 40; seed++) results.push(await evaluateCase(makeComposite(seed)));
			const s = score(results);
			console.log(formatScore('Composites, seeds 1–40', s));
			// The path users get (analyzePhoto; the document model is loaded by tests/setup/document-model.ts when it
			// is on). Measured on these seeds (2026-12-07), the classical finder first and the model's mask as a second
			// witness (the width-2 model looking at the picture and its mirror, a closer look at small documents, a
			// clear mask at the border read as cut off, a clear mask's size, a rival quad settled by the mask, a side
			// no edge backs set parallel to its opposite, the mask path sure where its outline runs along the edges'
			// quad well enough): 25/30 within 3 %, 39/40 verdicts right, 10/10 cut-offs, 1/40 wrong confident (seed
			// 23's passport passes, its corners 3.0 % off, and seed 33's small card is too small, its corners 3.5 %
			// off, where a closer look put them within 1.4 %; the parallel side alone: 27/30, 38/40, 10/10, 1/40;
			// before it, 25/30, 39/40, 10/10, 1/40; the rival rule changes none of
			// these seeds; before 2026-12-06's changes to the mask's framing verdicts: 25/30, 37/40, 10/10, 1/40) (the width-1.5 model, one look: 24/30, 34/40, 10/10, 1/40; the width-1 model without
			// the last two: 23/30, 31/40, 7/10, 1/40). The classical
			// finder alone (sides refined, sure by evidence, no verdict within the corners' uncertainty of a
			// threshold, hysteresis, a long side of 480 with 64 lines): 22/30, 31/40, 7/10, 2/40. The floors sit a
			// case or so under the classical finder's figures (cut-offs: at the floor it had before).
			expect(s.within3 / s.inside).toBeGreaterThanOrEqual(0.7);
			expect(s.verdictRight / s.cases).toBeGreaterThanOrEqual(0.75);
			expect(s.cutOffFound / s.cutOffCases).toBeGreaterThanOrEqual(0.7);
			expect(s.wrongConfident / s.cases).toBeLessThanOrEqual(0.075);
		},
	);
});

describe('findDocument', () => {
	it('is not sure of one of two alike cards, and names the other as its rival', () => {
		// The same card photo twice, side by side: two quads of the same evidence and size.
		const { image: one, card } = syntheticCard({ width: 1200, height: 900 });
		const data = new Uint8ClampedArray(2400 * 900 * 4);
		for (let y = 0; y < 900; y++)
			for (const dx of [0, 1200]) data.set(one.data.subarray(y * 1200 * 4, (y + 1) * 1200 * 4), (y * 2400 + dx) * 4);
		const found = findDocument({ width: 2400, height: 900, data })!;
		expect(found.confident).toBe(false);
		const centreX = (q: readonly { x: number }[]) => q.reduce((s, p) => s + p.x, 0) / 4;
		const xs = [centreX(found.corners), centreX(found.rivalCorners!)].sort((a, b) => a - b);
		const cardCentre = card.x + card.width / 2;
		expect(xs[0]).toBeCloseTo(cardCentre, -1);
		expect(xs[1]).toBeCloseTo(cardCentre + 1200, -1);
		// One card alone: sure, and no rival.
		const alone = findDocument(one)!;
		expect(alone.confident).toBe(true);
		expect(alone.rivalCorners).toBeUndefined();
	});

	it('finds a card on a plain table to within a pixel or two, and is sure of it', () => {
		const { image, card } = syntheticCard();
		const found = findDocument(image)!;
		const truth = [
			{ x: card.x, y: card.y },
			{ x: card.x + card.width, y: card.y },
			{ x: card.x + card.width, y: card.y + card.height },
			{ x: card.x, y: card.y + card.height },
		];
		// The sides are refined to a fraction of a finder pixel (3.3 picture pixels here): measured 0.7 px at a finder
		// long side of 320, where the Hough lines alone, or corners read as pixel indices, were 4–5 px off.
		expect(worstCornerError(found.corners, truth)).toBeLessThan(0.001 * Math.hypot(image.width, image.height));
		expect(found.confident).toBe(true);
		expect(found.uncertainty).toBeGreaterThan(0);
		expect(found.frameSides).toBe(0);
	});

	it('finds nothing in a blank picture', () => {
		expect(findDocument(solid(400, 300, [120, 120, 120]))).toBeNull();
	});

	it('maps the unit square onto a quad exactly (the generator’s warp)', () => {
		const q = [
			{ x: 10, y: 20 },
			{ x: 200, y: 30 },
			{ x: 180, y: 150 },
			{ x: 5, y: 120 },
		] as const;
		const m = squareToQuad3x3([...q] as never);
		const map = (u: number, v: number) => {
			const w = m[6]! * u + m[7]! * v + m[8]!;
			return { x: (m[0]! * u + m[1]! * v + m[2]!) / w, y: (m[3]! * u + m[4]! * v + m[5]!) / w };
		};
		const corners = [map(0, 0), map(1, 0), map(1, 1), map(0, 1)];
		corners.forEach((p, i) => {
			expect(p.x).toBeCloseTo(q[i]!.x, 6);
			expect(p.y).toBeCloseTo(q[i]!.y, 6);
		});
	});
});

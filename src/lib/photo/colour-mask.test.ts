/**
 * The colour mask on the synthetic card (pale stock, a blue header, a portrait and print, on brown wood), whose
 * corners are known: from a rough outline of it, its blob is the card's, print and header included.
 */
import { describe, expect, it } from 'vitest';
import { colourMask } from './colour-mask';
import { quadFromMask } from './mask-quad';
import type { Quad } from './quad';
import { worstCornerError } from './testing/find-eval';
import { solid, syntheticCard } from './testing/synthetic';

const { image, card } = syntheticCard({ width: 800, height: 600 });
const truth: Quad = [
	{ x: card.x, y: card.y },
	{ x: card.x + card.width, y: card.y },
	{ x: card.x + card.width, y: card.y + card.height },
	{ x: card.x, y: card.y + card.height },
];

/** `q` turned by `degrees` about its centre and moved by (dx, dy): an outline as rough as the model's of a small card. */
function rough(q: Quad, degrees: number, dx: number, dy: number): Quad {
	const cx = (q[0].x + q[2].x) / 2;
	const cy = (q[0].y + q[2].y) / 2;
	const [c, s] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
	return q.map((p) => ({
		x: cx + c * (p.x - cx) - s * (p.y - cy) + dx,
		y: cy + s * (p.x - cx) + c * (p.y - cy) + dy,
	})) as Quad;
}

describe('colourMask', () => {
	it('outlines the card to within a quarter of a cell from an outline turned 12° and a fifth of the card off', () => {
		const outline = rough(truth, 12, 0.2 * card.width, -0.1 * card.height);
		// The rough outline itself is far off.
		expect(worstCornerError(outline, truth)).toBeGreaterThan(100);
		const mask = colourMask(image, outline)!;
		const found = quadFromMask(mask, image.width, image.height)!;
		// A cell is 25 × 19 px; the blob's outline interpolates between cell centres (4 px off, measured).
		expect(worstCornerError(found.corners, truth)).toBeLessThan(image.width / mask.width / 4);
		// One clear blob: the card's print and portrait (colours the wood has not) are filled in, not holes.
		expect(found.inside).toBeGreaterThan(0.9);
		expect(found.spill).toBeLessThan(0.05);
	});

	it('shows no document on a picture of one colour', () => {
		const plain = solid(400, 300, [120, 90, 60]);
		const mask = colourMask(plain, rough(truth, 0, -200, -150).map((p) => ({ x: p.x / 2, y: p.y / 2 })) as Quad)!;
		// The one colour is as likely inside as out (to the half count each side gets, and the outside has more
		// pixels), so no cell reaches the mask's level.
		for (const p of mask.probability) expect(p).toBeCloseTo(0.5, 2);
		expect(Math.max(...mask.probability)).toBeLessThan(0.5);
		expect(quadFromMask(mask, plain.width, plain.height)).toBeNull();
	});

	it('is null when the outline leaves no background to learn from, or no inside', () => {
		const whole: Quad = [
			{ x: -100, y: -100 },
			{ x: 900, y: -100 },
			{ x: 900, y: 700 },
			{ x: -100, y: 700 },
		];
		expect(colourMask(image, whole)).toBeNull();
		const point: Quad = [truth[0], truth[0], truth[0], truth[0]];
		expect(colourMask(image, point)).toBeNull();
	});
});

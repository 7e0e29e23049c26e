/**
 * The colour mask on the synthetic card (pale stock, a blue header, a portrait and print, on brown wood), whose
 * corners are known: from a rough outline of it, its blob is the card's, print and header included. And on a card
 * told from its background by hue alone, under a shadow.
 */
import { describe, expect, it } from 'vitest';
import { colourBin, colourMask } from './colour-mask';
import { quadFromMask } from './mask-quad';
import { COLOUR_HUE_LEVELS } from './thresholds';
import type { Quad } from './quad';
import { worstCornerError } from './testing/find-eval';
import { roughOutline } from './testing/oracle-mask';
import { solid, syntheticCard } from './testing/synthetic';
import type { RgbaImage } from './types';

const { image, card } = syntheticCard({ width: 800, height: 600 });
const truth: Quad = [
	{ x: card.x, y: card.y },
	{ x: card.x + card.width, y: card.y },
	{ x: card.x + card.width, y: card.y + card.height },
	{ x: card.x, y: card.y + card.height },
];

describe('colourMask', () => {
	it('outlines the card to within a quarter of a cell from an outline turned 12° and a fifth of the card off', () => {
		const outline = roughOutline(truth, 12, 0.2 * card.width, -0.1 * card.height);
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

	it('outlines a pale green card on pale lilac keys under a shadow that darkens the picture by half across', () => {
		// The card and the background differ little in brightness, and the shadow changes both more than they differ.
		const [width, height] = [800, 600];
		const data = new Uint8ClampedArray(width * height * 4);
		for (let y = 0; y < height; y++)
			for (let x = 0; x < width; x++) {
				const onCard = x >= card.x && x < card.x + card.width && y >= card.y && y < card.y + card.height;
				const [r, g, b] = onCard ? [200, 225, 200] : [215, 200, 220];
				const light = 1 - (0.5 * x) / width;
				data.set([r * light, g * light, b * light, 255], (y * width + x) * 4);
			}
		const shaded: RgbaImage = { width, height, data };
		const mask = colourMask(shaded, roughOutline(truth, 12, 0.2 * card.width, -0.1 * card.height))!;
		const found = quadFromMask(mask, width, height)!;
		expect(worstCornerError(found.corners, truth)).toBeLessThan(width / mask.width / 4);
	});

	it('reads hue finely and brightness coarsely', () => {
		// Pale green at full light and under a shadow that takes a quarter of it: the same hue, another brightness.
		const hue = (bin: number) => bin % COLOUR_HUE_LEVELS ** 2;
		const lit = colourBin(200, 225, 200);
		const shadowed = colourBin(150, 169, 150);
		expect(hue(shadowed)).toBe(hue(lit));
		expect(shadowed).not.toBe(lit);
		// Pale green and pale lilac, as bright as each other: different bins.
		expect(colourBin(215, 200, 220)).not.toBe(lit);
	});

	it('shows no document on a picture of one colour', () => {
		const plain = solid(400, 300, [120, 90, 60]);
		const mask = colourMask(
			plain,
			roughOutline(truth, 0, -200, -150).map((p) => ({ x: p.x / 2, y: p.y / 2 })) as Quad,
		)!;
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

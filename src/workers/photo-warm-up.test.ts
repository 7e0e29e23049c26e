/**
 * The helper's warm-up scene takes the classical finder down the paths a photo takes: its tilted card is found
 * (lines, quadrilaterals scored, sides refined) against a rival, the keyboard, upright or turned, up to the
 * working size.
 */
import { describe, expect, it } from 'vitest';
import { HelperPart, RgbWork } from '../lib/photo';
import { quadAspect } from '../lib/photo/quad';
import { warmUpScene, type WarmUpFrame } from './photo-warm-up';

/** The helper part's classical find on a warm-up frame. */
function classicalOn(frame: WarmUpFrame) {
	const { input, data, stride, longSide } = frame;
	const work = new RgbWork(input, { longSide });
	const part = new HelperPart(input, work.helperBand, true, longSide);
	part.addRows(data, 0, input.height, stride);
	return part.result().classical ?? null;
}

describe('warm-up frames', () => {
	it.each([
		[1, 1000],
		[2, 1000],
		[3, 640],
	])(
		'the helper’s scene (seed %i, %i px): the classical finder finds its ID-1 card, and weighs the keyboard',
		(seed, side) => {
			const found = classicalOn(warmUpScene(seed, side))!;
			expect(found.frameSides).toBe(0);
			expect(found.rival).toBeGreaterThan(0);
			// The card is ID-1 (85.60 × 53.98 mm), turned 7–19° in the picture's plane: its aspect is kept.
			expect(quadAspect(found.corners)).toBeGreaterThan(1.5);
			expect(quadAspect(found.corners)).toBeLessThan(1.68);
		},
	);
});

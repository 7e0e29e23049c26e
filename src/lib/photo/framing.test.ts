import { describe, expect, it } from 'vitest';
import { framingCheck, framingSpread, measureFraming } from './framing';
import type { Quad } from './quad';
import { CUT_OFF_TOLERANCE, TILT_WARN, VERDICT_BAND_SIGMAS } from './thresholds';

const W = 800;
const H = 600;

/** A quad in the middle of the frame whose left side is `left` pixels and right side 200 (a tilt of left ÷ 200). */
function trapezoid(left: number): Quad {
	return [
		{ x: 100, y: 300 - left / 2 },
		{ x: 700, y: 200 },
		{ x: 700, y: 400 },
		{ x: 100, y: 300 + left / 2 },
	];
}

describe('framingCheck near a threshold', () => {
	const sigma = 1 / 320;

	it('gives no tilt verdict when the measured tilt is within the corners’ uncertainty of the warning line', () => {
		const corners = trapezoid(200 * TILT_WARN + 0.5);
		const check = framingCheck(
			{ corners, frameSides: 0, support: 1, confident: true, uncertainty: sigma },
			false,
			W,
			H,
		);
		expect(measureFraming(corners, W, H).tilt).toBeGreaterThan(TILT_WARN);
		expect(check.problem).toBeNull();
		expect(check.details?.tiltUnsure).toBe(1);
	});

	it('still warns about a tilt well past the line, and passes one well under it', () => {
		const spread = framingSpread(trapezoid(230), sigma * W, W, H).tilt;
		const far = 200 * (TILT_WARN + 3 * VERDICT_BAND_SIGMAS * spread);
		const tilted = framingCheck(
			{ corners: trapezoid(far), frameSides: 0, support: 1, confident: true, uncertainty: sigma },
			false,
			W,
			H,
		);
		expect(tilted.problem).toBe('tilted');
		expect(tilted.details?.tiltUnsure).toBeUndefined();
		const square = framingCheck(
			{ corners: trapezoid(200), frameSides: 0, support: 1, confident: true, uncertainty: sigma },
			false,
			W,
			H,
		);
		expect(square.details?.tiltUnsure).toBeUndefined();
	});

	it('judges exact corners (no uncertainty) on the threshold itself', () => {
		const check = framingCheck(
			{ corners: trapezoid(200 * TILT_WARN + 0.5), frameSides: 0, support: 1, confident: true },
			false,
			W,
			H,
		);
		expect(check.problem).toBe('tilted');
	});

	it('spreads a tilt more for a small document than for a large one', () => {
		const small: Quad = [
			{ x: 380, y: 290 },
			{ x: 420, y: 290 },
			{ x: 420, y: 315 },
			{ x: 380, y: 315 },
		];
		expect(framingSpread(small, 1, W, H).tilt).toBeGreaterThan(framingSpread(trapezoid(200), 1, W, H).tilt);
	});
});

describe('framingCheck at the cut-off line', () => {
	// A quad whose left corners sit `margin` (share of the width) from the left edge.
	const quad = (margin: number): Quad => [
		{ x: margin * W, y: 150 },
		{ x: 700, y: 150 },
		{ x: 700, y: 450 },
		{ x: margin * W, y: 450 },
	];
	const found = (margin: number, uncertainty?: number) => ({
		corners: quad(margin),
		frameSides: 0,
		support: 1,
		confident: true,
		uncertainty,
	});

	it('calls a corner just past the line, within the corners’ uncertainty, near the edge rather than cut off', () => {
		const check = framingCheck(found(-CUT_OFF_TOLERANCE - 0.001, 1 / 320), false, W, H);
		expect(check.problem).toBe('near-edge');
		expect(check.status).toBe('warn');
	});

	it('still calls a corner well past the line cut off, and exact corners just past it too', () => {
		expect(framingCheck(found(-CUT_OFF_TOLERANCE - 0.02, 1 / 320), false, W, H).problem).toBe('cut-off');
		expect(framingCheck(found(-CUT_OFF_TOLERANCE - 0.001), false, W, H).problem).toBe('cut-off');
	});
});

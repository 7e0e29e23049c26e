import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seeded-random';
import { borderPrintShares, framingCheck, framingSpread, looksLikeFullFrameDocument, measureFraming } from './framing';
import type { Quad } from './quad';
import { CUT_OFF_TOLERANCE, FILL_WARN, TILT_WARN, VERDICT_BAND_SIGMAS } from './thresholds';

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

describe('framingCheck on a find it is not sure of', () => {
	const unsure = { corners: trapezoid(200), frameSides: 0, support: 0.5, confident: false };

	it('gives no verdict on it alone', () => {
		expect(framingCheck(unsure, false, W, H).problem).toBe('document-not-found');
	});

	it('says the document is too small when a clear mask measured it well under the fill line (warn, or fail under the fail line)', () => {
		const small = framingCheck({ ...unsure, maskFill: { value: 0.45, spread: 0.01 } }, false, W, H);
		expect([small.problem, small.status, small.value]).toEqual(['too-small-in-frame', 'warn', 0.45]);
		const tiny = framingCheck({ ...unsure, maskFill: { value: 0.2, spread: 0.01 } }, false, W, H);
		expect([tiny.problem, tiny.status]).toEqual(['too-small-in-frame', 'fail']);
	});

	it('says nothing of the size when the mask’s fill is within its own doubt of the line, or over it', () => {
		const near = { value: FILL_WARN - VERDICT_BAND_SIGMAS * 0.02 + 0.001, spread: 0.02 };
		expect(framingCheck({ ...unsure, maskFill: near }, false, W, H).problem).toBe('document-not-found');
		expect(framingCheck({ ...unsure, maskFill: { value: 0.8, spread: 0.01 } }, false, W, H).problem).toBe(
			'document-not-found',
		);
	});
});

describe('looksLikeFullFrameDocument: a scan cropped to the document, or a photo whose edges were missed', () => {
	/**
	 * A luma picture of paper (luma 225) with lines of dark "words" printed inside the box [x0, x1) × [y0, y1),
	 * and a flat surface (luma `surface`) outside it.
	 */
	function printed(
		width: number,
		height: number,
		box: { x0: number; y0: number; x1: number; y1: number },
		surface = 225,
	): Uint8Array {
		const luma = new Uint8Array(width * height).fill(surface);
		const random = seededRandom(3);
		for (let y = box.y0; y < box.y1; y++) for (let x = box.x0; x < box.x1; x++) luma[y * width + x] = 225;
		// Lines of text every 12 px, words 10–40 px long with 6 px gaps, the margin as a scan keeps it: 2 px.
		for (let top = box.y0 + 2; top + 7 < box.y1; top += 12) {
			for (let x = box.x0 + 2; x < box.x1 - 2;) {
				const length = 10 + Math.floor(random() * 30);
				for (let y = top; y < top + 7; y++)
					for (let i = x; i < Math.min(x + length, box.x1 - 2); i++) luma[y * width + i] = 40;
				x += length + 6;
			}
		}
		return luma;
	}
	const whole = (w: number, h: number) => ({ x0: 0, y0: 0, x1: w, y1: h });

	it('takes a passport-shaped scan with print along every side for the document filling the frame', () => {
		expect(looksLikeFullFrameDocument(printed(710, 500, whole(710, 500)), 710, 500)).toBe(true);
		expect(Math.min(...borderPrintShares(printed(710, 500, whole(710, 500)), 710, 500))).toBe(1);
	});

	it('does not take a smaller card on plain paper for it, whatever the picture’s shape', () => {
		// The card covers the middle half; the border is flat paper of another shade.
		const card = { x0: 180, y0: 125, x1: 530, y1: 375 };
		expect(looksLikeFullFrameDocument(printed(710, 500, card, 200), 710, 500)).toBe(false);
		expect(Math.max(...borderPrintShares(printed(710, 500, card, 200), 710, 500))).toBe(0);
	});

	it('does not take a page with a flat strip along one side (paper showing beyond its edge) for it', () => {
		const strip = { x0: 0, y0: 0, x1: 710, y1: 440 };
		expect(looksLikeFullFrameDocument(printed(710, 500, strip, 200), 710, 500)).toBe(false);
	});

	it('does not take a phone’s uncropped 4:3 frame for a crop, even with print or texture up to every edge', () => {
		expect(looksLikeFullFrameDocument(printed(800, 600, whole(800, 600)), 800, 600)).toBe(false);
	});

	it('does not take a blank picture for a document', () => {
		expect(looksLikeFullFrameDocument(new Uint8Array(710 * 500).fill(128), 710, 500)).toBe(false);
	});
});

/**
 * Made-up frames the photo worker and its helper warm up on: a light card with lines of "text" on a
 * darker table, as a decoder hands them over.
 */
import type { DecodedFrame, RgbInput } from '../lib/photo';

/**
 * Decoded size ÷ working size of a 12 MP phone JPEG on the WebCodecs path (4032 / 8 × 2 = 1008 → 1000):
 * each warm-up frame is this much larger than the working size it is shrunk to, so the resampler takes
 * the branches it takes on a photo (a few rows and columns straddling two output cells).
 */
const SPAN = 1008 / 1000;

/** The luma of a card on a table, `width` × ¾ `width`, varied a little by `seed`. */
function cardLuma(seed: number, width: number): { luma: Uint8Array; height: number } {
	const height = Math.round((width * 3) / 4);
	const luma = new Uint8Array(width * height);
	const s = width / 640;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const card = x > 120 * s && x < 520 * s && y > 114 * s && y < 366 * s;
			const text = card && Math.floor(y / s) % 24 < 6 && Math.floor(x / s) % 14 < 8;
			luma[y * width + x] = text ? 40 : card ? 220 : 90 + ((x * 7 + y * 13 + seed) % 23);
		}
	}
	return { luma, height };
}

/** A BGRX frame shrunk to a working long side of `longSide`: the input of an RgbWork, and its bytes. */
export function warmUpFrame(
	seed: number,
	longSide: number,
): { input: RgbInput; data: Uint8Array; stride: number; longSide: number } {
	const width = Math.round(longSide * SPAN);
	const { luma, height } = cardLuma(seed, width);
	const data = new Uint8Array(width * height * 4).fill(255);
	// A warm table: blue below red, so the colour channels differ.
	for (let i = 0, p = 0; i < luma.length; i++, p += 4) {
		data[p] = luma[i]! * 0.9;
		data[p + 1] = luma[i]!;
		data[p + 2] = Math.min(255, luma[i]! * 1.1);
	}
	const input = { width, height, bgr: true, rotation: seed % 2 ? 0 : 90, flip: false };
	return { input, data, stride: width * 4, longSide };
}

/** The same card as I420 planes (a small JPEG decoded whole may come so). */
export function warmUpPlanes(seed: number, longSide: number): DecodedFrame {
	const width = Math.round(longSide * SPAN);
	const { luma, height } = cardLuma(seed, width);
	const cw = Math.ceil(width / 2);
	const ch = Math.ceil(height / 2);
	const data = new Uint8Array(width * height + 2 * cw * ch).fill(128);
	data.set(luma);
	const layout = [
		{ offset: 0, stride: width },
		{ offset: width * height, stride: cw },
		{ offset: width * height + cw * ch, stride: cw },
	];
	return { format: 'I420', width, height, data, layout, rotation: 0, flip: false };
}

/**
 * Made-up frames the photo worker and its helper warm up on, as a decoder hands them over: a light card
 * with lines of "text" on a darker table (the photo worker), and a scene as busy as a photo (the helper).
 */
import type { DecodedFrame, RgbInput } from '../lib/photo';

/**
 * Decoded size ÷ working size of a 12 MP phone JPEG on the WebCodecs path (4032 / 8 × 2 = 1008 → 1000):
 * each warm-up frame is this much larger than the working size it is shrunk to, so the resampler takes
 * the branches it takes on a photo (a few rows and columns straddling two output cells).
 */
const SPAN = 1008 / 1000;

/**
 * The luma of a card on a table, `width` × ¾ `width`, varied a little by `seed`. Its print runs to the card's edge,
 * which breaks its sides: the classical finder finds no card here (the helper's scene, below, is found). A margin
 * round the print (the card then found) made no difference to the first photo beyond the runs' noise
 * (bench/photo-browser, 2026-12-07: 83 ms against 75–81 ms).
 */
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

/** A BGRX frame to be shrunk to a working long side of `longSide`: the input of an RgbWork, and its bytes. */
export interface WarmUpFrame {
	input: RgbInput;
	data: Uint8Array;
	stride: number;
	longSide: number;
}

/** BGRX bytes `width` × `height` as a warm-up frame, turned a quarter for even seeds (both orientations warm up). */
function asFrame(data: Uint8Array, width: number, height: number, seed: number, longSide: number): WarmUpFrame {
	const input = { width, height, bgr: true, rotation: seed % 2 ? 0 : 90, flip: false };
	return { input, data, stride: width * 4, longSide };
}

/** The card on a table as a BGRX frame (the photo worker's). */
export function warmUpFrame(seed: number, longSide: number): WarmUpFrame {
	const width = Math.round(longSide * SPAN);
	const { luma, height } = cardLuma(seed, width);
	const data = new Uint8Array(width * height * 4).fill(255);
	// A warm table: blue below red, so the colour channels differ.
	for (let i = 0, p = 0; i < luma.length; i++, p += 4) {
		data[p] = luma[i]! * 0.9;
		data[p + 1] = luma[i]!;
		data[p + 2] = Math.min(255, luma[i]! * 1.1);
	}
	return asFrame(data, width, height, seed, longSide);
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

/** A pseudo-random value in 0–1 for an integer pair (a small integer hash). */
function noise(x: number, y: number, seed: number): number {
	let h = Math.imul(x, 374761393) ^ Math.imul(y, 668265263) ^ Math.imul(seed + 1, 2246822519);
	h = Math.imul(h ^ (h >>> 13), 1274126177);
	return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/**
 * The scene as BGRX bytes, `width` × ¾ `width`, varied by `seed` (the card's angle, the light). Drawn on a
 * 640 × 480 plan scaled to `width`.
 */
function scene(seed: number, width: number): { data: Uint8Array; height: number } {
	const height = Math.round((width * 3) / 4);
	const data = new Uint8Array(width * height * 4).fill(255);
	const s = width / 640;
	// The card: ID-1's shape, 300 plan pixels long, turned by 7–19°.
	const angle = ((7 + 4 * (seed % 4)) * Math.PI) / 180;
	const cos = Math.cos(angle);
	const sin = Math.sin(angle);
	const cx = 400;
	const cy = 290;
	const halfW = 150;
	const halfH = 150 / 1.586;
	for (let y = 0; y < height; y++) {
		const py = y / s;
		for (let x = 0; x < width; x++) {
			const px = x / s;
			// Light falls off to the right and down.
			const light = 1.1 - 0.35 * (px / 640) - 0.15 * (py / 480);
			const grain = 8 * Math.sin(py * 0.35 + 3 * Math.sin(px * 0.02)) + 10 * noise(x, y, seed);
			let r = 150 + grain;
			let g = 112 + grain;
			let b = 80 + grain * 0.5;
			// The keyboard: a dark slab of keys in rows, top left.
			if (px > 16 && px < 300 && py > 20 && py < 176) {
				const kx = (px - 22) % 28;
				const ky = (py - 26) % 30;
				const key = px > 22 && py > 26 && px < 294 && py < 172 && kx < 23 && ky < 24;
				const v = key ? 66 + (ky < 3 ? 24 : 0) : 34;
				r = g = v;
				b = v + 4;
			}
			// The card, in its own frame.
			const u = (px - cx) * cos + (py - cy) * sin;
			const v = -(px - cx) * sin + (py - cy) * cos;
			if (Math.abs(u) < halfW && Math.abs(v) < halfH) {
				const photo = u < -60 && u > -136 && v > -36 && v < 62;
				const text =
					u > -40 && u < 130 && v > -60 && v < 20 && (v + 60) % 14 < 5 && (u * 7 + 13 * Math.floor(v / 14)) % 29 < 22;
				const mrz = v > 44 && v < 84 && u > -136 && u < 136 && (v - 44) % 16 < 7 && (u + 136) % 9 < 6;
				if (photo) {
					r = 120 + 20 * Math.sin(v * 0.1);
					g = 100;
					b = 92;
				} else if (text || mrz) {
					r = g = 48;
					b = 60;
				} else {
					r = 226 - 6 * (u / halfW);
					g = 230;
					b = 238;
				}
				r += 4 * noise(y, x, seed);
			}
			const p = (y * width + x) * 4;
			data[p] = Math.min(255, Math.max(0, b * light));
			data[p + 1] = Math.min(255, Math.max(0, g * light));
			data[p + 2] = Math.min(255, Math.max(0, r * light));
		}
	}
	return { data, height };
}

/**
 * A tilted card (a photo, lines of text, a machine-readable zone) on a wooden table beside a keyboard, lit
 * from one side, as a BGRX frame shrunk to a working long side of `longSide`: what the helper warms up on.
 * A plain card on a plain table leaves the classical finder's costly paths cold (a handful of lines and
 * quadrilaterals to score); keys and grain give it the dozens of a real photo. bench/photo-browser.bench.ts,
 * the first photo chosen 2 s after the pointer went over the button: the helper's find 43–63 → 19–38 ms, off
 * the critical path; the whole check 105 → 75–87 ms (medians of 5 runs, four runs of the bench, 2026-12-07).
 */
export function warmUpScene(seed: number, longSide: number): WarmUpFrame {
	const width = Math.round(longSide * SPAN);
	const { data, height } = scene(seed, width);
	return asFrame(data, width, height, seed, longSide);
}

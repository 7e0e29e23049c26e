/**
 * Test helpers: synthetic photos of a card-like document on a table, built in code so every property
 * is known, and the edits the tests apply (blur, darken, brighten, highlight, push past an edge,
 * desaturate, shade one side). Used by the unit tests and the Node benchmark; not part of the scorer.
 */
import type { RgbaImage } from '../types';
import { seededRandom } from '../../testing/seeded-random';

/** Where the card lies: its top-left corner and size, in pixels (axis-aligned). */
export interface CardPlacement {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A 1600 × 1200 photo with an ID-1-shaped card (1000 × 630) centred on a brown table, plus where the card is. */
export function syntheticCard(options: { width?: number; height?: number; shiftX?: number } = {}): {
	image: RgbaImage;
	card: CardPlacement;
} {
	const width = options.width ?? 1600;
	const height = options.height ?? 1200;
	const cw = Math.round(width * 0.625);
	const ch = Math.round(cw / 1.586);
	const card = {
		x: Math.round((width - cw) / 2) + (options.shiftX ?? 0),
		y: Math.round((height - ch) / 2),
		width: cw,
		height: ch,
	};
	const data = new Uint8ClampedArray(width * height * 4);
	const random = seededRandom(7);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const p = (y * width + x) * 4;
			let rgb = tableColour(x, y);
			const u = x - card.x;
			const v = y - card.y;
			if (u >= 0 && v >= 0 && u < cw && v < ch) rgb = cardColour(u / cw, v / ch, cw);
			const noise = (random() - 0.5) * 6;
			data[p] = rgb[0] + noise;
			data[p + 1] = rgb[1] + noise;
			data[p + 2] = rgb[2] + noise;
			data[p + 3] = 255;
		}
	}
	return { image: { width, height, data }, card };
}

function tableColour(x: number, y: number): [number, number, number] {
	// Wood-like: brown with soft grain, no straight edges.
	const grain = 8 * Math.sin(x / 37 + Math.sin(y / 53) * 2);
	return [110 + grain, 78 + grain, 52 + grain / 2];
}

/** The card's look at (u, v) in 0–1 card coordinates: pale blue-white stock, a portrait, print lines, an MRZ. */
function cardColour(u: number, v: number, cardWidthPx: number): [number, number, number] {
	// Portrait: skin-tone block with dark hair on top.
	if (u > 0.05 && u < 0.3 && v > 0.2 && v < 0.85) {
		if (v < 0.38) return [60, 45, 35];
		return [205, 160, 130];
	}
	// Print lines: glyph-like dark dashes in rows (text detail for the sharpness measure).
	const rows = [0.22, 0.32, 0.42, 0.52, 0.62];
	for (const r of rows) {
		if (u > 0.36 && u < 0.9 && v > r && v < r + 0.045) {
			const glyph = Math.floor((u * cardWidthPx) / 9);
			const inGlyph = (u * cardWidthPx) % 9 < 6;
			if (inGlyph && (glyph * 7919) % 5 !== 0) return [30, 35, 60];
		}
	}
	// MRZ: two rows of narrower glyphs near the bottom.
	for (const r of [0.78, 0.88]) {
		if (u > 0.05 && u < 0.95 && v > r && v < r + 0.06 && u > 0.32) {
			if ((u * cardWidthPx) % 12 < 7) return [25, 25, 25];
		}
	}
	if (v < 0.12) return [70, 110, 190]; // blue header band
	return [224, 230, 240];
}

/** Box blur of the given radius, three passes (≈ Gaussian with σ ≈ radius). */
export function blur(image: RgbaImage, radius: number): RgbaImage {
	let data: Uint8ClampedArray = Uint8ClampedArray.from(image.data);
	for (let pass = 0; pass < 3; pass++) {
		data = boxPass(boxPass(data, image.width, image.height, radius, true), image.width, image.height, radius, false);
	}
	return { ...image, data };
}

function boxPass(src: Uint8ClampedArray, w: number, h: number, r: number, horizontal: boolean): Uint8ClampedArray {
	const out = new Uint8ClampedArray(src.length);
	const len = horizontal ? w : h;
	const lines = horizontal ? h : w;
	for (let line = 0; line < lines; line++) {
		for (let c = 0; c < 4; c++) {
			let sum = 0;
			const at = (k: number) => {
				const kk = Math.max(0, Math.min(len - 1, k));
				return src[(horizontal ? line * w + kk : kk * w + line) * 4 + c]!;
			};
			for (let k = -r; k <= r; k++) sum += at(k);
			for (let k = 0; k < len; k++) {
				out[(horizontal ? line * w + k : k * w + line) * 4 + c] = sum / (2 * r + 1);
				sum += at(k + r + 1) - at(k - r);
			}
		}
	}
	return out;
}

/** Multiplies every channel by `factor` (clipped at 255). */
export function scaleBrightness(image: RgbaImage, factor: number): RgbaImage {
	const data = Uint8ClampedArray.from(image.data);
	for (let p = 0; p < data.length; p += 4) {
		data[p] = data[p]! * factor;
		data[p + 1] = data[p + 1]! * factor;
		data[p + 2] = data[p + 2]! * factor;
	}
	return { ...image, data };
}

/** A soft white specular highlight of `radius` pixels centred at (cx, cy), clipped to white in its core. */
export function addHighlight(image: RgbaImage, centreX: number, centreY: number, radius: number): RgbaImage {
	const data = Uint8ClampedArray.from(image.data);
	const cx = Math.round(centreX);
	const cy = Math.round(centreY);
	for (let y = Math.max(0, cy - 2 * radius); y < Math.min(image.height, cy + 2 * radius); y++) {
		for (let x = Math.max(0, cx - 2 * radius); x < Math.min(image.width, cx + 2 * radius); x++) {
			const d = Math.hypot(x - cx, y - cy) / radius;
			// Solid core to d = 1, then a halo fading over another radius.
			const a = d <= 1 ? 1 : d < 2 ? (2 - d) ** 2 : 0;
			if (a === 0) continue;
			const p = (y * image.width + x) * 4;
			for (let c = 0; c < 3; c++) data[p + c] = data[p + c]! + (255 - data[p + c]!) * a;
		}
	}
	return { ...image, data };
}

/** Grey copy: every pixel's R, G and B set to its luma. */
export function desaturate(image: RgbaImage): RgbaImage {
	const data = Uint8ClampedArray.from(image.data);
	for (let p = 0; p < data.length; p += 4) {
		const y = 0.299 * data[p]! + 0.587 * data[p + 1]! + 0.114 * data[p + 2]!;
		data[p] = data[p + 1] = data[p + 2] = y;
	}
	return { ...image, data };
}

/** A cast shadow (a hand or phone) over everything right of x0: brightness × `depth`, with a 40 px soft edge. */
export function shadeRight(image: RgbaImage, x0: number, depth: number): RgbaImage {
	const data = Uint8ClampedArray.from(image.data);
	const soft = 40;
	for (let y = 0; y < image.height; y++) {
		for (let x = Math.max(0, x0 - soft / 2); x < image.width; x++) {
			const t = Math.min(1, (x - (x0 - soft / 2)) / soft);
			const f = 1 - (1 - depth) * t;
			const p = (y * image.width + x) * 4;
			data[p] = data[p]! * f;
			data[p + 1] = data[p + 1]! * f;
			data[p + 2] = data[p + 2]! * f;
		}
	}
	return { ...image, data };
}

/** A plain image of one colour. */
export function solid(width: number, height: number, rgb: [number, number, number]): RgbaImage {
	const data = new Uint8ClampedArray(width * height * 4);
	for (let p = 0; p < data.length; p += 4) {
		data[p] = rgb[0];
		data[p + 1] = rgb[1];
		data[p + 2] = rgb[2];
		data[p + 3] = 255;
	}
	return { width, height, data };
}

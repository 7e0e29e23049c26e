import type { Box, RgbaImage } from './types';

/** Luma of pixel `p` (byte offset) of an RGBA image, BT.601 weights in integers. */
const lumaAt = (d: RgbaImage['data'], p: number) => (77 * d[p]! + 150 * d[p + 1]! + 29 * d[p + 2]!) >> 8;

/** The part of `box` inside the image, in whole pixels (may be empty). */
export function clip(box: Box, width: number, height: number): { x0: number; y0: number; x1: number; y1: number } {
	return {
		x0: Math.max(0, Math.floor(box.x)),
		y0: Math.max(0, Math.floor(box.y)),
		x1: Math.min(width, Math.ceil(box.x + box.width)),
		y1: Math.min(height, Math.ceil(box.y + box.height)),
	};
}

/** The middle of a face box where skin is (80 % of its width, 90 % of its height from the top): hair and background at its sides left out. */
export function skinBox(box: Box): Box {
	return { x: box.x + box.width * 0.1, y: box.y, width: box.width * 0.8, height: box.height * 0.9 };
}

/** Mean luma on the face (its skin box) and its left and right halves, and of the picture outside the face box grown by half. */
export interface FaceLight {
	face: number;
	left: number;
	right: number;
	surround: number;
}

/** Light on and around the face, measured on every second pixel. */
export function measureFaceLight(image: RgbaImage, face: Box): FaceLight {
	const { width, height, data } = image;
	const skin = clip(skinBox(face), width, height);
	const grown = clip(
		{ x: face.x - face.width / 4, y: face.y - face.height / 4, width: face.width * 1.5, height: face.height * 1.5 },
		width,
		height,
	);
	const mid = (skin.x0 + skin.x1) / 2;
	let l = 0,
		ln = 0,
		r = 0,
		rn = 0,
		s = 0,
		sn = 0;
	for (let y = 0; y < height; y += 2) {
		for (let x = 0; x < width; x += 2) {
			const v = lumaAt(data, (y * width + x) * 4);
			if (x >= skin.x0 && x < skin.x1 && y >= skin.y0 && y < skin.y1) {
				if (x < mid) {
					l += v;
					ln++;
				} else {
					r += v;
					rn++;
				}
			} else if (!(x >= grown.x0 && x < grown.x1 && y >= grown.y0 && y < grown.y1)) {
				s += v;
				sn++;
			}
		}
	}
	const face_ = ln + rn === 0 ? 0 : (l + r) / (ln + rn);
	return {
		face: face_,
		left: ln === 0 ? face_ : l / ln,
		right: rn === 0 ? face_ : r / rn,
		surround: sn === 0 ? face_ : s / sn,
	};
}

/**
 * Detail on the face: the skin box resampled (area means) to `side` rows, its luma stretched between
 * the 1st and 99th percentile to 0–255 (so a dim face is not called blurry), then the mean absolute
 * 4-neighbour Laplacian. Sharp faces have pores, lashes and hair edges; blur removes them.
 */
export function faceSharpness(image: RgbaImage, face: Box, side: number): number {
	const { width, height, data } = image;
	const box = clip(skinBox(face), width, height);
	const bw = box.x1 - box.x0;
	const bh = box.y1 - box.y0;
	if (bw < 4 || bh < 4) return 0;
	const oh = side;
	const ow = Math.max(4, Math.round((side * bw) / bh));
	const sx = bw / ow;
	const sy = bh / oh;
	const plane = new Float32Array(ow * oh);
	for (let oy = 0; oy < oh; oy++) {
		const y0 = box.y0 + Math.floor(oy * sy);
		const y1 = Math.max(y0 + 1, box.y0 + Math.floor((oy + 1) * sy));
		for (let ox = 0; ox < ow; ox++) {
			const x0 = box.x0 + Math.floor(ox * sx);
			const x1 = Math.max(x0 + 1, box.x0 + Math.floor((ox + 1) * sx));
			let sum = 0;
			for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) sum += lumaAt(data, (y * width + x) * 4);
			plane[oy * ow + ox] = sum / ((y1 - y0) * (x1 - x0));
		}
	}
	const sorted = Float32Array.from(plane).sort();
	const lo = sorted[Math.floor(sorted.length * 0.01)]!;
	const hi = sorted[Math.floor(sorted.length * 0.99)]!;
	const stretch = hi - lo < 8 ? 1 : 255 / (hi - lo);
	let total = 0;
	let n = 0;
	for (let y = 1; y < oh - 1; y++) {
		for (let x = 1; x < ow - 1; x++) {
			const i = y * ow + x;
			total += Math.abs(4 * plane[i]! - plane[i - 1]! - plane[i + 1]! - plane[i - ow]! - plane[i + ow]!);
			n++;
		}
	}
	return n === 0 ? 0 : (total / n) * stretch;
}

import { AreaResampler, fitLongSide } from './resize';
import { COLOR_LONG_SIDE, WORKING_LONG_SIDE } from './thresholds';
import type { RgbaImage } from './types';

/**
 * The image the analysis runs on, made in one pass over the photo's pixels (pipeline.ts):
 * - `luma`: Rec. 601 luma at the fixed working scale (long side WORKING_LONG_SIDE, the exact area
 *   average of resize.ts), `width` × `height`: every measure of light and detail reads it;
 * - `color`: RGBA at about half that scale (long side COLOR_LONG_SIDE), for what needs colour but not
 *   fine detail: the document finder (it works at that scale, FIND_LONG_SIDE), the colour check (a
 *   40 px thumbnail) and glare's "colourless" test. It is the area average of every `colorEvery`-th
 *   pixel of every `colorEvery`-th row, not of every pixel: reading each pixel's colour again would
 *   cost more than the luma (issue 6 asks for the whole check within 1.5× the bare decode).
 */
export interface WorkingImage {
	width: number;
	height: number;
	luma: Uint8Array;
	color: RgbaImage;
}

/**
 * Every how many pixels and rows the colour image samples a `width` × `height` input: its sample stays
 * at least as long as the colour image (COLOR_LONG_SIDE, scaled with `longSide`, the working long side).
 */
export function colorEvery(width: number, height: number, longSide = WORKING_LONG_SIDE): number {
	return Math.max(1, Math.floor(Math.max(width, height) / colorLongSide(longSide)));
}

/** Size of the colour image of a `width` × `height` input. */
export function colorSize(
	width: number,
	height: number,
	longSide = WORKING_LONG_SIDE,
): { width: number; height: number } {
	const every = colorEvery(width, height, longSide);
	return fitLongSide(Math.ceil(width / every), Math.ceil(height / every), colorLongSide(longSide));
}

function colorLongSide(longSide: number): number {
	return Math.round((longSide * COLOR_LONG_SIDE) / WORKING_LONG_SIDE);
}

/**
 * The resampler of a WorkingImage's luma, for 4-byte RGB pixels (RGBA, RGBX; BGRA, BGRX with `bgr`)
 * of a `width` × `height` input; with `band`, of those output rows only (see AreaResampler). `longSide`
 * other than WORKING_LONG_SIDE is for the photo worker's warm-up runs on small frames only.
 */
export function lumaSampler(
	width: number,
	height: number,
	bgr = false,
	band?: { from: number; to: number },
	longSide = WORKING_LONG_SIDE,
): AreaResampler {
	const work = fitLongSide(width, height, longSide);
	return new AreaResampler(width, height, work.width, work.height, 'luma', band ? { bgr, band } : { bgr });
}

/** The resampler of a WorkingImage's colour image, for the same input: the two can run apart (on two threads: see pipeline.ts). */
export function colorSampler(width: number, height: number, bgr = false, longSide = WORKING_LONG_SIDE): AreaResampler {
	const every = colorEvery(width, height, longSide);
	const color = colorSize(width, height, longSide);
	return new AreaResampler(Math.ceil(width / every), Math.ceil(height / every), color.width, color.height, 'rgb', {
		bgr,
		every,
	});
}

/**
 * Turns the working image `rotation` degrees clockwise (a multiple of 90), then mirrors it left–right
 * if `flip` (WebCodecs' orientation, from EXIF): luma and colour alike.
 */
export function orientWorking(work: WorkingImage, rotation: number, flip: boolean): WorkingImage {
	const luma = orientPixels(work.luma, work.width, work.height, rotation, flip);
	const { color } = work;
	const rgba = orientPixels(
		new Uint32Array(color.data.buffer, color.data.byteOffset, color.width * color.height),
		color.width,
		color.height,
		rotation,
		flip,
	);
	return {
		width: luma.width,
		height: luma.height,
		luma: luma.data,
		color: { width: rgba.width, height: rgba.height, data: new Uint8ClampedArray(rgba.data.buffer) },
	};
}

/** Orients a one-byte plane (a working image's luma) as orientWorking does. */
export function orientPlane(
	plane: Uint8Array,
	width: number,
	height: number,
	rotation: number,
	flip: boolean,
): { width: number; height: number; data: Uint8Array } {
	return orientPixels(plane, width, height, rotation, flip);
}

/** Orients RGBA pixels as orientWorking does. */
export function orient(image: RgbaImage, rotation: number, flip: boolean): RgbaImage {
	const turned = orientPixels(
		new Uint32Array(image.data.buffer, image.data.byteOffset, image.width * image.height),
		image.width,
		image.height,
		rotation,
		flip,
	);
	return { width: turned.width, height: turned.height, data: new Uint8ClampedArray(turned.data.buffer) };
}

/** Turns `rotation` degrees clockwise (a multiple of 90), then mirrors left–right if `flip`; one array element a pixel. */
function orientPixels<T extends Uint8Array | Uint32Array>(
	src: T,
	w: number,
	h: number,
	rotation: number,
	flip: boolean,
): { width: number; height: number; data: T } {
	const turn = (((Math.round(rotation / 90) % 4) + 4) % 4) as 0 | 1 | 2 | 3;
	if (turn === 0 && !flip) return { width: w, height: h, data: src };
	const W = turn % 2 ? h : w;
	const H = turn % 2 ? w : h;
	const dst = (src instanceof Uint8Array ? new Uint8Array(W * H) : new Uint32Array(W * H)) as T;
	for (let y = 0; y < H; y++) {
		for (let x = 0; x < W; x++) {
			// Source of display pixel (x, y); the mirror is undone first.
			const dx = flip ? W - 1 - x : x;
			const sx = turn === 0 ? dx : turn === 1 ? y : turn === 2 ? w - 1 - dx : w - 1 - y;
			const sy = turn === 0 ? y : turn === 1 ? h - 1 - dx : turn === 2 ? h - 1 - y : dx;
			dst[y * W + x] = src[sy * w + sx]!;
		}
	}
	return { width: W, height: H, data: dst };
}

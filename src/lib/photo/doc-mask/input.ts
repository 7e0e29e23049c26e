/**
 * The model's view of a photo: the whole picture stretched (aspect not kept) to a small square by the
 * analysis' own area average, so training data and inference make their input the same way.
 */
import { resizeArea } from '../resize';
import type { RgbaImage } from '../types';

/** Side of the square the model reads, in pixels. */
export const INPUT_SIZE = 128;
/** Side of the grid the model writes: one cell per 2 × 2 input pixels. */
export const GRID_SIZE = 64;

/**
 * `image` stretched to INPUT_SIZE × INPUT_SIZE (RGBA). An axis shorter than the input is first repeated
 * pixel by pixel (a whole number of times) so the area average only ever shrinks.
 */
export function modelInput(image: RgbaImage): RgbaImage {
	if (image.width === INPUT_SIZE && image.height === INPUT_SIZE) return image;
	const fx = Math.ceil(INPUT_SIZE / image.width);
	const fy = Math.ceil(INPUT_SIZE / image.height);
	const source = fx > 1 || fy > 1 ? repeatPixels(image, fx, fy) : image;
	return resizeArea(source, INPUT_SIZE, INPUT_SIZE);
}

/** Each pixel repeated `fx` times across and each row `fy` times down (nearest-neighbour enlargement). */
function repeatPixels(image: RgbaImage, fx: number, fy: number): RgbaImage {
	const width = image.width * fx;
	const height = image.height * fy;
	const src = new Uint32Array(new Uint8Array(image.data).buffer);
	const out = new Uint32Array(width * height);
	for (let y = 0; y < image.height; y++) {
		const row = y * fy * width;
		for (let x = 0; x < image.width; x++) out.fill(src[y * image.width + x]!, row + x * fx, row + x * fx + fx);
		for (let r = 1; r < fy; r++) out.copyWithin(row + r * width, row, row + width);
	}
	return { width, height, data: new Uint8Array(out.buffer) };
}

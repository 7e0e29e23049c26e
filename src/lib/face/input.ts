import { BLAZEFACE_INPUT } from './anchors';
import type { Region } from './decode';
import type { RgbaImage } from './types';

/**
 * The regions the detector looks at: the whole picture (padded to a square), then, when `tiles` is
 * true, overlapping squares of TILE_SHARE of the long side, so that a face a tenth of the picture's height
 * reaches the detector at about twice the size (BlazeFace misses faces under about 20 input pixels).
 */
export function detectionRegions(width: number, height: number, tiles: boolean, tileShare: number): Region[] {
	const long = Math.max(width, height);
	const regions: Region[] = [{ x: (width - long) / 2, y: (height - long) / 2, size: long }];
	if (!tiles) return regions;
	const side = Math.round(long * tileShare);
	const starts = (extent: number) => {
		if (extent <= side) return [(extent - side) / 2];
		const count = Math.ceil((extent - side) / (side * 0.75)) + 1;
		return Array.from({ length: count }, (_, i) => ((extent - side) * i) / (count - 1));
	};
	for (const y of starts(height)) for (const x of starts(width)) regions.push({ x, y, size: side });
	return regions;
}

/**
 * The detector's input for one region: BLAZEFACE_INPUT² RGB values in [-1, 1] (the model's range), each
 * the mean of the image pixels it covers (area sampling, so a big picture does not alias); outside the
 * picture, black.
 */
export function regionInput(
	image: RgbaImage,
	region: Region,
	out = new Float32Array(BLAZEFACE_INPUT * BLAZEFACE_INPUT * 3),
): Float32Array {
	const { width, height, data } = image;
	const n = BLAZEFACE_INPUT;
	const step = region.size / n;
	// Samples a side per output pixel: enough to cover its footprint at about one sample per source pixel.
	const k = Math.max(1, Math.min(6, Math.ceil(step)));
	for (let oy = 0; oy < n; oy++) {
		for (let ox = 0; ox < n; ox++) {
			let r = 0,
				g = 0,
				b = 0,
				count = 0;
			for (let sy = 0; sy < k; sy++) {
				const y = Math.floor(region.y + (oy + (sy + 0.5) / k) * step);
				for (let sx = 0; sx < k; sx++) {
					const x = Math.floor(region.x + (ox + (sx + 0.5) / k) * step);
					count++;
					if (x < 0 || y < 0 || x >= width || y >= height) continue;
					const p = (y * width + x) * 4;
					r += data[p]!;
					g += data[p + 1]!;
					b += data[p + 2]!;
				}
			}
			const o = (oy * n + ox) * 3;
			const s = 1 / (127.5 * count);
			out[o] = r * s - 1;
			out[o + 1] = g * s - 1;
			out[o + 2] = b * s - 1;
		}
	}
	return out;
}

/** A grey image, one byte a pixel, row by row (0 black, 255 white). */
export interface GrayImage {
	width: number;
	height: number;
	data: Uint8Array;
}

/** The grey image of RGBA pixels (Rec. 601 luma, what a photocopier sees). */
export function grayOfRgba(width: number, height: number, rgba: ArrayLike<number>): GrayImage {
	const data = new Uint8Array(width * height);
	for (let i = 0, p = 0; i < data.length; i++, p += 4) {
		data[i] = (rgba[p]! * 77 + rgba[p + 1]! * 150 + rgba[p + 2]! * 29) >> 8;
	}
	return { width, height, data };
}

/** `image` shrunk by an integer-free area average so its long side is at most `longSide`; the image itself when already small. */
export function shrinkGray(image: GrayImage, longSide: number): GrayImage {
	const scale = longSide / Math.max(image.width, image.height);
	if (scale >= 1) return image;
	const width = Math.max(1, Math.round(image.width * scale));
	const height = Math.max(1, Math.round(image.height * scale));
	const sums = new Float64Array(width * height);
	const counts = new Float64Array(width * height);
	const fx = width / image.width;
	const fy = height / image.height;
	for (let y = 0; y < image.height; y++) {
		const row = Math.min(height - 1, Math.floor(y * fy)) * width;
		for (let x = 0; x < image.width; x++) {
			const at = row + Math.min(width - 1, Math.floor(x * fx));
			sums[at]! += image.data[y * image.width + x]!;
			counts[at]! += 1;
		}
	}
	const data = new Uint8Array(width * height);
	for (let i = 0; i < data.length; i++) data[i] = counts[i]! ? Math.round(sums[i]! / counts[i]!) : 255;
	return { width, height, data };
}

/** The grey value at a real position, bilinear; white outside the image. */
export function sampleGray(image: GrayImage, x: number, y: number): number {
	const x0 = Math.floor(x);
	const y0 = Math.floor(y);
	if (x0 < 0 || y0 < 0 || x0 >= image.width - 1 || y0 >= image.height - 1) {
		const cx = Math.round(x);
		const cy = Math.round(y);
		if (cx < 0 || cy < 0 || cx >= image.width || cy >= image.height) return 255;
		return image.data[cy * image.width + cx]!;
	}
	const fx = x - x0;
	const fy = y - y0;
	const i = y0 * image.width + x0;
	const d = image.data;
	const top = d[i]! + (d[i + 1]! - d[i]!) * fx;
	const bottom = d[i + image.width]! + (d[i + image.width + 1]! - d[i + image.width]!) * fx;
	return top + (bottom - top) * fy;
}

import type { RgbaImage } from './types';

/**
 * Throws when `image` cannot be an RGBA image (a programmer error, not a bad photo): says what is wrong,
 * the rule, what was received and how to fix it.
 */
export function assertRgbaImage(image: RgbaImage): void {
	if (image === null || typeof image !== 'object') {
		throw new TypeError(
			`Invalid image. Must be an object { width, height, data }. Received ${String(image)}. Pass ImageData or sharp's raw RGBA output.`,
		);
	}
	const { width, height, data } = image;
	for (const [name, value] of [
		['width', width],
		['height', height],
	] as const) {
		if (!Number.isInteger(value) || value < 1) {
			throw new RangeError(
				`Invalid property "${name}". Must be an integer greater than 0. Received ${String(value)}. Pass the pixel size of the decoded image.`,
			);
		}
	}
	if (!(data instanceof Uint8ClampedArray || data instanceof Uint8Array)) {
		throw new TypeError(
			`Invalid property "data". Must be a Uint8ClampedArray or Uint8Array of RGBA bytes. Received ${Object.prototype.toString.call(data)}. Pass ImageData.data or a Buffer from sharp(...).ensureAlpha().raw().`,
		);
	}
	const expected = width * height * 4;
	if (data.length !== expected) {
		throw new RangeError(
			`Invalid property "data". Must hold width × height × 4 = ${expected} bytes (RGBA). Received ${data.length} bytes. Decode to RGBA (4 channels), e.g. sharp(...).ensureAlpha().raw().`,
		);
	}
}

/** Grey and binary morphology on one-byte planes, separable, for finding lines of print. */

/** Running max (dilate) or min (erode) along rows (`horizontal`) or columns over a window of `size` pixels. */
export function runningExtreme(
	src: Uint8Array,
	width: number,
	height: number,
	size: number,
	horizontal: boolean,
	max: boolean,
): Uint8Array {
	const out = new Uint8Array(src.length);
	const half = size >> 1;
	const lines = horizontal ? height : width;
	const span = horizontal ? width : height;
	const step = horizontal ? 1 : width;
	for (let line = 0; line < lines; line++) {
		const base = horizontal ? line * width : line;
		for (let i = 0; i < span; i++) {
			const from = Math.max(0, i - half);
			const to = Math.min(span - 1, i + half);
			let best = max ? 0 : 255;
			for (let j = from; j <= to; j++) {
				const v = src[base + j * step]!;
				if (max ? v > best : v < best) best = v;
			}
			out[base + i * step] = best;
		}
	}
	return out;
}

/**
 * Black-hat: the grey closing minus the image. Dark print narrower than the window stands out bright
 * on black, whatever the paper's own brightness (PassportEye finds the MRZ the same way).
 */
export function blackHat(src: Uint8Array, width: number, height: number, kw: number, kh: number): Uint8Array {
	let closed = runningExtreme(src, width, height, kw, true, true);
	closed = runningExtreme(closed, width, height, kh, false, true);
	closed = runningExtreme(closed, width, height, kw, true, false);
	closed = runningExtreme(closed, width, height, kh, false, false);
	for (let i = 0; i < closed.length; i++) closed[i] = closed[i]! - src[i]!;
	return closed;
}

/** Otsu's threshold of a histogram of byte values. */
export function otsuThreshold(values: Uint8Array): number {
	const histogram = new Float64Array(256);
	for (const v of values) histogram[v]!++;
	const total = values.length;
	let sumAll = 0;
	for (let t = 0; t < 256; t++) sumAll += t * histogram[t]!;
	let below = 0;
	let sumBelow = 0;
	let best = 0;
	let bestT = 0;
	for (let t = 0; t < 256; t++) {
		below += histogram[t]!;
		if (below === 0) continue;
		const above = total - below;
		if (above === 0) break;
		sumBelow += t * histogram[t]!;
		const meanBelow = sumBelow / below;
		const meanAbove = (sumAll - sumBelow) / above;
		const between = below * above * (meanBelow - meanAbove) ** 2;
		if (between > best) ((best = between), (bestT = t));
	}
	return bestT;
}

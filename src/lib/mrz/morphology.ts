/** Grey and binary morphology on one-byte planes, separable, for finding lines of print. */

/**
 * Running max (dilate) or min (erode) along rows (`horizontal`) or columns over a window of `size`
 * pixels (odd) centred on each pixel, clamped at the edges. Van Herk / Gil-Werman: three comparisons
 * a pixel whatever the window.
 */
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
	const k = 2 * half + 1;
	const lines = horizontal ? height : width;
	const span = horizontal ? width : height;
	const step = horizontal ? 1 : width;
	const padded = span + 2 * half;
	const buf = new Uint8Array(padded);
	const g = new Uint8Array(padded);
	const h = new Uint8Array(padded);
	const pad = max ? 0 : 255;
	for (let line = 0; line < lines; line++) {
		const base = horizontal ? line * width : line;
		for (let i = 0; i < half; i++) {
			buf[i] = pad;
			buf[padded - 1 - i] = pad;
		}
		for (let i = 0, at = base; i < span; i++, at += step) buf[half + i] = src[at]!;
		// Written out for max and min: a shared comparison callback costs several times more.
		if (max) {
			for (let start = 0; start < padded; start += k) {
				const end = Math.min(start + k, padded);
				let run = 0;
				for (let i = start; i < end; i++) g[i] = run = buf[i]! > run ? buf[i]! : run;
				run = 0;
				for (let i = end - 1; i >= start; i--) h[i] = run = buf[i]! > run ? buf[i]! : run;
			}
			for (let i = 0, at = base; i < span; i++, at += step) {
				const a = h[i]!;
				const b = g[i + k - 1]!;
				out[at] = a > b ? a : b;
			}
		} else {
			for (let start = 0; start < padded; start += k) {
				const end = Math.min(start + k, padded);
				let run = 255;
				for (let i = start; i < end; i++) g[i] = run = buf[i]! < run ? buf[i]! : run;
				run = 255;
				for (let i = end - 1; i >= start; i--) h[i] = run = buf[i]! < run ? buf[i]! : run;
			}
			for (let i = 0, at = base; i < span; i++, at += step) {
				const a = h[i]!;
				const b = g[i + k - 1]!;
				out[at] = a < b ? a : b;
			}
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
		if (between > best) {
			best = between;
			bestT = t;
		}
	}
	return bestT;
}

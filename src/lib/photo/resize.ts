import type { RgbaImage } from './types';

/**
 * Shrinks `image` so its long side is at most `longSide`, with an area-average (box) resampler: every
 * output pixel is the mean of the input pixels it covers, partial pixels weighted by the covered share.
 * This is the analysis' own, fixed resampler, so the blur measure does not depend on how a browser
 * scales (REFERENCE §1.5: resampling quality moved the Laplacian variance 2–3.5×). It never enlarges:
 * a smaller image is returned as it is. Alpha is ignored (set to 255).
 * Memory: one output image plus two rows; one pass over the input.
 */
export function resizeToLongSide(image: RgbaImage, longSide: number): RgbaImage {
	const scale = Math.min(1, longSide / Math.max(image.width, image.height));
	if (scale === 1) return image;
	const outW = Math.max(1, Math.round(image.width * scale));
	const outH = Math.max(1, Math.round(image.height * scale));
	return resizeArea(image, outW, outH);
}

/** Area-average resampling to exactly `outW` × `outH` (both at most the input size). */
export function resizeArea(image: RgbaImage, outW: number, outH: number): RgbaImage {
	const { width, height } = image;
	// One plain Uint8Array view whatever came in (Buffer, Uint8ClampedArray): keeps the hot loop monomorphic.
	const data = new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.length);
	const xs = coverage(width, outW);
	const ys = coverage(height, outH);
	const out = new Uint8ClampedArray(outW * outH * 4);
	const row = new Float32Array(outW * 3);
	const acc = new Float32Array(outW * 3);
	let accWeight = 0;
	let outY = 0;
	// Walk input rows in order; input row y spans [y, y + 1) and feeds the output rows it overlaps.
	for (let y = 0; y < height && outY < outH; y++) {
		horizontal(data, y * width * 4, xs, row, outW);
		while (outY < outH) {
			const top = ys.edges[outY]!;
			const bottom = ys.edges[outY + 1]!;
			const overlap = Math.min(y + 1, bottom) - Math.max(y, top);
			if (overlap > 0) {
				for (let i = 0; i < acc.length; i++) acc[i]! += row[i]! * overlap;
				accWeight += overlap;
			}
			if (bottom > y + 1 + 1e-9) break;
			const o = outY * outW * 4;
			const inv = 1 / accWeight;
			for (let x = 0; x < outW; x++) {
				out[o + x * 4] = acc[x * 3]! * inv;
				out[o + x * 4 + 1] = acc[x * 3 + 1]! * inv;
				out[o + x * 4 + 2] = acc[x * 3 + 2]! * inv;
				out[o + x * 4 + 3] = 255;
			}
			acc.fill(0);
			accWeight = 0;
			outY++;
		}
	}
	return { width: outW, height: outH, data: out };
}

interface Coverage {
	/** Output pixel i spans input coordinates edges[i] … edges[i + 1]. */
	edges: Float64Array;
	/** For output pixel i: first input index, count, and weights at weightStart[i]. */
	first: Int32Array;
	count: Int32Array;
	weightStart: Int32Array;
	weights: Float32Array;
}

function coverage(inSize: number, outSize: number): Coverage {
	const step = inSize / outSize;
	const edges = new Float64Array(outSize + 1);
	for (let i = 0; i <= outSize; i++) edges[i] = i * step;
	edges[outSize] = inSize;
	const first = new Int32Array(outSize);
	const count = new Int32Array(outSize);
	const weightStart = new Int32Array(outSize);
	const list: number[] = [];
	for (let i = 0; i < outSize; i++) {
		const a = edges[i]!;
		const b = edges[i + 1]!;
		const lo = Math.floor(a);
		const hi = Math.min(inSize, Math.ceil(b));
		first[i] = lo;
		count[i] = hi - lo;
		weightStart[i] = list.length;
		for (let k = lo; k < hi; k++) list.push((Math.min(b, k + 1) - Math.max(a, k)) / (b - a));
	}
	return { edges, first, count, weightStart, weights: Float32Array.from(list) };
}

function horizontal(
	data: Uint8Array,
	rowStart: number,
	xs: Coverage,
	row: Float32Array,
	outW: number,
): void {
	const { first, count, weightStart, weights } = xs;
	for (let x = 0; x < outW; x++) {
		let r = 0;
		let g = 0;
		let b = 0;
		const n = count[x]!;
		let p = rowStart + first[x]! * 4;
		let w = weightStart[x]!;
		for (let k = 0; k < n; k++, p += 4, w++) {
			const wk = weights[w]!;
			r += data[p]! * wk;
			g += data[p + 1]! * wk;
			b += data[p + 2]! * wk;
		}
		row[x * 3] = r;
		row[x * 3 + 1] = g;
		row[x * 3 + 2] = b;
	}
}

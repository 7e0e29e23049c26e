import type { RgbaImage } from './types';

/**
 * The analysis' own, fixed resampler: an area average (box filter), every output pixel the mean of the
 * input pixels it covers, partly covered pixels weighted by the covered share. The blur measure depends
 * on how pixels are shrunk (REFERENCE §1.5: resampling quality moved the Laplacian variance 2–3.5×), so
 * Node (sharp's full decode) and the browser (WebCodecs planes, or canvas strips) all make the step to
 * WORKING_LONG_SIDE with this code. In the browser an image longer than DECODE_LONG_SIDE (1.5× the
 * working size) is first reduced by the decoder itself (JPEG DCT scaling, or createImageBitmap's
 * 'medium' resize); the sharpness thresholds are calibrated on that path (thresholds.ts). Never enlarges.
 */

/** Output size for a long side of at most `longSide` (aspect kept, never enlarged). */
export function fitLongSide(width: number, height: number, longSide: number): { width: number; height: number } {
	const scale = Math.min(1, longSide / Math.max(width, height));
	return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Shrinks `image` so its long side is at most `longSide`; a smaller image is returned as it is. Alpha is set to 255. */
export function resizeToLongSide(image: RgbaImage, longSide: number): RgbaImage {
	const size = fitLongSide(image.width, image.height, longSide);
	if (size.width === image.width && size.height === image.height) return image;
	return resizeArea(image, size.width, size.height);
}

/** Area-average resampling of RGBA to exactly `outW` × `outH` (both at most the input size). */
export function resizeArea(image: RgbaImage, outW: number, outH: number): RgbaImage {
	const k = image.width / outW;
	if (k === image.height / outH && (k === 2 || k === 4 || k === 8)) return { width: outW, height: outH, data: shrinkBox(bytes(image.data), image.width, outW, outH, k) };
	const resampler = new AreaResampler(image.width, image.height, outW, outH, 3);
	resampler.addRows(bytes(image.data), 0, image.height, image.width * 4, 4);
	return { width: outW, height: outH, data: resampler.toRgba(false) };
}

/**
 * The area average for a span of 2, 4 or 8 on both axes (the document finder's 1280 → 320 step): each
 * output pixel the mean of a k × k block, summed in integers. The same bytes as AreaResampler: with a
 * power-of-two span its weights (1/k) and sums are exact in floating point, and the byte conversion
 * rounds half to even, as done here.
 */
function shrinkBox(src: Uint8Array, inW: number, outW: number, outH: number, k: number): Uint8ClampedArray {
	const s = k === 2 ? 1 : k === 4 ? 2 : 3;
	const shift = 2 * s;
	const half = 1 << (shift - 1);
	const low = (1 << shift) - 1;
	const acc = new Uint32Array(outW * 4);
	const rgba = new Uint8ClampedArray(outW * outH * 4);
	const rowBytes = inW * 4;
	// Only the whole blocks are read: a span of exactly k means inW = k · outW.
	for (let oy = 0, q = 0; oy < outH; oy++) {
		acc.fill(0);
		for (let p = oy * k * rowBytes, end = p + k * rowBytes; p < end; p += rowBytes) addBlockRow(src, p, outW, s, acc);
		for (let o = 0; o < outW * 4; o += 4, q += 4) {
			rgba[q] = roundHalfEven(acc[o]!, shift, half, low);
			rgba[q + 1] = roundHalfEven(acc[o + 1]!, shift, half, low);
			rgba[q + 2] = roundHalfEven(acc[o + 2]!, shift, half, low);
			rgba[q + 3] = 255;
		}
	}
	return rgba;
}

/** Adds one input row's R, G, B into the per-block sums (4 slots a block, the 4th unused). */
function addBlockRow(src: Uint8Array, start: number, outW: number, s: number, acc: Uint32Array): void {
	const k4 = 4 << s;
	for (let o = 0, p = start; o < outW * 4; o += 4) {
		let r = 0;
		let g = 0;
		let b = 0;
		for (const end = p + k4; p < end; p += 4) {
			r += src[p]!;
			g += src[p + 1]!;
			b += src[p + 2]!;
		}
		acc[o] = acc[o]! + r;
		acc[o + 1] = acc[o + 1]! + g;
		acc[o + 2] = acc[o + 2]! + b;
	}
}

/** sum / 2^shift rounded half to even (as a Uint8ClampedArray store rounds). */
function roundHalfEven(sum: number, shift: number, half: number, low: number): number {
	const q = sum >>> shift;
	const r = sum & low;
	return r > half || (r === half && (q & 1) === 1) ? q + 1 : q;
}

/** One plain Uint8Array view whatever came in (Buffer, Uint8ClampedArray): keeps hot loops monomorphic. */
export function bytes(data: Uint8Array | Uint8ClampedArray): Uint8Array {
	return data instanceof Uint8Array && data.constructor === Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.length);
}

/**
 * How one axis shrinks. Rows (vertical): each input row [i, i + 1) overlaps at most two output cells,
 * `cell[i]` and the next, with shares `w0[i]` and `w1[i]`. Columns (horizontal, gathered): output cell o
 * sums the whole input pixels `i0[o]` ≤ i < `i1[o]`, plus `wl[o]` of pixel `li[o]` and `wr[o]` of pixel
 * `ri[o]` (the partly covered ones; weight 0 when there are none). Weights are divided by the cell's span,
 * so the sums are means.
 */
interface Axis {
	cell: Int32Array;
	w0: Float32Array;
	w1: Float32Array;
	i0: Int32Array;
	i1: Int32Array;
	li: Int32Array;
	ri: Int32Array;
	wl: Float32Array;
	wr: Float32Array;
	inv: number;
}

function axis(inSize: number, outSize: number): Axis {
	if (!(Number.isInteger(outSize) && outSize >= 1 && outSize <= inSize)) {
		throw new RangeError(`Invalid output size. Must be an integer from 1 to the input size ${inSize}. Received ${outSize}. The area resampler only shrinks.`);
	}
	const span = inSize / outSize;
	const cell = new Int32Array(inSize);
	const w0 = new Float32Array(inSize);
	const w1 = new Float32Array(inSize);
	for (let i = 0; i < inSize; i++) {
		const o = Math.min(outSize - 1, Math.floor(i / span));
		const edge = (o + 1) * span;
		cell[i] = o;
		if (i + 1 <= edge || o === outSize - 1) {
			w0[i] = 1 / span;
		} else {
			w0[i] = (edge - i) / span;
			w1[i] = (i + 1 - edge) / span;
		}
	}
	const i0 = new Int32Array(outSize);
	const i1 = new Int32Array(outSize);
	const li = new Int32Array(outSize);
	const ri = new Int32Array(outSize);
	const wl = new Float32Array(outSize);
	const wr = new Float32Array(outSize);
	for (let o = 0; o < outSize; o++) {
		const e0 = o * span;
		const e1 = o === outSize - 1 ? inSize : (o + 1) * span;
		i0[o] = Math.ceil(e0);
		i1[o] = Math.max(i0[o]!, Math.floor(e1));
		li[o] = Math.max(0, i0[o]! - 1);
		ri[o] = Math.min(inSize - 1, i1[o]!);
		wl[o] = i0[o]! > 0 ? i0[o]! - e0 : 0;
		wr[o] = i1[o]! < inSize ? e1 - i1[o]! : 0;
	}
	return { cell, w0, w1, i0, i1, li, ri, wl, wr, inv: 1 / span };
}

/**
 * Streams input rows (top to bottom, in as many batches as the caller likes) into an area-averaged
 * output of 1 or 3 channels, kept as floats until the end: a 12 MP photo never needs to be in memory
 * whole, and the luma plane of a WebCodecs frame shrinks exactly as the RGB pixels of a full decode do.
 * Separable: each input row is added, weighted, into the column sums of the output row(s) it covers
 * (one multiply-add a sample); a finished output row is then gathered across once, so the horizontal
 * pass runs per output row, not per input row.
 */
export class AreaResampler {
	/** Means, `channels` floats per output pixel, row by row (complete once every input row is added). */
	readonly out: Float32Array;
	private readonly xs: Axis;
	private readonly ys: Axis;
	/** Column sums (`channels` per input column) of the output row being filled, and of the next one. */
	private cur: Float64Array;
	private next: Float64Array;
	private readonly sums: Float64Array;
	/** Output row `cur` belongs to. */
	private cell = 0;
	private y = 0;

	constructor(
		readonly inW: number,
		readonly inH: number,
		readonly outW: number,
		readonly outH: number,
		readonly channels: 1 | 3,
	) {
		this.xs = axis(inW, outW);
		this.ys = axis(inH, outH);
		this.out = new Float32Array(outW * outH * channels);
		this.cur = new Float64Array(inW * channels);
		this.next = new Float64Array(inW * channels);
		this.sums = new Float64Array((inW + 1) * channels);
	}

	/**
	 * Adds `rows` input rows: sample c of pixel x in row r is `data[offset + r * rowStride + x * step + c]`
	 * (step 1 for a plane, 4 for RGBA; channels are read in memory order).
	 */
	addRows(data: Uint8Array, offset: number, rows: number, rowStride: number, step: number): void {
		const { cell: ycell, w0: yw0, w1: yw1 } = this.ys;
		const n = Math.min(rows, this.inH - this.y);
		for (let r = 0; r < n; r++, this.y++) {
			const o = ycell[this.y]!;
			while (this.cell < o) this.flush();
			const start = offset + r * rowStride;
			if (this.channels === 1) addRow1(data, start, step, this.inW, this.cur, this.next, yw0[this.y]!, yw1[this.y]!);
			else addRow3(data, start, step, this.inW, this.cur, this.next, yw0[this.y]!, yw1[this.y]!);
		}
		if (this.y === this.inH) while (this.cell < this.outH) this.flush();
	}

	/** Gathers the finished output row across into `out`, then moves on to the next one. */
	private flush(): void {
		const at = this.cell * this.outW * this.channels;
		if (this.channels === 1) gatherRow1(this.cur, this.inW, this.xs, this.sums, this.out, at, this.outW);
		else gatherRow3(this.cur, this.inW, this.xs, this.sums, this.out, at, this.outW);
		const done = this.cur;
		this.cur = this.next;
		this.next = done.fill(0);
		this.cell++;
	}

	/** The 3-channel output as RGBA bytes (rounded, alpha 255); `swapRedBlue` for BGR input. */
	toRgba(swapRedBlue: boolean): Uint8ClampedArray {
		const n = this.outW * this.outH;
		const rgba = new Uint8ClampedArray(n * 4);
		const { out } = this;
		const r = swapRedBlue ? 2 : 0;
		const b = swapRedBlue ? 0 : 2;
		for (let i = 0, p = 0, q = 0; i < n; i++, p += 4, q += 3) {
			rgba[p] = out[q + r]!;
			rgba[p + 1] = out[q + 1]!;
			rgba[p + 2] = out[q + b]!;
			rgba[p + 3] = 255;
		}
		return rgba;
	}
}

// One input row into the column sums: weight `wa` into the current output row, `wb` into the next
// (0 unless the row straddles two output rows). Written per channel count: these run on every sample.
function addRow1(data: Uint8Array, start: number, step: number, inW: number, cur: Float64Array, next: Float64Array, wa: number, wb: number): void {
	if (wb === 0) {
		for (let x = 0, p = start; x < inW; x++, p += step) cur[x]! += data[p]! * wa;
	} else {
		for (let x = 0, p = start; x < inW; x++, p += step) {
			const v = data[p]!;
			cur[x]! += v * wa;
			next[x]! += v * wb;
		}
	}
}

function addRow3(data: Uint8Array, start: number, step: number, inW: number, cur: Float64Array, next: Float64Array, wa: number, wb: number): void {
	if (wb === 0) {
		for (let x = 0, p = start, q = 0; x < inW; x++, p += step, q += 3) {
			cur[q]! += data[p]! * wa;
			cur[q + 1]! += data[p + 1]! * wa;
			cur[q + 2]! += data[p + 2]! * wa;
		}
	} else {
		for (let x = 0, p = start, q = 0; x < inW; x++, p += step, q += 3) {
			const r = data[p]!;
			const g = data[p + 1]!;
			const b = data[p + 2]!;
			cur[q]! += r * wa;
			cur[q + 1]! += g * wa;
			cur[q + 2]! += b * wa;
			next[q]! += r * wb;
			next[q + 1]! += g * wb;
			next[q + 2]! += b * wb;
		}
	}
}

// A finished row is gathered across through running sums (cells of ~3 pixels would make a per-cell
// inner loop mispredict its trip count on every cell); `sums` holds the prefix sums, one slot more than pixels.
function gatherRow1(row: Float64Array, inW: number, xs: Axis, sums: Float64Array, out: Float32Array, at: number, outW: number): void {
	let acc = 0;
	for (let x = 0; x < inW; x++) {
		sums[x] = acc;
		acc += row[x]!;
	}
	sums[inW] = acc;
	const { i0, i1, li, ri, wl, wr, inv } = xs;
	for (let o = 0; o < outW; o++) {
		out[at + o] = (sums[i1[o]!]! - sums[i0[o]!]! + wl[o]! * row[li[o]!]! + wr[o]! * row[ri[o]!]!) * inv;
	}
}

function gatherRow3(row: Float64Array, inW: number, xs: Axis, sums: Float64Array, out: Float32Array, at: number, outW: number): void {
	let r = 0;
	let g = 0;
	let b = 0;
	for (let q = 0; q < inW * 3; q += 3) {
		sums[q] = r;
		sums[q + 1] = g;
		sums[q + 2] = b;
		r += row[q]!;
		g += row[q + 1]!;
		b += row[q + 2]!;
	}
	sums[inW * 3] = r;
	sums[inW * 3 + 1] = g;
	sums[inW * 3 + 2] = b;
	const { i0, i1, li, ri, wl, wr, inv } = xs;
	for (let o = 0, q = at; o < outW; o++, q += 3) {
		const s0 = i0[o]! * 3;
		const s1 = i1[o]! * 3;
		const pl = li[o]! * 3;
		const pr = ri[o]! * 3;
		const a = wl[o]!;
		const c = wr[o]!;
		out[q] = (sums[s1]! - sums[s0]! + a * row[pl]! + c * row[pr]!) * inv;
		out[q + 1] = (sums[s1 + 1]! - sums[s0 + 1]! + a * row[pl + 1]! + c * row[pr + 1]!) * inv;
		out[q + 2] = (sums[s1 + 2]! - sums[s0 + 2]! + a * row[pl + 2]! + c * row[pr + 2]!) * inv;
	}
}

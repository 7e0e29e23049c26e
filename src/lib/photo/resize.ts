import type { RgbaImage } from './types';

/**
 * The analysis' own, fixed resampler: an area average (box filter), every output pixel the mean of the
 * input pixels it covers, partly covered pixels weighted by the covered share. The blur measure depends
 * on how pixels are shrunk (REFERENCE §1.5: resampling quality moved the Laplacian variance 2–3.5×), so
 * Node (sharp's full decode) and the browser (WebCodecs frames, or canvas strips) all make the step to
 * WORKING_LONG_SIDE with this code. In the browser an image longer than DECODE_LONG_SIDE (1.5× the
 * working size) is first reduced by the decoder itself (JPEG DCT scaling, or createImageBitmap's
 * 'medium' resize); the sharpness thresholds are calibrated on that path (thresholds.ts). Never enlarges.
 *
 * The arithmetic is exact: on each axis an input pixel is `outSize` units long and an output cell
 * `inSize` units, so every overlap is a whole number, the weighted sums are integers (held exactly in
 * doubles), and each output value is rounded once, half up, from the exact mean.
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
	if (k === image.height / outH && (k === 2 || k === 4 || k === 8))
		return { width: outW, height: outH, data: shrinkBox(bytes(image.data), image.width, outW, outH, k) };
	const resampler = new AreaResampler(image.width, image.height, outW, outH, 'rgb');
	resampler.addRows(aligned(image.data), 0, image.height, image.width * 4);
	return { width: outW, height: outH, data: resampler.rgba() };
}

/**
 * The area average for a span of 2, 4 or 8 on both axes (a colour image twice the finder's size): each
 * output pixel the mean of a k × k block, summed in integers and rounded half up: the bytes
 * AreaResampler gives, without its tables.
 */
function shrinkBox(src: Uint8Array, inW: number, outW: number, outH: number, k: number): Uint8ClampedArray {
	const s = k === 2 ? 1 : k === 4 ? 2 : 3;
	const shift = 2 * s;
	const half = 1 << (shift - 1);
	const acc = new Uint32Array(outW * 4);
	const rgba = new Uint8ClampedArray(outW * outH * 4);
	const rowBytes = inW * 4;
	// Only the whole blocks are read: a span of exactly k means inW = k · outW.
	for (let oy = 0, q = 0; oy < outH; oy++) {
		acc.fill(0);
		for (let p = oy * k * rowBytes, end = p + k * rowBytes; p < end; p += rowBytes) addBlockRow(src, p, outW, s, acc);
		for (let o = 0; o < outW * 4; o += 4, q += 4) {
			rgba[q] = (acc[o]! + half) >>> shift;
			rgba[q + 1] = (acc[o + 1]! + half) >>> shift;
			rgba[q + 2] = (acc[o + 2]! + half) >>> shift;
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

/** One plain Uint8Array view whatever came in (Buffer, Uint8ClampedArray): keeps hot loops monomorphic. */
export function bytes(data: Uint8Array | Uint8ClampedArray): Uint8Array {
	return data instanceof Uint8Array && data.constructor === Uint8Array
		? data
		: new Uint8Array(data.buffer, data.byteOffset, data.length);
}

/** `bytes(data)`, copied when it does not start on a 4-byte boundary (a Buffer from Node's pool may not): AreaResampler reads pixels as words. */
export function aligned(data: Uint8Array | Uint8ClampedArray): Uint8Array {
	return data.byteOffset % 4 === 0 ? bytes(data) : new Uint8Array(data);
}

/**
 * How one axis shrinks, in whole units (see the top of this file): input pixel (or row) i overlaps
 * output cell `cell[i]` by `w0[i]` units and the next cell by `w1[i]` (0 unless it straddles two; an
 * input pixel is never longer than a cell, so never three).
 */
interface Axis {
	cell: Int32Array;
	w0: Int32Array;
	w1: Int32Array;
}

function axis(inSize: number, outSize: number): Axis {
	if (!(Number.isInteger(outSize) && outSize >= 1 && outSize <= inSize)) {
		throw new RangeError(
			`Invalid output size. Must be an integer from 1 to the input size ${inSize}. Received ${outSize}. The area resampler only shrinks.`,
		);
	}
	const cell = new Int32Array(inSize);
	const w0 = new Int32Array(inSize);
	const w1 = new Int32Array(inSize);
	for (let i = 0; i < inSize; i++) {
		const o = Math.floor((i * outSize) / inSize);
		const edge = (o + 1) * inSize;
		cell[i] = o;
		if ((i + 1) * outSize <= edge) {
			w0[i] = outSize;
		} else {
			w0[i] = edge - i * outSize;
			w1[i] = (i + 1) * outSize - edge;
		}
	}
	return { cell, w0, w1 };
}

/**
 * What an AreaResampler reads and makes. 'plane': one byte a sample (a WebCodecs Y or chroma plane) to
 * one byte. 'luma': 4-byte RGB(A/X) pixels to their Rec. 601 luma, 77 R + 150 G + 29 B over 256 (the
 * weights of toLuma) of the exact means, so a span of 1 gives toLuma's bytes. 'rgb': 4-byte pixels to
 * RGBA (alpha 255).
 */
export type ResampleMode = 'plane' | 'luma' | 'rgb';

/** How the input is laid out, beyond its rows. */
export interface ResampleLayout {
	/** 'luma' and 'rgb': the pixels are B, G, R (BGRA, BGRX) rather than R, G, B. */
	bgr?: boolean;
	/**
	 * Read every `every`-th pixel of every `every`-th row only (default 1): the input size given to the
	 * constructor is then the size of that sample, ⌈width / every⌉ × ⌈height / every⌉, and addRows still
	 * takes every row. The colour image is made this way (see working.ts).
	 */
	every?: number;
	/**
	 * Make only output rows `from` ≤ row < `to` (`out` holds just those): two resamplers with adjacent
	 * bands, fed the same rows, give the bytes of one (the photo worker splits the luma between two
	 * threads). addRows still takes the rows from the top; those outside `inputRows` are skipped.
	 */
	band?: { from: number; to: number };
}

/** Tallest input of a 'luma' resampler: its column sums (≤ 65,280 × height) stay 32-bit integers. */
export const MAX_RESAMPLE_HEIGHT = 32768;

/**
 * Streams input rows (top to bottom, in as many batches as the caller likes) into an area-averaged
 * output: a 12 MP photo never needs to be in memory whole. Separable: each input row is added,
 * weighted, into the 32-bit integer column sums of the output row(s) it covers; a finished output row
 * is then spread across once, so the horizontal pass runs per output row, not per input row. 4-byte
 * pixels are read as one 32-bit word each.
 */
export class AreaResampler {
	/** The output: one byte a pixel for 'plane' and 'luma', RGBA for 'rgb' (complete once every input row is added). */
	readonly out: Uint8Array;
	private readonly xs: Axis;
	private readonly ys: Axis;
	/** Column sums of the output row being filled, and of the next one: one array per channel. */
	private cur: Int32Array[];
	private next: Int32Array[];
	/** The cell sums of an 'rgb' output row being written (one slot more: a pixel's share of the cell past the last is 0). */
	private readonly cells: Float64Array;
	/** The exact divisor of a cell's sum: its area in units (× 256 for luma). */
	private readonly divisor: number;
	private readonly every: number;
	private readonly bgr: boolean;
	/** Output row `cur` belongs to. */
	private cell: number;
	/** Input rows used so far, and rows seen (every `every`-th is used). */
	private y = 0;
	private seen = 0;
	/** The output rows made, and the input rows that reach them. */
	readonly band: { from: number; to: number };
	readonly inputRows: { from: number; to: number };

	constructor(
		readonly inW: number,
		readonly inH: number,
		readonly outW: number,
		readonly outH: number,
		readonly mode: ResampleMode,
		layout: ResampleLayout = {},
	) {
		if (mode === 'luma' && inH > MAX_RESAMPLE_HEIGHT) {
			throw new RangeError(
				`Invalid input height. Must be at most ${MAX_RESAMPLE_HEIGHT} pixels for luma. Received ${inH}. Shrink the image first.`,
			);
		}
		this.xs = axis(inW, outW);
		this.ys = axis(inH, outH);
		this.every = layout.every ?? 1;
		this.bgr = layout.bgr === true;
		const band = layout.band ?? { from: 0, to: outH };
		if (
			!(
				Number.isInteger(band.from) &&
				Number.isInteger(band.to) &&
				band.from >= 0 &&
				band.from < band.to &&
				band.to <= outH
			) ||
			(layout.band && this.every !== 1)
		) {
			throw new RangeError(
				`Invalid band. Must be whole output rows from ≥ 0 to ≤ ${outH}, from < to, with every = 1. Received ${JSON.stringify(layout.band)}, every ${this.every}.`,
			);
		}
		this.band = band;
		this.cell = band.from;
		const { cell, w1 } = this.ys;
		let first = 0;
		while (first < inH && cell[first]! + (w1[first]! > 0 ? 1 : 0) < band.from) first++;
		let end = first;
		while (end < inH && cell[end]! < band.to) end++;
		this.inputRows = { from: first, to: end };
		const channels = mode === 'rgb' ? 3 : 1;
		this.out = new Uint8Array(outW * (band.to - band.from) * (mode === 'rgb' ? 4 : 1));
		this.cur = Array.from({ length: channels }, () => new Int32Array(inW));
		this.next = Array.from({ length: channels }, () => new Int32Array(inW));
		this.cells = new Float64Array((outW + 1) * channels);
		this.divisor = inW * inH * (mode === 'luma' ? 256 : 1);
	}

	/**
	 * Adds `rows` input rows; row r starts at `data[offset + r * rowStride]`. Samples of a 'plane' are
	 * `every` bytes apart, pixels `4 × every`.
	 */
	addRows(data: Uint8Array, offset: number, rows: number, rowStride: number): void {
		const { cell: ycell, w0: yw0, w1: yw1 } = this.ys;
		const { every, inW, cur, next } = this;
		// 4-byte pixels as little-endian 32-bit words (R or B in the low byte), when aligned for a Uint32Array view.
		const words =
			this.mode !== 'plane' && data.byteOffset % 4 === 0 && offset % 4 === 0 && rowStride % 4 === 0
				? new Uint32Array(data.buffer, data.byteOffset, data.length >> 2)
				: null;
		if (this.mode !== 'plane' && !words) {
			throw new RangeError(
				`Invalid pixel data. Must start on a 4-byte boundary with rows a multiple of 4 bytes long. Received byte offset ${data.byteOffset} + ${offset}, row length ${rowStride}. Copy the bytes into a new Uint8Array first (see aligned()).`,
			);
		}
		const { from: first, to: end } = this.inputRows;
		for (let k = 0; k < rows && this.y < this.inH; k++, this.seen++) {
			if (this.seen % every !== 0) continue;
			if (this.y < first || this.y >= end) {
				this.y++;
				continue;
			}
			const o = ycell[this.y]!;
			while (this.cell < o) this.flush();
			const start = offset + k * rowStride;
			// The first row of a band may straddle into it from the row above: only its lower share counts.
			const above = o < this.cell;
			const wa = above ? yw1[this.y]! : yw0[this.y]!;
			const wb = above ? 0 : yw1[this.y]!;
			if (words === null) addPlaneRow(data, start, every, inW, cur[0]!, next[0]!, wa, wb);
			else if (this.mode === 'luma')
				addLumaRow(words, start >> 2, every, inW, this.bgr ? 29 : 77, this.bgr ? 77 : 29, cur[0]!, next[0]!, wa, wb);
			else addRgbRow(words, start >> 2, every, inW, cur, next, wa, wb);
			this.y++;
		}
		if (this.y >= end) while (this.cell < this.band.to) this.flush();
	}

	/** Says that the next row added is input row `row` (no later than `inputRows.from`): rows above a band need not be fed. */
	startAt(row: number): void {
		if (!(Number.isInteger(row) && row >= this.y && row <= this.inputRows.from && this.every === 1)) {
			throw new RangeError(
				`Invalid row. Must be a whole row from ${this.y} to ${this.inputRows.from} (the band's first input row), with every = 1. Received ${row}.`,
			);
		}
		this.y = row;
		this.seen = row;
	}

	/** The 'rgb' output as an RgbaImage's data (B and R swapped back when the input was BGR). */
	rgba(): Uint8ClampedArray {
		return new Uint8ClampedArray(this.out.buffer, this.out.byteOffset, this.out.length);
	}

	/** Spreads the finished output row across into `out`, then moves on to the next one. */
	private flush(): void {
		const channels = this.cur.length;
		const row = this.cell - this.band.from;
		if (channels === 3) {
			// 'rgb' sums are kept in the input's order; written out as R, G, B.
			const [a, b, c] = this.cur as [Int32Array, Int32Array, Int32Array];
			spreadRgbRow(
				this.bgr ? c : a,
				b,
				this.bgr ? a : c,
				this.inW,
				this.xs,
				this.cells,
				this.out,
				row * this.outW * 4,
				this.outW,
				this.divisor,
			);
		} else {
			spreadRow(this.cur[0]!, this.inW, this.xs, this.out, row * this.outW, 1, this.divisor);
		}
		for (let c = 0; c < channels; c++) {
			const done = this.cur[c]!;
			this.cur[c] = this.next[c]!;
			this.next[c] = done.fill(0);
		}
		this.cell++;
	}
}

// One input row into the column sums: weight `wa` into the current output row, `wb` into the next
// (0 unless the row straddles two output rows). These run on every sample; the sums stay below 2^31
// (255 × 256 × the input height for luma).
function addPlaneRow(
	data: Uint8Array,
	start: number,
	step: number,
	inW: number,
	cur: Int32Array,
	next: Int32Array,
	wa: number,
	wb: number,
): void {
	if (wb === 0) {
		for (let x = 0, p = start; x < inW; x++, p += step) cur[x] = (cur[x]! + data[p]! * wa) | 0;
	} else {
		for (let x = 0, p = start; x < inW; x++, p += step) {
			const v = data[p]!;
			cur[x] = (cur[x]! + v * wa) | 0;
			next[x] = (next[x]! + v * wb) | 0;
		}
	}
}

/**
 * `low` and `high`: the luma weights of the word's low byte and third byte (77 and 29 for RGBA, 29 and
 * 77 for BGRA; G, weight 150, is the second byte either way). Contiguous pixels (step 1, the usual
 * case) take a loop of their own: the index is then the loop counter.
 */
function addLumaRow(
	words: Uint32Array,
	start: number,
	step: number,
	inW: number,
	low: number,
	high: number,
	cur: Int32Array,
	next: Int32Array,
	wa: number,
	wb: number,
): void {
	if (step === 1) {
		addLumaRun(words, start, inW, low, high, cur, next, wa, wb);
	} else if (wb === 0) {
		for (let x = 0, p = start; x < inW; x++, p += step) {
			const c = words[p]!;
			cur[x] = (cur[x]! + (low * (c & 255) + 150 * ((c >>> 8) & 255) + high * ((c >>> 16) & 255)) * wa) | 0;
		}
	} else {
		for (let x = 0, p = start; x < inW; x++, p += step) {
			const c = words[p]!;
			const v = low * (c & 255) + 150 * ((c >>> 8) & 255) + high * ((c >>> 16) & 255);
			cur[x] = (cur[x]! + v * wa) | 0;
			next[x] = (next[x]! + v * wb) | 0;
		}
	}
}

function addLumaRun(
	words: Uint32Array,
	start: number,
	inW: number,
	low: number,
	high: number,
	cur: Int32Array,
	next: Int32Array,
	wa: number,
	wb: number,
): void {
	const row = words.subarray(start, start + inW);
	if (wb === 0) {
		for (let x = 0; x < inW; x++) {
			const c = row[x]!;
			cur[x] = (cur[x]! + (low * (c & 255) + 150 * ((c >>> 8) & 255) + high * ((c >>> 16) & 255)) * wa) | 0;
		}
	} else {
		for (let x = 0; x < inW; x++) {
			const c = row[x]!;
			const v = low * (c & 255) + 150 * ((c >>> 8) & 255) + high * ((c >>> 16) & 255);
			cur[x] = (cur[x]! + v * wa) | 0;
			next[x] = (next[x]! + v * wb) | 0;
		}
	}
}

/** Channels in the word's byte order (low byte first). */
function addRgbRow(
	words: Uint32Array,
	start: number,
	step: number,
	inW: number,
	cur: Int32Array[],
	next: Int32Array[],
	wa: number,
	wb: number,
): void {
	const [c0, c1, c2] = cur as [Int32Array, Int32Array, Int32Array];
	const [n0, n1, n2] = next as [Int32Array, Int32Array, Int32Array];
	if (wb === 0) {
		for (let x = 0, p = start; x < inW; x++, p += step) {
			const c = words[p]!;
			c0[x] = (c0[x]! + (c & 255) * wa) | 0;
			c1[x] = (c1[x]! + ((c >>> 8) & 255) * wa) | 0;
			c2[x] = (c2[x]! + ((c >>> 16) & 255) * wa) | 0;
		}
	} else {
		for (let x = 0, p = start; x < inW; x++, p += step) {
			const c = words[p]!;
			const a = c & 255;
			const b = (c >>> 8) & 255;
			const d = (c >>> 16) & 255;
			c0[x] = (c0[x]! + a * wa) | 0;
			c1[x] = (c1[x]! + b * wa) | 0;
			c2[x] = (c2[x]! + d * wa) | 0;
			n0[x] = (n0[x]! + a * wb) | 0;
			n1[x] = (n1[x]! + b * wb) | 0;
			n2[x] = (n2[x]! + d * wb) | 0;
		}
	}
}

// A finished row is spread across into its cells as rows are into output rows: each column adds its
// weighted sum into its cell and the next, then each cell's exact sum over `divisor` is written, rounded
// half up. The sums are integers below 2^53.

/**
 * One channel's row: columns come in cell order and a column reaches at most the next cell, so the sums
 * of the current cell and the next are carried in variables and a cell is written once the columns
 * have moved past it (15% faster in V8 than adding into an array of cells, where each addition waits
 * for the one before through memory; a gather through running sums was twice as slow).
 */
function spreadRow(
	row: Int32Array,
	inW: number,
	xs: Axis,
	out: Uint8Array,
	at: number,
	stride: number,
	divisor: number,
): void {
	const { cell, w0, w1 } = xs;
	let current = 0;
	let sum = 0;
	let nextSum = 0;
	for (let x = 0; x < inW; x++) {
		const v = row[x]!;
		const c = cell[x]!;
		if (c !== current) {
			// Never negative, so `| 0` is the floor (and much cheaper than Math.floor here).
			out[at + current * stride] = (sum / divisor + 0.5) | 0;
			sum = nextSum;
			nextSum = 0;
			current = c;
		}
		sum += v * w0[x]!;
		nextSum += v * w1[x]!;
	}
	// The last column ends with the last cell (its share of the cell past it is 0).
	out[at + current * stride] = (sum / divisor + 0.5) | 0;
}

/** spreadRow for the three channels at once (one read of the axis tables, into an array of cells), written as RGBA with alpha 255. */
function spreadRgbRow(
	r: Int32Array,
	g: Int32Array,
	b: Int32Array,
	inW: number,
	xs: Axis,
	cells: Float64Array,
	out: Uint8Array,
	at: number,
	outW: number,
	divisor: number,
): void {
	const { cell, w0, w1 } = xs;
	cells.fill(0);
	for (let x = 0; x < inW; x++) {
		const c = cell[x]! * 3;
		const a = w0[x]!;
		const d = w1[x]!;
		const vr = r[x]!;
		const vg = g[x]!;
		const vb = b[x]!;
		cells[c]! += vr * a;
		cells[c + 1]! += vg * a;
		cells[c + 2]! += vb * a;
		cells[c + 3]! += vr * d;
		cells[c + 4]! += vg * d;
		cells[c + 5]! += vb * d;
	}
	for (let o = 0, c = 0, q = at; o < outW; o++, c += 3, q += 4) {
		out[q] = (cells[c]! / divisor + 0.5) | 0;
		out[q + 1] = (cells[c + 1]! / divisor + 0.5) | 0;
		out[q + 2] = (cells[c + 2]! / divisor + 0.5) | 0;
		out[q + 3] = 255;
	}
}

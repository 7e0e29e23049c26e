import { AreaResampler, fitLongSide } from './resize';
import type { RgbaImage } from './types';

/** Pixel layouts of a decoded WebCodecs frame this module reads (VideoPixelFormat names). */
export type FrameFormat = 'I420' | 'I420A' | 'I422' | 'I444' | 'RGBA' | 'RGBX' | 'BGRA' | 'BGRX';

/** Formats `workingImageFromFrame` reads. */
export const FRAME_FORMATS: readonly FrameFormat[] = ['I420', 'I420A', 'I422', 'I444', 'RGBA', 'RGBX', 'BGRA', 'BGRX'];

/**
 * A decoded image as `VideoFrame.copyTo` lays it out: the stored (coded) size, the bytes, one
 * `{ offset, stride }` per plane, and the orientation still to apply (WebCodecs: turn `rotation`
 * degrees clockwise, then mirror left–right if `flip`; ImageDecoder fills them from EXIF).
 */
export interface DecodedFrame {
	format: FrameFormat;
	width: number;
	height: number;
	data: Uint8Array;
	layout: ReadonlyArray<{ offset: number; stride: number }>;
	rotation: number;
	flip: boolean;
}

/**
 * The working image the analysis runs on, straight from a decoded frame: every plane shrunk with the
 * area resampler to `longSide`, YCbCr turned into RGB (JPEG's full-range BT.601), then the orientation
 * applied. For YUV frames the luma plane is shrunk as it is: JPEG's Y is the Rec. 601 luma the analysis
 * computes, so its sharpness, exposure and glare measures match those of a full RGB decode shrunk with
 * `resizeToLongSide` (to about one grey level); chroma only feeds the colour and glare-chroma tests.
 */
export function workingImageFromFrame(frame: DecodedFrame, longSide: number): RgbaImage {
	const { format, width: w, height: h, data, layout } = frame;
	const out = fitLongSide(w, h, longSide);
	let rgba: Uint8ClampedArray;
	if (format === 'RGBA' || format === 'RGBX' || format === 'BGRA' || format === 'BGRX') {
		const r = new AreaResampler(w, h, out.width, out.height, 3);
		r.addRows(data, layout[0]!.offset, h, layout[0]!.stride, 4);
		rgba = r.toRgba(format[0] === 'B');
	} else {
		// Chroma planes: half width for 4:2:0 and 4:2:2, half height for 4:2:0 (rounded up).
		const cw = format === 'I444' ? w : Math.ceil(w / 2);
		const ch = format === 'I420' || format === 'I420A' ? Math.ceil(h / 2) : h;
		const luma = plane(data, layout[0]!, w, h, out).values;
		if (cw <= out.width && ch <= out.height) {
			// Nothing to shrink in the chroma planes (a frame decoded near the working size): they are read
			// where they lie, as the resampler would give them at a span of 1, without a copy.
			rgba = yuvBytesToRgba(luma, data, layout[1]!, layout[2]!, { width: cw, height: ch }, out);
		} else {
			const u = plane(data, layout[1]!, cw, ch, out);
			const v = plane(data, layout[2]!, cw, ch, out);
			rgba = yuvToRgba(luma, u.values, v.values, u, out);
		}
	}
	return orient({ width: out.width, height: out.height, data: rgba }, frame.rotation, frame.flip);
}

/** A plane shrunk to at most the output size (never enlarged): `width` × `height` means, row by row. */
interface Plane {
	values: Float32Array;
	width: number;
	height: number;
}

function plane(data: Uint8Array, at: { offset: number; stride: number }, w: number, h: number, out: { width: number; height: number }): Plane {
	const pw = Math.min(w, out.width);
	const ph = Math.min(h, out.height);
	if (pw === w && ph === h) {
		// Nothing to shrink (a chroma plane of a frame decoded near the working size): the samples as
		// they are, which is what the resampler would give at a span of 1, without its passes.
		const values = new Float32Array(w * h);
		for (let y = 0; y < h; y++) values.set(data.subarray(at.offset + y * at.stride, at.offset + y * at.stride + w), y * w);
		return { values, width: w, height: h };
	}
	const r = new AreaResampler(w, h, pw, ph, 1);
	r.addRows(data, at.offset, h, at.stride, 1);
	return { values: r.out, width: pw, height: ph };
}

/**
 * JPEG (JFIF) full-range BT.601 YCbCr to RGBA; the clamped array rounds and clips. Luma is at the output
 * size; chroma (`c`: the size of both chroma planes) may be smaller and is read at the nearest sample.
 */
function yuvToRgba(y: Float32Array, u: Float32Array, v: Float32Array, c: { width: number; height: number }, out: { width: number; height: number }): Uint8ClampedArray {
	const { width: W, height: H } = out;
	const rgba = new Uint8ClampedArray(W * H * 4);
	const cx = new Int32Array(W);
	for (let x = 0; x < W; x++) cx[x] = Math.min(c.width - 1, Math.floor((x * c.width) / W));
	for (let row = 0, i = 0, p = 0; row < H; row++) {
		const crow = Math.min(c.height - 1, Math.floor((row * c.height) / H)) * c.width;
		for (let x = 0; x < W; x++, i++, p += 4) {
			const l = y[i]!;
			const k = crow + cx[x]!;
			const cb = u[k]! - 128;
			const cr = v[k]! - 128;
			rgba[p] = l + 1.402 * cr;
			rgba[p + 1] = l - 0.344136 * cb - 0.714136 * cr;
			rgba[p + 2] = l + 1.772 * cb;
			rgba[p + 3] = 255;
		}
	}
	return rgba;
}

/** yuvToRgba with the chroma planes read in place (bytes at `offset + row * stride + column`): the same values, no copy. */
function yuvBytesToRgba(
	y: Float32Array,
	data: Uint8Array,
	u: { offset: number; stride: number },
	v: { offset: number; stride: number },
	c: { width: number; height: number },
	out: { width: number; height: number },
): Uint8ClampedArray {
	const { width: W, height: H } = out;
	const rgba = new Uint8ClampedArray(W * H * 4);
	const cx = new Int32Array(W);
	for (let x = 0; x < W; x++) cx[x] = Math.min(c.width - 1, Math.floor((x * c.width) / W));
	for (let row = 0, i = 0, p = 0; row < H; row++) {
		const crow = Math.min(c.height - 1, Math.floor((row * c.height) / H));
		const ur = u.offset + crow * u.stride;
		const vr = v.offset + crow * v.stride;
		for (let x = 0; x < W; x++, i++, p += 4) {
			const l = y[i]!;
			const k = cx[x]!;
			const cb = data[ur + k]! - 128;
			const cr = data[vr + k]! - 128;
			rgba[p] = l + 1.402 * cr;
			rgba[p + 1] = l - 0.344136 * cb - 0.714136 * cr;
			rgba[p + 2] = l + 1.772 * cb;
			rgba[p + 3] = 255;
		}
	}
	return rgba;
}

/** Turns `rotation` degrees clockwise (a multiple of 90), then mirrors left–right if `flip`. */
export function orient(image: RgbaImage, rotation: number, flip: boolean): RgbaImage {
	const turn = (((Math.round(rotation / 90) % 4) + 4) % 4) as 0 | 1 | 2 | 3;
	if (turn === 0 && !flip) return image;
	const { width: w, height: h } = image;
	const src = new Uint32Array(image.data.buffer, image.data.byteOffset, w * h);
	const W = turn % 2 ? h : w;
	const H = turn % 2 ? w : h;
	const data = new Uint8ClampedArray(W * H * 4);
	const dst = new Uint32Array(data.buffer);
	for (let y = 0; y < H; y++) {
		for (let x = 0; x < W; x++) {
			// Source of display pixel (x, y); the mirror is undone first.
			const dx = flip ? W - 1 - x : x;
			const sx = turn === 0 ? dx : turn === 1 ? y : turn === 2 ? w - 1 - dx : w - 1 - y;
			const sy = turn === 0 ? y : turn === 1 ? h - 1 - dx : turn === 2 ? h - 1 - y : dx;
			dst[y * W + x] = src[sy * w + sx]!;
		}
	}
	return { width: W, height: H, data };
}

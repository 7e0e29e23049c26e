import { AreaResampler, fitLongSide } from './resize';
import { WORKING_LONG_SIDE } from './thresholds';
import { rgbWorkInMemory } from './pipeline';
import { colorEvery, colorSize, orientWorking, type WorkingImage } from './working';

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
 * The working image the analysis runs on (long side `longSide`: see RgbWork), straight
 * from a decoded frame, then oriented. RGB frames
 * (what Chromium's ImageDecoder gives for a JPEG scaled while decoding) take the path of pipeline.ts, as
 * RGBA pixels do in Node (the photo worker feeds that path itself, split over two threads). For YCbCr frames the Y plane is shrunk as it is:
 * JPEG's Y is the Rec. 601 luma the analysis computes, so the sharpness, exposure and glare measures
 * match those of a full RGB decode (to about one grey level); the colour image comes from Y, Cb and Cr
 * shrunk to its size (JPEG's full-range BT.601).
 */
export function workingImageFromFrame(frame: DecodedFrame, longSide = WORKING_LONG_SIDE): WorkingImage {
	const { format, width: w, height: h, data, layout } = frame;
	let work: WorkingImage;
	if (format === 'RGBA' || format === 'RGBX' || format === 'BGRA' || format === 'BGRX') {
		// The path every 4-byte RGB image takes (pipeline.ts), on this thread, already oriented.
		const input = { width: w, height: h, bgr: format[0] === 'B', rotation: frame.rotation, flip: frame.flip };
		const { work: rgb, helper } = rgbWorkInMemory(input, data, layout[0]!.offset, layout[0]!.stride, false, longSide);
		return rgb.join(helper).work;
	} else {
		const size = fitLongSide(w, h, longSide);
		const luma = new AreaResampler(w, h, size.width, size.height, 'plane');
		luma.addRows(data, layout[0]!.offset, h, layout[0]!.stride);
		// Chroma planes: half width for 4:2:0 and 4:2:2, half height for 4:2:0 (rounded up).
		const cw = format === 'I444' ? w : Math.ceil(w / 2);
		const ch = format === 'I420' || format === 'I420A' ? Math.ceil(h / 2) : h;
		const color = colorSize(w, h, longSide);
		const y = samplePlane(data, layout[0]!, w, h, color, longSide);
		const u = samplePlane(data, layout[1]!, cw, ch, color, longSide);
		const v = samplePlane(data, layout[2]!, cw, ch, color, longSide);
		work = {
			width: size.width,
			height: size.height,
			luma: luma.out,
			color: { ...color, data: yuvToRgba(y, u, v, color) },
		};
	}
	return orientWorking(work, frame.rotation, frame.flip);
}

/** A plane at most `size` (never enlarged), sampled and area-averaged as the colour image is. */
interface Plane {
	values: Uint8Array;
	width: number;
	height: number;
}

function samplePlane(
	data: Uint8Array,
	at: { offset: number; stride: number },
	w: number,
	h: number,
	size: { width: number; height: number },
	longSide: number,
): Plane {
	// Sampled as the colour image samples the photo (working.ts); never enlarged (small chroma planes).
	const every = colorEvery(w, h, longSide);
	const sw = Math.ceil(w / every);
	const sh = Math.ceil(h / every);
	const pw = Math.min(sw, size.width);
	const ph = Math.min(sh, size.height);
	const r = new AreaResampler(sw, sh, pw, ph, 'plane', { every });
	r.addRows(data, at.offset, h, at.stride);
	return { values: r.out, width: pw, height: ph };
}

/**
 * JPEG (JFIF) full-range BT.601 YCbCr to RGBA at `out` (the clamped array rounds and clips); a plane
 * smaller than `out` (chroma of a small 4:2:0 frame) is read at the nearest sample.
 */
function yuvToRgba(y: Plane, u: Plane, v: Plane, out: { width: number; height: number }): Uint8ClampedArray {
	const { width: W, height: H } = out;
	const rgba = new Uint8ClampedArray(W * H * 4);
	const lx = nearest(y.width, W);
	const cx = nearest(u.width, W);
	for (let row = 0, p = 0; row < H; row++) {
		const lrow = Math.min(y.height - 1, Math.floor((row * y.height) / H)) * y.width;
		const crow = Math.min(u.height - 1, Math.floor((row * u.height) / H)) * u.width;
		for (let x = 0; x < W; x++, p += 4) {
			const l = y.values[lrow + lx[x]!]!;
			const k = crow + cx[x]!;
			const cb = u.values[k]! - 128;
			const cr = v.values[k]! - 128;
			rgba[p] = l + 1.402 * cr;
			rgba[p + 1] = l - 0.344136 * cb - 0.714136 * cr;
			rgba[p + 2] = l + 1.772 * cb;
			rgba[p + 3] = 255;
		}
	}
	return rgba;
}

/** For each of `outSize` positions, the nearest of `inSize` samples spread over the same span. */
function nearest(inSize: number, outSize: number): Int32Array {
	const map = new Int32Array(outSize);
	for (let x = 0; x < outSize; x++) map[x] = Math.min(inSize - 1, Math.floor((x * inSize) / outSize));
	return map;
}

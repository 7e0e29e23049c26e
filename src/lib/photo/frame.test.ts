import { describe, expect, it } from 'vitest';
import { workingImageFromFrame, type DecodedFrame } from './frame';
import { measureSharpness } from './sharpness';
import type { RgbaImage } from './types';
import { workingFromRgba } from './pipeline';
import { orient } from './working';

/**
 * A textured test card, 2000 × 1500: grey stripes (print), a gentle colour gradient (paper) and a
 * coloured block (a photo). Colours stay inside the RGB cube after 4:2:0 subsampling: where they would
 * not, a full decode clips each pixel before averaging and the planes path after, and the two differ.
 */
function card(width = 2000, height = 1500): RgbaImage {
	const data = new Uint8ClampedArray(width * height * 4);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const p = (y * width + x) * 4;
			const stripe = ((x >> 2) + (y >> 3)) % 2 ? 200 : 60;
			const block = x > 600 && x < 1200 && y > 400 && y < 900;
			const tint = Math.round((x / width) * 30);
			data[p] = block ? 190 : stripe + tint;
			data[p + 1] = block ? 120 : stripe;
			data[p + 2] = block ? 90 : stripe + 30 - tint;
			data[p + 3] = 255;
		}
	}
	return { width, height, data };
}

/** What a JPEG decoder hands WebCodecs: full-range BT.601 Y at full size, Cb and Cr at half size (4:2:0). */
function toI420(image: RgbaImage): DecodedFrame {
	const { width: w, height: h, data } = image;
	const cw = Math.ceil(w / 2);
	const ch = Math.ceil(h / 2);
	const bytes = new Uint8Array(w * h + 2 * cw * ch);
	for (let i = 0; i < w * h; i++)
		bytes[i] = Math.round(0.299 * data[i * 4]! + 0.587 * data[i * 4 + 1]! + 0.114 * data[i * 4 + 2]!);
	for (let y = 0; y < ch; y++) {
		for (let x = 0; x < cw; x++) {
			const p = (Math.min(h - 1, 2 * y) * w + Math.min(w - 1, 2 * x)) * 4;
			const [r, g, b] = [data[p]!, data[p + 1]!, data[p + 2]!];
			bytes[w * h + y * cw + x] = Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
			bytes[w * h + cw * ch + y * cw + x] = Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
		}
	}
	const layout = [
		{ offset: 0, stride: w },
		{ offset: w * h, stride: cw },
		{ offset: w * h + cw * ch, stride: cw },
	];
	return { format: 'I420', width: w, height: h, data: bytes, layout, rotation: 0, flip: false };
}

/** What a full decode gives (sharp in Node): the planes back to RGB at full size, chroma repeated 2 × 2. */
function fromI420(frame: DecodedFrame): RgbaImage {
	const { width: w, height: h, data: bytes, layout } = frame;
	const data = new Uint8ClampedArray(w * h * 4);
	for (let y = 0; y < h; y++) {
		for (let x = 0; x < w; x++) {
			const l = bytes[y * w + x]!;
			const c = (y >> 1) * layout[1]!.stride + (x >> 1);
			const cb = bytes[layout[1]!.offset + c]! - 128;
			const cr = bytes[layout[2]!.offset + c]! - 128;
			data.set([l + 1.402 * cr, l - 0.344136 * cb - 0.714136 * cr, l + 1.772 * cb, 255], (y * w + x) * 4);
		}
	}
	return { width: w, height: h, data };
}

describe('workingImageFromFrame', () => {
	it('gives the luma and sharpness a full RGB decode shrunk with resizeToLongSide gives', () => {
		const frame = toI420(card());
		const node = workingFromRgba(fromI420(frame));
		const browser = workingImageFromFrame(frame);
		expect([browser.width, browser.height]).toEqual([node.width, node.height]);
		const a = node.luma;
		const b = browser.luma;
		let worst = 0;
		for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
		// Y is Rec. 601 luma; rounding in the encoder, the resampler and RGB give at most a couple of levels.
		expect(worst).toBeLessThanOrEqual(2);
		const all = new Uint8Array(a.length).fill(1);
		const va = measureSharpness(a, node.width, node.height, all).variance;
		const vb = measureSharpness(b, node.width, node.height, all).variance;
		expect(Math.abs(va - vb) / va).toBeLessThan(0.02);
		// The colour image: same size, and the coloured block keeps its colour (R > G > B) on both paths.
		expect([browser.color.width, browser.color.height]).toEqual([node.color.width, node.color.height]);
		const at =
			(Math.round(650 * (node.color.height / 1500)) * node.color.width + Math.round(900 * (node.color.width / 2000))) *
			4;
		for (const image of [node.color, browser.color]) {
			const [r, g, b] = [image.data[at]!, image.data[at + 1]!, image.data[at + 2]!];
			expect(Math.abs(r - 190)).toBeLessThanOrEqual(3);
			expect(Math.abs(g - 120)).toBeLessThanOrEqual(3);
			expect(Math.abs(b - 90)).toBeLessThanOrEqual(3);
		}
	});

	it('reads RGB frames in either channel order', () => {
		const image = card(40, 30);
		const bgrx = new Uint8Array(image.data.length);
		for (let i = 0; i < image.data.length; i += 4)
			bgrx.set([image.data[i + 2]!, image.data[i + 1]!, image.data[i]!, 255], i);
		const frame: DecodedFrame = {
			format: 'BGRX',
			width: 40,
			height: 30,
			data: bgrx,
			layout: [{ offset: 0, stride: 160 }],
			rotation: 0,
			flip: false,
		};
		const fromFrame = workingImageFromFrame(frame, 20);
		const fromRgba = workingImageFromFrame({ ...frame, format: 'RGBA', data: new Uint8Array(image.data.buffer) }, 20);
		expect(Array.from(fromFrame.luma)).toEqual(Array.from(fromRgba.luma));
		expect(Array.from(fromFrame.color.data)).toEqual(Array.from(fromRgba.color.data));
		// The card's tint runs from blue on the left to red on the right; swapped channels would turn it round.
		const { width: cw, data: c } = fromFrame.color;
		const left = 1 * cw * 4;
		const right = (1 * cw + cw - 1) * 4;
		expect(c[left + 2]!).toBeGreaterThan(c[left]!);
		expect(c[right]!).toBeGreaterThan(c[right + 2]!);
	});

	it('applies the orientation after shrinking (EXIF 6: a quarter turn clockwise)', () => {
		const frame = { ...toI420(card(400, 300)), rotation: 90 };
		const out = workingImageFromFrame(frame, 200);
		expect([out.width, out.height]).toEqual([150, 200]);
		// The colour image: COLOR_LONG_SIDE 480 to WORKING_LONG_SIDE 1000 of the working size, turned as well.
		expect([out.color.width, out.color.height]).toEqual([72, 96]);
		expect(out.luma.length).toBe(150 * 200);
	});
});

describe('orient', () => {
	// 2 × 1 image: pixel values 1 and 2 (red channel).
	const image: RgbaImage = { width: 2, height: 1, data: new Uint8ClampedArray([1, 0, 0, 255, 2, 0, 0, 255]) };
	const reds = (i: RgbaImage) => Array.from({ length: i.width * i.height }, (_, k) => i.data[k * 4]);

	it.each<{ rotation: number; flip: boolean; size: [number, number]; pixels: number[] }>([
		// Quarter turn clockwise: the left pixel ends on top.
		{ rotation: 90, flip: false, size: [1, 2], pixels: [1, 2] },
		{ rotation: 180, flip: false, size: [2, 1], pixels: [2, 1] },
		{ rotation: 270, flip: false, size: [1, 2], pixels: [2, 1] },
		// A mirror only (EXIF 2).
		{ rotation: 0, flip: true, size: [2, 1], pixels: [2, 1] },
	])('rotation $rotation, flip $flip', ({ rotation, flip, size, pixels }) => {
		const out = orient(image, rotation, flip);
		expect([out.width, out.height]).toEqual(size);
		expect(reds(out)).toEqual(pixels);
	});
});

/**
 * The path the photo worker runs, fed as it feeds it: the main part and the helper part each get the
 * decoded rows in strips, as two threads would, from BGRX bytes with an EXIF turn still to apply. It must
 * give what analyzePhoto gives for the same picture upright in RGBA, so the Node tests judge the code
 * users get.
 */
import { describe, expect, it } from 'vitest';
import { predictDocumentMask } from './doc-mask';
import { analyzePhoto, analyzeRgbWork, DOCUMENT_MODEL, HelperPart, RgbWork, workingFromRgba } from './index';
import { makeComposite } from './testing/composite';
import { analyzeWithMasker } from './testing/find-eval';
import { syntheticCard } from './testing/synthetic';
import type { RgbaImage } from './types';

const { image: card } = syntheticCard({ width: 1200, height: 900 });

/** The picture stored a quarter turn anticlockwise, as BGRX: what a decoder hands over for a photo with EXIF orientation 6. */
function storedTurned(image: RgbaImage): { data: Uint8Array; width: number; height: number } {
	const width = image.height;
	const height = image.width;
	const data = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			// Turned 90° clockwise for display, stored pixel (x, y) lands at upright (image.width − 1 − y, x).
			const p = (x * image.width + (image.width - 1 - y)) * 4;
			const q = (y * width + x) * 4;
			data[q] = image.data[p + 2]!;
			data[q + 1] = image.data[p + 1]!;
			data[q + 2] = image.data[p]!;
			data[q + 3] = 255;
		}
	}
	return { data, width, height };
}

/** Feeds `rows` of a frame to `add` in strips of `strip` rows (the worker copies 256 at a time). */
function feed(
	add: (data: Uint8Array, offset: number, rows: number, stride: number) => void,
	frame: { data: Uint8Array; width: number },
	rows: { from: number; to: number },
	strip: number,
): void {
	const stride = frame.width * 4;
	for (let y = rows.from; y < rows.to; y += strip) add(frame.data, y * stride, Math.min(strip, rows.to - y), stride);
}

/** BGRX bytes of an upright picture: what a decoder hands over for a photo with no EXIF turn. */
function bgrx(image: RgbaImage): { data: Uint8Array; width: number; height: number } {
	const data = new Uint8Array(image.data.length);
	for (let p = 0; p < data.length; p += 4) data.set([image.data[p + 2]!, image.data[p + 1]!, image.data[p]!, 255], p);
	return { data, width: image.width, height: image.height };
}

/**
 * Runs the worker's path on a BGRX frame: the main part and the helper part each fed in strips of their own
 * size, the helper part as on the helper thread (its own colour image and the classical finder's answer).
 */
function workerPath(frame: { data: Uint8Array; width: number; height: number }, rotation: number) {
	const input = { width: frame.width, height: frame.height, bgr: true, rotation, flip: false };
	const work = new RgbWork(input, { find: true });
	feed((...a) => work.addRows(...a), frame, { from: 0, to: frame.height }, 256);
	work.look();
	const part = new HelperPart(input, work.helperBand, true);
	feed((...a) => part.addRows(...a), frame, { from: 0, to: frame.height }, 100);
	return { work, helper: part.result() };
}

describe('the worker path, run in Node', () => {
	it('gives exactly what analyzePhoto gives: the same working image, checks and corners', () => {
		const { work, helper } = workerPath(bgrx(card), 0);
		const joined = work.join(helper).work;
		const upright = workingFromRgba(card);
		expect(Buffer.from(joined.luma).equals(Buffer.from(upright.luma))).toBe(true);
		expect(Buffer.from(joined.color.data).equals(Buffer.from(upright.color.data))).toBe(true);
		const fromWorker = analyzeRgbWork(work, helper, {}, card);
		const fromNode = analyzePhoto(card);
		expect(fromWorker).toEqual(fromNode);
		expect(fromWorker.measuredOn).toBe('document');
	});

	it('turns a frame stored on its side (EXIF orientation 6) upright: the same luma, and the same verdicts', () => {
		const { work, helper } = workerPath(storedTurned(card), 90);
		const joined = work.join(helper).work;
		const upright = workingFromRgba(card);
		expect([joined.width, joined.height]).toEqual([upright.width, upright.height]);
		expect(Buffer.from(joined.luma).equals(Buffer.from(upright.luma))).toBe(true);
		// The colour image samples every few pixels of every few rows (working.ts): turned, the grid starts at
		// the other side, so its bytes differ a little (print aliased differently); the same size, and close.
		expect([joined.color.width, joined.color.height]).toEqual([upright.color.width, upright.color.height]);
		let difference = 0;
		for (let i = 0; i < upright.color.data.length; i++)
			difference += Math.abs(joined.color.data[i]! - upright.color.data[i]!);
		expect(difference / upright.color.data.length).toBeLessThan(3);
		const verdicts = (a: ReturnType<typeof analyzePhoto>) => a.checks.map((c) => `${c.id}:${c.status}`);
		expect(verdicts(analyzeRgbWork(work, helper, {}, card))).toEqual(verdicts(analyzePhoto(card)));
	});

	it('follows the document model when it is on, as the photo worker does once it has loaded it', () => {
		// A card running off a keyboard photo's edge: the classical finder alone does not find it, the model does.
		const { image } = makeComposite(7);
		const withModel = analyzeWithMasker(image, predictDocumentMask);
		const classical = analyzeWithMasker(image, null);
		expect(withModel).not.toEqual(classical);
		expect(analyzePhoto(image)).toEqual(DOCUMENT_MODEL ? withModel : classical);
	});
});

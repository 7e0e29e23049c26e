/// <reference lib="webworker" />
/**
 * The photo worker's helper, on a second thread: while photo.worker.ts makes the top rows of the working
 * image's luma from a decoded frame, this makes, from a clone of the same frame, the colour image, finds
 * the document in it, then makes the bottom rows of the luma (src/lib/photo; the same code the photo
 * worker would run alone). Started by the photo worker, ended with it; if it cannot start or answer,
 * the photo worker does this part itself.
 */
import { colorSampler, findDocument, lumaSampler, orient, thresholds, type RgbaImage } from '../lib/photo';

const { FIND_LONG_SIDE } = thresholds;
import { readFrameRows } from './frame-rows';
import type { ColorAnswer, ColorRequest } from './photo-messages';

declare const self: DedicatedWorkerGlobalScope;

// Warm the samplers and the finder up while the page is idle, one run a task: the first photo then runs
// optimised code (see photo.worker.ts). The samplers run on a small made-up frame; the finder at its
// own size, on a card on a table as the colour image of a photo shows it. The photo worker uses this
// helper only once it has said it is ready: a photo chosen sooner is checked without it, rather than
// waiting for a warm-up run here.
const WARM_UP_RUNS = 4;
let warmUpLeft = WARM_UP_RUNS;
let warmUpImages: { frame: Uint8Array; color: Uint8ClampedArray } | null = null;
function warmUp(): void {
	if (warmUpLeft <= 0) return;
	warmUpLeft--;
	warmUpImages ??= makeWarmUpImages();
	const { frame, color } = warmUpImages;
	// Shrunk as a 12 MP photo decoded at 2/8 is (1008 → 1000 px): 756 → 750, so the samplers take the same branches.
	const sampler = colorSampler(756, 567, true, 750);
	const luma = lumaSampler(756, 567, true, { from: 478, to: 563 }, 750);
	sampler.addRows(frame, 0, 567, 756 * 4);
	luma.addRows(frame, 0, 567, 756 * 4);
	findDocument({ width: FIND_LONG_SIDE, height: 240, data: color });
	if (warmUpLeft > 0) setTimeout(warmUp, 0);
	else self.postMessage({ ready: true });
}
warmUp();

function makeWarmUpImages(): { frame: Uint8Array; color: Uint8ClampedArray } {
	const card = (x: number, y: number, w: number) => x > 0.19 * w && x < 0.81 * w && y > 0.18 * w && y < 0.57 * w;
	const frame = new Uint8Array(756 * 567 * 4);
	for (let y = 0, p = 0; y < 567; y++) {
		for (let x = 0; x < 756; x++, p += 4) {
			const v = card(x, y, 756) ? 220 : 90 + ((x * 7 + y * 13) % 23);
			frame[p] = v * 0.9;
			frame[p + 1] = v;
			frame[p + 2] = Math.min(255, v * 1.1);
		}
	}
	const color = new Uint8ClampedArray(FIND_LONG_SIDE * 240 * 4);
	for (let y = 0, p = 0; y < 240; y++) {
		for (let x = 0; x < FIND_LONG_SIDE; x++, p += 4) {
			const v = card(x, y, FIND_LONG_SIDE) ? 215 : 80 + ((x * 5 + y * 11) % 17);
			color[p] = v;
			color[p + 1] = v * 0.95;
			color[p + 2] = v * 0.9;
			color[p + 3] = 255;
		}
	}
	return { frame, color };
}

self.onmessage = async (event: MessageEvent<ColorRequest>) => {
	const { id, frame, bgr, rotation, flip, find, lumaBand } = event.data;
	try {
		const width = frame.codedWidth;
		const height = frame.codedHeight;
		// The frame is copied out once, in strips, each fed to both samplers (the luma one skips the rows
		// above its band).
		const sampler = colorSampler(width, height, bgr);
		const luma = lumaSampler(width, height, bgr, lumaBand);
		await readFrameRows(frame, [sampler, luma]);
		const color: RgbaImage = orient(
			{ width: sampler.outW, height: sampler.outH, data: sampler.rgba() },
			rotation,
			flip,
		);
		const data = color.data as Uint8ClampedArray;
		const found = find ? findDocument(color) : null;
		answer({ id, ok: true, color: { width: color.width, height: color.height, data }, found, luma: luma.out }, [
			data.buffer,
			luma.out.buffer,
		]);
	} catch {
		answer({ id, ok: false });
	} finally {
		frame.close();
	}
};

function answer(message: ColorAnswer, transfer: Transferable[] = []): void {
	self.postMessage(message, transfer);
}

/// <reference lib="webworker" />
/**
 * The photo worker's helper, on a second thread: while photo.worker.ts makes the working image's luma
 * from a decoded frame, this makes its colour image from a clone of the same frame and finds the
 * document in it (src/lib/photo; the same code the photo worker would run alone). Started by the photo
 * worker, ended with it; if it cannot start or answer, the photo worker does this part itself.
 */
import { colorSampler, findDocument, orient, type RgbaImage } from '../lib/photo';
import type { ColorAnswer, ColorRequest } from './photo-messages';

/** Rows copied out of the frame at a time (as in photo.worker.ts). */
const STRIP_ROWS = 256;

declare const self: DedicatedWorkerGlobalScope;

// Warm the sampler and the finder up while the page is idle, on small made-up colour images, one run a
// task: the first photo then runs optimised code (see photo.worker.ts).
let warmUpLeft = 6;
function warmUp(): void {
	if (warmUpLeft <= 0) return;
	warmUpLeft--;
	const side = warmUpLeft > 2 ? 378 : 756;
	const height = Math.round((side * 3) / 4);
	const data = new Uint8Array(side * height * 4);
	const s = side / 640;
	for (let y = 0, p = 0; y < height; y++) {
		for (let x = 0; x < side; x++, p += 4) {
			const card = x > 120 * s && x < 520 * s && y > 114 * s && y < 366 * s;
			const v = card ? 220 : 90 + ((x * 7 + y * 13 + warmUpLeft) % 23);
			data[p] = v * 0.9;
			data[p + 1] = v;
			data[p + 2] = Math.min(255, v * 1.1);
		}
	}
	const sampler = colorSampler(side, height, true, side / 1.18125);
	sampler.addRows(data, 0, height, side * 4);
	findDocument({ width: sampler.outW, height: sampler.outH, data: sampler.rgba() });
	setTimeout(warmUp, 0);
}
warmUp();

self.onmessage = async (event: MessageEvent<ColorRequest>) => {
	warmUpLeft = 0;
	const { id, frame, bgr, rotation, flip, find } = event.data;
	try {
		const width = frame.codedWidth;
		const height = frame.codedHeight;
		const sampler = colorSampler(width, height, bgr);
		const rows = Math.min(STRIP_ROWS, height);
		const strip = new Uint8Array(width * rows * 4);
		for (let y = 0; y < height; y += rows) {
			const n = Math.min(rows, height - y);
			await frame.copyTo(strip, { rect: { x: 0, y, width, height: n }, layout: [{ offset: 0, stride: width * 4 }] });
			sampler.addRows(strip, 0, n, width * 4);
		}
		const color: RgbaImage = orient({ width: sampler.outW, height: sampler.outH, data: sampler.rgba() }, rotation, flip);
		const data = color.data as Uint8ClampedArray;
		const found = find ? findDocument(color) : null;
		answer({ id, ok: true, color: { width: color.width, height: color.height, data }, found }, [data.buffer]);
	} catch {
		answer({ id, ok: false });
	} finally {
		frame.close();
	}
};

function answer(message: ColorAnswer, transfer: Transferable[] = []): void {
	self.postMessage(message, transfer);
}

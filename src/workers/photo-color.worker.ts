/// <reference lib="webworker" />
/**
 * The photo worker's helper, on a second thread: the helper part of the path (src/lib/photo
 * pipeline.ts: a colour image, the classical finder's answer on it, the last rows of the working luma)
 * from a clone of the frame the photo worker is reading, while that worker makes the rest and runs the
 * document model. This file only moves the frame's rows into the library and the result back. Started
 * by the photo worker, ended with it; if it cannot start or answer, the photo worker does this part
 * itself. It never loads the document model: the photo worker runs it.
 */
import { HelperPart, RgbWork } from '../lib/photo';
import { readFrameRows } from './frame-rows';
import type { HelperAnswer, HelperRequest } from './photo-messages';
import { warmUpScene, type WarmUpFrame } from './photo-warm-up';

declare const self: DedicatedWorkerGlobalScope;

// Warm the helper part up when the photo worker asks (the reader is about to choose a photo), on made-up
// scenes shrunk as a 12 MP photo decoded at 2/8 is, up to the working size itself (see photo-warm-up.ts):
// the first photo then runs optimised code. One step a task, the frame made in one and read in the next,
// so a request that comes meanwhile waits for one step at most (about 30–50 ms at 1000 px, measured in Node).
const WARM_UP_SIDES = [320, 640, 1000, 1000, 1000];
let warmUpLeft = 0;
let nextFrame: WarmUpFrame | null = null;
function warmUp(): void {
	if (warmUpLeft <= 0) return;
	if (nextFrame) {
		const { input, data, stride, longSide } = nextFrame;
		nextFrame = null;
		warmUpLeft--;
		const work = new RgbWork(input, { longSide });
		const part = new HelperPart(input, work.helperBand, true, longSide);
		part.addRows(data, 0, input.height, stride);
		part.result();
	} else nextFrame = warmUpScene(warmUpLeft, WARM_UP_SIDES[WARM_UP_SIDES.length - warmUpLeft]!);
	setTimeout(warmUp, 0);
}

self.onmessage = async (event: MessageEvent<HelperRequest | { warm: true }>) => {
	if ('warm' in event.data) {
		if (warmUpLeft === 0) {
			warmUpLeft = WARM_UP_SIDES.length;
			warmUp();
		}
		return;
	}
	// A photo: no more warming up, it would only hold the next one back.
	warmUpLeft = 0;
	nextFrame = null;
	const { id, frame, input, band, find } = event.data;
	try {
		const start = performance.now();
		const part = new HelperPart(input, band, find);
		await readFrameRows(frame, part.samplers);
		const read = performance.now();
		const result = part.result();
		const spent = { read: read - start, find: performance.now() - read };
		answer({ id, ok: true, spent, ...result }, [result.luma.buffer]);
	} catch {
		answer({ id, ok: false });
	} finally {
		frame.close();
	}
};

function answer(message: HelperAnswer, transfer: Transferable[] = []): void {
	self.postMessage(message, transfer);
}

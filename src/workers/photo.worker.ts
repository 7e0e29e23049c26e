/// <reference lib="webworker" />
/**
 * Photo worker: decode the chosen file (EXIF orientation applied), read its pixels at a bounded size,
 * run `analyzePhoto`, post plain data back with a small preview. All the maths is in src/lib/photo;
 * every failure becomes a coded error message, never an uncaught exception.
 */
import { analyzePhoto, displaySize, inspectPhotoFile, thresholds, type FileProblem } from '../lib/photo';
import type { AnalyzeRequest, WorkerAnswer } from './photo-messages';

/** Long side of the preview bitmap sent back for display. */
const PREVIEW_LONG_SIDE = 960;
/** Analyses of a small made-up image run when the worker starts. */
const WARM_UP_RUNS = 6;

declare const self: DedicatedWorkerGlobalScope;

// Warm the analysis up while the page is idle (the island starts this worker when it appears): a
// first call on a real photo then runs optimised code (REFERENCE §1.5: 23.5 → 8.8 ms at 1600 px).
for (let i = 0; i < WARM_UP_RUNS; i++) analyzePhoto(warmUpImage(i));

self.onmessage = async (event: MessageEvent<AnalyzeRequest>) => {
	const { id, file, kind } = event.data;
	const fail = (problem: FileProblem) => post({ type: 'error', id, problem });
	try {
		const head = new Uint8Array(await file.slice(0, thresholds.HEAD_BYTES).arrayBuffer());
		const inspection = inspectPhotoFile(file.size, head);
		if (!inspection.ok) return fail(inspection.problem);

		const t0 = performance.now();
		// Decode straight at DECODE_LONG_SIDE when the header tells the size: no full-size copy is drawn.
		const shown = inspection.header ? displaySize(inspection.header) : null;
		const target = shown ? fit(shown, thresholds.DECODE_LONG_SIDE) : null;
		let bitmap: ImageBitmap;
		try {
			bitmap = await createImageBitmap(file, {
				imageOrientation: 'from-image',
				...(target && shown && target.width < shown.width ? { resizeWidth: target.width, resizeHeight: target.height, resizeQuality: 'medium' as const } : {}),
			});
		} catch {
			return fail(inspection.format === 'heic' ? 'heic-not-supported' : 'cannot-decode');
		}
		const sourceSize = shown ?? { width: bitmap.width, height: bitmap.height };

		const t1 = performance.now();
		// Hand over at most DECODE_LONG_SIDE: analyzePhoto's own area average does the final, fixed step.
		const size = fit({ width: bitmap.width, height: bitmap.height }, thresholds.DECODE_LONG_SIDE);
		const canvas = new OffscreenCanvas(size.width, size.height);
		const context = canvas.getContext('2d', { willReadFrequently: true });
		if (!context) return fail('cannot-decode');
		context.imageSmoothingQuality = 'medium';
		context.drawImage(bitmap, 0, 0, size.width, size.height);
		const pixels = context.getImageData(0, 0, size.width, size.height);
		// The preview is scaled off this thread while the analysis runs.
		const previewSize = fit(size, PREVIEW_LONG_SIDE);
		const previewPromise = createImageBitmap(bitmap, { resizeWidth: previewSize.width, resizeHeight: previewSize.height, resizeQuality: 'medium' });

		const t2 = performance.now();
		const analysis = analyzePhoto(pixels, { kind, sourceSize });

		const t3 = performance.now();
		const preview = await previewPromise;
		bitmap.close();
		const t4 = performance.now();

		post({ type: 'result', id, analysis, preview, timings: { decode: t1 - t0, read: t2 - t1, analyze: t3 - t2, preview: t4 - t3 } }, [preview]);
	} catch {
		fail('analysis-failed');
	}
};

function post(message: WorkerAnswer, transfer: Transferable[] = []): void {
	self.postMessage(message, transfer);
}

/** `size` scaled down (never up) so its long side is at most `longSide`. */
function fit(size: { width: number; height: number }, longSide: number): { width: number; height: number } {
	const scale = Math.min(1, longSide / Math.max(size.width, size.height));
	return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

/** A 320 × 240 light card on a darker background, varied a little per run. */
function warmUpImage(seed: number): ImageData {
	const width = 320;
	const height = 240;
	const data = new Uint8ClampedArray(width * height * 4);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const card = x > 60 && x < 260 && y > 57 && y < 183;
			const text = card && y % 12 < 3 && x % 7 < 4;
			const v = text ? 40 : card ? 220 : 90 + ((x * 7 + y * 13 + seed) % 23);
			data.set([v, v - 10, v - 25, 255], (y * width + x) * 4);
		}
	}
	return new ImageData(data, width, height);
}

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

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<AnalyzeRequest>) => {
	const { id, file, kind } = event.data;
	const fail = (problem: FileProblem) => post({ type: 'error', id, problem });
	try {
		const head = new Uint8Array(await file.slice(0, thresholds.HEAD_BYTES).arrayBuffer());
		const inspection = inspectPhotoFile(file.size, head);
		if (!inspection.ok) return fail(inspection.problem);

		const t0 = performance.now();
		let bitmap: ImageBitmap;
		try {
			// Big photos are decoded straight at a reduced size: memory stays bounded.
			const reduced = inspection.decodeReduced && inspection.header ? fit(displaySize(inspection.header), thresholds.DECODE_LONG_SIDE) : null;
			bitmap = await createImageBitmap(file, {
				imageOrientation: 'from-image',
				...(reduced ? { resizeWidth: reduced.width, resizeHeight: reduced.height, resizeQuality: 'high' as const } : {}),
			});
		} catch {
			return fail(inspection.format === 'heic' ? 'heic-not-supported' : 'cannot-decode');
		}
		const sourceSize =
			inspection.decodeReduced && inspection.header ? displaySize(inspection.header) : { width: bitmap.width, height: bitmap.height };

		const t1 = performance.now();
		// Hand over at most DECODE_LONG_SIDE: analyzePhoto's own area average does the final, fixed step.
		const size = fit({ width: bitmap.width, height: bitmap.height }, thresholds.DECODE_LONG_SIDE);
		const canvas = new OffscreenCanvas(size.width, size.height);
		const context = canvas.getContext('2d', { willReadFrequently: true });
		if (!context) return fail('cannot-decode');
		context.imageSmoothingQuality = 'high';
		context.drawImage(bitmap, 0, 0, size.width, size.height);
		const pixels = context.getImageData(0, 0, size.width, size.height);

		const t2 = performance.now();
		const analysis = analyzePhoto(pixels, { kind, sourceSize });

		const t3 = performance.now();
		const previewSize = fit(size, PREVIEW_LONG_SIDE);
		const preview = await createImageBitmap(canvas, { resizeWidth: previewSize.width, resizeHeight: previewSize.height, resizeQuality: 'medium' });
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

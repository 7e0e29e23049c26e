/// <reference lib="webworker" />
/**
 * Face worker: identify the chosen file (src/lib/photo's inspection: empty, too big, not an image),
 * decode it upright at SELFIE_LONG_SIDE at most, find the faces with BlazeFace on TensorFlow.js' wasm
 * backend (loaded on the first picture, from this site only), run the selfie checks, and post plain data
 * back. All the maths is in src/lib/face; every failure becomes a coded error, never an uncaught exception.
 */
import {
	analyzeSelfie,
	detectFaces,
	faceThresholds,
	selfieSizeProblem,
	type RgbaImage,
	type RunDetector,
} from '../lib/face';
import { displaySize, inspectPhotoFile, thresholds, webCodecsDecodeSize } from '../lib/photo';
import type { SelfieAnswer, SelfieRequest } from './face-messages';
import modelJsonUrl from '../assets/face-model/blazeface-back.json?url';
import modelWeightsUrl from '../assets/face-model/blazeface-back.bin?url';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-simd.wasm?url';

declare const self: DedicatedWorkerGlobalScope;

let detector: Promise<RunDetector> | null = null;

/** TensorFlow.js, its wasm backend and the model, fetched from this site the first time a picture is checked. */
function loadDetector(): Promise<RunDetector> {
	detector ??= (async () => {
		const [tf, converter, wasm, { loadBlazeFace }] = await Promise.all([
			import('@tensorflow/tfjs-core'),
			import('@tensorflow/tfjs-converter'),
			import('@tensorflow/tfjs-backend-wasm'),
			import('./face-model'),
		]);
		// The threaded build needs cross-origin isolation, which a static host does not give: never used.
		wasm.setWasmPaths({
			'tfjs-backend-wasm.wasm': wasmUrl,
			'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
			'tfjs-backend-wasm-threaded-simd.wasm': wasmSimdUrl,
		});
		await tf.setBackend('wasm');
		await tf.ready();
		const [json, weights] = await Promise.all([
			fetch(modelJsonUrl).then((r) => r.json()),
			fetch(modelWeightsUrl).then((r) => r.arrayBuffer()),
		]);
		return loadBlazeFace(tf, converter, json, weights);
	})();
	// A failed load is dropped, so the next picture tries again.
	detector.catch(() => (detector = null));
	return detector;
}

self.onmessage = async (event: MessageEvent<SelfieRequest>) => {
	const { id, file } = event.data;
	const post = (answer: SelfieAnswer) => self.postMessage(answer);
	try {
		const head = new Uint8Array(await file.slice(0, thresholds.HEAD_BYTES).arrayBuffer());
		const inspection = inspectPhotoFile(file.size, head);
		if (!inspection.ok) return post({ type: 'error', id, problem: inspection.problem });
		// Start loading the detector while the picture decodes.
		const loading = loadDetector();
		const t0 = performance.now();
		const display = inspection.header ? displaySize(inspection.header) : null;
		const scaled = inspection.format === 'jpeg' ? webCodecsDecodeSize('jpeg', inspection.header) : null;
		const fast = scaled ? await decodeScaledJpeg(file, scaled, display!) : null;
		const image = fast ?? (await decode(file, display));
		if (!image)
			return post({
				type: 'error',
				id,
				problem: inspection.format === 'heic' ? 'heic-not-supported' : 'cannot-decode',
			});
		const tooSmall = selfieSizeProblem(image.sourceWidth, image.sourceHeight);
		if (tooSmall) return post({ type: 'error', id, problem: tooSmall });
		const t1 = performance.now();
		let run: RunDetector;
		try {
			run = await loading;
		} catch {
			return post({ type: 'error', id, problem: 'detector-failed' });
		}
		const t2 = performance.now();
		const faces = await detectFaces(image.rgba, run);
		const t3 = performance.now();
		const analysis = analyzeSelfie(image.rgba, faces);
		const t4 = performance.now();
		post({
			type: 'result',
			id,
			analysis,
			timings: {
				decode: t1 - t0,
				load: t2 - t1,
				detect: t3 - t2,
				checks: t4 - t3,
				decoded: { width: image.rgba.width, height: image.rgba.height },
				path: fast ? 'webcodecs-scaled' : 'bitmap',
			},
		});
	} catch {
		post({ type: 'error', id, problem: 'analysis-failed' });
	}
};

/**
 * A big JPEG decoded by WebCodecs' ImageDecoder scaled in the DCT to about SELFIE_LONG_SIDE (the photo
 * checker's fast path: a 12 MP photo is never decoded whole), then drawn upright (the frame carries its
 * EXIF turn, which drawImage applies) at the exact size. Null when ImageDecoder is missing or fails:
 * the caller then takes the portable path.
 */
async function decodeScaledJpeg(
	file: Blob,
	scaled: { width: number; height: number },
	display: { width: number; height: number },
): Promise<{ rgba: RgbaImage; sourceWidth: number; sourceHeight: number } | null> {
	if (typeof ImageDecoder === 'undefined') return null;
	let decoder: ImageDecoder | null = null;
	let frame: VideoFrame | null = null;
	try {
		decoder = new ImageDecoder({
			data: file.stream(),
			type: 'image/jpeg',
			preferAnimation: false,
			desiredWidth: scaled.width,
			desiredHeight: scaled.height,
		});
		frame = (await decoder.decode({ frameIndex: 0 })).image;
		const bitmap = await createImageBitmap(frame);
		const long = faceThresholds.SELFIE_LONG_SIDE;
		const k = Math.min(1, long / Math.max(bitmap.width, bitmap.height));
		const width = Math.round(bitmap.width * k);
		const height = Math.round(bitmap.height * k);
		const rgba = drawn(bitmap, width, height);
		bitmap.close();
		// An orientation the frame did not carry (older WebCodecs) leaves the picture sideways: the portable path then.
		if (!rgba || width > height !== display.width > display.height) return null;
		return { rgba, sourceWidth: display.width, sourceHeight: display.height };
	} catch {
		return null;
	} finally {
		frame?.close();
		decoder?.close();
	}
}

/** The bitmap drawn at `width` × `height` and read back as RGBA, or null without a 2D context. */
function drawn(bitmap: ImageBitmap, width: number, height: number): RgbaImage | null {
	const canvas = new OffscreenCanvas(width, height);
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) return null;
	context.imageSmoothingQuality = 'medium';
	context.drawImage(bitmap, 0, 0, width, height);
	return { width, height, data: context.getImageData(0, 0, width, height).data };
}

/**
 * The picture upright (EXIF orientation applied), its long side at most SELFIE_LONG_SIDE (the browser
 * resizes while decoding), as RGBA; with the size it has as taken. Null when it cannot be decoded.
 */
async function decode(
	file: Blob,
	display: { width: number; height: number } | null,
): Promise<{ rgba: RgbaImage; sourceWidth: number; sourceHeight: number } | null> {
	const long = faceThresholds.SELFIE_LONG_SIDE;
	const resize =
		display && Math.max(display.width, display.height) > long
			? display.width >= display.height
				? { resizeWidth: long }
				: { resizeHeight: long }
			: {};
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file, { imageOrientation: 'from-image', resizeQuality: 'medium', ...resize });
	} catch {
		return null;
	}
	try {
		const rgba = drawn(bitmap, bitmap.width, bitmap.height);
		if (!rgba) return null;
		return {
			rgba,
			sourceWidth: display?.width ?? rgba.width,
			sourceHeight: display?.height ?? rgba.height,
		};
	} finally {
		bitmap.close();
	}
}

/// <reference lib="webworker" />
/**
 * Photo worker: reads the chosen file, decodes it (EXIF orientation applied; an image longer than
 * DECODE_LONG_SIDE decoded at that size: a JPEG scaled in the DCT by ImageDecoder, else resized by
 * createImageBitmap), feeds the decoded rows to the library's path (src/lib/photo pipeline.ts: this
 * thread makes the main part, a helper worker on a second core the helper part), and posts the
 * analysis back with the decoded image as the preview bitmap (the browser draws it; no pixel is
 * converted for it here). This file only moves bytes and messages: all the maths is in src/lib/photo,
 * the same code analyzePhoto runs in Node. Every failure becomes a coded error message, never an
 * uncaught exception.
 */
import {
	analyzeRgbWork,
	analyzeWorkingImage,
	displaySize,
	fitLongSide,
	FRAME_FORMATS,
	inspectPhotoFile,
	loadDocumentModel,
	reducedDecodeSize,
	RgbWork,
	rgbWorkInMemory,
	thresholds,
	webCodecsDecodeSize,
	workingImageFromFrame,
	type FileProblem,
	type FrameFormat,
	type HelperResult,
	type ImageFormat,
	type PhotoAnalysis,
	type PhotoKind,
} from '../lib/photo';
import { readFrameRows, STRIP_ROWS } from './frame-rows';
import type {
	HelperAnswer,
	HelperRequest,
	HelperTimings,
	IslandMessage,
	WorkerAnswer,
	WorkerTimings,
} from './photo-messages';
import { warmUpFrame, warmUpPlanes } from './photo-warm-up';

/** MIME types WebCodecs is asked to decode; anything else takes the portable path. */
const WEBCODECS_TYPES: Partial<Record<ImageFormat, string>> = {
	jpeg: 'image/jpeg',
	png: 'image/png',
	webp: 'image/webp',
};
/**
 * Runs of the whole path on small made-up frames, the first two when the worker starts, the rest once
 * the reader shows they mean to choose a photo (the island says so: 'prepare'), smallest first:
 * working long sides of those runs. The last is I420
 * (a small JPEG decoded whole may come as planes). The first runs are tiny: a run cannot be
 * interrupted, so a photo chosen meanwhile waits for a few milliseconds of cold code rather than for a
 * 640 px run.
 */
const WARM_UP_SIDES = [80, 160, 320, 640, 640, 320];
/** How long the photo worker waits for its helper before doing the helper's part itself. */
const HELPER_TIMEOUT_MS = 3000;

declare const self: DedicatedWorkerGlobalScope;

// The helper thread (photo-color.worker.ts), started with the warm-up (or the first photo) so it warms
// up while this one does; null before that, and where workers cannot start workers.
let helper: Worker | null = null;
let helperStarted = false;
let helperRequests = 0;

function startHelper(): Worker | null {
	helperStarted = true;
	if (typeof Worker === 'undefined') return null;
	try {
		const started = new Worker(new URL('./photo-color.worker.ts', import.meta.url), { type: 'module' });
		// A helper that fails to load or run is dropped: a photo waiting on it would wait in vain.
		started.addEventListener('error', (event) => {
			event.preventDefault();
			if (helper === started) helper = null;
		});
		return started;
	} catch {
		return null;
	}
}

// Warm the path up while the reader reaches for a photo: a first call on a real photo then runs
// optimised code (REFERENCE §1.5: 23.5 → 8.8 ms at 1600 px). One run a task, so a photo chosen
// meanwhile waits for one small run at most. Before the island asks, only the first IDLE_WARM_UP_RUNS
// (tiny) runs: a page where the checker is only seen spends a few milliseconds here.
const IDLE_WARM_UP_RUNS = 2;
let warmUpNext = 0;
let warmUpUntil = IDLE_WARM_UP_RUNS;
let warmUpScheduled = false;
function warmUp(): void {
	warmUpScheduled = false;
	if (warmUpNext >= warmUpUntil) return;
	const side = WARM_UP_SIDES[warmUpNext]!;
	const seed = WARM_UP_SIDES.length - ++warmUpNext;
	const options = { kind: 'document', sourceSize: { width: 4032, height: 3024 } } as const;
	if (seed === 0) {
		analyzeWorkingImage(workingImageFromFrame(warmUpPlanes(seed, side), side), options);
	} else {
		const { input, data, stride, longSide } = warmUpFrame(seed, side);
		const { work, helper: part } = rgbWorkInMemory(input, data, 0, stride, true, longSide);
		analyzeRgbWork(work, part, options);
	}
	scheduleWarmUp();
}
function scheduleWarmUp(): void {
	if (warmUpScheduled || warmUpNext >= warmUpUntil) return;
	warmUpScheduled = true;
	setTimeout(warmUp, 0);
}
scheduleWarmUp();

self.onmessage = async (event: MessageEvent<IslandMessage>) => {
	if (!helperStarted) helper = startHelper();
	// The document model is fetched when the reader reaches for a photo (or chooses one), never before.
	const model = loadDocumentModel();
	if (event.data.type === 'prepare') {
		if (warmUpUntil === IDLE_WARM_UP_RUNS) {
			warmUpUntil = WARM_UP_SIDES.length;
			helper?.postMessage({ warm: true });
			// The warm-up runs left wait for the model, so they warm its code up too.
			void model.then(scheduleWarmUp);
		}
		return;
	}
	warmUpUntil = 0;
	const queued = performance.timeOrigin + performance.now() - event.data.sentAt;
	const { id, file, kind } = event.data;
	const fail = (problem: FileProblem) => post({ type: 'error', id, problem });
	try {
		const start = performance.now();
		const opened = await openFile(file);
		const inspection = inspectPhotoFile(file.size, opened.head);
		if (!inspection.ok) {
			opened.cancel();
			return fail(inspection.problem);
		}

		const t0 = performance.now();
		// An image longer than DECODE_LONG_SIDE (a 12 MP or a 50 MP photo) is decoded straight at about
		// 1.5× the working size, never whole: less work, and memory stays bounded.
		const bounded = reducedDecodeSize(inspection.header);
		// Fast path: WebCodecs hands over the decoded frame (a JPEG scaled in the DCT to at most
		// DECODE_LONG_SIDE), which our own area resampler shrinks to the working size; no full-size image
		// is ever decoded, drawn or read.
		const scaled = webCodecsDecodeSize(inspection.format, inspection.header);
		const decoded = await decodeWithWebCodecs(opened, inspection.format, scaled);
		const tDecoded = performance.now();
		await model;
		const t1 = performance.now();
		const reduced = decoded ? scaled : bounded;
		const decodedWith = `${decoded ? 'webcodecs' : 'bitmap'}${reduced ? '-reduced' : ''}` as const;
		let analysis: PhotoAnalysis;
		let helped = false;
		// Of the time from the decoded image to the analysis, the part spent judging the working image.
		let analyzeMs = 0;
		let split: WorkerTimings['split'];
		let preview: ImageBitmap;
		// A bitmap made from a turned frame (EXIF orientation) carries the turn for drawImage to apply.
		let previewTurned = false;
		let decodedSize: { width: number; height: number };
		let sourceSize: { width: number; height: number };
		if (decoded) {
			const { frame } = decoded;
			const { rotation, flip } = orientationOf(frame);
			previewTurned = rotation % 360 !== 0 || flip;
			decodedSize = { width: frame.codedWidth, height: frame.codedHeight };
			sourceSize = rotation % 180 ? { width: frame.codedHeight, height: frame.codedWidth } : decodedSize;
			// The resolution check judges the photo as taken, not the reduced decode.
			const options = { kind, sourceSize: reduced && inspection.header ? displaySize(inspection.header) : sourceSize };
			try {
				({ analysis, helped, analyzeMs, split } = await analyzeFrame(decoded, options));
				preview = await previewOf(frame);
			} finally {
				decoded.close();
			}
		} else {
			// Portable path (Safari, other formats): the bitmap read back in strips (no whole RGBA copy is
			// held) into our area resampler; an image longer than DECODE_LONG_SIDE is first resized by the
			// browser to that long side ('medium' quality, aspect kept), as ImageDecoder's DCT scaling does.
			let bitmap: ImageBitmap;
			try {
				const display = reduced && inspection.header ? displaySize(inspection.header) : null;
				const resize = display
					? display.width >= display.height
						? { resizeWidth: thresholds.DECODE_LONG_SIDE }
						: { resizeHeight: thresholds.DECODE_LONG_SIDE }
					: {};
				bitmap = await createImageBitmap(file, { imageOrientation: 'from-image', resizeQuality: 'medium', ...resize });
			} catch {
				return fail(inspection.format === 'heic' ? 'heic-not-supported' : 'cannot-decode');
			}
			sourceSize = { width: bitmap.width, height: bitmap.height };
			decodedSize = sourceSize;
			const options = { kind, sourceSize: reduced && inspection.header ? displaySize(inspection.header) : sourceSize };
			const read = analyzeInStrips(bitmap, options);
			if (!read) {
				bitmap.close();
				return fail('cannot-decode');
			}
			analysis = read;
			preview = await previewOf(bitmap);
		}

		const t2 = performance.now();

		post(
			{
				type: 'result',
				id,
				analysis,
				preview,
				previewTurned,
				timings: {
					path: decodedWith,
					decoded: decodedSize,
					helped,
					queued,
					inspect: t0 - start,
					decode: tDecoded - t0,
					model: t1 - tDecoded,
					read: t2 - t1 - analyzeMs,
					analyze: analyzeMs,
					...(split ? { split } : {}),
				},
			},
			[preview],
		);
	} catch {
		fail('analysis-failed');
	}
};

function post(message: WorkerAnswer, transfer: Transferable[] = []): void {
	self.postMessage(message, transfer);
}

/** A file being read: its first bytes (up to HEAD_BYTES, for identifying it), then the whole of it as a stream, or the read cancelled. */
interface OpenedFile {
	head: Uint8Array;
	rest(): ReadableStream<Uint8Array>;
	cancel(): void;
}

/**
 * Starts reading a file and waits for its first bytes only. The decoder then gets one stream of the
 * whole file (the bytes already read, then the rest as it comes): one read of the file, where a read of
 * its head and then of all of it cost two.
 */
async function openFile(file: Blob): Promise<OpenedFile> {
	const reader = file.stream().getReader();
	const chunks: Uint8Array[] = [];
	let length = 0;
	let done = false;
	while (length < thresholds.HEAD_BYTES && !done) {
		const next = await reader.read();
		done = next.done;
		if (next.value) {
			chunks.push(next.value);
			length += next.value.length;
		}
	}
	const head = new Uint8Array(Math.min(length, thresholds.HEAD_BYTES));
	for (let at = 0, k = 0; at < head.length; k++) {
		const part = chunks[k]!.subarray(0, head.length - at);
		head.set(part, at);
		at += part.length;
	}
	return {
		head,
		rest: () =>
			new ReadableStream<Uint8Array>({
				start(controller) {
					for (const chunk of chunks) controller.enqueue(chunk);
					if (done) controller.close();
				},
				async pull(controller) {
					const next = await reader.read();
					if (next.value) controller.enqueue(next.value);
					if (next.done) controller.close();
				},
				cancel: () => void reader.cancel(),
			}),
		cancel: () => void reader.cancel().catch(() => undefined),
	};
}

/** A frame decoded by WebCodecs, still open: `close` releases it and its decoder. */
interface OpenFrame {
	frame: VideoFrame;
	format: FrameFormat;
	close(): void;
}

/**
 * Decodes with WebCodecs' ImageDecoder. Null when ImageDecoder is missing (Safari; it needs a secure
 * context), cannot read the file, or gives a layout we do not read: the caller then takes the portable
 * path, which reports the decode error if there is one.
 */
async function decodeWithWebCodecs(
	file: OpenedFile,
	format: ImageFormat,
	reduced: { width: number; height: number } | null,
): Promise<OpenFrame | null> {
	const type = WEBCODECS_TYPES[format];
	if (!type || typeof ImageDecoder === 'undefined') {
		file.cancel();
		return null;
	}
	let decoder: ImageDecoder | null = null;
	let frame: VideoFrame | null = null;
	const close = () => {
		frame?.close();
		decoder?.close();
	};
	try {
		// desiredWidth/Height: JPEG scales in the DCT (to n/8 of the size, at most the size asked for).
		const desired = reduced ? { desiredWidth: reduced.width, desiredHeight: reduced.height } : {};
		// A stream, so the decoder can start while the file is still being read.
		decoder = new ImageDecoder({ data: file.rest(), type, preferAnimation: false, ...desired });
		frame = (await decoder.decode({ frameIndex: 0 })).image;
		// A decoder that ignored the size asked for (PNG has no scaled decode) would hand over the whole
		// image: leave it to the portable path, which resizes while decoding.
		const pixelFormat = frame.format as FrameFormat | null;
		// Full-range BT.601 is JPEG's YCbCr; anything else (limited range, other matrices) goes the portable way.
		const yuv = pixelFormat !== null && pixelFormat.startsWith('I');
		const readable =
			pixelFormat !== null &&
			FRAME_FORMATS.includes(pixelFormat) &&
			!(reduced && frame.codedWidth * frame.codedHeight > 4 * reduced.width * reduced.height) &&
			!(yuv && !(frame.colorSpace.fullRange && ['smpte170m', 'bt470bg'].includes(frame.colorSpace.matrix ?? '')));
		if (readable) return { frame, format: pixelFormat, close };
	} catch {
		// Falls through to the portable path.
	}
	close();
	return null;
}

/** The turn (degrees clockwise) and mirror to apply to a frame: ImageDecoder fills them from EXIF (newer WebCodecs; 0 and false before). */
function orientationOf(frame: VideoFrame): { rotation: number; flip: boolean } {
	const oriented = frame as VideoFrame & { rotation?: number; flip?: boolean };
	return { rotation: oriented.rotation ?? 0, flip: oriented.flip ?? false };
}

/**
 * The analysis of a decoded frame. YCbCr planes are copied whole and shrunk (frame.ts). An RGB frame
 * goes the library's split path: this thread feeds the main part STRIP_ROWS rows at a time through
 * one reused buffer (the whole frame is never copied: 3 MB for a 12 MP JPEG decoded at 1008 px),
 * while the helper thread does the helper part from a clone of the frame; without a helper, or
 * when it fails, this thread does the helper part after its own.
 */
async function analyzeFrame(
	{ frame, format }: OpenFrame,
	options: { kind: PhotoKind; sourceSize: { width: number; height: number } },
): Promise<{ analysis: PhotoAnalysis; helped: boolean; analyzeMs: number; split?: WorkerTimings['split'] }> {
	const { rotation, flip } = orientationOf(frame);
	const { codedWidth: width, codedHeight: height } = frame;
	if (format.startsWith('I')) {
		const data = new Uint8Array(frame.allocationSize());
		const layout = await frame.copyTo(data);
		const work = workingImageFromFrame({ format, width, height, data, layout, rotation, flip });
		const start = performance.now();
		return { analysis: analyzeWorkingImage(work, options), helped: false, analyzeMs: performance.now() - start };
	}
	const input = { width, height, bgr: format[0] === 'B', rotation, flip };
	const find = options.kind === 'document';
	const work = new RgbWork(input, { find });
	const fromHelper = askHelper(() => ({
		id: ++helperRequests,
		frame: frame.clone(),
		input,
		band: work.helperBand,
		find,
	}));
	const begun = performance.now();
	await readFrameRows(frame, work.samplers);
	// The model looks at the colour image here while the helper runs the classical finder.
	work.look();
	const ownDone = performance.now();
	const answer = await fromHelper;
	const helped = answer !== null;
	const split = answer
		? {
				own: ownDone - begun,
				waited: performance.now() - ownDone,
				helperRead: answer.spent.read,
				helperFind: answer.spent.find,
			}
		: undefined;
	let part: HelperResult;
	if (answer) part = answer;
	else {
		const here = work.helperPart();
		await readFrameRows(frame, here.samplers);
		part = here.result();
	}
	const start = performance.now();
	return { analysis: analyzeRgbWork(work, part, options), helped, analyzeMs: performance.now() - start, split };
}

/** The helper's answer, or null when there is no helper, it fails, or it has not answered in HELPER_TIMEOUT_MS (this thread then does its part). */
function askHelper(makeRequest: () => HelperRequest): Promise<(HelperResult & { spent: HelperTimings }) | null> {
	// A helper started with this photo is used too: it loads and runs on another core while this
	// thread makes its part (cold code on both threads, but in parallel).
	if (!helper) return Promise.resolve(null);
	const worker = helper;
	let request: HelperRequest;
	try {
		request = makeRequest();
	} catch {
		return Promise.resolve(null);
	}
	return new Promise((resolve) => {
		const done = (value: (HelperResult & { spent: HelperTimings }) | null) => {
			clearTimeout(timer);
			worker.removeEventListener('message', onMessage);
			worker.removeEventListener('error', onError);
			resolve(value);
		};
		const onMessage = (event: MessageEvent<HelperAnswer>) => {
			if (event.data.id !== request.id) return;
			done(event.data.ok ? event.data : null);
		};
		const onError = (event: Event) => {
			event.preventDefault();
			helper = null;
			done(null);
		};
		const timer = setTimeout(() => done(null), HELPER_TIMEOUT_MS);
		worker.addEventListener('message', onMessage);
		worker.addEventListener('error', onError);
		try {
			worker.postMessage(request, [request.frame]);
		} catch {
			// A browser that cannot send a frame to another worker: this thread does the helper's part.
			request.frame.close();
			helper = null;
			done(null);
		}
	});
}

/**
 * The preview: the decoded image as it is (oriented), or shrunk by the browser to the working size when
 * it is larger than a reduced decode (a PNG decoded whole), so a big bitmap is not kept for display.
 * A bitmap source is closed once the preview no longer needs it.
 */
async function previewOf(source: VideoFrame | ImageBitmap): Promise<ImageBitmap> {
	const width = source instanceof ImageBitmap ? source.width : source.displayWidth;
	const height = source instanceof ImageBitmap ? source.height : source.displayHeight;
	if (Math.max(width, height) <= thresholds.DECODE_LONG_SIDE)
		return source instanceof ImageBitmap ? source : createImageBitmap(source);
	const size = fitLongSide(width, height, thresholds.WORKING_LONG_SIDE);
	const preview = await createImageBitmap(source, {
		resizeWidth: size.width,
		resizeHeight: size.height,
		resizeQuality: 'medium',
	});
	if (source instanceof ImageBitmap) source.close();
	return preview;
}

/** The analysis of a bitmap, its pixels read back STRIP_ROWS rows at a time into both parts of the path (on this thread); null when it cannot be read. */
function analyzeInStrips(
	bitmap: ImageBitmap,
	options: { kind: PhotoKind; sourceSize: { width: number; height: number } },
): PhotoAnalysis | null {
	const { width, height } = bitmap;
	const rows = Math.min(STRIP_ROWS, height);
	const canvas = new OffscreenCanvas(width, rows);
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) return null;
	const work = new RgbWork(
		{ width, height, bgr: false, rotation: 0, flip: false },
		{ find: options.kind === 'document' },
	);
	const part = work.helperPart();
	for (let y = 0; y < height; y += rows) {
		const n = Math.min(rows, height - y);
		context.clearRect(0, 0, width, rows);
		context.drawImage(bitmap, 0, y, width, n, 0, 0, width, n);
		const strip = context.getImageData(0, 0, width, n);
		const bytes = new Uint8Array(strip.data.buffer);
		work.addRows(bytes, 0, n, width * 4);
		part.addRows(bytes, 0, n, width * 4);
	}
	return analyzeRgbWork(work, part.result(), options);
}

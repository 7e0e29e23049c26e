/// <reference lib="webworker" />
/**
 * Photo worker: decode the chosen file (EXIF orientation applied; an image longer than DECODE_LONG_SIDE
 * decoded at that size: a JPEG scaled in the DCT by ImageDecoder, else resized by createImageBitmap),
 * make the working image with the analysis' own area resampler (src/lib/photo/working.ts and resize.ts,
 * the one fixed resampler; the blur thresholds are calibrated on this path, see thresholds.ts), with a
 * helper worker on a second core finding the document meanwhile, run the analysis, and post plain data
 * back with the decoded image as the preview bitmap (the browser draws it; no pixel is converted for it
 * here). All the maths is in src/lib/photo; every failure becomes a coded error message, never an
 * uncaught exception.
 */
import {
	analyzeWorkingImage,
	colorSampler,
	displaySize,
	fitLongSide,
	FRAME_FORMATS,
	inspectPhotoFile,
	lumaSampler,
	orient,
	orientPlane,
	reducedDecodeSize,
	thresholds,
	webCodecsDecodeSize,
	workingImageFromFrame,
	WorkingImageBuilder,
	type DecodedFrame,
	type DocumentCandidate,
	type FileProblem,
	type FrameFormat,
	type ImageFormat,
	type RgbaImage,
	type WorkingImage,
} from '../lib/photo';
import { readFrameRows, STRIP_ROWS } from './frame-rows';
import type { AnalyzeRequest, ColorAnswer, ColorRequest, WorkerAnswer } from './photo-messages';

/** MIME types WebCodecs is asked to decode; anything else takes the portable path. */
const WEBCODECS_TYPES: Partial<Record<ImageFormat, string>> = {
	jpeg: 'image/jpeg',
	png: 'image/png',
	webp: 'image/webp',
};
/**
 * Runs of the whole pipeline on small made-up frames when the worker starts, smallest first: working
 * long sides of those runs. Each frame is WARM_UP_SPAN (1.008 for a 4032 px photo decoded at 1008) times
 * larger, so the resampler takes the same branches as on a photo (a few rows and columns straddling two
 * output cells): the first real photo then runs code optimised for its shapes.
 * Frames are BGRX, what Chromium's ImageDecoder hands over for a JPEG scaled while decoding; the last
 * is I420 (a small JPEG decoded whole may come as planes). The first runs are tiny: a run cannot be
 * interrupted, so a photo chosen the moment the widget appears waits for a few milliseconds of cold code
 * rather than for a 320 px run (bench/photo-browser.bench.ts, chosen at once: median 290 → 185 ms; no
 * change when chosen after 2 s).
 */
const WARM_UP_SIDES = [80, 160, 320, 320, 640, 640, 640, 640, 320];
/** Decoded size ÷ working size of a 12 MP phone JPEG on the WebCodecs path (4032 / 8 × 2 = 1008 → 1000). */
const WARM_UP_SPAN = 1008 / 1000;

/**
 * Share of the luma rows made on this thread; the helper makes the rest after the colour image and the
 * document finder (about even on the 12 MP bench: bench/photo-browser.bench.ts).
 */
const LUMA_SHARE_HERE = 0.85;
/** How long the photo worker waits for its helper before doing the helper's part itself. */
const HELPER_TIMEOUT_MS = 3000;

declare const self: DedicatedWorkerGlobalScope;

// The helper thread (photo-color.worker.ts: the colour image, the document finder, the last luma rows),
// started at once so it warms up while this one does; null where workers cannot start workers.
let helper: Worker | null = startHelper();
let helperRequests = 0;
/** The helper has warmed up (it says so once): before that a photo is checked without it. */
let helperReady = false;

function startHelper(): Worker | null {
	if (typeof Worker === 'undefined') return null;
	try {
		const started = new Worker(new URL('./photo-color.worker.ts', import.meta.url), { type: 'module' });
		started.addEventListener('message', (event: MessageEvent<{ ready?: boolean }>) => {
			if (event.data.ready === true) helperReady = true;
		});
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

// Warm the shrinking and the analysis up while the page is idle (the island starts this worker when it
// appears): a first call on a real photo then runs optimised code (REFERENCE §1.5: 23.5 → 8.8 ms at
// 1600 px). One run a task, so a photo chosen meanwhile waits for one small run at most.
let warmUpLeft = WARM_UP_SIDES.length;
function warmUp(): void {
	if (warmUpLeft <= 0) return;
	const side = WARM_UP_SIDES[WARM_UP_SIDES.length - warmUpLeft]!;
	warmUpLeft--;
	const frame = warmUpFrame(warmUpLeft, Math.round(side * WARM_UP_SPAN), warmUpLeft === 0 ? 'I420' : 'BGRX');
	analyzeWorkingImage(workingImageFromFrame(frame, side), {
		kind: 'document',
		sourceSize: { width: 4032, height: 3024 },
	});
	setTimeout(warmUp, 0);
}
warmUp();

self.onmessage = async (event: MessageEvent<AnalyzeRequest>) => {
	warmUpLeft = 0;
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
		const t1 = performance.now();
		const reduced = decoded ? scaled : bounded;
		const decodedWith = `${decoded ? 'webcodecs' : 'bitmap'}${reduced ? '-reduced' : ''}` as const;
		let work: WorkingImage;
		// The document in the colour image, when the helper found it already (else the analysis looks).
		let found: DocumentCandidate | null | undefined;
		let helped = false;
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
			try {
				({ work, found, helped } = await workingImageOfFrame(decoded, kind === 'document'));
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
			const read = readInStrips(bitmap);
			if (!read) {
				bitmap.close();
				return fail('cannot-decode');
			}
			work = read;
			preview = await previewOf(bitmap);
		}

		const t2 = performance.now();
		// The resolution check judges the photo as taken, not the reduced decode.
		if (reduced && inspection.header) sourceSize = displaySize(inspection.header);
		const analysis = analyzeWorkingImage(work, { kind, sourceSize }, work, found);
		const t3 = performance.now();

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
					decode: t1 - t0,
					read: t2 - t1,
					analyze: t3 - t2,
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
 * The working image of a decoded frame, then oriented (ImageDecoder fills the frame's rotation and
 * flip from EXIF). An RGB frame is copied out STRIP_ROWS rows at a time into one reused buffer, each
 * strip fed to the resampler at once: the whole frame is never copied (3 MB for a 12 MP JPEG
 * decoded at 1008 px). YUV planes are copied whole.
 */
async function workingImageOfFrame(
	{ frame, format }: OpenFrame,
	find: boolean,
): Promise<{ work: WorkingImage; found?: DocumentCandidate | null; helped: boolean }> {
	const { rotation, flip } = orientationOf(frame);
	const { codedWidth: width, codedHeight: height } = frame;
	if (format.startsWith('I')) {
		const data = new Uint8Array(frame.allocationSize());
		const layout = await frame.copyTo(data);
		return { work: workingImageFromFrame({ format, width, height, data, layout, rotation, flip }), helped: false };
	}
	const bgr = format[0] === 'B';
	// The helper, on another thread and from a clone of the frame, makes the colour image, finds the
	// document in it and makes the bottom rows of the luma, while this thread makes the top rows: about
	// the same time on each side. Without a helper, or when it fails, this thread makes its part after.
	const whole = fitLongSide(width, height, thresholds.WORKING_LONG_SIDE);
	const split = Math.round(whole.height * LUMA_SHARE_HERE);
	const lumaBand = { from: split, to: whole.height };
	const fromHelper = askHelper(() => ({
		id: ++helperRequests,
		frame: frame.clone(),
		bgr,
		rotation,
		flip,
		find,
		lumaBand,
	}));
	const top = lumaSampler(width, height, bgr, { from: 0, to: split });
	await readFrameRows(frame, [top], top.inputRows);
	const helped = await fromHelper;
	let color: RgbaImage;
	let found: DocumentCandidate | null | undefined;
	let bottom: Uint8Array;
	if (helped) {
		({ color, found, luma: bottom } = helped);
	} else {
		const sampler = colorSampler(width, height, bgr);
		const rest = lumaSampler(width, height, bgr, lumaBand);
		await readFrameRows(frame, [sampler, rest]);
		color = orient({ width: sampler.outW, height: sampler.outH, data: sampler.rgba() }, rotation, flip);
		bottom = rest.out;
	}
	const luma = new Uint8Array(whole.width * whole.height);
	luma.set(top.out);
	luma.set(bottom, top.out.length);
	const turned = orientPlane(luma, whole.width, whole.height, rotation, flip);
	return {
		work: { width: turned.width, height: turned.height, luma: turned.data, color },
		found: find ? found : undefined,
		helped: helped !== null,
	};
}

/** The helper's answer, or null when there is no helper, it fails, or it has not answered in HELPER_TIMEOUT_MS (this thread then does its part). */
function askHelper(
	makeRequest: () => ColorRequest,
): Promise<{ color: RgbaImage; found: DocumentCandidate | null; luma: Uint8Array } | null> {
	if (!helper || !helperReady) return Promise.resolve(null);
	const worker = helper;
	let request: ColorRequest;
	try {
		request = makeRequest();
	} catch {
		return Promise.resolve(null);
	}
	return new Promise((resolve) => {
		const done = (value: { color: RgbaImage; found: DocumentCandidate | null; luma: Uint8Array } | null) => {
			clearTimeout(timer);
			worker.removeEventListener('message', onMessage);
			worker.removeEventListener('error', onError);
			resolve(value);
		};
		const onMessage = (event: MessageEvent<ColorAnswer>) => {
			if (event.data.id !== request.id) return;
			done(event.data.ok ? { color: event.data.color, found: event.data.found, luma: event.data.luma } : null);
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

/** The working image of a bitmap, its pixels read STRIP_ROWS rows at a time. */
function readInStrips(bitmap: ImageBitmap): WorkingImage | null {
	const { width, height } = bitmap;
	const rows = Math.min(STRIP_ROWS, height);
	const canvas = new OffscreenCanvas(width, rows);
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) return null;
	const builder = new WorkingImageBuilder(width, height);
	for (let y = 0; y < height; y += rows) {
		const n = Math.min(rows, height - y);
		context.clearRect(0, 0, width, rows);
		context.drawImage(bitmap, 0, y, width, n, 0, 0, width, n);
		const strip = context.getImageData(0, 0, width, n);
		builder.addRows(new Uint8Array(strip.data.buffer), 0, n, width * 4);
	}
	return builder.result();
}

/** A `width` × ¾ `width` frame of a light card with lines of "text" on a darker table, varied a little per run. */
function warmUpFrame(seed: number, width: number, format: 'BGRX' | 'I420'): DecodedFrame {
	const height = Math.round((width * 3) / 4);
	const luma = new Uint8Array(width * height);
	const s = width / 640;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const card = x > 120 * s && x < 520 * s && y > 114 * s && y < 366 * s;
			const text = card && Math.floor(y / s) % 24 < 6 && Math.floor(x / s) % 14 < 8;
			luma[y * width + x] = text ? 40 : card ? 220 : 90 + ((x * 7 + y * 13 + seed) % 23);
		}
	}
	const rotation = seed % 2 ? 0 : 90;
	if (format === 'BGRX') {
		const data = new Uint8Array(width * height * 4).fill(255);
		// A warm table: blue below red, so the colour channels differ.
		for (let i = 0, p = 0; i < luma.length; i++, p += 4) {
			data[p] = luma[i]! * 0.9;
			data[p + 1] = luma[i]!;
			data[p + 2] = Math.min(255, luma[i]! * 1.1);
		}
		return { format, width, height, data, layout: [{ offset: 0, stride: width * 4 }], rotation, flip: false };
	}
	const cw = Math.ceil(width / 2);
	const ch = Math.ceil(height / 2);
	const data = new Uint8Array(width * height + 2 * cw * ch).fill(128);
	data.set(luma);
	const layout = [
		{ offset: 0, stride: width },
		{ offset: width * height, stride: cw },
		{ offset: width * height + cw * ch, stride: cw },
	];
	return { format, width, height, data, layout, rotation, flip: false };
}

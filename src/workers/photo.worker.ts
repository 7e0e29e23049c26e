/// <reference lib="webworker" />
/**
 * Photo worker: decode the chosen file (EXIF orientation applied; an image longer than DECODE_LONG_SIDE
 * decoded at that size: a JPEG scaled in the DCT by ImageDecoder, else resized by createImageBitmap),
 * shrink it to the working size with the analysis' own area resampler (src/lib/photo/resize.ts, the one
 * fixed resampler; the blur thresholds are calibrated on this path, see thresholds.ts), run
 * `analyzePhoto`, post plain data back with the
 * working image as the preview bitmap. All the maths is in src/lib/photo;
 * every failure becomes a coded error message, never an uncaught exception.
 */
import { AreaResampler, analyzePhoto, displaySize, fitLongSide, FRAME_FORMATS, inspectPhotoFile, reducedDecodeSize, thresholds, webCodecsDecodeSize, workingImageFromFrame, type DecodedFrame, type FileProblem, type FrameFormat, type ImageFormat, type RgbaImage } from '../lib/photo';
import type { AnalyzeRequest, WorkerAnswer } from './photo-messages';

/** Rows read back per getImageData call on the portable path (≈ 4 MB at 4032 px wide). */
const STRIP_ROWS = 256;
/** MIME types WebCodecs is asked to decode; anything else takes the portable path. */
const WEBCODECS_TYPES: Partial<Record<ImageFormat, string>> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };
/**
 * Runs of the whole pipeline on small made-up frames when the worker starts, smallest first: working
 * long sides of those runs. Each frame is DECODE_LONG_SIDE / WORKING_LONG_SIDE (1.18125 for a 4032 px
 * photo decoded at 1512) times larger, so the resampler takes the same branches as on a photo (rows and
 * columns straddling two output cells), and from 640 on the document finder shrinks its input as it
 * does at 1280 (a power-of-two span): the first real photo then runs code optimised for its shapes.
 */
const WARM_UP_SIDES = [320, 320, 640, 640, 640, 640];
/** Decoded size ÷ working size of a 12 MP phone JPEG on the WebCodecs path (4032 / 8 × 3 = 1512 → 1280). */
const WARM_UP_SPAN = 1512 / 1280;

declare const self: DedicatedWorkerGlobalScope;

// Warm the shrinking and the analysis up while the page is idle (the island starts this worker when it
// appears): a first call on a real photo then runs optimised code (REFERENCE §1.5: 23.5 → 8.8 ms at
// 1600 px). One run a task, so a photo chosen meanwhile waits for one small run at most.
let warmUpLeft = WARM_UP_SIDES.length;
function warmUp(): void {
	if (warmUpLeft <= 0) return;
	const side = WARM_UP_SIDES[WARM_UP_SIDES.length - warmUpLeft]!;
	warmUpLeft--;
	const frame = warmUpFrame(warmUpLeft, Math.round(side * WARM_UP_SPAN));
	analyzePhoto(workingImageFromFrame(frame, side), { kind: 'document', sourceSize: { width: 4032, height: 3024 } });
	setTimeout(warmUp, 0);
}
warmUp();

self.onmessage = async (event: MessageEvent<AnalyzeRequest>) => {
	warmUpLeft = 0;
	const queued = performance.timeOrigin + performance.now() - event.data.sentAt;
	const { id, file, kind } = event.data;
	const fail = (problem: FileProblem) => post({ type: 'error', id, problem });
	try {
		const head = new Uint8Array(await file.slice(0, thresholds.HEAD_BYTES).arrayBuffer());
		const inspection = inspectPhotoFile(file.size, head);
		if (!inspection.ok) return fail(inspection.problem);

		const t0 = performance.now();
		// An image longer than DECODE_LONG_SIDE (a 12 MP or a 50 MP photo) is decoded straight at about
		// 1.5× the working size, never whole: less work, and memory stays bounded.
		const bounded = reducedDecodeSize(inspection.header);
		// Fast path: WebCodecs hands over the decoded planes (for a phone JPEG, the Y plane is the luma),
		// scaled in the DCT to at most DECODE_LONG_SIDE, which our own area resampler shrinks to the working
		// size; no full-size image is ever decoded, drawn or read.
		const scaled = webCodecsDecodeSize(inspection.format, inspection.header);
		let decoded = await decodeWithWebCodecs(file, inspection.format, scaled);
		const t1 = performance.now();
		const reduced = decoded ? scaled : bounded;
		let decodedSize = decoded ? { width: decoded.width, height: decoded.height } : { width: 0, height: 0 };
		const decodedWith = `${decoded ? 'webcodecs' : 'bitmap'}${reduced ? '-reduced' : ''}` as const;
		let work: RgbaImage;
		let sourceSize: { width: number; height: number };
		if (decoded) {
			work = workingImageFromFrame(decoded, thresholds.WORKING_LONG_SIDE);
			sourceSize = decoded.rotation % 180 ? { width: decoded.height, height: decoded.width } : { width: decoded.width, height: decoded.height };
			decoded = null;
		} else {
			// Portable path (Safari, other formats): the bitmap read back in strips (no whole RGBA copy is
			// held) into our area resampler; an image longer than DECODE_LONG_SIDE is first resized by the
			// browser to that long side ('medium' quality, aspect kept), as ImageDecoder's DCT scaling does.
			let bitmap: ImageBitmap;
			try {
				const display = reduced && inspection.header ? displaySize(inspection.header) : null;
				const resize = display ? (display.width >= display.height ? { resizeWidth: thresholds.DECODE_LONG_SIDE } : { resizeHeight: thresholds.DECODE_LONG_SIDE }) : {};
				bitmap = await createImageBitmap(file, { imageOrientation: 'from-image', resizeQuality: 'medium', ...resize });
			} catch {
				return fail(inspection.format === 'heic' ? 'heic-not-supported' : 'cannot-decode');
			}
			sourceSize = { width: bitmap.width, height: bitmap.height };
			decodedSize = sourceSize;
			const read = readInStrips(bitmap);
			bitmap.close();
			if (!read) return fail('cannot-decode');
			work = read;
		}
		// The preview is the working image itself (createImageBitmap copies it before the analysis runs).
		const previewPromise = createImageBitmap(new ImageData(work.data as Uint8ClampedArray<ArrayBuffer>, work.width, work.height));

		const t2 = performance.now();
		// The resolution check judges the photo as taken, not the reduced decode.
		if (reduced && inspection.header) sourceSize = displaySize(inspection.header);
		const analysis = analyzePhoto(work, { kind, sourceSize });
		const t3 = performance.now();
		const preview = await previewPromise;
		const t4 = performance.now();

		post({ type: 'result', id, analysis, preview, timings: { path: decodedWith, decoded: decodedSize, queued, decode: t1 - t0, read: t2 - t1, analyze: t3 - t2, preview: t4 - t3 } }, [preview]);
	} catch {
		fail('analysis-failed');
	}
};

function post(message: WorkerAnswer, transfer: Transferable[] = []): void {
	self.postMessage(message, transfer);
}

/**
 * Decodes with WebCodecs' ImageDecoder and copies the frame out as it is stored (YUV planes for most
 * JPEGs, RGB for others), with the EXIF orientation still to apply. Null when ImageDecoder is missing
 * (Safari; it needs a secure context), cannot read the file, or gives a layout we do not read: the
 * caller then takes the portable path, which reports the decode error if there is one.
 */
async function decodeWithWebCodecs(file: Blob, format: ImageFormat, reduced: { width: number; height: number } | null): Promise<DecodedFrame | null> {
	const type = WEBCODECS_TYPES[format];
	if (!type || typeof ImageDecoder === 'undefined') return null;
	let decoder: ImageDecoder | null = null;
	let frame: VideoFrame | null = null;
	try {
		// desiredWidth/Height: JPEG scales in the DCT (to n/8 of the size, at most the size asked for).
		const desired = reduced ? { desiredWidth: reduced.width, desiredHeight: reduced.height } : {};
		decoder = new ImageDecoder({ data: file.stream(), type, preferAnimation: false, ...desired });
		frame = (await decoder.decode({ frameIndex: 0 })).image;
		// A decoder that ignored the size asked for (PNG has no scaled decode) would hand over the whole
		// image: leave it to the portable path, which resizes while decoding.
		if (reduced && frame.codedWidth * frame.codedHeight > 4 * reduced.width * reduced.height) return null;
		const pixelFormat = frame.format as FrameFormat | null;
		// Full-range BT.601 is JPEG's YCbCr; anything else (limited range, other matrices) goes the portable way.
		const yuv = pixelFormat !== null && pixelFormat.startsWith('I');
		if (!pixelFormat || !FRAME_FORMATS.includes(pixelFormat) || (yuv && !(frame.colorSpace.fullRange && ['smpte170m', 'bt470bg'].includes(frame.colorSpace.matrix ?? '')))) return null;
		const data = new Uint8Array(frame.allocationSize());
		const layout = await frame.copyTo(data);
		const oriented = frame as VideoFrame & { rotation?: number; flip?: boolean };
		return { format: pixelFormat, width: frame.codedWidth, height: frame.codedHeight, data, layout, rotation: oriented.rotation ?? 0, flip: oriented.flip ?? false };
	} catch {
		return null;
	} finally {
		frame?.close();
		decoder?.close();
	}
}

/** The bitmap's pixels shrunk to the working size by the area resampler, read STRIP_ROWS rows at a time. */
function readInStrips(bitmap: ImageBitmap): RgbaImage | null {
	const { width, height } = bitmap;
	const size = fitLongSide(width, height, thresholds.WORKING_LONG_SIDE);
	const rows = Math.min(STRIP_ROWS, height);
	const canvas = new OffscreenCanvas(width, rows);
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) return null;
	const resampler = new AreaResampler(width, height, size.width, size.height, 3);
	for (let y = 0; y < height; y += rows) {
		const n = Math.min(rows, height - y);
		context.clearRect(0, 0, width, rows);
		context.drawImage(bitmap, 0, y, width, n, 0, 0, width, n);
		const strip = context.getImageData(0, 0, width, n);
		resampler.addRows(new Uint8Array(strip.data.buffer), 0, n, width * 4, 4);
	}
	return { width: size.width, height: size.height, data: resampler.toRgba(false) };
}

/** A `width` × ¾ `width` I420 frame of a light card with lines of "text" on a darker table, varied a little per run. */
function warmUpFrame(seed: number, width: number): DecodedFrame {
	const height = Math.round((width * 3) / 4);
	const cw = Math.ceil(width / 2);
	const ch = Math.ceil(height / 2);
	const data = new Uint8Array(width * height + 2 * cw * ch).fill(128);
	const s = width / 640;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const card = x > 120 * s && x < 520 * s && y > 114 * s && y < 366 * s;
			const text = card && Math.floor(y / s) % 24 < 6 && Math.floor(x / s) % 14 < 8;
			data[y * width + x] = text ? 40 : card ? 220 : 90 + ((x * 7 + y * 13 + seed) % 23);
		}
	}
	const layout = [
		{ offset: 0, stride: width },
		{ offset: width * height, stride: cw },
		{ offset: width * height + cw * ch, stride: cw },
	];
	return { format: 'I420', width, height, data, layout, rotation: seed % 2 ? 0 : 90, flip: false };
}

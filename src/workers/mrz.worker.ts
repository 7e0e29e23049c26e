/// <reference lib="webworker" />
/**
 * Readiness worker: scores a chosen photo's quality (src/lib/photo) and reads its MRZ (src/lib/mrz) from
 * one decode, searching the document the scorer found first, and builds the readiness report
 * (src/lib/ready), off the page's thread. The engine (tesseract-wasm's WebAssembly, bundled as an
 * asset of the site) and the recognition data (public/mrz/mrz.traineddata) are fetched from the site
 * itself on the first photo, then kept; a report alone needs neither.
 */
import { createOCREngine, supportsFastBuild, type OCREngine } from 'tesseract-wasm';
import {
	grayOfRgba,
	readMrzInImage,
	SEARCH_LONG_SIDE,
	wholePixelBox,
	type Detail,
	type GrayImage,
	type MrzResult,
} from '../lib/mrz';
import { configureEngine, tesseractRecogniser } from '../lib/mrz/tesseract';
import { analyzePhoto, loadDocumentModel, thresholds, type PhotoAnalysis } from '../lib/photo';
import type { MrzRegion } from '../lib/mrz/region';
import {
	buildReport,
	decideTyped,
	mrzDate,
	photoQuality,
	sureDocument,
	type AccountDetails,
	type PhotoInput,
	type PhotoQuality,
	type ReportItem,
} from '../lib/ready';

/** A request: read the MRZ of this file, or build the report for these details. */
export type MrzRequest =
	| { type: 'read'; id: number; file: Blob; today: string }
	| {
			type: 'report';
			id: number;
			account: AccountDetails;
			/** The photo's reading (null before one), and the MRZ as the person corrected it (null when untouched). */
			photo: MrzResult | null;
			typed: string | null;
			/** The chosen photos' quality, one entry a photo scored (or that could not be opened). */
			photos: PhotoInput[];
			today: string;
	  };
/** Where the time went (ms), for the benchmark: decoding, scoring the photo, waiting for the engine, finding and reading the MRZ. */
export interface MrzTimings {
	decode: number;
	quality: number;
	engine: number;
	read: number;
	reads: number;
}
/** The answer: the reading, the report, or an error code. */
export type MrzAnswer =
	| {
			id: number;
			type: 'result';
			result: MrzResult;
			/** The MRZ's birth and expiry dates as YYYY-MM-DD (null when unreadable), for the checkers' fields. */
			dates: { birth: string | null; expiry: string | null };
			timings: MrzTimings;
	  }
	| { id: number; type: 'report'; mrz: MrzResult | null; items: ReportItem[] }
	/** The photo's quality, sent before the MRZ is read (null when the scorer failed on it). */
	| { id: number; type: 'quality'; quality: PhotoQuality | null }
	| { id: number; type: 'error'; problem: MrzReadProblem };
/** Why a photo could not be read: it could not be decoded, or the OCR engine did not start. */
export type MrzReadProblem = 'cannot-decode' | 'engine-failed';

declare const self: DedicatedWorkerGlobalScope;

const FAST_WASM = new URL('../../node_modules/tesseract-wasm/dist/tesseract-core.wasm', import.meta.url);
const FALLBACK_WASM = new URL('../../node_modules/tesseract-wasm/dist/tesseract-core-fallback.wasm', import.meta.url);
const MODEL = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}mrz/mrz.traineddata`;

let engine: Promise<OCREngine> | null = null;

function startEngine(): Promise<OCREngine> {
	engine ??= (async () => {
		const [wasm, model] = await Promise.all([
			fetch(supportsFastBuild() ? FAST_WASM : FALLBACK_WASM).then((r) => r.arrayBuffer()),
			fetch(MODEL).then((r) => {
				if (!r.ok) throw new Error(`MRZ data: HTTP ${r.status}`);
				return r.arrayBuffer();
			}),
		]);
		const made = await createOCREngine({ wasmBinary: wasm });
		made.loadModel(model);
		configureEngine(made);
		return made;
	})();
	engine.catch(() => (engine = null));
	return engine;
}

self.onmessage = async (event: MessageEvent<MrzRequest>) => {
	const request = event.data;
	if (request.type === 'report') {
		const mrz = request.typed !== null ? decideTyped(request.typed.split('\n')) : request.photo;
		const items = buildReport(request.account, mrz, request.today, request.photos);
		return post({ id: request.id, type: 'report', mrz, items });
	}
	const { id, file } = request;
	const start = performance.now();
	const ready = startEngine();
	let photo: ImageBitmap;
	let search: ImageBitmap;
	let gray: GrayImage;
	try {
		photo = await createImageBitmap(file, { imageOrientation: 'from-image' });
		// The MRZ is searched for on a small copy; each band found is then cut from the full photo.
		search = await shrunk(photo, SEARCH_LONG_SIDE);
		gray = grayOfBitmap(search, 0, 0, search.width, search.height, search.width, search.height);
	} catch {
		return post({ id, type: 'error', problem: 'cannot-decode' });
	}
	const ratio = photo.width / search.width;
	const detail: Detail = (box, zoom) => {
		const { inPhoto, inSearch } = wholePixelBox(box, ratio, photo);
		const { x, y, width: w, height: h } = inPhoto;
		const shrink = Math.min(zoom, ratio) / ratio;
		const image = grayOfBitmap(
			photo,
			x,
			y,
			w,
			h,
			Math.max(1, Math.round(w * shrink)),
			Math.max(1, Math.round(h * shrink)),
		);
		return { image, box: inSearch };
	};
	const decoded = performance.now();
	// The photo scorer on the same decode (resolution judged on the photo as taken), and the document it
	// found when it is sure of it, for the MRZ search, in the search image's pixels.
	let region: MrzRegion | null = null;
	let quality: PhotoQuality | null = null;
	try {
		const analysis = await scorePhoto(photo);
		quality = photoQuality(analysis);
		const corners = sureDocument(analysis);
		const scale = gray.width / analysis.image.width;
		region = corners && (corners.map((p) => ({ x: p.x * scale, y: p.y * scale })) as unknown as MrzRegion);
	} catch {
		// A scorer failure leaves the photo item waiting; the MRZ is still read.
	}
	if (search !== photo) search.close();
	post({ id, type: 'quality', quality });
	const scored = performance.now();
	let made: OCREngine;
	try {
		made = await ready;
	} catch {
		photo.close();
		return post({ id, type: 'error', problem: 'engine-failed' });
	}
	const loaded = performance.now();
	try {
		const { result, reads } = readMrzInImage(gray, tesseractRecogniser(made), region ? { detail, region } : { detail });
		const timings = {
			decode: decoded - start,
			quality: scored - decoded,
			engine: loaded - scored,
			read: performance.now() - loaded,
			reads,
		};
		const dates = {
			birth: mrzDate(result.fields?.birthDate ?? null, 'birth', request.today),
			expiry: mrzDate(result.fields?.expirationDate ?? null, 'expiry', request.today),
		};
		post({ id, type: 'result', result, dates, timings });
	} catch {
		post({ id, type: 'error', problem: 'engine-failed' });
	} finally {
		photo.close();
	}
};

/** The grey pixels of a part of a bitmap (sx, sy, sw, sh) drawn at width × height. */
function grayOfBitmap(
	bitmap: ImageBitmap,
	sx: number,
	sy: number,
	sw: number,
	sh: number,
	width: number,
	height: number,
): GrayImage {
	const canvas = new OffscreenCanvas(width, height);
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) throw new Error('No 2D context in this worker');
	context.imageSmoothingQuality = 'high';
	context.drawImage(bitmap, sx, sy, sw, sh, 0, 0, width, height);
	return grayOfRgba(width, height, context.getImageData(0, 0, width, height).data);
}

/**
 * The photo scorer's analysis. Its thresholds hold for a photo decoded at most DECODE_LONG_SIDE long by
 * the browser ('medium' quality), as the photo checker's portable path does, so a larger photo is shrunk
 * to that first: the verdict matches the photo checker's, and resolution is judged on the photo as taken.
 */
async function scorePhoto(photo: ImageBitmap): Promise<PhotoAnalysis> {
	const sourceSize = { width: photo.width, height: photo.height };
	// The photo checker's finder follows the document model: so does this one.
	const [small] = await Promise.all([shrunk(photo, thresholds.DECODE_LONG_SIDE), loadDocumentModel()]);
	const canvas = new OffscreenCanvas(small.width, small.height);
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) throw new Error('No 2D context for the photo scorer');
	context.drawImage(small, 0, 0);
	if (small !== photo) small.close();
	return analyzePhoto(context.getImageData(0, 0, canvas.width, canvas.height), { kind: 'document', sourceSize });
}

/** The photo shrunk by the browser ('medium' quality) to `longSide` at most; the photo itself when it is no larger. */
async function shrunk(photo: ImageBitmap, longSide: number): Promise<ImageBitmap> {
	const scale = longSide / Math.max(photo.width, photo.height);
	if (scale >= 1) return photo;
	return createImageBitmap(photo, {
		resizeWidth: Math.round(photo.width * scale),
		resizeHeight: Math.round(photo.height * scale),
		resizeQuality: 'medium',
	});
}

function post(answer: MrzAnswer): void {
	self.postMessage(answer);
}

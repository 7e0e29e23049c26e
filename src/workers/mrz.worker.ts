/// <reference lib="webworker" />
/**
 * Readiness worker: scores a chosen photo's quality (src/lib/photo) and reads its MRZ (src/lib/mrz) from
 * one decode, searching the document the scorer found first, and builds the readiness report
 * (src/lib/ready), off the page's thread. The engine (tesseract-wasm's WebAssembly, bundled as an
 * asset of the site) and the recognition data (public/mrz/mrz.traineddata) are fetched from the site
 * itself on the first photo, then kept; a report alone needs neither.
 */
import { createOCREngine, supportsFastBuild, type OCREngine } from 'tesseract-wasm';
import { grayOfRgba, readMrzInImage, type MrzResult } from '../lib/mrz';
import { configureEngine, tesseractRecogniser } from '../lib/mrz/tesseract';
import { analyzePhoto, thresholds, type PhotoAnalysis } from '../lib/photo';
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

/** Photos are read at most this long (a 12 MP photo's MRZ keeps letters of 20+ px at this size). */
const READ_LONG_SIDE = 2400;

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
	let bitmap: ImageBitmap;
	let sourceSize: { width: number; height: number };
	try {
		bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
		sourceSize = { width: bitmap.width, height: bitmap.height };
		const long = Math.max(bitmap.width, bitmap.height);
		if (long > READ_LONG_SIDE) {
			const scale = READ_LONG_SIDE / long;
			const full = bitmap;
			bitmap = await createImageBitmap(full, {
				resizeWidth: Math.round(full.width * scale),
				resizeHeight: Math.round(full.height * scale),
				resizeQuality: 'high',
			});
			full.close();
		}
	} catch {
		return post({ id, type: 'error', problem: 'cannot-decode' });
	}
	const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) return post({ id, type: 'error', problem: 'cannot-decode' });
	context.drawImage(bitmap, 0, 0);
	const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height);
	const decoded = performance.now();
	// The photo scorer on the same decode (resolution judged on the photo as taken), and the document it
	// found when it is sure of it, for the MRZ search, in the MRZ image's pixels.
	let region: MrzRegion | null = null;
	let quality: PhotoQuality | null = null;
	try {
		const analysis = await scorePhoto(bitmap, pixels, sourceSize);
		quality = photoQuality(analysis);
		const corners = sureDocument(analysis);
		const scale = pixels.width / analysis.image.width;
		region = corners && (corners.map((p) => ({ x: p.x * scale, y: p.y * scale })) as unknown as MrzRegion);
	} catch {
		// A scorer failure leaves the photo item waiting; the MRZ is still read.
	}
	bitmap.close();
	post({ id, type: 'quality', quality });
	const scored = performance.now();
	const gray = grayOfRgba(pixels.width, pixels.height, pixels.data);
	let made: OCREngine;
	try {
		made = await ready;
	} catch {
		return post({ id, type: 'error', problem: 'engine-failed' });
	}
	const loaded = performance.now();
	try {
		const { result, reads } = readMrzInImage(gray, tesseractRecogniser(made), region ? { region } : {});
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
	}
};

/**
 * The photo scorer's analysis. Its thresholds hold for a photo decoded at most DECODE_LONG_SIDE long by
 * the browser ('medium' quality), as the photo checker's portable path does, so a larger decode is
 * shrunk to that first: the verdict matches the photo checker's, and the scorer reads less than half
 * the pixels of the MRZ's decode.
 */
async function scorePhoto(
	bitmap: ImageBitmap,
	pixels: ImageData,
	sourceSize: { width: number; height: number },
): Promise<PhotoAnalysis> {
	const long = Math.max(bitmap.width, bitmap.height);
	if (long <= thresholds.DECODE_LONG_SIDE) return analyzePhoto(pixels, { kind: 'document', sourceSize });
	const scale = thresholds.DECODE_LONG_SIDE / long;
	const small = await createImageBitmap(bitmap, {
		resizeWidth: Math.round(bitmap.width * scale),
		resizeHeight: Math.round(bitmap.height * scale),
		resizeQuality: 'medium',
	});
	const canvas = new OffscreenCanvas(small.width, small.height);
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) throw new Error('No 2D context for the photo scorer');
	context.drawImage(small, 0, 0);
	small.close();
	return analyzePhoto(context.getImageData(0, 0, canvas.width, canvas.height), { kind: 'document', sourceSize });
}

function post(answer: MrzAnswer): void {
	self.postMessage(answer);
}

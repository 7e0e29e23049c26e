/**
 * The messages between the PhotoChecker island and photo.worker.ts: plain, structured-clone-safe data.
 */
import type { DocumentCandidate, FileProblem, PhotoAnalysis, PhotoKind } from '../lib/photo';

/** Island → worker: check this file. `id` pairs the answer with the request. */
export interface AnalyzeRequest {
	type: 'analyze';
	id: number;
	file: Blob;
	kind: PhotoKind;
	/** When the request was sent: `performance.timeOrigin + performance.now()` (a clock both sides share). */
	sentAt: number;
}

/** Milliseconds spent in each step inside the worker. */
export interface WorkerTimings {
	/** Which decoder ran: WebCodecs planes, or the portable bitmap read in strips; `-reduced` when the image was decoded at a reduced size (DECODE_LONG_SIDE). */
	path: 'webcodecs' | 'bitmap' | 'webcodecs-reduced' | 'bitmap-reduced';
	/** Size the decoder handed over (stored orientation), before our area resampler shrank it to the working size. */
	decoded: { width: number; height: number };
	/** From sending the request to the worker starting on it (worker start-up, a warm-up run). */
	queued: number;
	/** Whether the helper thread made the colour image (and found the document) while this one made the luma. */
	helped: boolean;
	/** Reading the file's first bytes and identifying it. */
	inspect: number;
	decode: number;
	/** Making the working image (and, on the portable path, reading the bitmap back). */
	read: number;
	analyze: number;
}

/** Worker → island: the analysis and the preview bitmap (the decoded image, oriented; transferred, not copied). */
export interface AnalyzeResult {
	type: 'result';
	id: number;
	analysis: PhotoAnalysis;
	preview: ImageBitmap;
	/**
	 * The preview is the decoder's frame with an EXIF turn attached: drawImage applies it, Chromium's
	 * 'bitmaprenderer' ignores it. Otherwise its pixels are upright and it can be handed to a canvas as it is.
	 */
	previewTurned: boolean;
	timings: WorkerTimings;
}

/** Worker → island: a coded reason the file could not be checked. */
export interface AnalyzeError {
	type: 'error';
	id: number;
	problem: FileProblem;
}

export type WorkerAnswer = AnalyzeResult | AnalyzeError;

/**
 * Photo worker → its helper (photo-color.worker.ts): make the colour image of this decoded RGB frame (a
 * clone; the helper closes it), orient it, find the document in it unless `find` is false, and make the
 * working luma's rows `lumaBand` (stored orientation).
 */
export interface ColorRequest {
	id: number;
	frame: VideoFrame;
	bgr: boolean;
	rotation: number;
	flip: boolean;
	find: boolean;
	lumaBand: { from: number; to: number };
}

/** Helper → photo worker: the oriented colour image, the document found in it (its pixels) and the luma rows asked for, or a failure (besides `{ ready: true }` once, when it has warmed up). */
export type ColorAnswer =
	| {
			id: number;
			ok: true;
			color: { width: number; height: number; data: Uint8ClampedArray };
			found: DocumentCandidate | null;
			luma: Uint8Array;
	  }
	| { id: number; ok: false };

/**
 * The messages between the PhotoChecker island and photo.worker.ts: plain, structured-clone-safe data.
 */
import type { FileProblem, HelperResult, LumaBand, PhotoAnalysis, PhotoKind, RgbInput } from '../lib/photo';

/** Island → worker: check this file. `id` pairs the answer with the request. */
export interface AnalyzeRequest {
	type: 'analyze';
	id: number;
	file: Blob;
	kind: PhotoKind;
	/** When the request was sent: `performance.timeOrigin + performance.now()` (a clock both sides share). */
	sentAt: number;
}

/** Island → worker: the reader is about to choose a photo (a pointer on the buttons, focus on them): start the helper and warm up. */
export interface PrepareRequest {
	type: 'prepare';
}

/** What the island sends the worker. */
export type IslandMessage = AnalyzeRequest | PrepareRequest;

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
	/** Waiting, after the decode, for the document model to load (0 once it has: it loads on the reader's first reach for a photo). */
	model: number;
	/** Making the working image (and, on the portable path, reading the bitmap back). */
	read: number;
	analyze: number;
	/**
	 * With the helper thread: of `read`, this thread's own part (its rows of the luma, the colour image and the
	 * document model's look at it), then the wait for the helper; and the helper's own times, reading its rows
	 * (its colour image and luma) and the classical finder.
	 */
	split?: { own: number; waited: number; helperRead: number; helperFind: number };
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
 * Photo worker → its helper (photo-color.worker.ts): do the helper part of the path (src/lib/photo
 * pipeline.ts) for this decoded RGB frame (a clone; the helper closes it): the colour image, the
 * document found in it unless `find` is false, and the working luma's rows `band`.
 */
export interface HelperRequest {
	id: number;
	frame: VideoFrame;
	input: RgbInput;
	band: LumaBand;
	find: boolean;
}

/** Milliseconds the helper spent reading its rows of the frame into its resamplers, and finding the document. */
export interface HelperTimings {
	read: number;
	find: number;
}

/** Helper → photo worker: the helper part's result, or a failure. (Photo worker → helper, besides requests: `{ warm: true }`, warm up.) */
export type HelperAnswer = ({ id: number; ok: true; spent: HelperTimings } & HelperResult) | { id: number; ok: false };

/** The messages between the SelfieChecker island and face.worker.ts: plain, structured-clone-safe data. */
import type { SelfieAnalysis, SelfieSizeProblem } from '../lib/face';
import type { FileProblem } from '../lib/photo';

/** Island → worker: check this picture. `id` pairs the answer with the request. */
export interface SelfieRequest {
	id: number;
	file: Blob;
}

/** Milliseconds spent in each step inside the worker. */
export interface SelfieTimings {
	/** Loading the detector (wasm runtime and model): only on the first picture. */
	load: number;
	decode: number;
	detect: number;
	checks: number;
	/** Size the picture was decoded at (its long side at most SELFIE_LONG_SIDE). */
	decoded: { width: number; height: number };
	/** Which decoder ran: ImageDecoder scaling a big JPEG in the DCT, or createImageBitmap (resizing while decoding). */
	path: 'webcodecs-scaled' | 'bitmap';
}

/** Worker → island: the analysis. */
export interface SelfieResult {
	type: 'result';
	id: number;
	analysis: SelfieAnalysis;
	timings: SelfieTimings;
}

/** Worker → island: a coded reason the picture could not be checked. */
export interface SelfieError {
	type: 'error';
	id: number;
	problem: FileProblem | SelfieSizeProblem | 'detector-failed';
}

export type SelfieAnswer = SelfieResult | SelfieError;

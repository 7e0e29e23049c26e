/**
 * Reading the MRZ of a photo: find candidate bands, straighten each, let the recogniser read it (both
 * ways up: a band's direction is known only up to a half turn), fit and correct the text, and keep the
 * best reading. Stops at the first `read`. The recogniser is passed in (Tesseract in the worker and
 * the tests), so this file stays pure.
 */
import { findMrzBands, type MrzBand } from './find-band';
import { REGION_BANDS, type MrzRegion } from './region';
import { fitMrz, type FittedMrz } from './correct';
import { decide, isMrz, NOT_FOUND, type MrzResult } from './decide';
import { straightenBand } from './straighten';
import type { GrayImage } from './gray';
import type { OcrLine } from './hocr';

/** Reads a level strip of print into lines. */
export type Recognise = (strip: GrayImage) => OcrLine[];

/** Options of `readMrzInImage`. */
export interface ReadOptions {
	/** Most strips read (each costs 0.1–0.6 s on a 2-core machine). */
	maxReads?: number;
	/** No strip is started after this many ms from the start (a photo full of print cannot take minutes). */
	maxMs?: number;
	/** The clock, ms (tests inject one). */
	now?: () => number;
	/** The document's corners when a document finder is sure of them: its bands are read first (see region.ts). */
	region?: MrzRegion;
}

/** The verdict, with what it cost. */
export interface ReadReport {
	result: MrzResult;
	/** Candidate bands found and strips read. */
	bands: number;
	reads: number;
}

/** Letter height of the second reading (the first is STRIP_LINE_HEIGHT). */
const SECOND_LINE_HEIGHT = 22;

/** Strips read at most by default (a reading that finds an MRZ costs two). */
export const DEFAULT_MAX_READS = 6;
/** Time after which no new strip is started by default. */
export const DEFAULT_MAX_MS = 8000;
/** Bands also read upside down (a photo taken the other way up). */
const FLIPPED_BANDS = 2;

/** The MRZ of a photo. */
export function readMrzInImage(image: GrayImage, recognise: Recognise, options: ReadOptions = {}): ReadReport {
	// A document's bands come on top of the photo's own (find-band.ts), and so do their reads.
	const maxReads = options.maxReads ?? DEFAULT_MAX_READS + (options.region ? REGION_BANDS : 0);
	const now = options.now ?? (() => performance.now());
	const deadline = now() + (options.maxMs ?? DEFAULT_MAX_MS);
	const bands = findMrzBands(image, options.region);
	let best: FittedMrz | null = null;
	let reads = 0;
	// Upright first (most photos), best bands first; then the two best bands upside down.
	const attempts = [
		...bands.map((band) => ({ band, flipped: false })),
		...bands.slice(0, FLIPPED_BANDS).map((band) => ({ band, flipped: true })),
	];
	const found = new Set<MrzBand>();
	for (const { band, flipped } of attempts) {
		if (reads >= maxReads || now() > deadline) break;
		if (found.has(band)) continue;
		reads++;
		const first = fitMrz(recognise(straightenBand(image, band, flipped)));
		if (!first || !isMrz(first)) continue;
		found.add(band);
		// A second reading at another size: a character the two readings do not agree on is doubtful
		// (the recogniser's own confidence misses some confident misreads: REFERENCE §8.1).
		reads++;
		const second = fitMrz(recognise(straightenBand(image, band, flipped, SECOND_LINE_HEIGHT)), {
			format: first.format,
		});
		const distrust = first.lines.map((line, l) => [...line].map((char, c) => second?.lines[l]![c] !== char));
		const fitted = fitMrz(first.raw, { format: first.format, distrust }) ?? first;
		const result = decide(fitted);
		if (result.status === 'read') return { result, bands: bands.length, reads };
		if (!best || score(fitted) > score(best)) best = fitted;
		// Every check digit holds: this band is the MRZ, only some characters are doubtful.
		if (fitted.checks.every((check) => check.holds)) break;
	}
	return { result: best ? decide(best) : NOT_FOUND, bands: bands.length, reads };
}

function score(fitted: FittedMrz): number {
	return fitted.checks.filter((c) => c.holds).length * 10 + fitted.meanConfidence;
}

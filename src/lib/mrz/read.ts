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
import {
	bandInCutOut,
	flattenPaper,
	straightenBand,
	stripBox,
	stripScale,
	STRIP_LINE_HEIGHT,
	type Box,
} from './straighten';
import type { GrayImage } from './gray';
import type { OcrLine } from './hocr';

/** Reads a level strip of print into lines. */
export type Recognise = (strip: GrayImage) => OcrLine[];

/**
 * Part of the photo in more detail: at least `box` (in the searched image's pixels) drawn at up to
 * `zoom` pixels per pixel of that image (fewer when the photo holds no more). Returns the pixels and
 * the box they cover exactly, which may be a little larger (a box on the photo's own pixel grid is
 * copied, not resampled: resampling twice blurs small print).
 */
export type Detail = (box: Box, zoom: number) => { image: GrayImage; box: Box };

/**
 * For a `Detail`: `box` (search image pixels) widened to whole pixels of the photo, which is `ratio` times
 * larger and `photo` in size, so that at full size the photo's pixels are copied as they are, not
 * resampled; and that box back in the search image's pixels.
 */
export function wholePixelBox(
	box: Box,
	ratio: number,
	photo: { width: number; height: number },
): { inPhoto: Box; inSearch: Box } {
	const x = Math.floor(box.x * ratio);
	const y = Math.floor(box.y * ratio);
	const width = Math.min(photo.width, Math.ceil((box.x + box.width) * ratio)) - x;
	const height = Math.min(photo.height, Math.ceil((box.y + box.height) * ratio)) - y;
	return {
		inPhoto: { x, y, width, height },
		inSearch: { x: x / ratio, y: y / ratio, width: width / ratio, height: height / ratio },
	};
}

/** Options of `readMrzInImage`. */
export interface ReadOptions {
	/** Most strips read (each costs 0.1–0.6 s on a 2-core machine). */
	maxReads?: number;
	/** No strip is started after this many ms from the start (a photo full of print cannot take minutes). */
	maxMs?: number;
	/**
	 * The photo in more detail than `image`, for cutting a band out of when `image` is smaller than the
	 * photo (the worker searches a small decode and cuts each band from the full one).
	 */
	detail?: Detail;
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
	let best: FittedMrz | null = null;
	let reads = 0;
	const tried = new Set<string>();
	const found = new Set<string>();
	/** Reads one band one way up; the verdict when the search can stop here, else null. */
	const attempt = (band: MrzBand, flipped: boolean): MrzResult | null => {
		tried.add(bandKey(band, flipped));
		reads++;
		const { source, placed } = cutOut(image, band, options.detail);
		// The paper made white first: a tinted band or a shadow would pull the recogniser's threshold off the print.
		const strip = (lineHeight: number) => flattenPaper(straightenBand(source, placed, flipped, lineHeight), lineHeight);
		const first = fitMrz(recognise(strip(STRIP_LINE_HEIGHT)));
		if (!first || !isMrz(first)) return null;
		found.add(bandKey(band, flipped));
		// A second reading at another size: a character the two readings do not agree on is doubtful
		// (the recogniser's own confidence misses some confident misreads: REFERENCE §8.1).
		reads++;
		const second = fitMrz(recognise(strip(SECOND_LINE_HEIGHT)), {
			format: first.format,
		});
		const distrust = first.lines.map((line, l) => [...line].map((char, c) => second?.lines[l]![c] !== char));
		const fitted = fitMrz(first.raw, { format: first.format, distrust }) ?? first;
		const result = decide(fitted);
		if (!best || score(fitted) > score(best)) best = fitted;
		// Read, or every check digit holds: this band is the MRZ, only some characters may be doubtful.
		if (result.status === 'read' || fitted.checks.every((check) => check.holds)) return decide(best);
		return null;
	};
	// Most photos show the document upright: the best upright band is read before the photo is also
	// searched turned a quarter (which costs as much again).
	const quick = findMrzBands(image, { quick: true })[0];
	if (quick) {
		const result = attempt(quick, false);
		if (result) return { result, bands: 1, reads };
	}
	const bands = findMrzBands(image, { region: options.region });
	// Upright first (most photos), best bands first; then the two best bands upside down.
	const attempts = [
		...bands.map((band) => ({ band, flipped: false })),
		...bands.slice(0, FLIPPED_BANDS).map((band) => ({ band, flipped: true })),
	];
	for (const { band, flipped } of attempts) {
		if (reads >= maxReads || now() > deadline) break;
		// A band found to hold the MRZ upright is not read again upside down.
		if (tried.has(bandKey(band, flipped)) || (flipped && found.has(bandKey(band, false)))) continue;
		const result = attempt(band, flipped);
		if (result) return { result, bands: bands.length, reads };
	}
	return { result: best ? decide(best) : NOT_FOUND, bands: bands.length, reads };
}

/** Cuts the band's surroundings from the photo in more detail when the search image would have to be enlarged. */
function cutOut(image: GrayImage, band: MrzBand, detail?: Detail): { source: GrayImage; placed: MrzBand } {
	const zoom = stripScale(band);
	if (!detail || zoom <= 1) return { source: image, placed: band };
	const box = stripBox(band);
	const x = Math.max(0, box.x);
	const y = Math.max(0, box.y);
	const width = Math.min(image.width, box.x + box.width) - x;
	const height = Math.min(image.height, box.y + box.height) - y;
	if (width < 1 || height < 1) return { source: image, placed: band };
	const cut = detail({ x, y, width, height }, zoom);
	return { source: cut.image, placed: bandInCutOut(band, cut.box, cut.image.width / cut.box.width) };
}

/** Identifies a band read one way up (the same band comes out of the quick and the full search alike). */
function bandKey(band: MrzBand, flipped: boolean): string {
	return `${band.cx.toFixed(1)},${band.cy.toFixed(1)},${band.angle.toFixed(3)},${flipped}`;
}

function score(fitted: FittedMrz): number {
	return fitted.checks.filter((c) => c.holds).length * 10 + fitted.meanConfidence;
}

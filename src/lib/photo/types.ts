/** RGBA pixels, 4 bytes a pixel, row by row (what `ImageData` and sharp's `.raw()` give). */
export interface RgbaImage {
	width: number;
	height: number;
	data: Uint8ClampedArray | Uint8Array;
}

/**
 * What the photo shows: an identity document. Selfies have a checker of their own (src/lib/face); the
 * option stays so a caller names what it passes, and a wrong kind fails loudly.
 */
export type PhotoKind = 'document';

/** Options of `analyzePhoto`. */
export interface AnalyzeOptions {
	kind?: PhotoKind;
	/**
	 * The size of the photo before the caller shrank it (a worker may decode a 12 MP photo at a
	 * smaller size): resolution and DPI are judged on this size. Defaults to the image's own size.
	 */
	sourceSize?: { width: number; height: number };
}

/** The checks, by id. */
export type CheckId = 'resolution' | 'sharpness' | 'glare' | 'exposure' | 'evenness' | 'framing' | 'color';

/** pass: fine · warn: may be rejected, worth fixing · fail: likely rejected, retake. */
export type CheckStatus = 'pass' | 'warn' | 'fail';

/** What went wrong, one code per situation; the island owns the words. */
export type ProblemCode =
	| 'image-too-small'
	| 'document-low-dpi'
	| 'soft'
	| 'blurry'
	| 'no-detail'
	| 'glare'
	| 'too-dark'
	| 'too-bright'
	| 'clipped-shadows'
	| 'clipped-highlights'
	| 'low-contrast'
	| 'uneven-light'
	| 'document-not-found'
	| 'fills-frame'
	| 'cut-off'
	| 'near-edge'
	| 'too-small-in-frame'
	| 'tilted'
	| 'grayscale'
	| 'low-color';

/** A threshold pair: `min` means the value must be at least `warn` (else warn) and `fail`; `max`, at most. */
export interface Threshold {
	direction: 'min' | 'max';
	warn: number;
	fail: number;
}

/** One check's verdict with the number it was based on. */
export interface PhotoCheck {
	id: CheckId;
	status: CheckStatus;
	/** null when the check passes. */
	problem: ProblemCode | null;
	/** The measured value the status comes from (unit in `unit`). */
	value: number;
	threshold: Threshold;
	unit: string;
	/** Further measured numbers, for display and debugging. */
	details?: Record<string, number>;
}

/** A point in the pixels of the image given to `analyzePhoto`. */
export interface Point {
	x: number;
	y: number;
}

/** The document found in the photo. */
export interface FoundDocument {
	/** Top-left, top-right, bottom-right, bottom-left as seen in the image; may lie outside it when cut off. */
	corners: [Point, Point, Point, Point];
	/** True when no edges were found but the whole image looks like a tight crop or scan of a document. */
	fillsFrame: boolean;
}

/** A glare blob's bounding box in the pixels of the input image, for drawing. */
export interface GlareRegion {
	x: number;
	y: number;
	width: number;
	height: number;
	/** Share of the document (or measured region) this blob covers, 0–1. */
	share: number;
}

/**
 * Where light, glare and detail were measured: on the document found (for sure, or filling the
 * picture), or, when the finder is not sure where the document is, on the middle of the picture
 * (NOT_FOUND_BORDER left out on each side).
 */
export type MeasuredOn = 'document' | 'centre';

/** What `analyzePhoto` returns: plain data, safe to post from a worker. */
export interface PhotoAnalysis {
	kind: PhotoKind;
	verdict: 'good' | 'fix' | 'retake';
	/** 0–100: 100 minus fixed penalties per warning and failure (see SCORE_* in thresholds.ts). */
	score: number;
	checks: PhotoCheck[];
	document: FoundDocument | null;
	glareRegions: GlareRegion[];
	/** Where light, glare and detail were measured (document photos). */
	measuredOn?: MeasuredOn;
	/** Size of the image given to `analyzePhoto` (corners and regions are in these pixels). */
	image: { width: number; height: number };
	/** Size the analysis ran at (fixed working scale, see resize.ts). */
	working: { width: number; height: number };
	/** A document photo: no face detection runs (the selfie checker has its own). */
	faceDetection: 'not-applicable';
}

import { colorCheck, measureColor } from './color';
import { evennessCheck, measureEvenness } from './evenness';
import { exposureCheck, exposureFromHistogram, measureExposure } from './exposure';
import { findDocument, type DocumentCandidate } from './find-document';
import { framingCheck, hugsFrame, looksLikeFullFrameDocument } from './framing';
import { glareCheck, measureGlare } from './glare';
import { assertRgbaImage } from './image';
import { histogram, histogramQuantile, maskBounds } from './luma';
import { boxMask, insetQuad, rasterizeConvex, scaleQuad, type Quad } from './quad';
import { documentDpi, resolutionCheck } from './resolution';
import { sharpnessCheck, measureSharpness } from './sharpness';
import { summarize } from './score';
import { DOC_INSET, SHARPNESS_MIN_RANGE, SHARPNESS_STRETCH_HIGH, SHARPNESS_STRETCH_LOW } from './thresholds';
import type { AnalyzeOptions, FoundDocument, GlareRegion, PhotoAnalysis, PhotoCheck, RgbaImage } from './types';
import { workingFromRgba, type WorkingImage } from './working';

/** Share of each side left out around the frame when no document was found (own choice). */
const NOT_FOUND_BORDER = 0.1;

/**
 * Scores a photo of an identity document from its RGBA pixels. Odd photos (1 × 1, all black, all white)
 * get results, never an exception; an argument that cannot be an image throws (see assertRgbaImage).
 * Selfies have a checker of their own, with a face detector (src/lib/face).
 */
export function analyzePhoto(image: RgbaImage, options: AnalyzeOptions = {}): PhotoAnalysis {
	assertRgbaImage(image);
	// Checked before the pixels are read, so a wrong option fails at once.
	checkOptions(options, image);
	return analyzeWorkingImage(workingFromRgba(image), options, image);
}

/**
 * `analyzePhoto` of a working image made elsewhere (the worker makes it straight from the decoder's
 * frame, see frame.ts): corners and glare regions come back in its pixels. `found`, when given, is
 * `findDocument(work.color)` run elsewhere (the worker's helper runs it while the luma is made).
 */
export function analyzeWorkingImage(
	work: WorkingImage,
	options: AnalyzeOptions = {},
	image: { width: number; height: number } = work,
	found?: DocumentCandidate | null,
): PhotoAnalysis {
	checkOptions(options, image);
	const kind = options.kind ?? 'document';
	const source = options.sourceSize ?? image;
	const base = {
		kind,
		image: { width: image.width, height: image.height },
		working: { width: work.width, height: work.height },
	};
	const sourceLongSide = Math.max(source.width, source.height);
	return analyzeDocument(work, base, sourceLongSide, found === undefined ? findDocument(work.color) : found);
}

/** Throws on options no caller should pass: an unknown kind, or a source smaller than the image. */
function checkOptions(options: AnalyzeOptions, image: { width: number; height: number }): void {
	const kind = options.kind ?? 'document';
	if (kind !== 'document') {
		throw new RangeError(
			`Invalid option "kind". Must be 'document'. Received ${JSON.stringify(kind)}. Leave it out for a document photo.`,
		);
	}
	const source = options.sourceSize ?? image;
	if (!(source.width >= image.width && source.height >= image.height)) {
		throw new RangeError(
			`Invalid option "sourceSize". Must be at least the image's size (${image.width} × ${image.height}): it is the photo's size before shrinking. Received ${source.width} × ${source.height}. Leave it out when the image was not shrunk.`,
		);
	}
}

function analyzeDocument(
	work: WorkingImage,
	base: Pick<PhotoAnalysis, 'kind' | 'image' | 'working'>,
	sourceLongSide: number,
	inColor: DocumentCandidate | null,
): PhotoAnalysis {
	const { width: w, height: h, luma, color } = work;
	// The finder and the colour check read the colour image; their boxes and corners move between its pixels and the working ones.
	const cx = color.width / w;
	const cy = color.height / h;
	const frameQuad: Quad = [
		{ x: 0, y: 0 },
		{ x: w, y: 0 },
		{ x: w, y: h },
		{ x: 0, y: h },
	];
	let found: DocumentCandidate | null = inColor && { ...inColor, corners: scaleQuad(inColor.corners, 1 / cx, 1 / cy) };
	let docQuad: Quad | null = found ? found.corners : null;
	let fillsFrame = false;
	if (found && hugsFrame(found.corners, w, h)) {
		// Edges right at the border: a scan or tight crop, not a document running out of the frame.
		fillsFrame = true;
		found = null;
	} else if (!found && looksLikeFullFrameDocument(w, h) && hasDetail(luma)) {
		fillsFrame = true;
		docQuad = frameQuad;
	}
	let region = docQuad
		? rasterizeConvex(insetQuad(docQuad, DOC_INSET), w, h)
		: boxMask(w, h, w * NOT_FOUND_BORDER, h * NOT_FOUND_BORDER, w * (1 - NOT_FOUND_BORDER), h * (1 - NOT_FOUND_BORDER));
	if (region.indexOf(1) < 0) region = new Uint8Array(w * h).fill(1);

	const glare = measureGlare(work, region);
	// Every other brightness measure leaves glare pixels out, so a highlight moves the glare check only.
	let measured = region;
	if (glare.blobs.length > 0) {
		measured = new Uint8Array(w * h);
		for (let i = 0; i < measured.length; i++) measured[i] = region[i]! & (1 - glare.mask[i]!);
	}

	const box = boundingBox(region, w, h);
	const evenness = measureEvenness(
		luma,
		w,
		h,
		measured,
		measured === region && glare.quadrants ? glare.quadrants : undefined,
	);
	const toSource = sourceLongSide / Math.max(w, h);
	const checks: PhotoCheck[] = [
		resolutionCheck(
			sourceLongSide,
			docQuad && (!found || (found.frameSides === 0 && found.confident)) ? documentDpi(docQuad, toSource) : null,
		),
		// The region is convex (each row one run) unless glare was cut out of it.
		sharpnessCheck(
			measureSharpness(luma, w, h, measured, measured === region ? glare.bins : undefined, measured === region),
		),
		glareCheck(glare),
		// Without glare blobs the measured pixels are the region, whose histogram the glare pass made.
		exposureCheck(measured === region ? exposureFromHistogram(glare.bins) : measureExposure(luma, measured)),
		evennessCheck(evenness.ratio, evenness.levels),
		framingCheck(found, fillsFrame, w, h),
		colorCheck(measureColor(color, { x0: box.x0 * cx, y0: box.y0 * cy, x1: box.x1 * cx, y1: box.y1 * cy })),
	];
	// Back to the pixels of the image the caller passed.
	const sx = base.image.width / w;
	const sy = base.image.height / h;
	const document: FoundDocument | null = docQuad ? { corners: scaleQuad(docQuad, sx, sy), fillsFrame } : null;
	const regionArea = Math.max(1, glare.regionArea);
	const glareRegions: GlareRegion[] = glare.blobs.map((b) => ({
		x: b.x * sx,
		y: b.y * sy,
		width: b.width * sx,
		height: b.height * sy,
		share: b.area / regionArea,
	}));
	return { ...base, ...summarize(checks), checks, document, glareRegions, faceDetection: 'not-applicable' };
}

/** True when the image is not flat (a blank table or wall is not a document filling the frame). */
function hasDetail(luma: Uint8Array): boolean {
	const bins = histogram(luma);
	return (
		histogramQuantile(bins, SHARPNESS_STRETCH_HIGH) - histogramQuantile(bins, SHARPNESS_STRETCH_LOW) >=
		SHARPNESS_MIN_RANGE
	);
}

function boundingBox(mask: Uint8Array, w: number, h: number): { x0: number; y0: number; x1: number; y1: number } {
	return maskBounds(mask, w, h) ?? { x0: 0, y0: 0, x1: w, y1: h };
}

import { colorCheck, measureColor } from './color';
import { evennessCheck, measureEvenness } from './evenness';
import { exposureCheck, exposureFromHistogram } from './exposure';
import type { DocumentCandidate } from './find-document';
import { framingCheck, hugsFrame, looksLikeFullFrameDocument } from './framing';
import { glareCheck, measureGlare } from './glare';
import { assertRgbaImage } from './image';
import { aligned } from './resize';
import { locateDocument } from './locate-document';
import { defaultMasker, rgbWorkInMemory, type HelperResult, type RgbWork } from './pipeline';
import { boxMask, insetQuad, rasterizeConvex, scaleQuad, type Quad } from './quad';
import { regionStats, withoutPixels } from './region';
import { documentDpi, resolutionCheck } from './resolution';
import { regionSharpness, sharpnessCheck } from './sharpness';
import { summarize } from './score';
import { DOC_INSET, NOT_FOUND_BORDER } from './thresholds';
import type {
	AnalyzeOptions,
	FoundDocument,
	GlareRegion,
	MeasuredOn,
	PhotoAnalysis,
	PhotoCheck,
	RgbaImage,
} from './types';
import type { WorkingImage } from './working';

/**
 * Scores a photo of an identity document from its RGBA pixels. Odd photos (1 × 1, all black, all white)
 * get results, never an exception; an argument that cannot be an image throws (see assertRgbaImage).
 * Selfies have a checker of their own, with a face detector (src/lib/face).
 */
export function analyzePhoto(image: RgbaImage, options: AnalyzeOptions = {}): PhotoAnalysis {
	assertRgbaImage(image);
	// Checked before the pixels are read, so a wrong option fails at once.
	checkOptions(options, image);
	const input = { width: image.width, height: image.height, bgr: false, rotation: 0, flip: false };
	const { work, helper } = rgbWorkInMemory(input, aligned(image.data), 0, image.width * 4, true);
	return analyzeRgbWork(work, helper, options, image);
}

/**
 * The analysis once both parts of an RgbWork (pipeline.ts) have every row: what `analyzePhoto` and
 * the photo worker both end with. Corners and glare regions come back in the pixels of `image` (by
 * default the working image's).
 */
export function analyzeRgbWork(
	work: RgbWork,
	helper: HelperResult,
	options: AnalyzeOptions = {},
	image?: { width: number; height: number },
): PhotoAnalysis {
	const joined = work.join(helper);
	return analyzeWorkingImage(joined.work, options, image ?? joined.work, joined.found);
}

/**
 * `analyzePhoto` of a working image already made (by an RgbWork, or from a decoder's YCbCr planes, see
 * frame.ts): corners and glare regions come back in the pixels of `image`. `found`, when given, is the
 * document found in `work.color` already (by the helper part of an RgbWork).
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
	const masker = defaultMasker();
	return analyzeDocument(
		work,
		base,
		sourceLongSide,
		found === undefined ? locateDocument(work.color, masker?.(work.color), masker) : found,
	);
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
	} else if (!found && looksLikeFullFrameDocument(luma, w, h)) {
		fillsFrame = true;
		docQuad = frameQuad;
	}
	// Light, glare and detail are judged on the document when it was found for sure (or fills the frame):
	// a bright wall beside it is not glare. When the finder is not sure, they are judged on the middle of
	// the picture, where a photo of a document has it, and the analysis says so.
	const measuredOn: MeasuredOn = fillsFrame || found?.confident ? 'document' : 'centre';
	let mask =
		measuredOn === 'centre'
			? boxMask(
					w,
					h,
					w * NOT_FOUND_BORDER,
					h * NOT_FOUND_BORDER,
					w * (1 - NOT_FOUND_BORDER),
					h * (1 - NOT_FOUND_BORDER),
				)
			: rasterizeConvex(insetQuad(docQuad!, DOC_INSET), w, h);
	if (mask.indexOf(1) < 0) mask = new Uint8Array(w * h).fill(1);
	// The region's statistics, made once; when glare is found, once more without it: every other measure
	// of light and detail leaves glare out, so a highlight moves the glare check only.
	const region = regionStats(luma, w, h, mask, true);
	const glare = measureGlare(work, region, measuredOn === 'document');
	const measured = glare.blobs.length > 0 ? withoutPixels(luma, w, h, region, glare.mask) : region;
	const evenness = measureEvenness(measured);
	const box = measured.box ?? { x0: 0, y0: 0, x1: w, y1: h };
	const toSource = sourceLongSide / Math.max(w, h);
	const checks: PhotoCheck[] = [
		resolutionCheck(
			sourceLongSide,
			docQuad && (!found || (found.frameSides === 0 && found.confident)) ? documentDpi(docQuad, toSource) : null,
		),
		sharpnessCheck(regionSharpness(luma, w, h, measured)),
		glareCheck(glare, measuredOn),
		exposureCheck(exposureFromHistogram(measured.bins)),
		evennessCheck(evenness.ratio, evenness.levels),
		framingCheck(found, fillsFrame, w, h),
		colorCheck(measureColor(color, { x0: box.x0 * cx, y0: box.y0 * cy, x1: box.x1 * cx, y1: box.y1 * cy })),
	];
	// Back to the pixels of the image the caller passed.
	const sx = base.image.width / w;
	const sy = base.image.height / h;
	const document: FoundDocument | null = docQuad ? { corners: scaleQuad(docQuad, sx, sy), fillsFrame } : null;
	const regionArea = Math.max(1, region.area);
	const glareRegions: GlareRegion[] = glare.blobs.map((b) => ({
		x: b.x * sx,
		y: b.y * sy,
		width: b.width * sx,
		height: b.height * sy,
		share: b.area / regionArea,
	}));
	return {
		...base,
		...summarize(checks),
		checks,
		document,
		glareRegions,
		measuredOn,
		faceDetection: 'not-applicable',
	};
}

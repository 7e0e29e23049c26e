/** The photo quality scorer: pure functions over RGBA pixels, for Node and Web Workers alike. */
export { analyzePhoto, analyzeRgbWork, analyzeWorkingImage } from './analyze';
export {
	DOCUMENT_MODEL,
	HelperPart,
	loadDocumentModel,
	RgbWork,
	rgbWorkInMemory,
	workingFromRgba,
	type DocumentMasker,
	type HelperResult,
	type LumaBand,
	type RgbInput,
} from './pipeline';
export type { FramingMeasure } from './framing';
export { AreaResampler, aligned, fitLongSide, resizeToLongSide, resizeArea } from './resize';
export type { WorkingImage } from './working';
export { findDocument, type DocumentCandidate } from './find-document';
export { locateDocument } from './locate-document';
export { FRAME_FORMATS, workingImageFromFrame, type DecodedFrame, type FrameFormat } from './frame';
export {
	displaySize,
	inspectPhotoFile,
	reducedDecodeSize,
	webCodecsDecodeSize,
	sniffImageFormat,
	type FileInspection,
	type FileProblem,
	type ImageFormat,
	type ImageHeader,
} from './file';
export * as thresholds from './thresholds';
export type {
	AnalyzeOptions,
	CheckId,
	CheckStatus,
	FoundDocument,
	GlareRegion,
	MeasuredOn,
	PhotoAnalysis,
	PhotoCheck,
	PhotoKind,
	Point,
	ProblemCode,
	RgbaImage,
	Threshold,
} from './types';

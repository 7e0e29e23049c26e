/**
 * The MRZ reader's pure core: find the MRZ band on a photo, straighten it, correct what the
 * recogniser read by position and check digit, and decide `read`, `uncertain` or `not-found`.
 */
export {
	readMrzInImage,
	wholePixelBox,
	DEFAULT_MAX_READS,
	type Detail,
	type Recognise,
	type ReadOptions,
	type ReadReport,
} from './read';
export { decide, decideTyped, isMrz, NOT_FOUND, type MrzFields, type MrzReadStatus, type MrzResult } from './decide';
export { fitMrz, HIGH_CONFIDENCE, type FittedMrz } from './correct';
export { findMrzBands, SEARCH_LONG_SIDE, type MrzBand } from './find-band';
export { rectify, type MrzRegion } from './region';
export { straightenBand, STRIP_LINE_HEIGHT, type Box } from './straighten';
export { grayOfRgba, shrinkGray, type GrayImage } from './gray';
export { linesOfHocr, type OcrLine } from './hocr';
export { LAYOUTS, checkDigit, type MrzFormat } from './layout';

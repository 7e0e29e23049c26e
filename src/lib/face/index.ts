/** The selfie checker: face detection plumbing and the checks, pure functions over RGBA pixels and detector output. */
export { BLAZEFACE_INPUT, blazeFaceAnchors } from './anchors';
export { decodeRegion, iou, mergeFaces, type RawDetections, type Region } from './decode';
export { detectionRegions, regionInput } from './input';
export { detectFaces, type RunDetector } from './detect';
export { analyzeSelfie, SINGLE_FACE_CHECKS } from './checks';
export { selfieSizeProblem, type SelfieSizeProblem } from './file';
export * as faceThresholds from './thresholds';
export type {
	Box,
	Face,
	FaceCheck,
	FaceCheckId,
	FaceCheckStatus,
	FaceProblem,
	FacePoint,
	RgbaImage,
	SelfieAnalysis,
} from './types';

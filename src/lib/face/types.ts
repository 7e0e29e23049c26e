import type { CheckStatus, RgbaImage, Threshold } from '../photo/types';

/** A point in the pixels of the image the detector was given. */
export interface FacePoint {
	x: number;
	y: number;
}

/** An axis-aligned box in image pixels. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * One face the detector found: its box (eyebrows to chin, ear to ear, as BlazeFace draws it), its six key
 * points and the detector's confidence (0–1).
 */
export interface Face {
	box: Box;
	score: number;
	/** Subject's right eye, left eye, nose tip, mouth centre, right ear, left ear (MediaPipe's order). */
	keypoints: FacePoint[];
}

/** The selfie checks, by id (the ids the island renders as `data-check`). */
export type FaceCheckId =
	'face' | 'face-size' | 'face-position' | 'head-pose' | 'backlight' | 'evenness' | 'exposure' | 'sharpness';

/** The pixels, statuses and threshold pairs are the photo checker's: one grading rule for both. */
export type { RgbaImage, Threshold };
export type FaceCheckStatus = CheckStatus;

/** What went wrong, one code per situation; the island owns the words. */
export type FaceProblem =
	| 'no-face'
	| 'several-faces'
	| 'face-too-small'
	| 'face-too-close'
	| 'face-cut-off'
	| 'face-off-centre'
	| 'head-tilted'
	| 'head-turned'
	| 'backlit'
	| 'uneven-light'
	| 'face-too-dark'
	| 'face-too-bright'
	| 'face-blurry'
	| 'face-soft';

/** One check's verdict with the number it was based on. */
export interface FaceCheck {
	id: FaceCheckId;
	status: FaceCheckStatus;
	/** null when the check passes (or was not run: `skipped`). */
	problem: FaceProblem | null;
	/** The measured value the status comes from (unit in `unit`); NaN when skipped. */
	value: number;
	unit: string;
	/** True when the check could not run because no single face was found. */
	skipped?: boolean;
	/** Further measured numbers, for display and debugging. */
	details?: Record<string, number>;
}

/** The result of checking a selfie: the faces found, the checks, and the size judged. */
export interface SelfieAnalysis {
	faces: Face[];
	checks: FaceCheck[];
	/** The worst status of the checks that ran. */
	overall: FaceCheckStatus;
	/** Size of the image the faces' coordinates refer to. */
	width: number;
	height: number;
}

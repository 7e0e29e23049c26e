import { grade, worse } from '../photo/grade';
import { faceSharpness, measureFaceLight, type FaceLight } from './light';
import * as T from './thresholds';
import type { Face, FaceCheck, FaceCheckId, FaceCheckStatus, RgbaImage, SelfieAnalysis, Threshold } from './types';

const round = (v: number, places = 2) => Math.round(v * 10 ** places) / 10 ** places;

/** No face, one face, or several. */
export function faceCountCheck(faces: Face[]): FaceCheck {
	const n = faces.length;
	return {
		id: 'face',
		status: n === 1 ? 'pass' : 'fail',
		problem: n === 0 ? 'no-face' : n > 1 ? 'several-faces' : null,
		value: n,
		unit: 'faces',
	};
}

/**
 * Face too small (far away), too close, or partly outside the picture. Too close is judged on the larger
 * of the box's shares of the height and of the width (a close face overflows a portrait picture's
 * width first) and wins over "cut off": the fix is to move back either way.
 */
export function faceSizeCheck(face: Face, width: number, height: number): FaceCheck {
	const { box } = face;
	const share = box.height / height;
	const fill = Math.max(share, box.width / width);
	const inside =
		(Math.max(0, Math.min(width, box.x + box.width) - Math.max(0, box.x)) *
			Math.max(0, Math.min(height, box.y + box.height) - Math.max(0, box.y))) /
		(box.width * box.height);
	const details = { share: round(share), fill: round(fill), outside: round(1 - inside) };
	const base = { id: 'face-size' as const, value: round(share), unit: 'share of height', details };
	const close = grade(fill, { direction: 'max', warn: T.FACE_CLOSE_WARN, fail: T.FACE_CLOSE_FAIL });
	if (close === 'fail') return { ...base, status: 'fail', problem: 'face-too-close' };
	if (1 - inside > T.FACE_OUTSIDE_MAX) return { ...base, status: 'fail', problem: 'face-cut-off' };
	const small = grade(share, { direction: 'min', warn: T.FACE_SMALL_WARN, fail: T.FACE_SMALL_FAIL });
	if (small !== 'pass') return { ...base, status: small, problem: 'face-too-small' };
	return { ...base, status: close, problem: close === 'pass' ? null : 'face-too-close' };
}

/** Face centre away from where capture tools put it (middle across, a little above the middle down). */
export function facePositionCheck(face: Face, width: number, height: number): FaceCheck {
	const cx = (face.box.x + face.box.width / 2) / width;
	const cy = (face.box.y + face.box.height / 2) / height;
	const dx = cx - 0.5;
	const dy = cy - T.FACE_CENTRE_Y;
	const value = round(Math.max(Math.abs(dx), Math.abs(dy)));
	const status = grade(value, { direction: 'max', warn: T.OFF_CENTRE_WARN, fail: T.OFF_CENTRE_FAIL });
	return {
		id: 'face-position',
		status,
		problem: status === 'pass' ? null : 'face-off-centre',
		value,
		unit: 'share of side',
		details: { dx: round(dx), dy: round(dy) },
	};
}

/**
 * Head tilted (roll: the eye line off level) or turned (yaw: the eyes close up in the face box), from
 * BlazeFace's key points. The worse one decides.
 */
export function headPoseCheck(face: Face): FaceCheck {
	const [a, b] = face.keypoints as [Face['keypoints'][0], Face['keypoints'][0]];
	// Left-to-right in the picture, whichever eye is which (a mirrored selfie swaps them).
	const [l, r] = a.x <= b.x ? [a, b] : [b, a];
	const ex = r.x - l.x;
	const ey = r.y - l.y;
	const roll = Math.abs((Math.atan2(ey, ex) * 180) / Math.PI);
	const spacing = face.box.width <= 0 ? 0 : Math.hypot(ex, ey) / face.box.width;
	const rollStatus = grade(roll, { direction: 'max', warn: T.ROLL_WARN_DEGREES, fail: T.ROLL_FAIL_DEGREES });
	const turnStatus = grade(spacing, { direction: 'min', warn: T.EYE_SPACING_WARN, fail: T.EYE_SPACING_FAIL });
	const status = worse(rollStatus, turnStatus);
	// Report the measure that set the status (roll when both pass: the number people read as "tilt").
	const turned = turnStatus !== 'pass' && (rollStatus === 'pass' || turnStatus === 'fail');
	return {
		id: 'head-pose',
		status,
		problem: status === 'pass' ? null : turned ? 'head-turned' : 'head-tilted',
		value: turned ? round(spacing) : round(roll, 1),
		unit: turned ? 'eye distance ÷ face width' : 'degrees',
		details: { roll: round(roll, 1), eyeSpacing: round(spacing) },
	};
}

function lightCheck(
	id: FaceCheckId,
	value: number,
	threshold: Threshold,
	problem: FaceCheck['problem'],
	details: Record<string, number>,
): FaceCheck {
	const status = grade(value, threshold);
	return { id, status, problem: status === 'pass' ? null : problem, value: round(value), unit: 'ratio', details };
}

/** Backlit: the face much darker than what is around it. */
export function backlightCheck(light: FaceLight): FaceCheck {
	const ratio = light.surround <= 0 ? 1 : Math.min(1, light.face / light.surround);
	return lightCheck(
		'backlight',
		ratio,
		{ direction: 'min', warn: T.BACKLIGHT_WARN, fail: T.BACKLIGHT_FAIL },
		'backlit',
		{
			face: Math.round(light.face),
			surround: Math.round(light.surround),
		},
	);
}

/** Light from one side: one half of the face much darker than the other. */
export function evennessCheck(light: FaceLight): FaceCheck {
	const hi = Math.max(light.left, light.right);
	const ratio = hi <= 0 ? 1 : Math.min(light.left, light.right) / hi;
	return lightCheck(
		'evenness',
		ratio,
		{ direction: 'min', warn: T.EVENNESS_WARN, fail: T.EVENNESS_FAIL },
		'uneven-light',
		{
			left: Math.round(light.left),
			right: Math.round(light.right),
		},
	);
}

/** Face too dark or burnt out (mean luma on the face). */
export function exposureCheck(light: FaceLight): FaceCheck {
	const mean = light.face;
	const dark = grade(mean, { direction: 'min', warn: T.FACE_DARK_WARN, fail: T.FACE_DARK_FAIL });
	const bright = grade(mean, { direction: 'max', warn: T.FACE_BRIGHT_WARN, fail: T.FACE_BRIGHT_FAIL });
	const status = worse(dark, bright);
	return {
		id: 'exposure',
		status,
		problem: dark !== 'pass' ? 'face-too-dark' : bright !== 'pass' ? 'face-too-bright' : null,
		value: Math.round(mean),
		unit: 'mean luma (0–255)',
	};
}

/** Blurry or soft face: little fine detail once the face is brought to a common size. */
export function sharpnessCheck(image: RgbaImage, face: Face): FaceCheck {
	const value = faceSharpness(image, face.box, T.SHARPNESS_FACE_SIDE);
	const status = grade(value, { direction: 'min', warn: T.FACE_SHARPNESS_WARN, fail: T.FACE_SHARPNESS_FAIL });
	return {
		id: 'sharpness',
		status,
		problem: status === 'fail' ? 'face-blurry' : status === 'warn' ? 'face-soft' : null,
		value: round(value, 1),
		unit: 'mean |Laplacian| at 96 px',
	};
}

/** The checks that need exactly one face, in the order the island shows them. */
export const SINGLE_FACE_CHECKS: readonly FaceCheckId[] = [
	'face-size',
	'face-position',
	'head-pose',
	'backlight',
	'evenness',
	'exposure',
	'sharpness',
];

/**
 * Every selfie check on a picture and the faces found in it. With no face or several, only the face
 * count is judged: the others are returned as skipped (they would measure the wrong thing).
 */
export function analyzeSelfie(image: RgbaImage, faces: Face[]): SelfieAnalysis {
	const { width, height } = image;
	const count = faceCountCheck(faces);
	let rest: FaceCheck[];
	if (faces.length === 1) {
		const face = faces[0]!;
		const light = measureFaceLight(image, face.box);
		rest = [
			faceSizeCheck(face, width, height),
			facePositionCheck(face, width, height),
			headPoseCheck(face),
			backlightCheck(light),
			evennessCheck(light),
			exposureCheck(light),
			sharpnessCheck(image, face),
		];
	} else {
		rest = SINGLE_FACE_CHECKS.map((id) => ({ id, status: 'pass', problem: null, value: NaN, unit: '', skipped: true }));
	}
	const checks = [count, ...rest];
	const overall = checks.filter((c) => !c.skipped).reduce<FaceCheckStatus>((s, c) => worse(s, c.status), 'pass');
	return { faces, checks, overall, width, height };
}

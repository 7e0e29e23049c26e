import { SELFIE_MIN_SIDE } from './thresholds';

/** Why a picture could not be checked for a face, besides the file problems of src/lib/photo (too big, not an image, …). */
export type SelfieSizeProblem = 'selfie-too-small';

/** A decoded picture too small to judge a face in: its shorter side under SELFIE_MIN_SIDE. */
export function selfieSizeProblem(width: number, height: number): SelfieSizeProblem | null {
	return Math.min(width, height) < SELFIE_MIN_SIDE ? 'selfie-too-small' : null;
}

import { blazeFaceAnchors } from './anchors';
import { decodeRegion, mergeFaces, type RawDetections } from './decode';
import { detectionRegions, regionInput } from './input';
import { DETECTION_MIN_SCORE, DETECTION_OVERLAP, TILE_SHARE } from './thresholds';
import type { Face, RgbaImage } from './types';

/** Runs the BlazeFace model on one 256 × 256 × 3 input in [-1, 1]: what the worker (TensorFlow.js) or a test provides. */
export type RunDetector = (input: Float32Array) => Promise<RawDetections>;

let anchors: Float32Array | null = null;

/**
 * The faces in a picture: the whole of it first; when that finds none, overlapping tiles (a face far
 * away reaches the detector at about twice the size). Candidates from every region are merged.
 */
export async function detectFaces(image: RgbaImage, run: RunDetector): Promise<Face[]> {
	anchors ??= blazeFaceAnchors();
	const input = new Float32Array(256 * 256 * 3);
	const look = async (tiles: boolean) => {
		const found: Face[] = [];
		const regions = detectionRegions(image.width, image.height, tiles, TILE_SHARE);
		for (const region of tiles ? regions.slice(1) : regions)
			found.push(...decodeRegion(await run(regionInput(image, region, input)), anchors!, region, DETECTION_MIN_SCORE));
		return mergeFaces(found, DETECTION_OVERLAP);
	};
	const whole = await look(false);
	return whole.length > 0 ? whole : look(true);
}

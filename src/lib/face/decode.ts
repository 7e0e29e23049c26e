import { BLAZEFACE_INPUT } from './anchors';
import type { Box, Face } from './types';

/** A square part of the image that was shrunk to the detector's input: its top-left corner and side, in image pixels. */
export interface Region {
	x: number;
	y: number;
	size: number;
}

/** Raw detector output for one region: one logit per anchor and 16 regression numbers per anchor. */
export interface RawDetections {
	scores: Float32Array;
	boxes: Float32Array;
}

const sigmoid = (v: number) => 1 / (1 + Math.exp(-Math.max(-100, Math.min(100, v))));

/**
 * Faces in one region's raw output with a confidence of at least `minScore`, in image pixels. Each
 * anchor regresses the box centre and size and six key points, in input pixels from the anchor centre
 * (MediaPipe TensorsToDetectionsCalculator with x/y/w/h scale 256).
 */
export function decodeRegion(raw: RawDetections, anchors: Float32Array, region: Region, minScore: number): Face[] {
	const n = anchors.length / 2;
	if (raw.scores.length !== n || raw.boxes.length !== n * 16)
		throw new RangeError(
			`Detector output does not match the anchors: expected ${n} scores and ${n * 16} box numbers, received ${raw.scores.length} and ${raw.boxes.length}.`,
		);
	const scale = region.size / BLAZEFACE_INPUT;
	const faces: Face[] = [];
	for (let i = 0; i < n; i++) {
		const score = sigmoid(raw.scores[i]!);
		if (score < minScore) continue;
		const ax = anchors[2 * i]! * BLAZEFACE_INPUT;
		const ay = anchors[2 * i + 1]! * BLAZEFACE_INPUT;
		const r = raw.boxes.subarray(16 * i, 16 * i + 16);
		const cx = ax + r[0]!;
		const cy = ay + r[1]!;
		const w = r[2]!;
		const h = r[3]!;
		if (!(w > 0 && h > 0)) continue;
		const keypoints = [];
		for (let k = 0; k < 6; k++)
			keypoints.push({ x: region.x + (ax + r[4 + 2 * k]!) * scale, y: region.y + (ay + r[5 + 2 * k]!) * scale });
		faces.push({
			box: {
				x: region.x + (cx - w / 2) * scale,
				y: region.y + (cy - h / 2) * scale,
				width: w * scale,
				height: h * scale,
			},
			score,
			keypoints,
		});
	}
	return faces;
}

/** Intersection over union of two boxes. */
export function iou(a: Box, b: Box): number {
	const x0 = Math.max(a.x, b.x);
	const y0 = Math.max(a.y, b.y);
	const x1 = Math.min(a.x + a.width, b.x + b.width);
	const y1 = Math.min(a.y + a.height, b.y + b.height);
	const inter = Math.max(0, x1 - x0) * Math.max(0, y1 - y0);
	const union = a.width * a.height + b.width * b.height - inter;
	return union <= 0 ? 0 : inter / union;
}

/** Share of the smaller box inside the larger: a face found whole in one tile and half in another overlaps little by IoU, much by this. */
function containment(a: Box, b: Box): number {
	const x0 = Math.max(a.x, b.x);
	const y0 = Math.max(a.y, b.y);
	const x1 = Math.min(a.x + a.width, b.x + b.width);
	const y1 = Math.min(a.y + a.height, b.y + b.height);
	const inter = Math.max(0, x1 - x0) * Math.max(0, y1 - y0);
	const smaller = Math.min(a.width * a.height, b.width * b.height);
	return smaller <= 0 ? 0 : inter / smaller;
}

/**
 * Weighted non-maximum suppression (MediaPipe's WEIGHTED mode): candidates that overlap the best one by
 * more than `overlap` (IoU, or half the smaller box inside the other) are one face, its box and key
 * points the score-weighted mean of theirs. Best first.
 */
export function mergeFaces(candidates: Face[], overlap: number): Face[] {
	const left = [...candidates].sort((a, b) => b.score - a.score);
	const out: Face[] = [];
	while (left.length > 0) {
		const best = left[0]!;
		const same = left.filter((f) => iou(best.box, f.box) > overlap || containment(best.box, f.box) > 0.5);
		const rest = left.filter((f) => !same.includes(f));
		// Average only boxes of about the best one's size: a half face from a tile's edge would shrink it.
		const like = same.filter((f) => iou(best.box, f.box) > overlap);
		const total = like.reduce((s, f) => s + f.score, 0);
		const avg = (pick: (f: Face) => number) => like.reduce((s, f) => s + pick(f) * f.score, 0) / total;
		out.push({
			score: best.score,
			box: {
				x: avg((f) => f.box.x),
				y: avg((f) => f.box.y),
				width: avg((f) => f.box.width),
				height: avg((f) => f.box.height),
			},
			keypoints: best.keypoints.map((_, k) => ({ x: avg((f) => f.keypoints[k]!.x), y: avg((f) => f.keypoints[k]!.y) })),
		});
		left.splice(0, left.length, ...rest);
	}
	return out;
}

import { grade, isWorse } from './grade';
import { sideLengths, type Quad } from './quad';
import {
	CUT_OFF_TOLERANCE,
	FILL_FAIL,
	FILL_WARN,
	FULL_FRAME_ASPECT_MAX,
	FULL_FRAME_ASPECT_MIN,
	FULL_FRAME_BORDER_DEPTH,
	FULL_FRAME_BORDER_SHARE,
	FULL_FRAME_CELL_RANGE,
	FULL_FRAME_HUG,
	MARGIN_MIN,
	TILT_FAIL,
	TILT_WARN,
	VERDICT_BAND_SIGMAS,
} from './thresholds';
import type { CheckStatus, PhotoCheck, ProblemCode, Threshold } from './types';
import type { DocumentCandidate } from './find-document';

/** Framing numbers of a found document, in shares of the image. */
export interface FramingMeasure {
	/** Smallest distance from a corner to the image edge ÷ that side; negative when a corner is outside. */
	margin: number;
	/** Larger of the document's bounding-box width and height shares. */
	fill: number;
	/** Longer ÷ shorter of each pair of opposite sides, the larger pair. */
	tilt: number;
}

/** One standard deviation of each framing measure, from the corners' own (`sigma`, pixels). */
export function framingSpread(corners: Quad, sigma: number, width: number, height: number): FramingMeasure {
	const [a, b, c, d] = sideLengths(corners);
	// A side's length moves by √2 σ (two corners); a ratio of two sides by √2 σ √(1/a² + 1/c²) of itself.
	const ratio = (p: number, q: number) =>
		(Math.max(p, q) / Math.max(1e-9, Math.min(p, q))) * Math.SQRT2 * sigma * Math.hypot(1 / p, 1 / q);
	const tiltA = Math.max(a, c) / Math.max(1e-9, Math.min(a, c));
	const tiltB = Math.max(b, d) / Math.max(1e-9, Math.min(b, d));
	return {
		margin: sigma / Math.min(width, height),
		fill: (Math.SQRT2 * sigma) / Math.min(width, height),
		tilt: tiltA >= tiltB ? ratio(a, c) : ratio(b, d),
	};
}

/** Measures margin, fill and tilt of a quad in a width × height image. */
export function measureFraming(corners: Quad, width: number, height: number): FramingMeasure {
	let margin = Infinity;
	for (const p of corners) {
		margin = Math.min(margin, p.x / width, (width - p.x) / width, p.y / height, (height - p.y) / height);
	}
	const xs = corners.map((p) => Math.min(width, Math.max(0, p.x)));
	const ys = corners.map((p) => Math.min(height, Math.max(0, p.y)));
	const fill = Math.max((Math.max(...xs) - Math.min(...xs)) / width, (Math.max(...ys) - Math.min(...ys)) / height);
	const [a, b, c, d] = sideLengths(corners);
	const tilt = Math.max(
		Math.max(a, c) / Math.max(1e-9, Math.min(a, c)),
		Math.max(b, d) / Math.max(1e-9, Math.min(b, d)),
	);
	return { margin, fill, tilt };
}

/** True when every corner lies within FULL_FRAME_HUG of its image corner: the document is the whole image. */
export function hugsFrame(corners: Quad, width: number, height: number): boolean {
	const targets = [
		[0, 0],
		[width, 0],
		[width, height],
		[0, height],
	] as const;
	return corners.every(
		(p, i) =>
			Math.abs(p.x - targets[i]![0]) <= FULL_FRAME_HUG * width &&
			Math.abs(p.y - targets[i]![1]) <= FULL_FRAME_HUG * height,
	);
}

/**
 * True when a picture in which no edges were found is a scan or crop to the document alone: it has a document's
 * shape, and print reaches most of the way along each of its four sides, where the document's edges are. A photo
 * with a background fails one or the other: a phone's 4:3 frame is not a document's shape, and a smaller document
 * on a plain surface leaves the border flat. `luma` is width × height, one byte a pixel.
 */
export function looksLikeFullFrameDocument(luma: Uint8Array, width: number, height: number): boolean {
	const aspect = Math.max(width, height) / Math.min(width, height);
	if (!(aspect >= FULL_FRAME_ASPECT_MIN && aspect <= FULL_FRAME_ASPECT_MAX)) return false;
	return Math.min(...borderPrintShares(luma, width, height)) >= FULL_FRAME_BORDER_SHARE;
}

/**
 * For the top, right, bottom and left sides: the share of the cells along a band FULL_FRAME_BORDER_DEPTH deep
 * whose luma spreads at least FULL_FRAME_CELL_RANGE levels (p5 to p95), i.e. that show print rather than a flat surface.
 */
export function borderPrintShares(luma: Uint8Array, width: number, height: number): [number, number, number, number] {
	const depth = Math.max(1, Math.min(Math.round(FULL_FRAME_BORDER_DEPTH * Math.min(width, height)), width, height));
	const cells = (length: number) => Math.max(1, Math.round(length / (2 * depth)));
	const share = (count: number, cell: (i: number) => [number, number, number, number]) => {
		let printed = 0;
		for (let i = 0; i < count; i++) if (spread(luma, width, ...cell(i)) >= FULL_FRAME_CELL_RANGE) printed++;
		return printed / count;
	};
	const across = cells(width);
	const down = cells(height);
	const xAt = (i: number) => Math.floor((i * width) / across);
	const yAt = (i: number) => Math.floor((i * height) / down);
	return [
		share(across, (i) => [xAt(i), 0, xAt(i + 1), depth]),
		share(down, (i) => [width - depth, yAt(i), width, yAt(i + 1)]),
		share(across, (i) => [xAt(i), height - depth, xAt(i + 1), height]),
		share(down, (i) => [0, yAt(i), depth, yAt(i + 1)]),
	];
}

/** p95 − p5 of the luma in the box [x0, x1) × [y0, y1). */
function spread(luma: Uint8Array, width: number, x0: number, y0: number, x1: number, y1: number): number {
	const bins = new Uint32Array(256);
	for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) bins[luma[y * width + x]!]!++;
	const n = Math.max(1, (x1 - x0) * (y1 - y0));
	const quantile = (q: number) => {
		let seen = 0;
		for (let v = 0; v < 256; v++) if ((seen += bins[v]!) >= q * n) return v;
		return 255;
	};
	return quantile(0.95) - quantile(0.05);
}

/**
 * The framing check. Not found, found but not sure, and "fills the frame" warn (we may have missed the
 * edges; a tight crop can be read as cut off); a side, or a corner more than CUT_OFF_TOLERANCE, outside the frame fails;
 * then margin, fill and tilt.
 */
export function framingCheck(
	found: DocumentCandidate | null,
	fillsFrame: boolean,
	width: number,
	height: number,
): PhotoCheck {
	const marginThreshold: Threshold = { direction: 'min', warn: MARGIN_MIN, fail: -CUT_OFF_TOLERANCE };
	const fillThreshold: Threshold = { direction: 'min', warn: FILL_WARN, fail: FILL_FAIL };
	if (!found) {
		return {
			id: 'framing',
			status: 'warn',
			problem: fillsFrame ? 'fills-frame' : 'document-not-found',
			value: 0,
			threshold: marginThreshold,
			unit: 'share',
		};
	}
	const m = measureFraming(found.corners, width, height);
	const details: Record<string, number> = {
		margin: round(m.margin),
		fill: round(m.fill),
		tilt: round(m.tilt),
		frameSides: found.frameSides,
	};
	const cutOff: PhotoCheck = {
		id: 'framing',
		status: 'fail',
		problem: 'cut-off',
		value: round(Math.min(0, m.margin)),
		threshold: marginThreshold,
		unit: 'share',
		details,
	};
	if (!found.confident) {
		// The corners are doubted, but not that the document runs past the picture's edge…
		if (found.runsOff) return cutOff;
		// …nor, when a clear mask measured it, that the document is too small (by more than that measure's doubt).
		const fill = found.maskFill;
		if (fill && fill.value < FILL_WARN - VERDICT_BAND_SIGMAS * fill.spread) {
			return {
				id: 'framing',
				status: grade(fill.value, fillThreshold),
				problem: 'too-small-in-frame',
				value: round(fill.value),
				threshold: fillThreshold,
				unit: 'share',
				details,
			};
		}
		// Drawn for the user to see, but no margin, size or tilt verdict rests on a shape the finder doubts.
		return {
			id: 'framing',
			status: 'warn',
			problem: 'document-not-found',
			value: 0,
			threshold: marginThreshold,
			unit: 'share',
			details,
		};
	}
	const spread = found.uncertainty
		? framingSpread(found.corners, found.uncertainty * Math.max(width, height), width, height)
		: null;
	// A corner only just past the cut-off line, within the corners' own uncertainty, is not called cut off: the
	// document is at least near the edge, which the margin row says; a scan's border must not read as cut off.
	const cutOffLine = -CUT_OFF_TOLERANCE - (spread ? VERDICT_BAND_SIGMAS * spread.margin : 0);
	if (found.frameSides > 0 || m.margin < cutOffLine) return cutOff;
	const rows: Array<{ problem: ProblemCode; value: number; threshold: Threshold; unit: string }> = [
		// Past the cut-off line but within the uncertainty band (above): near the edge, graded at that line.
		{ problem: 'near-edge', value: Math.max(m.margin, -CUT_OFF_TOLERANCE), threshold: marginThreshold, unit: 'share' },
		{
			problem: 'too-small-in-frame',
			value: m.fill,
			threshold: fillThreshold,
			unit: 'share',
		},
		{
			problem: 'tilted',
			value: m.tilt,
			threshold: { direction: 'max', warn: TILT_WARN, fail: TILT_FAIL },
			unit: 'ratio',
		},
	];
	// A measure within the finder's own uncertainty of its warning threshold gets no verdict either way: the
	// corners cannot tell a tilt of 1.149 from 1.151. It is left out of the verdict and named in the details.
	// Only the line between passing and a warning: either side of the fail line the problem is the same one.
	const band = (value: number, t: Threshold, sd: number) => Math.abs(value - t.warn) < VERDICT_BAND_SIGMAS * sd;
	const judged = rows.filter((r) => {
		const sd = spread ? spread[UNSURE_KEY[r.problem as Measured]] : 0;
		if (!spread || !band(r.value, r.threshold, sd)) return true;
		details[`${UNSURE_KEY[r.problem as Measured]}Unsure` as const] = 1;
		return false;
	});
	let worst: ((typeof rows)[number] & { status: CheckStatus }) | null = null;
	for (const r of judged) {
		const status = grade(r.value, r.threshold);
		if (!worst || isWorse(status, worst.status)) worst = { ...r, status };
	}
	if (!worst)
		return {
			id: 'framing',
			status: 'pass',
			problem: null,
			value: 0,
			threshold: marginThreshold,
			unit: 'share',
			details,
		};
	return {
		id: 'framing',
		status: worst.status,
		problem: worst.status === 'pass' ? null : worst.problem,
		value: round(worst.value),
		threshold: worst.threshold,
		unit: worst.unit,
		details,
	};
}

type Measured = 'near-edge' | 'too-small-in-frame' | 'tilted';
/** The measure behind each framing problem; `details[<measure>Unsure]` is 1 when it got no verdict. */
export const UNSURE_KEY: Record<Measured, keyof FramingMeasure> = {
	'near-edge': 'margin',
	'too-small-in-frame': 'fill',
	tilted: 'tilt',
};

function round(v: number): number {
	return Math.round(v * 1000) / 1000;
}

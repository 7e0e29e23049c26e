import {
	centreOf,
	contains,
	cornerAngles,
	fitLine,
	isConvex,
	orderCorners,
	quadAspect,
	scaleQuad,
	signedArea,
	type Quad,
} from './quad';
import { resizeToLongSide } from './resize';
import {
	CONTRAST_DEPTHS,
	CONTRAST_OFFSET_MIN,
	MAX_LINES_PER_DIRECTION,
	CONTRAST_OFFSET_SHARE,
	CONTRAST_SAMPLES,
	DOC_ASPECT_KNOWN_MAX,
	DOC_ASPECT_KNOWN_MIN,
	DOC_ASPECT_MAX,
	DOC_ASPECT_MIN,
	EDGE_LOW_MAGNITUDE,
	EDGE_MIN_MAGNITUDE,
	HYSTERESIS_TURN,
	END_LENGTH,
	FIND_AREA_POWER,
	FIND_CORNER_SIGMA,
	FIND_HOUGH_CORNER_SIGMA,
	FIND_DETAIL_FLOOR,
	FIND_FULL_DETAIL,
	DETAIL_GRID,
	DIRECTION_WINDOW,
	SUPPRESS_RHO,
	SUPPRESS_THETA,
	FIND_ASPECT_FLOOR,
	FIND_ASPECT_SIGMA,
	FIND_FULL_CONTRAST,
	FIND_LONG_SIDE,
	FIND_MIN_CONTRAST,
	FIND_MIN_SCORE,
	FIND_MIN_VOTES,
	FIND_MIN_VOTES_SHARE,
	FIND_PIXEL_SIDE,
	FIND_SURE_RATIO,
	FIND_SURE_EVIDENCE,
	FRAME_SIDE_PENALTY,
	MAX_LINES,
	MIN_AREA_SHARE,
	MIN_CORNER_ANGLE,
	MIN_CROSSING,
	MIN_END_SUPPORT,
	MIN_SIDE_SUPPORT,
	ORIENTATION_GATE,
	OUTSIDE_TOLERANCE,
	PARALLEL_TOLERANCE,
	REFINE_END,
	REFINE_MAX_SHIFT,
	REFINE_MAX_TURN,
	REFINE_MIN_SHARE,
	REFINE_MIN_SLOPE,
	REFINE_MIN_STEP,
	REFINE_OUTLIER,
	REFINE_REACH,
	REFINE_SAMPLES,
	REFINE_STEP,
} from './thresholds';
import type { Point, RgbaImage } from './types';

/**
 * Finds an identity document (a bright or contrasting quadrilateral) in a photo, in plain TypeScript:
 * colour edges at FIND_LONG_SIDE → an orientation-gated Hough transform → the best-supported convex
 * quadrilateral of two near-parallel line pairs. The image border may stand in for one or two sides:
 * that is how a document running out of the frame is found. Returns null when no quadrilateral is
 * convincing; never a made-up one.
 */
export interface DocumentCandidate {
	/** Corners in the pixels of the image passed in; may lie outside it when the document is cut off. */
	corners: Quad;
	/** How many sides are the image border (the document runs past that edge). */
	frameSides: number;
	/** Mean share (0–1) of the real sides' length backed by an edge. */
	support: number;
	/** False when the finder is not sure: the outline is drawn, but no framing, size or tilt verdict rests on it. */
	confident: boolean;
	/**
	 * How far each corner may lie from the document's true corner (one standard deviation), as a share of the
	 * image's long side: a verdict this close to its threshold is not issued (framingCheck). Absent: exact.
	 */
	uncertainty?: number;
	/**
	 * The mask path's find (locate-document.ts's findWithMask) has every side that is not the picture's border
	 * refined on the photo's edges: no side is the mask's own, nor an unrefined line the search stopped on.
	 */
	refined?: boolean;
	/** Found by the mask path (findWithMask): its sides were looked for near the model's outline, not by the classical finder's search. */
	byMask?: boolean;
	/** The whole quad's score (support × contrast × shape × size; see bestQuad), and the best different quad's. */
	score?: number;
	rival?: number;
	/**
	 * Set when the finder would be sure of its find but for a rival quad elsewhere in the picture that scores
	 * nearly as well (a poster, a window, a second card): the rival's corners, in the same pixels. A second
	 * witness (the model's mask, locate-document.ts) may then say which of the two is the document.
	 */
	rivalCorners?: Quad;
	/**
	 * Not sure of the corners, but sure the document runs past the picture's edge: the model's mask is a clear
	 * document that reaches the border (locate-document.ts). The framing check then says "cut off".
	 */
	runsOff?: boolean;
	/**
	 * Not sure of the corners, but a clear mask outlines the document wholly inside the picture: the fill that
	 * outline measures (framing.ts's `fill`, a share of the picture) and one standard deviation of it, from the
	 * mask's corners' own (MASK_CORNER_SIGMA). The framing check may then say the document is too small, never
	 * more: a share needs no exact corner, a margin or a tilt does.
	 */
	maskFill?: { value: number; spread: number };
}

interface Line {
	/** Normal angle in degrees, 0–179; the line is x cos θ + y sin θ = ρ. */
	theta: number;
	rho: number;
	votes: number;
	frame: boolean;
	/** cos θ and sin θ, worked out once: the quad search reads them for every pair of pairs. */
	cos: number;
	sin: number;
}

function makeLine(theta: number, rho: number, votes: number, frame: boolean): Line {
	return { theta, rho, votes, frame, cos: Math.cos((theta * Math.PI) / 180), sin: Math.sin((theta * Math.PI) / 180) };
}

/** Edge pixels of a copy of the photo, with the planes they came from. */
export interface EdgeMap {
	width: number;
	height: number;
	/** Gradient direction 0–179 degrees at edge pixels, 255 elsewhere. */
	orientation: Uint8Array;
	/** The blurred R, G and B planes the edges came from: the sides are refined on them. */
	planes: [Float32Array, Float32Array, Float32Array];
	/** The finder's distances in pixels are multiplied by this: the copy's long side over FIND_PIXEL_SIDE, at least 1. */
	pixel: number;
}

/** Finds the document; corners come back in the coordinates of `image`. */
export function findDocument(image: RgbaImage): DocumentCandidate | null {
	const small = resizeToLongSide(image, FIND_LONG_SIDE);
	if (Math.min(small.width, small.height) < 24) return null;
	const edges = edgeMap(small);
	const lines = houghLines(edges);
	const best = bestQuad(lines, edges, small);
	if (!best) return null;
	const sx = image.width / small.width;
	const sy = image.height / small.height;
	const uncertainty = best.uncertainty! / Math.max(small.width, small.height);
	// The search works in pixel indices; corners are positions.
	const rivalCorners = best.rivalCorners && scaleQuad(asPositions(best.rivalCorners), sx, sy);
	return {
		...best,
		corners: scaleQuad(asPositions(best.corners), sx, sy),
		uncertainty,
		...(rivalCorners ? { rivalCorners } : {}),
	};
}

/** Pixel indices (pixel i's centre at i) to positions (pixel i spans i to i + 1). */
function asPositions(q: Quad): Quad {
	return q.map((p) => ({ x: p.x + 0.5, y: p.y + 0.5 })) as Quad;
}

/**
 * Colour edges: the strongest Sobel response of R, G and B after a light blur (a 3-pixel box, twice
 * each way), thinned by non-maximum suppression. The loops run a row per call: a function called for
 * every row is optimised by the JavaScript engine after a few rows, where one long loop waits for
 * on-stack replacement (the photo worker runs this once per photo).
 */
export function edgeMap(image: RgbaImage, longSide = Math.max(image.width, image.height)): EdgeMap {
	const { width: w, height: h, data } = image;
	const n = w * h;
	const planes: [Float32Array, Float32Array, Float32Array] = [
		new Float32Array(n),
		new Float32Array(n),
		new Float32Array(n),
	];
	// Three rows of the across pass, reused: the down pass needs the row above, this one and the one below.
	const ring = new Float32Array(3 * w);
	for (let c = 0; c < 3; c++) {
		blurChannel(data, c, planes[c]!, ring, w, h);
		blurPlane(planes[c]!, ring, w, h);
	}
	const [r, g, b] = planes;
	// The gradient is kept for two rows (slot y mod 2): row y is thinned as soon as row y + 1's magnitudes are in.
	const gx = new Float32Array(2 * w);
	const gy = new Float32Array(2 * w);
	const mag = new Float32Array(n);
	const orientation = new Uint8Array(n).fill(255);
	for (let y = 1; y < h - 1; y++) {
		sobelRow(r, g, b, y * w, w, gx, gy, (y & 1) * w, mag);
		if (y > 1) thinRow(mag, gx, gy, (y - 1) * w, w, ((y - 1) & 1) * w, orientation);
	}
	if (h > 2) thinRow(mag, gx, gy, (h - 2) * w, w, ((h - 2) & 1) * w, orientation);
	hysteresis(orientation, mag, w, h);
	return { width: w, height: h, orientation, planes, pixel: Math.max(1, longSide / FIND_PIXEL_SIDE) };
}

/*
 * The blur is a 3-pixel box across each row, then down each column, the image edge repeating itself; each
 * value is the mean of three, as a 32-bit float, and the whole is done twice. Both passes of one round run
 * together row by row: row y + 1 is blurred across (into a ring of three rows) before row y is blurred down
 * in place, so each round reads and writes the plane once. The first round reads channel `c` of the RGBA bytes.
 *
 * The sums here and in the Sobel are exact, so their order does not matter: every value is 0 or at least 1/81
 * (four thirds of 1) and at most 255, so a multiple of 2^-30, and sums of up to eight of them (some doubled) stay
 * below 2^11: 41 bits, which a 64-bit float's 53 hold exactly.
 */
function blurChannel(
	data: Uint8Array | Uint8ClampedArray,
	c: number,
	out: Float32Array,
	ring: Float32Array,
	w: number,
	h: number,
): void {
	acrossBytes(data, c, 0, w, ring, 0);
	for (let y = 0; y < h; y++) {
		if (y + 1 < h) acrossBytes(data, c, (y + 1) * w, w, ring, ((y + 1) % 3) * w);
		down(ring, out, y, w, h);
	}
}

function blurPlane(plane: Float32Array, ring: Float32Array, w: number, h: number): void {
	acrossFloats(plane, 0, w, ring, 0);
	for (let y = 0; y < h; y++) {
		if (y + 1 < h) acrossFloats(plane, (y + 1) * w, w, ring, ((y + 1) % 3) * w);
		down(ring, plane, y, w, h);
	}
}

function acrossBytes(
	data: Uint8Array | Uint8ClampedArray,
	c: number,
	row: number,
	w: number,
	t: Float32Array,
	at: number,
): void {
	// Pixel x's byte is at 4 (row + x) + c; the first and last pixels repeat themselves.
	const p = row * 4 + c;
	const last = w - 1;
	t[at] = (data[p]! + data[p]! + data[p + 4 * Math.min(last, 1)]!) / 3;
	for (let x = 1, q = p + 4; x < last; x++, q += 4) t[at + x] = (data[q - 4]! + data[q]! + data[q + 4]!) / 3;
	if (last > 0) t[at + last] = (data[p + 4 * last - 4]! + data[p + 4 * last]! + data[p + 4 * last]!) / 3;
}

function acrossFloats(p: Float32Array, row: number, w: number, t: Float32Array, at: number): void {
	const e = row + w - 1;
	t[at] = (p[row]! + p[row]! + p[Math.min(e, row + 1)]!) / 3;
	for (let i = row + 1, j = at + 1; i < e; i++, j++) t[j] = (p[i - 1]! + p[i]! + p[i + 1]!) / 3;
	if (e > row) t[at + w - 1] = (p[e - 1]! + p[e]! + p[e]!) / 3;
}

/** Row y of the down pass from the ring, whose slot (k mod 3) holds row k blurred across. */
function down(ring: Float32Array, o: Float32Array, y: number, w: number, h: number): void {
	const up = (Math.max(0, y - 1) % 3) * w;
	const mid = (y % 3) * w;
	const dn = (Math.min(h - 1, y + 1) % 3) * w;
	const row = y * w;
	for (let x = 0; x < w; x++) o[row + x] = (ring[up + x]! + ring[mid + x]! + ring[dn + x]!) / 3;
}

/**
 * Sobel of R, G and B along a row; keeps, per pixel, the gradient of the channel with the largest
 * squared magnitude (R first on ties; into the gradient rows at `slot`), and its magnitude. Values are kept as
 * 32-bit floats. Each plane's columns are summed once (down: above + 2 × here + below; and below − above) and
 * slid along the row; the sums are exact (see the blur), so this gives what the six-term formulas give.
 */
function sobelRow(
	r: Float32Array,
	g: Float32Array,
	b: Float32Array,
	row: number,
	w: number,
	gx: Float32Array,
	gy: Float32Array,
	slot: number,
	mag: Float32Array,
): void {
	const up = row - w;
	const dn = row + w;
	// Column sums at x − 1 (a) and x (b) for each plane: s = smoothed down, d = difference down.
	let rsa = r[up]! + 2 * r[row]! + r[dn]!;
	let rda = r[dn]! - r[up]!;
	let gsa = g[up]! + 2 * g[row]! + g[dn]!;
	let gda = g[dn]! - g[up]!;
	let bsa = b[up]! + 2 * b[row]! + b[dn]!;
	let bda = b[dn]! - b[up]!;
	let rsb = r[up + 1]! + 2 * r[row + 1]! + r[dn + 1]!;
	let rdb = r[dn + 1]! - r[up + 1]!;
	let gsb = g[up + 1]! + 2 * g[row + 1]! + g[dn + 1]!;
	let gdb = g[dn + 1]! - g[up + 1]!;
	let bsb = b[up + 1]! + 2 * b[row + 1]! + b[dn + 1]!;
	let bdb = b[dn + 1]! - b[up + 1]!;
	for (let x = 1; x < w - 1; x++) {
		const i = row + x;
		const rsc = r[i - w + 1]! + 2 * r[i + 1]! + r[i + w + 1]!;
		const rdc = r[i + w + 1]! - r[i - w + 1]!;
		const gsc = g[i - w + 1]! + 2 * g[i + 1]! + g[i + w + 1]!;
		const gdc = g[i + w + 1]! - g[i - w + 1]!;
		const bsc = b[i - w + 1]! + 2 * b[i + 1]! + b[i + w + 1]!;
		const bdc = b[i + w + 1]! - b[i - w + 1]!;
		let sx = rsc - rsa;
		let sy = rda + 2 * rdb + rdc;
		let m = Math.fround(sx * sx + sy * sy);
		const gxg = gsc - gsa;
		const gyg = gda + 2 * gdb + gdc;
		const mg = gxg * gxg + gyg * gyg;
		if (mg > m) {
			m = Math.fround(mg);
			sx = gxg;
			sy = gyg;
		}
		const gxb = bsc - bsa;
		const gyb = bda + 2 * bdb + bdc;
		const mb = gxb * gxb + gyb * gyb;
		if (mb > m) {
			m = Math.fround(mb);
			sx = gxb;
			sy = gyb;
		}
		mag[i] = Math.sqrt(m);
		gx[slot + x] = sx;
		gy[slot + x] = sy;
		rsa = rsb;
		rda = rdb;
		gsa = gsb;
		gda = gdb;
		bsa = bsb;
		bda = bdb;
		rsb = rsc;
		rdb = rdc;
		gsb = gsc;
		gdb = gdc;
		bsb = bsc;
		bdb = bdc;
	}
}

// tan 22.5° and tan 67.5°: where the gradient's direction, rounded to a multiple of 45°, changes.
const TAN_22_5 = Math.SQRT2 - 1;
const TAN_67_5 = Math.SQRT2 + 1;
// Closer than this share of |gx| + |gy| to one of those, the direction is rounded by the angle itself: far
// above the few units in the last place by which atan2 and the degree conversion can err.
const NEAR_BOUNDARY = 1e-9;

/**
 * Non-maximum suppression along a row: an edge pixel's gradient direction (0–179°), where it is the strongest
 * across the edge. Which neighbours lie across the edge (the gradient rounded to 0, 45, 90 or 135°) is read
 * from |gy| / |gx| against tan 22.5° and tan 67.5° and the signs; the angle (atan2) is worked out only for the
 * pixels that survive, and for the rare ones so close to a boundary that the comparison could round otherwise.
 */
function thinRow(
	mag: Float32Array,
	gx: Float32Array,
	gy: Float32Array,
	row: number,
	w: number,
	slot: number,
	orientation: Uint8Array,
): void {
	for (let i = row + 1, end = row + w - 1, k = slot + 1; i < end; i++, k++) {
		const m = mag[i]!;
		if (m < EDGE_LOW_MAGNITUDE) continue;
		const x = gx[k]!;
		const y = gy[k]!;
		const ax = Math.abs(x);
		const ay = Math.abs(y);
		const margin = NEAR_BOUNDARY * (ax + ay);
		const low = ay - TAN_22_5 * ax;
		const high = ay - TAN_67_5 * ax;
		let step: number;
		if (Math.abs(low) <= margin || Math.abs(high) <= margin) step = acrossStep(gradientDegrees(x, y), w);
		else if (low < 0) step = 1;
		else if (high > 0) step = w;
		// Between 22.5 and 67.5° from the x axis: 45° when gx and gy have the same sign, 135° otherwise.
		else step = x > 0 === y > 0 ? w + 1 : w - 1;
		if (m < mag[i - step]! || m < mag[i + step]!) continue;
		orientation[i] = Math.min(179, Math.round(gradientDegrees(x, y)));
	}
}

/** The gradient's direction in degrees, 0 to below 180. */
function gradientDegrees(x: number, y: number): number {
	let deg = (Math.atan2(y, x) * 180) / Math.PI;
	if (deg < 0) deg += 180;
	if (deg >= 180) deg -= 180;
	return deg;
}

/** The step to the neighbours across the edge: the direction rounded to 0, 45, 90 or 135°. */
function acrossStep(deg: number, w: number): number {
	const q = Math.round(deg / 45) % 4;
	return q === 0 ? 1 : q === 1 ? w + 1 : q === 2 ? w : w - 1;
}

/**
 * Canny's hysteresis: a thinned edge pixel weaker than EDGE_MIN_MAGNITUDE is kept only when a chain of edge
 * pixels of about its direction joins it to one that reaches it. A pale card's side whose contrast fades
 * along its length (the keys or paper beside it nearly its colour) stays one line; lone weak texture goes.
 */
function hysteresis(orientation: Uint8Array, mag: Float32Array, w: number, h: number): void {
	const n = w * h;
	const keep = new Uint8Array(n);
	// Each pixel enters the stack at most once (it is marked as it goes in).
	const stack = new Int32Array(n);
	let top = 0;
	for (let i = 0; i < n; i++)
		if (orientation[i] !== 255 && mag[i]! >= EDGE_MIN_MAGNITUDE) {
			keep[i] = 1;
			stack[top++] = i;
		}
	// Edge pixels are never on the image's border (the Sobel and the thinning leave it out), so each one's eight
	// neighbours are inside the image: no bounds to test.
	while (top > 0) {
		const i = stack[--top]!;
		const o = orientation[i]!;
		for (let dy = -w; dy <= w; dy += w)
			for (let dx = -1; dx <= 1; dx++) {
				const j = i + dy + dx;
				if (keep[j]) continue;
				const oj = orientation[j]!;
				if (oj === 255) continue;
				const d = Math.abs(o - oj);
				if (Math.min(d, 180 - d) > HYSTERESIS_TURN) continue;
				keep[j] = 1;
				stack[top++] = j;
			}
	}
	for (let i = 0; i < n; i++) if (!keep[i]) orientation[i] = 255;
}

const COS = Float64Array.from({ length: 180 }, (_, t) => Math.cos((t * Math.PI) / 180));
const SIN = Float64Array.from({ length: 180 }, (_, t) => Math.sin((t * Math.PI) / 180));

/** The strongest straight lines, by an orientation-gated Hough transform with peak suppression. */
function houghLines(edges: EdgeMap): Line[] {
	const { width: w, height: h, orientation } = edges;
	const diag = Math.ceil(Math.hypot(w, h));
	const rhos = 2 * diag + 1;
	const acc = new Float32Array(180 * rhos);
	for (let y = 0; y < h; y++) voteRow(orientation, y, w, diag, rhos, acc);
	const minVotes = Math.max(FIND_MIN_VOTES * edges.pixel, FIND_MIN_VOTES_SHARE * Math.min(w, h));
	// Greedy peaks: the strongest cell, its neighbourhood suppressed, then the next. Done as one pass
	// over the cells above minVotes, strongest first (ties: lower index first, as a scan finds them),
	// skipping suppressed ones: the same lines as rescanning the whole space for each of them.
	let count = 0;
	for (let i = 0; i < acc.length; i++) if (acc[i]! > minVotes) count++;
	const cells = new Int32Array(count);
	for (let i = 0, k = 0; i < acc.length; i++) if (acc[i]! > minVotes) cells[k++] = i;
	cells.sort((a, b) => acc[b]! - acc[a]! || a - b);
	const suppressed = new Uint8Array(acc.length);
	const lines: Line[] = [];
	const suppressRho = Math.round(SUPPRESS_RHO * edges.pixel);
	for (let k = 0; k < count && lines.length < MAX_LINES; k++) {
		const bi = cells[k]!;
		if (suppressed[bi]) continue;
		const theta = Math.floor(bi / rhos);
		const rho = (bi % rhos) - diag;
		// A keyboard or tiles give dozens of lines in two or three directions: keep room for the document's.
		if (lines.filter((l) => angleBetween(l.theta, theta) <= DIRECTION_WINDOW).length >= MAX_LINES_PER_DIRECTION)
			continue;
		lines.push(makeLine(theta, rho, acc[bi]!, false));
		// Suppress the neighbourhood, across the 0/180 wrap too (where ρ changes sign).
		for (let dt = -SUPPRESS_THETA; dt <= SUPPRESS_THETA; dt++) {
			let t = theta + dt;
			let r0 = rho;
			if (t < 0 || t >= 180) {
				t = (t + 180) % 180;
				r0 = -rho;
			}
			for (let dr = -suppressRho; dr <= suppressRho; dr++) {
				const r = r0 + dr + diag;
				if (r >= 0 && r < rhos) suppressed[t * rhos + r] = 1;
			}
		}
	}
	return lines;
}

/** Each edge pixel of row y votes for the lines through it within ORIENTATION_GATE degrees of its direction. */
function voteRow(orientation: Uint8Array, y: number, w: number, diag: number, rhos: number, acc: Float32Array): void {
	for (let x = 0, i = y * w; x < w; x++, i++) {
		const o = orientation[i]!;
		if (o === 255) continue;
		for (let d = -ORIENTATION_GATE; d <= ORIENTATION_GATE; d++) {
			let t = o + d;
			if (t < 0) t += 180;
			else if (t >= 180) t -= 180;
			const rho = Math.round(x * COS[t]! + y * SIN[t]!) + diag;
			acc[t * rhos + rho]! += 1;
		}
	}
}

function frameLines(w: number, h: number): Line[] {
	return [
		makeLine(0, -0.5, 0, true),
		makeLine(0, w - 0.5, 0, true),
		makeLine(90, -0.5, 0, true),
		makeLine(90, h - 0.5, 0, true),
	];
}

function angleBetween(a: number, b: number): number {
	const d = Math.abs(a - b) % 180;
	return Math.min(d, 180 - d);
}

/** Mean of two line angles on the 180-degree circle (3° and 177° average to 0°, not 90°). */
function meanAngle(a: number, b: number): number {
	const b2 = b - a > 90 ? b - 180 : a - b > 90 ? b + 180 : b;
	return ((((a + b2) / 2) % 180) + 180) % 180;
}

function intersect(a: Line, b: Line): Point | null {
	const ca = a.cos;
	const sa = a.sin;
	const cb = b.cos;
	const sb = b.sin;
	const det = ca * sb - sa * cb;
	if (Math.abs(det) < 1e-6) return null;
	return { x: (a.rho * sb - b.rho * sa) / det, y: (ca * b.rho - cb * a.rho) / det };
}

/** Distance between two near-parallel lines, measured at the image centre. */
function separation(a: Line, b: Line, cx: number, cy: number): number {
	const da = cx * a.cos + cy * a.sin - a.rho;
	const db = cx * b.cos + cy * b.sin - b.rho;
	// Signed distances from the centre; lines on opposite sides have opposite signs (after aligning normals).
	const aligned = Math.cos(((a.theta - b.theta) * Math.PI) / 180) < 0 ? -db : db;
	return Math.abs(da - aligned);
}

/**
 * Edge support along a whole line, as prefix sums over its length: `t` runs along the line from its
 * point nearest the origin, one sample per pixel, offset by the image diagonal.
 */
interface LineProfile {
	line: Line;
	diag: number;
	/** inside[k]: samples among the first k that fall in the image. */
	inside: Int32Array;
	/** hit[k]: samples among the first k backed by an edge of matching direction. */
	hit: Int32Array;
}

function lineProfile(line: Line, edges: EdgeMap): LineProfile {
	const { width: w, height: h, orientation } = edges;
	const diag = Math.ceil(Math.hypot(w, h));
	const nx = Math.cos((line.theta * Math.PI) / 180);
	const ny = Math.sin((line.theta * Math.PI) / 180);
	const inside = new Int32Array(2 * diag + 2);
	const hit = new Int32Array(2 * diag + 2);
	for (let k = 0; k <= 2 * diag; k++) {
		const t = k - diag;
		const x = line.rho * nx - t * ny;
		const y = line.rho * ny + t * nx;
		let isIn = 0;
		let isHit = 0;
		if (x >= 1 && y >= 1 && x <= w - 2 && y <= h - 2) {
			isIn = 1;
			for (let d = -2; d <= 2; d++) {
				const xi = Math.round(x + nx * d);
				const yi = Math.round(y + ny * d);
				if (xi < 0 || yi < 0 || xi >= w || yi >= h) continue;
				const o = orientation[yi * w + xi]!;
				if (o !== 255 && angleBetween(o, line.theta) <= 12) {
					isHit = 1;
					break;
				}
			}
		}
		inside[k + 1] = inside[k]! + isIn;
		hit[k + 1] = hit[k]! + isHit;
	}
	return { line, diag, inside, hit };
}

/** Share of the in-frame part of segment p→q (both on the profile's line) backed by an edge; -1 when too little is in frame. */
function sideSupport(profile: LineProfile, p: Point, q: Point): number {
	const { line, diag, inside, hit } = profile;
	const nx = line.cos;
	const ny = line.sin;
	const tp = -p.x * ny + p.y * nx;
	const tq = -q.x * ny + q.y * nx;
	const last = 2 * diag + 1;
	const a = Math.max(0, Math.min(last, Math.round(Math.min(tp, tq)) + diag));
	const b = Math.max(0, Math.min(last, Math.round(Math.max(tp, tq)) + diag + 1));
	const n = inside[b]! - inside[a]!;
	return n < 4 ? -1 : (hit[b]! - hit[a]!) / n;
}

function lerp(p: Point, q: Point, t: number): Point {
	return { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
}

/** A quad that passed the hard rules, with its score's parts. */
interface Scored extends DocumentCandidate {
	score: number;
	evidence: number;
	/** The corners in the order the lines cross (p1…p4), and the line of each side p1→p2, p2→p3, p3→p4, p4→p1. */
	poly: Point[];
	sideLines: Line[];
}

function bestQuad(found: Line[], edges: EdgeMap, image: RgbaImage): DocumentCandidate | null {
	const { width: w, height: h } = edges;
	const lines = [...found, ...frameLines(w, h)];
	const profiles = new Map<Line, LineProfile>(found.map((l) => [l, lineProfile(l, edges)]));
	const cx = w / 2;
	const cy = h / 2;
	const minSep = 0.1 * Math.min(w, h);
	const pairs: Array<[Line, Line]> = [];
	for (let i = 0; i < lines.length; i++) {
		for (let j = i + 1; j < lines.length; j++) {
			const a = lines[i]!;
			const b = lines[j]!;
			if (a.frame && b.frame && a.theta === b.theta) {
				pairs.push([a, b]);
				continue;
			}
			if (angleBetween(a.theta, b.theta) > PARALLEL_TOLERANCE) continue;
			if (separation(a, b, cx, cy) < minSep) continue;
			pairs.push([a, b]);
		}
	}
	// Every crossing once, and each side's support memoised by (its line, the two lines that end it): many
	// quads share a side, and a keyboard's grid of lines makes tens of thousands of quads.
	const L = lines.length;
	const index = new Map<Line, number>(lines.map((l, i) => [l, i]));
	const crossings: Array<Point | null> = new Array(L * L).fill(null);
	for (let i = 0; i < L; i++)
		for (let j = i + 1; j < L; j++) crossings[i * L + j] = crossings[j * L + i] = intersect(lines[i]!, lines[j]!);
	const memo = new Float32Array(L * L * L).fill(NaN);
	/** Support of line `s` between its crossings with `e1` and `e2`; 0 when it fails a rule, 2 for the image border. */
	const sideScore = (s: number, e1: number, e2: number): number => {
		const key = (s * L + Math.min(e1, e2)) * L + Math.max(e1, e2);
		const known = memo[key]!;
		if (!Number.isNaN(known)) return known;
		const line = lines[s]!;
		let v = 2;
		if (!line.frame) {
			const p = crossings[s * L + e1]!;
			const q = crossings[s * L + e2]!;
			const profile = profiles.get(line)!;
			v = sideSupport(profile, p, q);
			if (v < MIN_SIDE_SUPPORT) v = 0;
			// A side that ends on the border must really run into it: the document continues out of frame.
			else if (lines[e1]!.frame && sideSupport(profile, p, lerp(p, q, END_LENGTH)) < MIN_END_SUPPORT) v = 0;
			else if (lines[e2]!.frame && sideSupport(profile, lerp(q, p, END_LENGTH), q) < MIN_END_SUPPORT) v = 0;
		}
		memo[key] = v;
		return v;
	};
	const P = pairs.length;
	const pa = Int32Array.from(pairs, ([a]) => index.get(a)!);
	const pb = Int32Array.from(pairs, ([, b]) => index.get(b)!);
	const near = nearEdges(edges);
	const pairAngle = Float64Array.from(pairs, ([a, b]) => meanAngle(a.theta, b.theta));
	// supported[i × L + s]: line s has a side between the two lines of pair i (crossing both, supported between).
	const supported = new Uint8Array(P * L);
	for (let i = 0; i < P; i++)
		for (let s = 0; s < L; s++)
			if (s !== pa[i] && s !== pb[i] && crossings[s * L + pa[i]!] && crossings[s * L + pb[i]!])
				supported[i * L + s] = sideScore(s, pa[i]!, pb[i]!) > 0 ? 1 : 0;
	const kept: Scored[] = [];
	for (let i = 0; i < P; i++) {
		const ia = pa[i]!;
		const ib = pb[i]!;
		for (let j = i + 1; j < P; j++) {
			const ic = pa[j]!;
			const id = pb[j]!;
			// Each side lies on one line: a∩c→c∩b on c, c∩b→b∩d on b, b∩d→d∩a on d, d∩a→a∩c on a.
			if (!supported[i * L + ic] || !supported[i * L + id] || !supported[j * L + ia] || !supported[j * L + ib])
				continue;
			const a = lines[ia]!;
			const b = lines[ib]!;
			const c = lines[ic]!;
			const d = lines[id]!;
			const frameSides = +a.frame + +b.frame + +c.frame + +d.frame;
			if (frameSides > 2) continue;
			if (angleBetween(pairAngle[i]!, pairAngle[j]!) < MIN_CROSSING) continue;
			const p1 = crossings[ia * L + ic]!;
			const p2 = crossings[ic * L + ib]!;
			const p3 = crossings[ib * L + id]!;
			const p4 = crossings[id * L + ia]!;
			const sc = sideScore(ic, ia, ib);
			const sb = sideScore(ib, ic, id);
			const sd = sideScore(id, ib, ia);
			const sa = sideScore(ia, id, ic);
			const poly = [p1, p2, p3, p4];
			if (
				!poly.every(
					(p) =>
						p.x > -OUTSIDE_TOLERANCE * w &&
						p.x < (1 + OUTSIDE_TOLERANCE) * w &&
						p.y > -OUTSIDE_TOLERANCE * h &&
						p.y < (1 + OUTSIDE_TOLERANCE) * h,
				)
			)
				continue;
			if (!isConvex(poly)) continue;
			if (cornerAngles(poly).some((t) => t < MIN_CORNER_ANGLE || t > 180 - MIN_CORNER_ANGLE)) continue;
			const area = Math.abs(signedArea(poly));
			const areaShare = Math.min(1, area / (w * h));
			if (areaShare < MIN_AREA_SHARE) continue;
			const quad = orderCorners(poly);
			const aspect = quadAspect(quad);
			if (frameSides === 0 && (aspect < DOC_ASPECT_MIN || aspect > DOC_ASPECT_MAX)) continue;
			let sum = 0;
			let least = 1;
			let real = 0;
			for (const v of [sc, sb, sd, sa]) {
				if (v === 2) continue;
				sum += v;
				least = Math.min(least, v);
				real++;
			}
			if (real === 0) continue;
			const support = sum / real;
			const sides: Array<[Point, Point, Line]> = [
				[p1, p2, c],
				[p2, p3, b],
				[p3, p4, d],
				[p4, p1, a],
			];
			const contrast = sideContrast(image, sides, poly, edges.pixel);
			if (contrast < FIND_MIN_CONTRAST) continue;
			const detail = insideDetail(near, w, h, quad);
			// The evidence that this quad is a document; its size only ranks it against other quads.
			const evidence =
				(FIND_DETAIL_FLOOR + (1 - FIND_DETAIL_FLOOR) * Math.min(1, detail / FIND_FULL_DETAIL)) *
				support *
				Math.sqrt(least) *
				Math.min(1, contrast / FIND_FULL_CONTRAST) *
				(frameSides === 0 ? aspectPrior(aspect) : 1) *
				FRAME_SIDE_PENALTY ** frameSides;
			const score = evidence * areaShare ** FIND_AREA_POWER;
			kept.push({
				corners: quad,
				frameSides,
				support,
				confident: false,
				score,
				evidence,
				poly,
				sideLines: [c, b, d, a],
			});
		}
	}
	if (kept.length === 0) return null;
	kept.sort((x, y) => y.score - x.score);
	const best = kept[0]!;
	if (best.score < FIND_MIN_SCORE) return null;
	// The best rival elsewhere in the picture: neither quad holds the other's centre. A quad nested in the winner
	// (the portrait, the MRZ band) or round it (a shadow, the hand) is the same find, judged by its score alone.
	// A rival must come close in its evidence too, not only in its score: a long strip of bricks or band of keys
	// scores on its size, but with little print and support it is no other document.
	const rival = kept.find(
		(k) =>
			k !== best &&
			k.evidence > FIND_SURE_RATIO * best.evidence &&
			!contains(k.corners, centreOf(best.corners)) &&
			!contains(best.corners, centreOf(k.corners)),
	);
	const enough = best.evidence >= FIND_SURE_EVIDENCE;
	const contested = rival !== undefined && rival.score > FIND_SURE_RATIO * best.score;
	const confident = enough && !contested;
	const refined = refineSides(best.poly, best.sideLines, edges);
	return {
		...(enough && contested ? { rivalCorners: rival.corners } : {}),
		corners: refined?.corners ?? best.corners,
		// In pixels here; findDocument makes it a share of the image.
		uncertainty: refined?.all ? FIND_CORNER_SIGMA : FIND_HOUGH_CORNER_SIGMA * edges.pixel,
		frameSides: best.frameSides,
		support: best.support,
		score: best.score,
		confident,
		rival: rival ? rival.score : 0,
	};
}

/** 1 at pixels with an edge pixel within one pixel (3 × 3), for reading detail on a coarse grid. */
function nearEdges(edges: EdgeMap): Uint8Array {
	const { width: w, height: h, orientation } = edges;
	const near = new Uint8Array(w * h);
	for (let y = 0; y < h; y++)
		for (let x = 0; x < w; x++) {
			if (orientation[y * w + x] === 255) continue;
			for (let dy = -1; dy <= 1; dy++)
				for (let dx = -1; dx <= 1; dx++) {
					const xx = x + dx;
					const yy = y + dy;
					if (xx >= 0 && yy >= 0 && xx < w && yy < h) near[yy * w + xx] = 1;
				}
		}
	return near;
}

/**
 * Share of a grid of points over the quad's middle (its own coordinates 0.15–0.85 each way) that lie near an
 * edge: a document carries print (text, a portrait, an MRZ); a blank box, a phone's face or a plain book does not.
 */
function insideDetail(near: Uint8Array, w: number, h: number, q: Quad): number {
	let hits = 0;
	let n = 0;
	for (let i = 0; i < DETAIL_GRID; i++) {
		const v = 0.15 + (0.7 * (i + 0.5)) / DETAIL_GRID;
		const l = lerp(q[0], q[3], v);
		const r = lerp(q[1], q[2], v);
		for (let k = 0; k < DETAIL_GRID; k++) {
			const p = lerp(l, r, 0.15 + (0.7 * (k + 0.5)) / DETAIL_GRID);
			const x = Math.round(p.x);
			const y = Math.round(p.y);
			if (x < 0 || y < 0 || x >= w || y >= h) continue;
			n++;
			hits += near[y * w + x]!;
		}
	}
	return n ? hits / n : 0;
}

/**
 * How much the document's inside differs from what lies just outside it, across its real sides: along each
 * side, the colour a few pixels in against a few pixels out (RGB, summed absolute difference), the median
 * over the side, then the smallest of the sides. A block of keys or a tiled floor has edges on all four
 * sides but the same surface on both; a card has its paper inside and the table outside.
 */
function sideContrast(image: RgbaImage, sides: Array<[Point, Point, Line]>, poly: Point[], scale: number): number {
	const gx = (poly[0]!.x + poly[1]!.x + poly[2]!.x + poly[3]!.x) / 4;
	const gy = (poly[0]!.y + poly[1]!.y + poly[2]!.y + poly[3]!.y) / 4;
	let least = Infinity;
	const diffs = new Float64Array(CONTRAST_SAMPLES);
	for (const [p, q, line] of sides) {
		if (line.frame) continue;
		const len = Math.hypot(q.x - p.x, q.y - p.y);
		let nx = -(q.y - p.y) / len;
		let ny = (q.x - p.x) / len;
		// Point the normal inward (toward the centre).
		if ((gx - p.x) * nx + (gy - p.y) * ny < 0) {
			nx = -nx;
			ny = -ny;
		}
		const off = Math.max(CONTRAST_OFFSET_MIN * scale, CONTRAST_OFFSET_SHARE * len);
		let n = 0;
		const d = image.data;
		for (let k = 0; k < CONTRAST_SAMPLES; k++) {
			const t = 0.1 + (0.8 * (k + 0.5)) / CONTRAST_SAMPLES;
			const x = p.x + (q.x - p.x) * t;
			const y = p.y + (q.y - p.y) * t;
			// A band on each side, CONTRAST_DEPTHS samples deep: the mean of a band of keys and gaps is the same
			// on both sides of a gap, where single pixels would differ.
			let r = 0;
			let g = 0;
			let b = 0;
			let count = 0;
			for (let depth = 1; depth <= CONTRAST_DEPTHS; depth++) {
				const a = pixel(image, x + nx * off * depth, y + ny * off * depth);
				const o = pixel(image, x - nx * off * depth, y - ny * off * depth);
				if (a < 0 || o < 0) continue;
				r += d[a]! - d[o]!;
				g += d[a + 1]! - d[o + 1]!;
				b += d[a + 2]! - d[o + 2]!;
				count++;
			}
			if (count === 0) continue;
			diffs[n++] = (Math.abs(r) + Math.abs(g) + Math.abs(b)) / count;
		}
		if (n < CONTRAST_SAMPLES / 2) continue;
		const sorted = diffs.subarray(0, n).sort();
		least = Math.min(least, sorted[Math.floor(n / 2)]!);
	}
	return least === Infinity ? 0 : least;
}

/** Byte offset of the pixel at (x, y), or -1 outside the image. */
function pixel(image: RgbaImage, x: number, y: number): number {
	const xi = Math.round(x);
	const yi = Math.round(y);
	if (xi < 0 || yi < 0 || xi >= image.width || yi >= image.height) return -1;
	return (yi * image.width + xi) * 4;
}

/**
 * 1 for a shape of a known document (ID-1 1.586, ID-2, TD3 and A4 ≈ 1.41–1.42), falling off as a Gaussian in
 * log aspect beyond them, to FIND_ASPECT_FLOOR: a banknote or a letter still counts, but less.
 */
function aspectPrior(aspect: number): number {
	const lo = Math.log(DOC_ASPECT_KNOWN_MIN);
	const hi = Math.log(DOC_ASPECT_KNOWN_MAX);
	const l = Math.log(aspect);
	const d = l < lo ? lo - l : l > hi ? l - hi : 0;
	return Math.max(FIND_ASPECT_FLOOR, Math.exp(-(d * d) / (2 * FIND_ASPECT_SIGMA * FIND_ASPECT_SIGMA)));
}

/**
 * Each real side moved onto the edge it stands for, to a fraction of a pixel: the Hough lines are quantised to
 * 1° and 1 pixel (a corner of a 100-pixel side can be 2–3 pixels off), which is enough to flip a tilt or margin
 * verdict. Along the side (away from its ends, where rounded corners and fingers are), the colour across it is
 * read on a line perpendicular to it and projected on the difference between the two surfaces (so a pale card
 * on paper of nearly its colour is found by the hue it differs in); the steepest rise within REFINE_REACH is the
 * edge, placed between samples by a parabola. A line fitted through those points, outliers dropped, replaces the
 * side's line when enough of the side agrees. Returns the corners in order and whether every real side was
 * refined, or null when none was.
 */
function refineSides(poly: Point[], sideLines: Line[], edges: EdgeMap): { corners: Quad; all: boolean } | null {
	const { width: w, height: h, planes, pixel } = edges;
	const gx = (poly[0]!.x + poly[1]!.x + poly[2]!.x + poly[3]!.x) / 4;
	const gy = (poly[0]!.y + poly[1]!.y + poly[2]!.y + poly[3]!.y) / 4;
	const refined: Array<Line | { nx: number; ny: number; c: number }> = [];
	let moved = false;
	let all = true;
	for (let k = 0; k < 4; k++) {
		const line = sideLines[k]!;
		const p = poly[k]!;
		const q = poly[(k + 1) % 4]!;
		const fit = line.frame ? null : refineSide(p, q, gx, gy, planes, w, h, REFINE_REACH * pixel);
		if (fit) moved = true;
		else if (!line.frame) all = false;
		refined.push(fit ?? line);
	}
	if (!moved) return null;
	const asLine = (l: Line | { nx: number; ny: number; c: number }) =>
		'rho' in l ? { nx: l.cos, ny: l.sin, c: l.rho } : l;
	const corners: Point[] = [];
	for (let k = 0; k < 4; k++) {
		// Corner p(k) is where side k − 1 meets side k.
		const a = asLine(refined[(k + 3) % 4]!);
		const b = asLine(refined[k]!);
		const det = a.nx * b.ny - a.ny * b.nx;
		if (Math.abs(det) < 1e-6) return null;
		corners.push({ x: (a.c * b.ny - b.c * a.ny) / det, y: (a.nx * b.c - b.nx * a.c) / det });
	}
	// The refined corners must stay near the found ones: a side that jumped to another edge is not a refinement.
	for (let k = 0; k < 4; k++)
		if (Math.hypot(corners[k]!.x - poly[k]!.x, corners[k]!.y - poly[k]!.y) > REFINE_MAX_SHIFT * pixel) return null;
	if (!isConvex(corners)) return null;
	return { corners: orderCorners(corners), all };
}

/** Bilinear sample of a plane (coordinates clamped into the image). */
function sample(plane: Float32Array, w: number, h: number, x: number, y: number): number {
	const xc = Math.min(w - 1.001, Math.max(0, x));
	const yc = Math.min(h - 1.001, Math.max(0, y));
	const x0 = Math.floor(xc);
	const y0 = Math.floor(yc);
	const fx = xc - x0;
	const fy = yc - y0;
	const i = y0 * w + x0;
	return (
		(plane[i]! * (1 - fx) + plane[i + 1]! * fx) * (1 - fy) + (plane[i + w]! * (1 - fx) + plane[i + w + 1]! * fx) * fy
	);
}

/** The edge under side p→q as a line n·x = c (n a unit normal), or null when too little of the side shows one. */
export function refineSide(
	p: Point,
	q: Point,
	gx: number,
	gy: number,
	planes: [Float32Array, Float32Array, Float32Array],
	w: number,
	h: number,
	reach: number,
): { nx: number; ny: number; c: number } | null {
	const len = Math.hypot(q.x - p.x, q.y - p.y);
	if (len < 8) return null;
	let nx = -(q.y - p.y) / len;
	let ny = (q.x - p.x) / len;
	if ((gx - p.x) * nx + (gy - p.y) * ny < 0) {
		nx = -nx;
		ny = -ny;
	}
	const colour = (x: number, y: number): [number, number, number] => [
		sample(planes[0], w, h, x, y),
		sample(planes[1], w, h, x, y),
		sample(planes[2], w, h, x, y),
	];
	// The two surfaces: the mean colour a band beyond the search reach inside, and outside.
	const depth = reach + 2;
	const inside = [0, 0, 0];
	const outside = [0, 0, 0];
	let n = 0;
	for (let k = 0; k < REFINE_SAMPLES; k++) {
		const t = REFINE_END + ((1 - 2 * REFINE_END) * (k + 0.5)) / REFINE_SAMPLES;
		const x = p.x + (q.x - p.x) * t;
		const y = p.y + (q.y - p.y) * t;
		const a = colour(x + nx * depth, y + ny * depth);
		const o = colour(x - nx * depth, y - ny * depth);
		for (let c = 0; c < 3; c++) {
			inside[c]! += a[c]!;
			outside[c]! += o[c]!;
		}
		n++;
	}
	const u = [0, 1, 2].map((c) => (inside[c]! - outside[c]!) / n);
	const step = Math.hypot(u[0]!, u[1]!, u[2]!);
	if (step < REFINE_MIN_STEP) return null;
	const ux = u[0]! / step;
	const uy = u[1]! / step;
	const uz = u[2]! / step;
	const proj = (x: number, y: number) =>
		sample(planes[0], w, h, x, y) * ux + sample(planes[1], w, h, x, y) * uy + sample(planes[2], w, h, x, y) * uz;
	const xs: number[] = [];
	const ys: number[] = [];
	const steps = Math.round((2 * reach) / REFINE_STEP);
	const profile = new Float64Array(steps + 3);
	for (let k = 0; k < REFINE_SAMPLES; k++) {
		const t = REFINE_END + ((1 - 2 * REFINE_END) * (k + 0.5)) / REFINE_SAMPLES;
		const x = p.x + (q.x - p.x) * t;
		const y = p.y + (q.y - p.y) * t;
		if (x < 1 || y < 1 || x > w - 2 || y > h - 2) continue;
		// profile[i] at offset −reach − REFINE_STEP + i × REFINE_STEP along the inward normal.
		for (let i = 0; i < profile.length; i++) {
			const d = -reach - REFINE_STEP + i * REFINE_STEP;
			profile[i] = proj(x + nx * d, y + ny * d);
		}
		// Steepest rise toward the inside (central differences), and a parabola through it and its neighbours.
		let best = -Infinity;
		let at = -1;
		const rise = (i: number) => profile[i + 1]! - profile[i - 1]!;
		for (let i = 1; i < profile.length - 1; i++) {
			const v = rise(i);
			if (v > best) {
				best = v;
				at = i;
			}
		}
		// A real edge rises by a good part of the step between the surfaces within a couple of pixels.
		if (best / (2 * REFINE_STEP) < REFINE_MIN_SLOPE * step) continue;
		let offset = 0;
		if (at > 1 && at < profile.length - 2) {
			const l = rise(at - 1);
			const r = rise(at + 1);
			const den = l - 2 * best + r;
			if (den < 0) offset = Math.max(-0.5, Math.min(0.5, (0.5 * (l - r)) / den));
		}
		const d = -reach - REFINE_STEP + (at + offset) * REFINE_STEP;
		xs.push(x + nx * d);
		ys.push(y + ny * d);
	}
	if (xs.length < REFINE_MIN_SHARE * REFINE_SAMPLES) return null;
	let fit = fitLine(xs, ys);
	// Drop points far off the first fit (a finger, a glare spot, print touching the edge) and fit again.
	const keepX: number[] = [];
	const keepY: number[] = [];
	for (let i = 0; i < xs.length; i++)
		if (Math.abs(xs[i]! * fit.nx + ys[i]! * fit.ny - fit.c) <= REFINE_OUTLIER) {
			keepX.push(xs[i]!);
			keepY.push(ys[i]!);
		}
	if (keepX.length < REFINE_MIN_SHARE * REFINE_SAMPLES) return null;
	fit = fitLine(keepX, keepY);
	// The fitted side must keep about the side's direction.
	if (Math.abs(fit.nx * nx + fit.ny * ny) < Math.cos((REFINE_MAX_TURN * Math.PI) / 180)) return null;
	return fit;
}

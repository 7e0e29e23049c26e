import { isConvex, cornerAngles, orderCorners, quadAspect, scaleQuad, signedArea, type Quad } from './quad';
import { resizeToLongSide } from './resize';
import { DOC_ASPECT_MAX, DOC_ASPECT_MIN, FIND_LONG_SIDE } from './thresholds';
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
}

/** Sobel magnitude (on 0–255 channels) an edge must reach: a step of about 15 grey levels. */
const EDGE_MIN_MAGNITUDE = 60;
/** Hough votes only within this many degrees of a pixel's gradient direction. */
const ORIENTATION_GATE = 3;
/** Lines kept from the Hough space. */
const MAX_LINES = 24;
/** Two lines of a pair may differ by this much in angle (perspective), in degrees. */
const PARALLEL_TOLERANCE = 30;
/** The two pairs must cross at least at this angle, in degrees. */
const MIN_CROSSING = 50;
/** A real side needs an edge along at least this share of its in-frame length. */
const MIN_SIDE_SUPPORT = 0.5;
/** A real side that runs into the image border must be backed by an edge this much near that end. */
const MIN_END_SUPPORT = 0.6;
/** Share of a side's length, at its end on the border, checked against MIN_END_SUPPORT. */
const END_LENGTH = 0.15;
/** Corners may lie this far outside the image (share of its size) when the document is cut off. */
const OUTSIDE_TOLERANCE = 0.35;
/** Corner angles accepted before the tilt check judges them. */
const MIN_CORNER_ANGLE = 45;
/** A quad must cover at least this share of the image to count as the document. */
const MIN_AREA_SHARE = 0.04;
/** Score factor for each side that is the image border rather than an edge. */
const FRAME_SIDE_PENALTY = 0.7;
/** Minimum score of the winner (mean support × √area share × penalties). */
const MIN_SCORE = 0.15;

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

interface EdgeMap {
	width: number;
	height: number;
	/** Gradient direction 0–179 degrees at edge pixels, 255 elsewhere. */
	orientation: Uint8Array;
}

/** Finds the document; corners come back in the coordinates of `image`. */
export function findDocument(image: RgbaImage): DocumentCandidate | null {
	const small = resizeToLongSide(image, FIND_LONG_SIDE);
	if (Math.min(small.width, small.height) < 24) return null;
	const edges = edgeMap(small);
	const lines = houghLines(edges);
	const best = bestQuad(lines, edges);
	if (!best) return null;
	const sx = image.width / small.width;
	const sy = image.height / small.height;
	return { ...best, corners: scaleQuad(best.corners, sx, sy) };
}

/**
 * Colour edges: the strongest Sobel response of R, G and B after a light blur (a 3-pixel box, twice
 * each way), thinned by non-maximum suppression. The loops run a row per call: a function called for
 * every row is optimised by the JavaScript engine after a few rows, where one long loop waits for
 * on-stack replacement (the photo worker runs this once per photo).
 */
export function edgeMap(image: RgbaImage): EdgeMap {
	const { width: w, height: h, data } = image;
	const n = w * h;
	const r = new Float32Array(n);
	const g = new Float32Array(n);
	const b = new Float32Array(n);
	for (let y = 0; y < h; y++) splitRow(data, y * w, w, r, g, b);
	const scratch = new Float32Array(n);
	for (const plane of [r, g, b]) {
		boxBlur(plane, scratch, w, h);
		boxBlur(plane, scratch, w, h);
	}
	const gx = new Float32Array(n);
	const gy = new Float32Array(n);
	const mag = new Float32Array(n);
	for (let y = 1; y < h - 1; y++) sobelRow(r, g, b, y * w, w, gx, gy, mag);
	const orientation = new Uint8Array(n).fill(255);
	for (let y = 1; y < h - 1; y++) thinRow(mag, gx, gy, y * w, w, orientation);
	return { width: w, height: h, orientation };
}

function splitRow(
	data: Uint8Array | Uint8ClampedArray,
	row: number,
	w: number,
	r: Float32Array,
	g: Float32Array,
	b: Float32Array,
): void {
	for (let i = row, p = row * 4, end = row + w; i < end; i++, p += 4) {
		r[i] = data[p]!;
		g[i] = data[p + 1]!;
		b[i] = data[p + 2]!;
	}
}

/**
 * A 3-pixel box blur of `plane` in place, across then down, the image edge repeating itself (the
 * across pass goes to `scratch`). Each value is the mean of three, as a 32-bit float.
 */
function boxBlur(plane: Float32Array, scratch: Float32Array, w: number, h: number): void {
	for (let y = 0; y < h; y++) boxAcross(plane, scratch, y * w, w);
	for (let y = 0; y < h; y++) boxDown(scratch, plane, y, w, h);
}

function boxAcross(p: Float32Array, t: Float32Array, r: number, w: number): void {
	// The edge pixels repeat themselves (x − 1 and x + 1 clamped into the row); the inner ones need no clamp.
	const e = r + w - 1;
	t[r] = (p[r]! + p[r]! + p[Math.min(e, r + 1)]!) / 3;
	for (let i = r + 1; i < e; i++) t[i] = (p[i - 1]! + p[i]! + p[i + 1]!) / 3;
	if (e > r) t[e] = (p[e - 1]! + p[e]! + p[e]!) / 3;
}

function boxDown(t: Float32Array, o: Float32Array, y: number, w: number, h: number): void {
	const up = Math.max(0, y - 1) * w;
	const row = y * w;
	const dn = Math.min(h - 1, y + 1) * w;
	for (let x = 0; x < w; x++) o[row + x] = (t[up + x]! + t[row + x]! + t[dn + x]!) / 3;
}

/**
 * Sobel of R, G and B along a row; keeps, per pixel, the gradient of the channel with the largest
 * squared magnitude (R first on ties), and its magnitude. Values are kept as 32-bit floats.
 */
function sobelRow(
	r: Float32Array,
	g: Float32Array,
	b: Float32Array,
	row: number,
	w: number,
	gx: Float32Array,
	gy: Float32Array,
	mag: Float32Array,
): void {
	for (let i = row + 1, end = row + w - 1; i < end; i++) {
		let sx = sobelX(r, i, w);
		let sy = sobelY(r, i, w);
		let m = Math.fround(sx * sx + sy * sy);
		const gxg = sobelX(g, i, w);
		const gyg = sobelY(g, i, w);
		const mg = gxg * gxg + gyg * gyg;
		if (mg > m) {
			m = Math.fround(mg);
			sx = gxg;
			sy = gyg;
		}
		const gxb = sobelX(b, i, w);
		const gyb = sobelY(b, i, w);
		const mb = gxb * gxb + gyb * gyb;
		if (mb > m) {
			m = Math.fround(mb);
			sx = gxb;
			sy = gyb;
		}
		mag[i] = Math.sqrt(m);
		gx[i] = sx;
		gy[i] = sy;
	}
}

function sobelX(p: Float32Array, i: number, w: number): number {
	return p[i - w + 1]! + 2 * p[i + 1]! + p[i + w + 1]! - p[i - w - 1]! - 2 * p[i - 1]! - p[i + w - 1]!;
}

function sobelY(p: Float32Array, i: number, w: number): number {
	return p[i + w - 1]! + 2 * p[i + w]! + p[i + w + 1]! - p[i - w - 1]! - 2 * p[i - w]! - p[i - w + 1]!;
}

/** Non-maximum suppression along a row: an edge pixel's gradient direction (0–179°), where it is the strongest across the edge. */
function thinRow(
	mag: Float32Array,
	gx: Float32Array,
	gy: Float32Array,
	row: number,
	w: number,
	orientation: Uint8Array,
): void {
	for (let i = row + 1, end = row + w - 1; i < end; i++) {
		const m = mag[i]!;
		if (m < EDGE_MIN_MAGNITUDE) continue;
		let deg = (Math.atan2(gy[i]!, gx[i]!) * 180) / Math.PI;
		if (deg < 0) deg += 180;
		if (deg >= 180) deg -= 180;
		// Neighbours across the edge, along the gradient quantised to 0/45/90/135 degrees.
		const q = Math.round(deg / 45) % 4;
		const step = q === 0 ? 1 : q === 1 ? w + 1 : q === 2 ? w : w - 1;
		if (m < mag[i - step]! || m < mag[i + step]!) continue;
		orientation[i] = Math.min(179, Math.round(deg));
	}
}

const COS = Float64Array.from({ length: 180 }, (_, t) => Math.cos((t * Math.PI) / 180));
const SIN = Float64Array.from({ length: 180 }, (_, t) => Math.sin((t * Math.PI) / 180));

/** The strongest straight lines, by an orientation-gated Hough transform with peak suppression. */
function houghLines(edges: EdgeMap): Line[] {
	const { width: w, height: h, orientation } = edges;
	const diag = Math.ceil(Math.hypot(w, h));
	const rhos = 2 * diag + 1;
	const acc = new Float32Array(180 * rhos);
	for (let y = 0; y < h; y++) {
		for (let x = 0; x < w; x++) {
			const o = orientation[y * w + x]!;
			if (o === 255) continue;
			for (let d = -ORIENTATION_GATE; d <= ORIENTATION_GATE; d++) {
				const t = (o + d + 180) % 180;
				const rho = Math.round(x * COS[t]! + y * SIN[t]!) + diag;
				acc[t * rhos + rho]! += 1;
			}
		}
	}
	const minVotes = Math.max(12, 0.12 * Math.min(w, h));
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
	for (let k = 0; k < count && lines.length < MAX_LINES; k++) {
		const bi = cells[k]!;
		if (suppressed[bi]) continue;
		const theta = Math.floor(bi / rhos);
		const rho = (bi % rhos) - diag;
		lines.push(makeLine(theta, rho, acc[bi]!, false));
		// Suppress the neighbourhood, across the 0/180 wrap too (where ρ changes sign).
		for (let dt = -6; dt <= 6; dt++) {
			let t = theta + dt;
			let r0 = rho;
			if (t < 0 || t >= 180) {
				t = (t + 180) % 180;
				r0 = -rho;
			}
			for (let dr = -6; dr <= 6; dr++) {
				const r = r0 + dr + diag;
				if (r >= 0 && r < rhos) suppressed[t * rhos + r] = 1;
			}
		}
	}
	return lines;
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

function bestQuad(found: Line[], edges: EdgeMap): DocumentCandidate | null {
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
	let best: DocumentCandidate | null = null;
	let bestScore = MIN_SCORE;
	for (let i = 0; i < pairs.length; i++) {
		for (let j = i + 1; j < pairs.length; j++) {
			const [a, b] = pairs[i]!;
			const [c, d] = pairs[j]!;
			if (a === c || a === d || b === c || b === d) continue;
			const frameSides = +a.frame + +b.frame + +c.frame + +d.frame;
			if (frameSides > 2) continue;
			if (angleBetween(meanAngle(a.theta, b.theta), meanAngle(c.theta, d.theta)) < MIN_CROSSING) continue;
			const p1 = intersect(a, c);
			const p2 = intersect(c, b);
			const p3 = intersect(b, d);
			const p4 = intersect(d, a);
			if (!p1 || !p2 || !p3 || !p4) continue;
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
			// Each side lies on one line: a∩c→c∩b on c, c∩b→b∩d on b, b∩d→d∩a on d, d∩a→a∩c on a.
			const sides: Array<[Point, Point, Line]> = [
				[p1, p2, c],
				[p2, p3, b],
				[p3, p4, d],
				[p4, p1, a],
			];
			let sum = 0;
			let real = 0;
			let ok = true;
			for (let k = 0; k < 4; k++) {
				const [p, q, line] = sides[k]!;
				if (line.frame) continue;
				const profile = profiles.get(line)!;
				const s = sideSupport(profile, p, q);
				if (s < MIN_SIDE_SUPPORT) {
					ok = false;
					break;
				}
				// A side that ends on the border must really run into it: the document continues out of frame.
				const before = sides[(k + 3) % 4]![2];
				const after = sides[(k + 1) % 4]![2];
				if (before.frame && sideSupport(profile, p, lerp(p, q, END_LENGTH)) < MIN_END_SUPPORT) ok = false;
				if (after.frame && sideSupport(profile, lerp(q, p, END_LENGTH), q) < MIN_END_SUPPORT) ok = false;
				if (!ok) break;
				sum += s;
				real++;
			}
			if (!ok || real === 0) continue;
			const support = sum / real;
			const score = support * Math.sqrt(areaShare) * FRAME_SIDE_PENALTY ** frameSides;
			if (score > bestScore) {
				bestScore = score;
				best = { corners: quad, frameSides, support };
			}
		}
	}
	return best;
}

import type { DocumentMask } from './doc-mask';
import { cornersOfSides, fitLine, isConvex, type NormalLine, type Quad } from './quad';
import { MASK_BORDER_SNAP, MASK_LEVEL, MASK_MIN_SHARE, MASK_REFIT_REACH } from './thresholds';
import type { Point } from './types';

/**
 * The quadrilateral a document mask outlines (see doc-mask): the mask's main blob, its outline where the
 * probability crosses MASK_LEVEL (between cell centres, interpolated), the convex hull of that outline cut
 * down to four sides by extending its neighbours over the shortest edges (a blurred mask rounds the corners;
 * the straight sides, extended, meet where the corners were), then each side refitted through the outline
 * points along it. Where the blob reaches the picture's border, the border is part of the outline: a side
 * on it is the picture's edge (a document running out of the frame), and a corner cut off the picture is
 * found past the border, where its two sides meet.
 */
export interface MaskQuad {
	/** Corners in the pixels of the image the mask covers (positions: pixel i spans i to i + 1); may lie outside it. */
	corners: Quad;
	/** Side k (corners[k] → corners[k + 1]) lies on the picture's border. */
	border: [boolean, boolean, boolean, boolean];
	/** Median probability of the cells at least a cell inside the quad (or of all inside, for a small quad): a hole under glare or a finger does not move it. */
	inside: number;
	/** Probability mass of cells at least a cell outside the quad and above MASK_LEVEL, over the mass inside it: other document-like blobs. */
	spill: number;
	/** Share of the blob's outline points (those not on the border itself) within MASK_REFIT_REACH cells of a side. */
	fit: number;
	/** A cell's width and height in image pixels. */
	cell: { x: number; y: number };
	/** The blob has cells on the grid's border: the document reaches the picture's edge, on a side or only at a corner. */
	touches: boolean;
	/** `fit` of another quad (corners in the same pixels, in order round it) to this mask's outline. */
	fitOf: (corners: readonly Point[]) => number;
}

interface Outline {
	/** Outline points in cell units (cell (i, j) spans [i, i + 1) × [j, j + 1)). */
	points: Point[];
	/** True for the points on the grid's border. */
	onBorder: boolean[];
}

/** The quad the mask outlines, in the pixels of a `width` × `height` image; null when the mask shows no document. */
export function quadFromMask(mask: DocumentMask, width: number, height: number): MaskQuad | null {
	const { width: gw, height: gh, probability: p } = mask;
	if (gw < 2 || gh < 2 || p.length !== gw * gh) return null;
	const blob = mainBlob(p, gw, gh);
	if (!blob || blob.count < MASK_MIN_SHARE * gw * gh) return null;
	const outline = outlineOf(fillHoles(blob.member, gw, gh), p, gw, gh);
	const hull = convexHull(outline.points);
	if (hull.length < 3) return null;
	const four = reduceToFour(hull);
	if (!four) return null;
	const onEdge = (a: Point, b: Point) => borderSide(a, b, gw, gh);
	let quad = four;
	const refit = refitSides(four, outline, onEdge);
	if (refit && isConvex(refit)) quad = refit;
	const border = [0, 1, 2, 3].map((k) => onEdge(quad[k]!, quad[(k + 1) % 4]!)) as MaskQuad['border'];
	const { inside, spill } = agreement(quad, p, gw, gh);
	const fit = fitShare(quad, outline);
	const sx = width / gw;
	const sy = height / gh;
	const ordered = clockwiseFromTopLeft(
		quad.map((q) => ({ x: q.x * sx, y: q.y * sy })),
		border,
	);
	return {
		corners: ordered.corners,
		border: ordered.border,
		inside,
		spill,
		fit,
		cell: { x: sx, y: sy },
		// The outline has faces on the grid's border exactly where the blob's cells reach it.
		touches: outline.onBorder.some(Boolean),
		// An outline all on the picture's border (the document fills the frame) has no side inside the picture for
		// another quad's sides to run along: a quad with a side across it does not fit it (its corners may still
		// agree with the mask's, which is the test for a quad that fills the frame too).
		fitOf: (corners) =>
			fitShare(
				corners.map((p) => ({ x: p.x / sx, y: p.y / sy })),
				outline,
				0,
			),
	};
}

/** The 8-connected blob of cells at or above MASK_LEVEL with the largest probability mass. */
function mainBlob(p: Float32Array, gw: number, gh: number): { member: Uint8Array; count: number } | null {
	const label = new Int32Array(gw * gh).fill(-1);
	const stack: number[] = [];
	let best = -1;
	let bestMass = 0;
	let blobs = 0;
	const masses: number[] = [];
	const counts: number[] = [];
	for (let start = 0; start < p.length; start++) {
		if (label[start] !== -1 || p[start]! < MASK_LEVEL) continue;
		const id = blobs++;
		let mass = 0;
		let count = 0;
		label[start] = id;
		stack.push(start);
		while (stack.length) {
			const i = stack.pop()!;
			mass += p[i]!;
			count++;
			const x = i % gw;
			const y = (i - x) / gw;
			for (let dy = -1; dy <= 1; dy++)
				for (let dx = -1; dx <= 1; dx++) {
					const xx = x + dx;
					const yy = y + dy;
					if (xx < 0 || yy < 0 || xx >= gw || yy >= gh) continue;
					const j = yy * gw + xx;
					if (label[j] !== -1 || p[j]! < MASK_LEVEL) continue;
					label[j] = id;
					stack.push(j);
				}
		}
		masses.push(mass);
		counts.push(count);
		if (mass > bestMass) {
			bestMass = mass;
			best = id;
		}
	}
	if (best < 0) return null;
	const member = new Uint8Array(gw * gh);
	for (let i = 0; i < member.length; i++) if (label[i] === best) member[i] = 1;
	return { member, count: counts[best]! };
}

/** The blob with its holes filled (glare or a finger inside the document): only its outer outline counts. */
function fillHoles(member: Uint8Array, gw: number, gh: number): Uint8Array {
	// Cells outside the blob that the grid's border reaches without crossing it; the rest are holes.
	const outside = new Uint8Array(gw * gh);
	const stack: number[] = [];
	for (let x = 0; x < gw; x++) stack.push(x, (gh - 1) * gw + x);
	for (let y = 0; y < gh; y++) stack.push(y * gw, y * gw + gw - 1);
	while (stack.length) {
		const i = stack.pop()!;
		if (outside[i] || member[i]) continue;
		outside[i] = 1;
		const x = i % gw;
		if (x > 0) stack.push(i - 1);
		if (x < gw - 1) stack.push(i + 1);
		if (i >= gw) stack.push(i - gw);
		if (i < (gh - 1) * gw) stack.push(i + gw);
	}
	const filled = new Uint8Array(gw * gh);
	for (let i = 0; i < filled.length; i++) filled[i] = outside[i] ? 0 : 1;
	return filled;
}

/**
 * Where the blob's probability crosses MASK_LEVEL toward each 4-neighbour outside it (linearly between the two
 * cell centres), and the two ends of each cell face the blob shares with the grid's border.
 */
function outlineOf(member: Uint8Array, p: Float32Array, gw: number, gh: number): Outline {
	const points: Point[] = [];
	const onBorder: boolean[] = [];
	const steps = [
		[1, 0],
		[-1, 0],
		[0, 1],
		[0, -1],
	] as const;
	for (let y = 0; y < gh; y++)
		for (let x = 0; x < gw; x++) {
			const i = y * gw + x;
			if (!member[i]) continue;
			for (const [dx, dy] of steps) {
				const xx = x + dx;
				const yy = y + dy;
				if (xx < 0 || yy < 0 || xx >= gw || yy >= gh) {
					// The face on the border: from one of its ends to the other.
					const fx = dx > 0 ? x + 1 : dx < 0 ? x : null;
					const fy = dy > 0 ? y + 1 : dy < 0 ? y : null;
					points.push(fx !== null ? { x: fx, y } : { x, y: fy! });
					points.push(fx !== null ? { x: fx, y: y + 1 } : { x: x + 1, y: fy! });
					onBorder.push(true, true);
					continue;
				}
				const j = yy * gw + xx;
				if (member[j]) continue;
				const pc = p[i]!;
				const pn = p[j]!;
				const t = pc > pn ? Math.min(1, Math.max(0, (pc - MASK_LEVEL) / (pc - pn))) : 0.5;
				points.push({ x: x + 0.5 + dx * t, y: y + 0.5 + dy * t });
				onBorder.push(false);
			}
		}
	return { points, onBorder };
}

/** Andrew's monotone chain; counter-clockwise in y-down coordinates is irrelevant here, only convexity is used. */
function convexHull(points: readonly Point[]): Point[] {
	const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
	if (sorted.length < 3) return sorted;
	const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
	const lower: Point[] = [];
	for (const q of sorted) {
		while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, q) <= 0) lower.pop();
		lower.push(q);
	}
	const upper: Point[] = [];
	for (let i = sorted.length - 1; i >= 0; i--) {
		const q = sorted[i]!;
		while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, q) <= 0) upper.pop();
		upper.push(q);
	}
	return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

/** Where the lines through a→b and c→d cross, or null when they are parallel. */
function crossing(a: Point, b: Point, c: Point, d: Point): Point | null {
	const rx = b.x - a.x;
	const ry = b.y - a.y;
	const sx = d.x - c.x;
	const sy = d.y - c.y;
	const den = rx * sy - ry * sx;
	if (Math.abs(den) < 1e-9) return null;
	const t = ((c.x - a.x) * sy - (c.y - a.y) * sx) / den;
	return { x: a.x + t * rx, y: a.y + t * ry };
}

/**
 * A convex polygon cut down to four corners, one edge at a time: the edge whose removal (its two neighbours
 * extended until they meet) adds the least area goes first. A triangle gets a fourth corner on its longest edge.
 */
function reduceToFour(hull: Point[]): Point[] | null {
	let poly = [...hull];
	while (poly.length > 4) {
		const n = poly.length;
		let bestArea = Infinity;
		let bestEdge = -1;
		let bestPoint: Point | null = null;
		for (let i = 0; i < n; i++) {
			const a = poly[(i + n - 1) % n]!;
			const b = poly[i]!;
			const c = poly[(i + 1) % n]!;
			const d = poly[(i + 2) % n]!;
			const x = crossing(a, b, d, c);
			if (!x) continue;
			// The new corner must lie beyond b on a→b and beyond c on d→c, or the neighbours meet on the wrong side.
			const along1 = (x.x - b.x) * (b.x - a.x) + (x.y - b.y) * (b.y - a.y);
			const along2 = (x.x - c.x) * (c.x - d.x) + (x.y - c.y) * (c.y - d.y);
			if (along1 < -1e-9 || along2 < -1e-9) continue;
			const area = Math.abs((c.x - b.x) * (x.y - b.y) - (c.y - b.y) * (x.x - b.x)) / 2;
			if (area < bestArea) {
				bestArea = area;
				bestEdge = i;
				bestPoint = x;
			}
		}
		if (bestEdge < 0 || !bestPoint) return null;
		const next = (bestEdge + 1) % n;
		poly = poly.filter((_, k) => k !== bestEdge && k !== next);
		poly.splice(bestEdge < next ? bestEdge : bestEdge - 1, 0, bestPoint);
	}
	if (poly.length === 3) {
		let longest = 0;
		for (let k = 1; k < 3; k++) if (edgeLength(poly, k) > edgeLength(poly, longest)) longest = k;
		const a = poly[longest]!;
		const b = poly[(longest + 1) % 3]!;
		poly.splice(longest + 1, 0, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
	}
	return poly.length === 4 ? poly : null;
}

function edgeLength(poly: Point[], k: number): number {
	const a = poly[k]!;
	const b = poly[(k + 1) % poly.length]!;
	return Math.hypot(b.x - a.x, b.y - a.y);
}

/** True when both ends of a side lie on the same border of the grid. */
function borderSide(a: Point, b: Point, gw: number, gh: number): boolean {
	const s = MASK_BORDER_SNAP;
	return (
		(Math.abs(a.x) <= s && Math.abs(b.x) <= s) ||
		(Math.abs(a.x - gw) <= s && Math.abs(b.x - gw) <= s) ||
		(Math.abs(a.y) <= s && Math.abs(b.y) <= s) ||
		(Math.abs(a.y - gh) <= s && Math.abs(b.y - gh) <= s)
	);
}

/**
 * Each side that is not the border refitted (total least squares) through the outline points within
 * MASK_REFIT_REACH cells of it and away from its ends, where a blurred corner rounds off; the hull leans
 * outward on every bump of the outline, the fit does not. Null when a side has too few points.
 */
function refitSides(quad: Point[], outline: Outline, onEdge: (a: Point, b: Point) => boolean): Point[] | null {
	const lines: NormalLine[] = [];
	for (let k = 0; k < 4; k++) {
		const a = quad[k]!;
		const b = quad[(k + 1) % 4]!;
		const len = Math.hypot(b.x - a.x, b.y - a.y);
		const dx = (b.x - a.x) / len;
		const dy = (b.y - a.y) / len;
		const nx = -dy;
		const ny = dx;
		const own = { nx, ny, c: nx * a.x + ny * a.y };
		if (onEdge(a, b)) {
			lines.push(own);
			continue;
		}
		const xs: number[] = [];
		const ys: number[] = [];
		outline.points.forEach((q, i) => {
			if (outline.onBorder[i]) return;
			const along = ((q.x - a.x) * dx + (q.y - a.y) * dy) / len;
			const off = (q.x - a.x) * nx + (q.y - a.y) * ny;
			if (along < 0.15 || along > 0.85 || Math.abs(off) > MASK_REFIT_REACH) return;
			xs.push(q.x);
			ys.push(q.y);
		});
		lines.push(xs.length >= 3 ? fitLine(xs, ys) : own);
	}
	return cornersOfSides(lines);
}

/** Signed distance of p inside a convex polygon (positive inside), in the polygon's units. */
function depthIn(poly: readonly Point[], p: Point): number {
	const cx = poly.reduce((s, q) => s + q.x, 0) / poly.length;
	const cy = poly.reduce((s, q) => s + q.y, 0) / poly.length;
	let depth = Infinity;
	for (let k = 0; k < poly.length; k++) {
		const a = poly[k]!;
		const b = poly[(k + 1) % poly.length]!;
		const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
		let nx = -(b.y - a.y) / len;
		let ny = (b.x - a.x) / len;
		if ((cx - a.x) * nx + (cy - a.y) * ny < 0) {
			nx = -nx;
			ny = -ny;
		}
		depth = Math.min(depth, (p.x - a.x) * nx + (p.y - a.y) * ny);
	}
	return depth;
}

/** The mask's median probability well inside the quad, and its mass above MASK_LEVEL well outside over the mass inside. */
function agreement(quad: Point[], p: Float32Array, gw: number, gh: number): { inside: number; spill: number } {
	const deep: number[] = [];
	const all: number[] = [];
	let inSum = 0;
	let outMass = 0;
	for (let y = 0; y < gh; y++)
		for (let x = 0; x < gw; x++) {
			const v = p[y * gw + x]!;
			const d = depthIn(quad, { x: x + 0.5, y: y + 0.5 });
			if (d >= 0) {
				inSum += v;
				all.push(v);
			}
			if (d >= 1) deep.push(v);
			else if (d <= -1 && v >= MASK_LEVEL) outMass += v;
		}
	const inside = median(deep.length >= 4 ? deep : all);
	return { inside, spill: outMass / Math.max(1e-6, inSum) };
}

function median(values: number[]): number {
	if (values.length === 0) return 0;
	const sorted = values.sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Share of the outline points off the border that lie within MASK_REFIT_REACH of one of the quad's sides (a border
 * side too: a blob may fade just short of the border); `whenAllOnBorder` where there is no such point.
 */
function fitShare(quad: Point[], outline: Outline, whenAllOnBorder = 1): number {
	let near = 0;
	let all = 0;
	outline.points.forEach((q, i) => {
		if (outline.onBorder[i]) return;
		all++;
		for (let k = 0; k < 4; k++) {
			const a = quad[k]!;
			const b = quad[(k + 1) % 4]!;
			const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
			const t = ((q.x - a.x) * (b.x - a.x) + (q.y - a.y) * (b.y - a.y)) / (len * len);
			const px = a.x + Math.max(0, Math.min(1, t)) * (b.x - a.x);
			const py = a.y + Math.max(0, Math.min(1, t)) * (b.y - a.y);
			if (Math.hypot(q.x - px, q.y - py) <= MASK_REFIT_REACH) {
				near++;
				return;
			}
		}
	});
	return all ? near / all : whenAllOnBorder;
}

/** The corners clockwise from the one nearest the top left (as orderCorners), each side's border flag kept with it. */
function clockwiseFromTopLeft(
	corners: Point[],
	border: MaskQuad['border'],
): { corners: Quad; border: MaskQuad['border'] } {
	// Clockwise in y-down coordinates: positive shoelace sum.
	let s = 0;
	for (let k = 0; k < 4; k++) {
		const a = corners[k]!;
		const b = corners[(k + 1) % 4]!;
		s += a.x * b.y - b.x * a.y;
	}
	let c = corners;
	let f = [...border];
	if (s < 0) {
		// Reversed: corner k ← 3 − k, and side k (c[k] → c[k + 1]) was side 2 − k.
		c = [corners[3]!, corners[2]!, corners[1]!, corners[0]!];
		f = [border[2], border[1], border[0], border[3]];
	}
	let start = 0;
	for (let k = 1; k < 4; k++) if (c[k]!.x + c[k]!.y < c[start]!.x + c[start]!.y) start = k;
	const at = (k: number) => (start + k) % 4;
	return {
		corners: [c[at(0)]!, c[at(1)]!, c[at(2)]!, c[at(3)]!],
		border: [f[at(0)]!, f[at(1)]!, f[at(2)]!, f[at(3)]!],
	};
}

import type { Point } from './types';

/** Four corners: top-left, top-right, bottom-right, bottom-left (as seen in the image). */
export type Quad = [Point, Point, Point, Point];

/** Signed area (shoelace); positive when the corners run clockwise in image coordinates (y down). */
export function signedArea(q: readonly Point[]): number {
	let s = 0;
	for (let i = 0; i < q.length; i++) {
		const a = q[i]!;
		const b = q[(i + 1) % q.length]!;
		s += a.x * b.y - b.x * a.y;
	}
	return s / 2;
}

/** True when the polygon turns the same way at every corner (strictly convex). */
export function isConvex(q: readonly Point[]): boolean {
	let sign = 0;
	for (let i = 0; i < q.length; i++) {
		const a = q[i]!;
		const b = q[(i + 1) % q.length]!;
		const c = q[(i + 2) % q.length]!;
		const cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
		if (cross === 0) return false;
		const s = Math.sign(cross);
		if (sign === 0) sign = s;
		else if (s !== sign) return false;
	}
	return true;
}

/** Interior angle at each corner, in degrees. */
export function cornerAngles(q: readonly Point[]): number[] {
	return q.map((b, i) => {
		const a = q[(i + q.length - 1) % q.length]!;
		const c = q[(i + 1) % q.length]!;
		const v1x = a.x - b.x;
		const v1y = a.y - b.y;
		const v2x = c.x - b.x;
		const v2y = c.y - b.y;
		const cos = (v1x * v2x + v1y * v2y) / (Math.hypot(v1x, v1y) * Math.hypot(v2x, v2y));
		return (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI;
	});
}

/** Lengths of the sides 0→1, 1→2, 2→3, 3→0. */
export function sideLengths(q: Quad): [number, number, number, number] {
	const d = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
	return [d(q[0], q[1]), d(q[1], q[2]), d(q[2], q[3]), d(q[3], q[0])];
}

/** Long ÷ short side of the rectangle the quad shows (mean of opposite sides). */
export function quadAspect(q: Quad): number {
	const [a, b, c, d] = sideLengths(q);
	const w = (a + c) / 2;
	const h = (b + d) / 2;
	return Math.max(w, h) / Math.max(1e-9, Math.min(w, h));
}

/** Orders four points as top-left, top-right, bottom-right, bottom-left, clockwise around their centre. */
export function orderCorners(points: readonly Point[]): Quad {
	const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
	const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
	const sorted = [...points].sort((p, q) => Math.atan2(p.y - cy, p.x - cx) - Math.atan2(q.y - cy, q.x - cx));
	// atan2 order with y down runs clockwise starting near the left; start at the corner nearest top-left.
	let start = 0;
	let best = Infinity;
	sorted.forEach((p, i) => {
		const s = p.x + p.y;
		if (s < best) {
			best = s;
			start = i;
		}
	});
	const r = [0, 1, 2, 3].map((k) => sorted[(start + k) % 4]!);
	return [r[0]!, r[1]!, r[2]!, r[3]!];
}

/** The quad moved toward its centre by `share` of the way (0.04 = 4 % in). */
export function insetQuad(q: Quad, share: number): Quad {
	const cx = (q[0].x + q[1].x + q[2].x + q[3].x) / 4;
	const cy = (q[0].y + q[1].y + q[2].y + q[3].y) / 4;
	const m = (p: Point): Point => ({ x: p.x + (cx - p.x) * share, y: p.y + (cy - p.y) * share });
	return [m(q[0]), m(q[1]), m(q[2]), m(q[3])];
}

/** Scales every corner by `s` (coordinates of one image size to another). */
export function scaleQuad(q: Quad, sx: number, sy: number): Quad {
	const m = (p: Point): Point => ({ x: p.x * sx, y: p.y * sy });
	return [m(q[0]), m(q[1]), m(q[2]), m(q[3])];
}

/** A width × height mask, 1 inside the convex polygon (pixel centres), clipped to the image. */
export function rasterizeConvex(q: readonly Point[], width: number, height: number): Uint8Array {
	const mask = new Uint8Array(width * height);
	for (let y = 0; y < height; y++) {
		const yc = y + 0.5;
		let lo = Infinity;
		let hi = -Infinity;
		for (let i = 0; i < q.length; i++) {
			const a = q[i]!;
			const b = q[(i + 1) % q.length]!;
			if ((a.y <= yc && b.y > yc) || (b.y <= yc && a.y > yc)) {
				const x = a.x + ((yc - a.y) / (b.y - a.y)) * (b.x - a.x);
				lo = Math.min(lo, x);
				hi = Math.max(hi, x);
			}
		}
		if (lo > hi) continue;
		const x0 = Math.max(0, Math.ceil(lo - 0.5));
		const x1 = Math.min(width - 1, Math.floor(hi - 0.5));
		if (x1 >= x0) mask.fill(1, y * width + x0, y * width + x1 + 1);
	}
	return mask;
}

/** A mask of the axis-aligned box [x0, x1) × [y0, y1), clipped to the image. */
export function boxMask(width: number, height: number, x0: number, y0: number, x1: number, y1: number): Uint8Array {
	const mask = new Uint8Array(width * height);
	const xa = Math.max(0, Math.floor(x0));
	const xb = Math.min(width, Math.ceil(x1));
	for (let y = Math.max(0, Math.floor(y0)); y < Math.min(height, Math.ceil(y1)); y++) {
		if (xb > xa) mask.fill(1, y * width + xa, y * width + xb);
	}
	return mask;
}

/** A straight line n·x = c, with n = (nx, ny) a unit normal. */
export interface NormalLine {
	nx: number;
	ny: number;
	c: number;
}

/** Total least squares line through points. */
export function fitLine(xs: readonly number[], ys: readonly number[]): NormalLine {
	const n = xs.length;
	let mx = 0;
	let my = 0;
	for (let i = 0; i < n; i++) {
		mx += xs[i]!;
		my += ys[i]!;
	}
	mx /= n;
	my /= n;
	let sxx = 0;
	let syy = 0;
	let sxy = 0;
	for (let i = 0; i < n; i++) {
		const dx = xs[i]! - mx;
		const dy = ys[i]! - my;
		sxx += dx * dx;
		syy += dy * dy;
		sxy += dx * dy;
	}
	// Direction of largest spread; the normal is perpendicular to it.
	const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
	const nx = -Math.sin(angle);
	const ny = Math.cos(angle);
	return { nx, ny, c: nx * mx + ny * my };
}

/** The corners of four sides in order: corner k where side k − 1 meets side k; null when two neighbours are parallel. */
export function cornersOfSides(lines: readonly NormalLine[]): Point[] | null {
	const corners: Point[] = [];
	for (let k = 0; k < 4; k++) {
		const a = lines[(k + 3) % 4]!;
		const b = lines[k]!;
		const det = a.nx * b.ny - a.ny * b.nx;
		if (Math.abs(det) < 1e-6) return null;
		corners.push({ x: (a.c * b.ny - b.c * a.ny) / det, y: (a.nx * b.c - b.nx * a.c) / det });
	}
	return corners;
}

/** The mean of a quad's corners. */
export function centreOf(q: Quad): Point {
	return { x: (q[0].x + q[1].x + q[2].x + q[3].x) / 4, y: (q[0].y + q[1].y + q[2].y + q[3].y) / 4 };
}

/** True when `p` lies inside the convex quad (either winding). */
export function contains(q: Quad, p: Point): boolean {
	let sign = 0;
	for (let i = 0; i < 4; i++) {
		const a = q[i]!;
		const b = q[(i + 1) % 4]!;
		const c = Math.sign((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x));
		if (c === 0) continue;
		if (sign === 0) sign = c;
		else if (c !== sign) return false;
	}
	return true;
}

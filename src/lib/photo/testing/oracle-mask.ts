/**
 * An oracle document mask, for testing the finder's mask path before (and beside) a trained model: the true
 * outline of a composite's document rasterised on the model's grid, then spoiled the way a model's output is
 * spoiled: corners placed a little off, the outline blurred, the probabilities softened, a false blob or two
 * outside the document and a hole or two inside, a little noise. Seeded: the same case gives the same mask.
 * Test-only; the site never draws a mask from the truth.
 */
import type { DocumentMask } from '../doc-mask';
import type { DocumentMasker } from '../pipeline';
import { centreOf, type Quad } from '../quad';
import type { Point } from '../types';
import { seededRandom } from '../../testing/seeded-random';

/** How the oracle spoils the true mask. `clean` gives the exact coverage of each cell. */
export interface OracleOptions {
	/** Grid side (the model's output: 64 × 64). */
	grid?: number;
	/** No spoiling at all: each cell's share inside the true outline. */
	clean?: boolean;
}

/** Offset of the oracle's random stream from a case's seed, so it never follows the composite's own draws. */
const SEED_OFFSET = 7_000_000;

/**
 * The mask a good model might give for a document with these `corners` in a `width` × `height` picture.
 * A seed gives one spoiling; the same seed, the same mask.
 */
export function oracleMask(
	corners: Quad,
	width: number,
	height: number,
	seed: number,
	options: OracleOptions = {},
): DocumentMask {
	const n = options.grid ?? 64;
	const rnd = seededRandom(seed + SEED_OFFSET);
	const gauss = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
	// The corners in cells; a model places each within a fraction of a cell.
	const jitter = options.clean ? 0 : 0.35;
	const quad = corners.map((p) => ({
		x: (p.x / width) * n + jitter * gauss(),
		y: (p.y / height) * n + jitter * gauss(),
	}));
	let p = coverage(quad, n);
	if (options.clean) return { width: n, height: n, probability: p };
	p = gaussianBlur(p, n, 0.4 + 0.6 * rnd());
	const soften = 0.7 + 0.3 * rnd();
	for (let i = 0; i < p.length; i++) p[i] = 0.5 + (p[i]! - 0.5) * soften;
	// False blobs outside the document (a phone, a bright paper) and holes inside it (glare, a finger).
	const inside = (x: number, y: number) => contains(quad, { x, y });
	const blobs = Math.floor(rnd() * 3);
	for (let k = 0; k < blobs; k++) {
		const cx = rnd() * n;
		const cy = rnd() * n;
		if (inside(cx, cy)) continue;
		bump(p, n, cx, cy, 1 + 2 * rnd(), 0.3 + 0.5 * rnd());
	}
	// Holes scale with the document: a glare spot or a finger covers a part of it, whatever its size.
	const size = Math.sqrt(Math.abs(shoelace(quad)));
	const holes = Math.floor(rnd() * 3);
	for (let k = 0; k < holes; k++) {
		const t = rnd();
		const u = rnd();
		// A point inside: a blend of the corners.
		const a = lerp(lerp(quad[0]!, quad[1]!, t), lerp(quad[3]!, quad[2]!, t), u);
		bump(p, n, a.x, a.y, Math.max(0.5, (0.05 + 0.1 * rnd()) * size), -(0.3 + 0.4 * rnd()));
	}
	for (let i = 0; i < p.length; i++) p[i] = Math.min(1, Math.max(0, p[i]! + 0.08 * (rnd() - 0.5)));
	return { width: n, height: n, probability: p };
}

/**
 * A masker that gives the oracle's mask for one composite: over the whole picture, whatever image it is
 * handed (the grid is stretched over it), or over the part of it the image is a crop of.
 */
export function oracleMasker(corners: Quad, width: number, height: number, seed: number): DocumentMasker {
	return (_image, part) =>
		part
			? oracleMask(
					corners.map((p) => ({
						x: (p.x / width - part.left) / part.width,
						y: (p.y / height - part.top) / part.height,
					})) as Quad,
					1,
					1,
					seed,
				)
			: oracleMask(corners, width, height, seed);
}

/** Each cell's share inside the quad (4 × 4 samples a cell); outside the picture nothing. */
function coverage(quad: Point[], n: number): Float32Array {
	const p = new Float32Array(n * n);
	const s = 4;
	for (let y = 0; y < n; y++)
		for (let x = 0; x < n; x++) {
			let hits = 0;
			for (let j = 0; j < s; j++)
				for (let i = 0; i < s; i++) if (contains(quad, { x: x + (i + 0.5) / s, y: y + (j + 0.5) / s })) hits++;
			p[y * n + x] = hits / (s * s);
		}
	return p;
}

function contains(q: readonly Point[], p: Point): boolean {
	let sign = 0;
	for (let i = 0; i < q.length; i++) {
		const a = q[i]!;
		const b = q[(i + 1) % q.length]!;
		const c = Math.sign((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x));
		if (c === 0) continue;
		if (sign === 0) sign = c;
		else if (c !== sign) return false;
	}
	return true;
}

function shoelace(q: readonly Point[]): number {
	let s = 0;
	for (let i = 0; i < q.length; i++) s += q[i]!.x * q[(i + 1) % q.length]!.y - q[(i + 1) % q.length]!.x * q[i]!.y;
	return s / 2;
}

function lerp(p: Point, q: Point, t: number): Point {
	return { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
}

/** Adds a Gaussian bump of `amplitude` (negative: a dip, scaled by the value there) at (cx, cy), radius in cells. */
function bump(p: Float32Array, n: number, cx: number, cy: number, radius: number, amplitude: number): void {
	for (let y = 0; y < n; y++)
		for (let x = 0; x < n; x++) {
			const d2 = (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2;
			const g = Math.exp(-d2 / (2 * radius * radius));
			const i = y * n + x;
			p[i] = amplitude >= 0 ? Math.max(p[i]!, amplitude * g) : p[i]! * (1 + amplitude * g);
		}
}

/** A separable Gaussian blur, the grid's border repeated outward (a document running out of the picture stays on it). */
function gaussianBlur(p: Float32Array, n: number, sigma: number): Float32Array {
	const r = Math.ceil(3 * sigma);
	const kernel = Array.from({ length: 2 * r + 1 }, (_, k) => Math.exp(-((k - r) ** 2) / (2 * sigma * sigma)));
	const total = kernel.reduce((a, b) => a + b, 0);
	const across = new Float32Array(n * n);
	const out = new Float32Array(n * n);
	const at = (v: number) => Math.min(n - 1, Math.max(0, v));
	for (let y = 0; y < n; y++)
		for (let x = 0; x < n; x++) {
			let s = 0;
			for (let k = -r; k <= r; k++) s += kernel[k + r]! * p[y * n + at(x + k)]!;
			across[y * n + x] = s / total;
		}
	for (let y = 0; y < n; y++)
		for (let x = 0; x < n; x++) {
			let s = 0;
			for (let k = -r; k <= r; k++) s += kernel[k + r]! * across[at(y + k) * n + x]!;
			out[y * n + x] = s / total;
		}
	return out;
}

/**
 * `q` turned by `degrees` about its centre (the mean of its corners) and moved by (dx, dy): an outline as rough as
 * a model's of a small document, to make a mask of (oracleMask with `clean`).
 */
export function roughOutline(q: Quad, degrees: number, dx: number, dy: number): Quad {
	const { x: cx, y: cy } = centreOf(q);
	const [c, s] = [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
	return q.map((p) => ({
		x: cx + c * (p.x - cx) - s * (p.y - cy) + dx,
		y: cy + s * (p.x - cx) + c * (p.y - cy) + dy,
	})) as Quad;
}

import { histogramCount, histogramQuantile, maskBounds } from './luma';
import {
	GLARE_FAIL,
	GLARE_MAX_CHROMA,
	GLARE_MIN_BLOB_PX,
	GLARE_MIN_BLOB_SHARE,
	GLARE_MIN_LUMA,
	GLARE_MIN_LOCAL_RISE,
	GLARE_MIN_RISE,
	GLARE_RING_DISTANCE,
	GLARE_SOLID_SHARE,
	GLARE_SOLID_WINDOW,
	GLARE_WARN,
} from './thresholds';
import { quadrantHistograms, type Quadrants } from './evenness';
import { grade } from './grade';
import type { PhotoCheck } from './types';
import type { WorkingImage } from './working';

/** A highlight blob in working-image pixels. */
export interface Blob {
	x: number;
	y: number;
	width: number;
	height: number;
	area: number;
}

/** Glare found in a region: its blobs, their share of the region, and a mask of their pixels. */
export interface GlareMeasure {
	share: number;
	blobs: Blob[];
	mask: Uint8Array;
	/** Median luma of the region (glare must rise above it). */
	median: number;
	/** Pixels in the region, and their luma histogram (the exposure check reuses it when there is no glare). */
	regionArea: number;
	bins: Uint32Array;
	/** The region's luma histograms by quadrant of its box (null for an empty region): bins is their sum. */
	quadrants: Quadrants | null;
}

/**
 * Bright, colourless, connected highlight blobs inside `region`: luma ≥ GLARE_MIN_LUMA, channel spread
 * ≤ GLARE_MAX_CHROMA (read from the colour image, at the nearest sample), at least GLARE_MIN_RISE above the region's median (so white paper, or a white
 * render, is not glare), blobs of at least GLARE_MIN_BLOB_SHARE of the image (specks dropped).
 */
export function measureGlare(work: WorkingImage, region: Uint8Array): GlareMeasure {
	const { width: w, height: h, luma, color } = work;
	const data = color.data;
	const n = w * h;
	const mask = new Uint8Array(n);
	// The region lies within its bounding box: the histogram reads only that, by quadrant (the evenness
	// check reuses those when no glare is left out), then summed.
	const box = maskBounds(region, w, h);
	const bins = new Uint32Array(256);
	const quadrants = box ? quadrantHistograms(luma, w, region, box) : null;
	if (quadrants) {
		const [a, b, c, d] = quadrants.bins;
		for (let v = 0; v < 256; v++) bins[v] = a[v]! + b[v]! + c[v]! + d[v]!;
	}
	const median = histogramQuantile(bins, 0.5);
	const regionArea = histogramCount(bins);
	const cut = Math.max(GLARE_MIN_LUMA, median + GLARE_MIN_RISE);
	const none = { share: 0, blobs: [], mask, median, regionArea, bins, quadrants };
	if (cut > 255 || !box) return none;
	const minArea = Math.max(GLARE_MIN_BLOB_PX, GLARE_MIN_BLOB_SHARE * n);
	// Candidates are region pixels at or above the cut (and colourless): when the histogram has too few
	// of those for even one blob, the usual case, there is no need to look for them.
	let bright = 0;
	for (let v = cut; v < 256; v++) bright += bins[v]!;
	if (bright < minArea) return none;
	const candidate = new Uint8Array(n);
	let candidates = 0;
	// The colour sample under each column (×4: its byte offset in a row of RGBA).
	const column = new Int32Array(w);
	for (let x = 0; x < w; x++) column[x] = Math.min(color.width - 1, Math.floor((x * color.width) / w)) * 4;
	// Only the region's bounding box can hold candidates.
	for (let y = box.y0; y < box.y1; y++) {
		const colorRow = Math.min(color.height - 1, Math.floor((y * color.height) / h)) * color.width * 4;
		for (let x = box.x0, i = y * w + box.x0; x < box.x1; x++, i++) {
			if (!region[i] || luma[i]! < cut) continue;
			const p = colorRow + column[x]!;
			const r = data[p]!;
			const g = data[p + 1]!;
			const b = data[p + 2]!;
			const hi = r > g ? (r > b ? r : b) : g > b ? g : b;
			const lo = r < g ? (r < b ? r : b) : g < b ? g : b;
			if (hi - lo <= GLARE_MAX_CHROMA) {
				candidate[i] = 1;
				candidates++;
			}
		}
	}
	// Too few colourless highlight pixels for even one blob: no need for the blob search.
	if (candidates < minArea) return none;
	const solid = solidCores(candidate, w, h);
	const blobs: Blob[] = [];
	const stack = new Int32Array(n);
	const members: number[] = [];
	let covered = 0;
	for (let start = 0; start < n; start++) {
		if (candidate[start] !== 1) continue;
		// Flood fill (4-connected); visited pixels are marked 2.
		let top = 0;
		stack[top++] = start;
		candidate[start] = 2;
		members.length = 0;
		let x0 = w;
		let y0 = h;
		let x1 = 0;
		let y1 = 0;
		let cores = 0;
		while (top > 0) {
			const i = stack[--top]!;
			members.push(i);
			cores += solid[i]!;
			const x = i % w;
			const y = (i - x) / w;
			if (x < x0) x0 = x;
			if (x > x1) x1 = x;
			if (y < y0) y0 = y;
			if (y > y1) y1 = y;
			if (x > 0 && candidate[i - 1] === 1) {
				candidate[i - 1] = 2;
				stack[top++] = i - 1;
			}
			if (x < w - 1 && candidate[i + 1] === 1) {
				candidate[i + 1] = 2;
				stack[top++] = i + 1;
			}
			if (y > 0 && candidate[i - w] === 1) {
				candidate[i - w] = 2;
				stack[top++] = i - w;
			}
			if (y < h - 1 && candidate[i + w] === 1) {
				candidate[i + w] = 2;
				stack[top++] = i + w;
			}
		}
		// A highlight is a solid patch: a blob without a solid core is white paper between print.
		if (members.length < minArea || cores === 0) continue;
		// A highlight stands out from the paper around it; white paper does not.
		if (localRise(members, candidate, luma, w, h) < GLARE_MIN_LOCAL_RISE) continue;
		for (const i of members) mask[i] = 1;
		covered += members.length;
		blobs.push({ x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1, area: members.length });
	}
	blobs.sort((a, b) => b.area - a.area);
	return { share: covered / regionArea, blobs, mask, median, regionArea, bins, quadrants };
}

/**
 * How much brighter a blob is than the paper around it: its mean luma minus the median luma of the
 * pixels GLARE_RING_DISTANCE outside its edge. A highlight stands out from the paper it lies on; a
 * patch of white paper that just crosses the luma cut does not (its surround is the same paper).
 */
function localRise(members: number[], candidate: Uint8Array, luma: Uint8Array, w: number, h: number): number {
	const ring = new Uint32Array(256);
	let inside = 0;
	const d = GLARE_RING_DISTANCE;
	for (const i of members) {
		inside += luma[i]!;
		const x = i % w;
		const y = (i - x) / w;
		if (x >= 1 && candidate[i - 1] === 0 && x >= d) ring[luma[i - d]!]!++;
		if (x < w - 1 && candidate[i + 1] === 0 && x < w - d) ring[luma[i + d]!]!++;
		if (y >= 1 && candidate[i - w] === 0 && y >= d) ring[luma[i - d * w]!]!++;
		if (y < h - 1 && candidate[i + w] === 0 && y < h - d) ring[luma[i + d * w]!]!++;
	}
	const n = ring.reduce((a, b) => a + b, 0);
	if (n === 0) return Infinity;
	let seen = 0;
	let median = 255;
	for (let v = 0; v < 256; v++) {
		seen += ring[v]!;
		if (seen * 2 >= n) {
			median = v;
			break;
		}
	}
	return inside / members.length - median;
}

/**
 * 1 where at least GLARE_SOLID_SHARE of the GLARE_SOLID_WINDOW square around a pixel is candidate
 * highlight (shrunk for tiny images); counted with an integral image.
 */
function solidCores(candidate: Uint8Array, w: number, h: number): Uint8Array {
	const r = Math.max(1, Math.min(Math.floor(GLARE_SOLID_WINDOW / 2), Math.floor(Math.min(w, h) / 20)));
	const sat = new Int32Array((w + 1) * (h + 1));
	for (let y = 0; y < h; y++) {
		let row = 0;
		for (let x = 0; x < w; x++) {
			row += candidate[y * w + x]! > 0 ? 1 : 0;
			sat[(y + 1) * (w + 1) + x + 1] = sat[y * (w + 1) + x + 1]! + row;
		}
	}
	const out = new Uint8Array(w * h);
	const need = GLARE_SOLID_SHARE * (2 * r + 1) * (2 * r + 1);
	for (let y = r; y < h - r; y++) {
		for (let x = r; x < w - r; x++) {
			if (!candidate[y * w + x]) continue;
			const x0 = x - r;
			const x1 = x + r + 1;
			const y0 = y - r;
			const y1 = y + r + 1;
			const count =
				sat[y1 * (w + 1) + x1]! - sat[y0 * (w + 1) + x1]! - sat[y1 * (w + 1) + x0]! + sat[y0 * (w + 1) + x0]!;
			if (count >= need) out[y * w + x] = 1;
		}
	}
	return out;
}

/** The glare check from a measure (value in % of the document). */
export function glareCheck(m: GlareMeasure): PhotoCheck {
	const threshold = { direction: 'max', warn: GLARE_WARN * 100, fail: GLARE_FAIL * 100 } as const;
	const value = Math.round(m.share * 1000) / 10;
	const status = grade(m.share * 100, threshold);
	return {
		id: 'glare',
		status,
		problem: status === 'pass' ? null : 'glare',
		value,
		threshold,
		unit: '%',
		details: { blobs: m.blobs.length, median: m.median },
	};
}

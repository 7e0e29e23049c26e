import { histogramQuantile } from './luma';
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
	SHEEN_CELL_MIN_INSIDE,
	SHEEN_CELLS_ACROSS,
	SHEEN_DARK_QUANTILE,
	SHEEN_INK_QUANTILE,
	SHEEN_MIN_LIFT,
	SHEEN_MIN_PRINT,
	SHEEN_MIN_PRINT_SHARE,
	SHEEN_MIN_RISE,
	SHEEN_MIN_SHARE,
	SHEEN_MIN_VEIL,
} from './thresholds';
import { grade } from './grade';
import type { RegionStats } from './region';
import type { MeasuredOn, PhotoCheck } from './types';
import type { WorkingImage } from './working';

/** A highlight blob in working-image pixels. */
export interface Blob {
	x: number;
	y: number;
	width: number;
	height: number;
	area: number;
}

/** Glare found in a region: its blobs (highlights, then washes of sheen), their share of the region, and a mask of their pixels. */
export interface GlareMeasure {
	share: number;
	blobs: Blob[];
	mask: Uint8Array;
	/** Median luma of the region (a highlight must rise above it). */
	median: number;
	/** How many of the blobs are sheen (washed-out areas) rather than highlights. */
	sheens: number;
}

/**
 * Glare inside a region (the document, see analyze.ts): bright highlights (measureHighlights) and the
 * washed-out sheen of a laminate or hologram (measureSheen), one mask of both. `onDocument` false: the
 * region is only where the document probably is (the middle of the picture), so a bright area that
 * runs into the region's edge is taken for a bright surface around the document (a white table, a
 * wall), not for glare on it.
 */
export function measureGlare(work: WorkingImage, region: RegionStats, onDocument = true): GlareMeasure {
	const highlights = measureHighlights(work, region, onDocument);
	const { mask } = highlights;
	const sheen = measureSheen(work, region, mask, onDocument);
	if (sheen.length === 0) return { ...highlights, sheens: 0 };
	let covered = 0;
	for (let i = 0; i < mask.length; i++) covered += mask[i]!;
	const blobs = [...highlights.blobs, ...sheen].sort((a, b) => b.area - a.area);
	return { share: covered / Math.max(1, region.area), blobs, mask, median: region.median, sheens: sheen.length };
}

/**
 * Washed-out areas of the region: the sheen of a laminate or a hologram, which lays a veil of white
 * over the document (seen = (1 − a) × print + a × white) without burning it out. The region is cut in
 * cells (SHEEN_CELLS_ACROSS across its short side); each cell's paper is its 90th luma percentile, its
 * darkest print its SHEEN_DARK_QUANTILE. A cell is veiled when its paper is brighter than the
 * document's (the median cell's) by SHEEN_MIN_VEIL of the way to white (and at least SHEEN_MIN_RISE
 * levels), and colourless, or no more coloured for its brightness than the document's median cell (a warm
 * lamp's sheen is warm, and so is the whole document under it). A connected set of veiled cells is sheen
 * when it covers SHEEN_MIN_SHARE of the region and the print seen through it is lifted: its darkest print
 * (the median over its cells with print) is SHEEN_MIN_LIFT of the way from the document's ink to white.
 * Light falling brighter on one side raises paper and print alike, by a factor, and leaves dark print dark;
 * a white patch of the design has no print to lift. On the document found, the veiled cells are then read cell by
 * cell too: those whose own darkest print is dark are left out (the lit side of the card, which joins a band on
 * it into one set whose median print is dark), and a set of the rest is sheen when it covers SHEEN_MIN_SHARE and
 * shows print in SHEEN_MIN_PRINT_SHARE of its cells. On bench/photo-find's real backgrounds (2026-12-07) that found
 * 13 more sheen bands of 165 (38.2 → 46.1 %) and warned on 14 more of the 233 pictures with glare (67.0 → 73.0 %),
 * with 4 more false warnings, all on specimen documents cut from the fixture photos (two on their own pale print
 * and portrait, two on a region 14–18 % off the document): precision 97.5 → 95.5 %; on the drawn documents still
 * 2 false warnings. The labelled photos, through analyzePhoto, went from 15 to 16 of 16 (docal_run_test_card's
 * wash over its MRZ is found); in the photo worker they stay at 15 of 16 (pe_100_pass-lux's streak is missed there,
 * before and after). Not on the middle of the picture (no document found), whose cells may be the table's. Its
 * cells' region pixels are set in `mask`; returns its blobs.
 */
function measureSheen(work: WorkingImage, region: RegionStats, mask: Uint8Array, onDocument: boolean): Blob[] {
	const { width: w, height: h, luma, color } = work;
	const { box } = region;
	if (!box) return [];
	const side = Math.max(4, Math.round(Math.min(box.x1 - box.x0, box.y1 - box.y0) / SHEEN_CELLS_ACROSS));
	const cols = Math.floor((box.x1 - box.x0) / side);
	const rows = Math.floor((box.y1 - box.y0) / side);
	if (cols < 2 || rows < 2) return [];
	const cells = cols * rows;
	const paper = new Float64Array(cells).fill(-1);
	// 90th minus 10th percentile: how much print a cell shows.
	const spread = new Float64Array(cells);
	const inside = new Int32Array(cells);
	// One pass over the cells' rows: a 64-bin luma histogram (4 levels a bin) per cell.
	const bins = new Uint32Array(cells * 64);
	const column = new Int32Array(cols * side);
	for (let x = 0; x < cols * side; x++) column[x] = Math.floor(x / side) * 64;
	const { runs } = region;
	for (let y = box.y0; y < box.y0 + rows * side; y++) {
		const rowCells = Math.floor((y - box.y0) / side) * cols * 64;
		const r = y * w + box.x0;
		if (runs) {
			// The region's run on this row, within the grid: every pixel of it is the region's.
			const j = 2 * (y - box.y0 + 1);
			const from = Math.max(0, runs[j]! - box.x0);
			const to = Math.min(cols * side, runs[j + 1]! - box.x0);
			for (let x = from; x < to; x++) bins[rowCells + column[x]! + (luma[r + x]! >> 2)]!++;
			continue;
		}
		for (let x = 0, i = r; x < cols * side; x++, i++)
			if (region.mask[i]) bins[rowCells + column[x]! + (luma[i]! >> 2)]!++;
	}
	for (let k = 0; k < cells; k++) {
		const cell = bins.subarray(k * 64, k * 64 + 64);
		let n = 0;
		for (let v = 0; v < 64; v++) n += cell[v]!;
		inside[k] = n;
		// Cells mostly outside the region (its rounded or slanted rim) are not judged.
		if (n < SHEEN_CELL_MIN_INSIDE * side * side) continue;
		paper[k] = binQuantile(cell, n, 0.9);
		spread[k] = paper[k]! - binQuantile(cell, n, SHEEN_DARK_QUANTILE);
	}
	const judged = Array.from(paper).filter((v) => v >= 0);
	if (judged.length < 4) return [];
	judged.sort((a, b) => a - b);
	const level = judged[Math.floor(judged.length / 2)]!;
	const rise = Math.max(SHEEN_MIN_RISE, SHEEN_MIN_VEIL * (255 - level));
	// How coloured each cell is for its brightness (its chroma over its paper). A sheen is the light reflected,
	// as white paper reflects it, so it is no more coloured for its brightness than white paper under that
	// light; a document's middle cell (its stock and print) is at least that coloured. A veiled cell is
	// colourless (GLARE_MAX_CHROMA) or no more coloured than the middle cell; a brighter cell more coloured
	// than that is a pale colour of the design.
	const tint = new Float64Array(cells);
	const tints: number[] = [];
	for (let k = 0; k < cells; k++)
		if (paper[k]! >= 0) tints.push((tint[k] = cellChroma(color, w, h, box, side, k, cols) / Math.max(1, paper[k]!)));
	tints.sort((a, b) => a - b);
	const middleTint = tints[tints.length >> 1]!;
	const veiled = new Uint8Array(cells);
	for (let k = 0; k < cells; k++)
		if (
			paper[k]! >= 0 &&
			paper[k]! >= level + rise &&
			(tint[k]! * paper[k]! <= GLARE_MAX_CHROMA || tint[k]! <= middleTint)
		)
			veiled[k] = 1;
	// The document's ink: its darkest print (a veil lifts it toward white).
	const ink = histogramQuantile(region.bins, SHEEN_INK_QUANTILE);
	const lifted = ink + SHEEN_MIN_LIFT * (255 - ink);
	const grid: SheenGrid = { cols, paper, spread, inside, regionArea: region.area, lifted };
	const taken = new Uint8Array(cells);
	const sheens = sheenBlobs(grid, veiled, 0, onDocument, taken);
	if (onDocument) {
		// The same, cell by cell: a veiled cell whose own print is dark is only brighter light (the lit side of the
		// card, joined to the band), and is left out, so the band stands alone.
		const washed = new Uint8Array(cells);
		for (let k = 0; k < cells; k++)
			washed[k] = veiled[k] && !taken[k] && (spread[k]! < SHEEN_MIN_PRINT || paper[k]! - spread[k]! >= lifted) ? 1 : 0;
		sheens.push(...sheenBlobs(grid, washed, SHEEN_MIN_PRINT_SHARE, onDocument, taken));
	}
	const blobs: Blob[] = [];
	for (const { members, area } of sheens) {
		let x0 = w;
		let y0 = h;
		let x1 = 0;
		let y1 = 0;
		for (const k of members) {
			const left = box.x0 + (k % cols) * side;
			const top = box.y0 + Math.floor(k / cols) * side;
			x0 = Math.min(x0, left);
			y0 = Math.min(y0, top);
			x1 = Math.max(x1, left + side);
			y1 = Math.max(y1, top + side);
			for (let y = top; y < top + side; y++)
				for (let i = y * w + left, end = i + side; i < end; i++) if (region.mask[i]) mask[i] = 1;
		}
		blobs.push({ x: x0, y: y0, width: x1 - x0, height: y1 - y0, area });
	}
	return blobs;
}

/** measureSheen's grid of cells over the region's box (`cols` a row): each cell's paper, print spread and pixels inside the region. */
interface SheenGrid {
	cols: number;
	paper: Float64Array;
	spread: Float64Array;
	inside: Int32Array;
	regionArea: number;
	/** The darkest print a veil leaves: SHEEN_MIN_LIFT of the way from the document's ink to white. */
	lifted: number;
}

/**
 * The connected sets of `marked` cells (1; a set found is marked 2) that are sheen: covering SHEEN_MIN_SHARE of the
 * region, the median of their cells' darkest print lifted (`grid.lifted`), at least `printShare` of their cells
 * with print, and (`onDocument` false) clear of the region's rim: their cells and their area in region pixels. Their
 * cells are set in `taken`.
 */
function sheenBlobs(
	grid: SheenGrid,
	marked: Uint8Array,
	printShare: number,
	onDocument: boolean,
	taken: Uint8Array,
): Array<{ members: number[]; area: number }> {
	const { cols, paper, spread, inside } = grid;
	const cells = marked.length;
	const found: Array<{ members: number[]; area: number }> = [];
	const stack: number[] = [];
	for (let start = 0; start < cells; start++) {
		if (marked[start] !== 1) continue;
		marked[start] = 2;
		stack.push(start);
		const members: number[] = [];
		while (stack.length > 0) {
			const k = stack.pop()!;
			members.push(k);
			const cx = k % cols;
			for (const j of [cx > 0 ? k - 1 : -1, cx < cols - 1 ? k + 1 : -1, k - cols, k + cols]) {
				if (j >= 0 && j < cells && marked[j] === 1) {
					marked[j] = 2;
					stack.push(j);
				}
			}
		}
		let area = 0;
		// The print seen through the veil: the darkest print of each cell with print (their median, as
		// cells on the sheen's rim hold unveiled print too).
		const print: number[] = [];
		for (const k of members) {
			area += inside[k]!;
			if (spread[k]! >= SHEEN_MIN_PRINT) print.push(paper[k]! - spread[k]!);
		}
		if (area < SHEEN_MIN_SHARE * grid.regionArea) continue;
		// No print under it (a white patch of the design, or a veil over blank paper, which hides nothing), or
		// print as dark as elsewhere (brighter light, not a veil): not sheen.
		print.sort((a, b) => a - b);
		if (print.length === 0 || print[Math.floor(print.length / 2)]! < grid.lifted) continue;
		if (print.length < printShare * members.length) continue;
		if (!onDocument && members.some((k) => k % cols === 0 || k % cols === cols - 1 || k < cols || k >= cells - cols))
			continue;
		for (const k of members) taken[k] = 1;
		found.push({ members, area });
	}
	return found;
}

/** Mean channel spread (max − min of R, G, B) of the colour image's pixels over cell `k` of the grid. */
function cellChroma(
	color: WorkingImage['color'],
	w: number,
	h: number,
	box: { x0: number; y0: number },
	side: number,
	k: number,
	cols: number,
): number {
	const x0 = box.x0 + (k % cols) * side;
	const y0 = box.y0 + Math.floor(k / cols) * side;
	const cx0 = Math.floor((x0 * color.width) / w);
	const cx1 = Math.max(cx0 + 1, Math.min(color.width, Math.ceil(((x0 + side) * color.width) / w)));
	const cy0 = Math.floor((y0 * color.height) / h);
	const cy1 = Math.max(cy0 + 1, Math.min(color.height, Math.ceil(((y0 + side) * color.height) / h)));
	const { data } = color;
	let sum = 0;
	for (let y = cy0; y < cy1; y++) {
		for (let x = cx0, p = (y * color.width + cx0) * 4; x < cx1; x++, p += 4) {
			const r = data[p]!;
			const g = data[p + 1]!;
			const b = data[p + 2]!;
			sum += (r > g ? (r > b ? r : b) : g > b ? g : b) - (r < g ? (r < b ? r : b) : g < b ? g : b);
		}
	}
	return sum / ((cx1 - cx0) * (cy1 - cy0));
}

/** The luma at quantile `q` of a 64-bin histogram (4 levels a bin) of `n` values: the middle of its bin. */
function binQuantile(bins: Uint32Array, n: number, q: number): number {
	const target = q * (n - 1);
	let seen = 0;
	for (let v = 0; v < 64; v++) {
		seen += bins[v]!;
		if (seen > target) return v * 4 + 1.5;
	}
	return 253.5;
}

/**
 * Bright, colourless, connected highlight blobs inside `region`: luma ≥ GLARE_MIN_LUMA, channel spread
 * ≤ GLARE_MAX_CHROMA (read from the colour image, at the nearest sample), at least GLARE_MIN_RISE above
 * the region's median (so white paper, or a white render, is not glare), blobs of at least
 * GLARE_MIN_BLOB_SHARE of the image (specks dropped): a lamp or a flash burnt out on the document.
 */
function measureHighlights(work: WorkingImage, region: RegionStats, onDocument: boolean): Omit<GlareMeasure, 'sheens'> {
	const { width: w, height: h, luma, color } = work;
	const data = color.data;
	const n = w * h;
	const mask = new Uint8Array(n);
	const { box, bins, median, area: regionArea } = region;
	const cut = Math.max(GLARE_MIN_LUMA, median + GLARE_MIN_RISE);
	const none = { share: 0, blobs: [], mask, median };
	if (cut > 255 || !box) return none;
	const minArea = Math.max(GLARE_MIN_BLOB_PX, GLARE_MIN_BLOB_SHARE * n);
	// Candidates are region pixels at or above the cut (and colourless): when the histogram has too few
	// of those for even one blob, the usual case, there is no need to look for them.
	let bright = 0;
	for (let v = cut; v < 256; v++) bright += bins[v]!;
	if (bright < minArea) return none;
	const candidate = new Uint8Array(n);
	// The candidates in reading order (no more than the bright pixels counted above).
	const list = new Int32Array(bright);
	let candidates = 0;
	// The candidates' bounding box: the blob search and the solid-core count need look nowhere else.
	let cx0 = w;
	let cy0 = h;
	let cx1 = 0;
	let cy1 = 0;
	// The colour sample under each column (×4: its byte offset in a row of RGBA).
	const column = new Int32Array(w);
	for (let x = 0; x < w; x++) column[x] = Math.min(color.width - 1, Math.floor((x * color.width) / w)) * 4;
	// Only the region's pixels can be candidates: its rows' runs when it has them, else its box and mask.
	const { runs } = region;
	for (let y = box.y0; y < box.y1; y++) {
		const colorRow = Math.min(color.height - 1, Math.floor((y * color.height) / h)) * color.width * 4;
		const j = 2 * (y - box.y0 + 1);
		const from = runs ? runs[j]! : box.x0;
		const to = runs ? runs[j + 1]! : box.x1;
		for (let x = from, i = y * w + from; x < to; x++, i++) {
			if (luma[i]! < cut || !region.mask[i]) continue;
			const p = colorRow + column[x]!;
			const r = data[p]!;
			const g = data[p + 1]!;
			const b = data[p + 2]!;
			const hi = r > g ? (r > b ? r : b) : g > b ? g : b;
			const lo = r < g ? (r < b ? r : b) : g < b ? g : b;
			if (hi - lo <= GLARE_MAX_CHROMA) {
				candidate[i] = 1;
				list[candidates++] = i;
				if (x < cx0) cx0 = x;
				if (x >= cx1) cx1 = x + 1;
				if (y < cy0) cy0 = y;
				cy1 = y + 1;
			}
		}
	}
	// Too few colourless highlight pixels for even one blob: no need for the blob search.
	if (candidates < minArea) return none;
	const cores = new SolidCores(candidate, w, h, { x0: cx0, y0: cy0, x1: cx1, y1: cy1 });
	const blobs: Blob[] = [];
	// Each candidate is pushed once at most.
	const stack = new Int32Array(candidates);
	const members: number[] = [];
	let covered = 0;
	// Blobs start in reading order, as a scan of the whole picture would find them.
	for (let k = 0; k < candidates; k++) {
		const start = list[k]!;
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
		while (top > 0) {
			const i = stack[--top]!;
			members.push(i);
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
		if (members.length < minArea || !members.some((i) => cores.solid(i))) continue;
		if (!onDocument && (x0 <= box.x0 || y0 <= box.y0 || x1 >= box.x1 - 1 || y1 >= box.y1 - 1)) continue;
		// A highlight stands out from the paper around it; white paper does not.
		if (localRise(members, candidate, luma, w, h) < GLARE_MIN_LOCAL_RISE) continue;
		for (const i of members) mask[i] = 1;
		covered += members.length;
		blobs.push({ x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1, area: members.length });
	}
	blobs.sort((a, b) => b.area - a.area);
	return { share: covered / regionArea, blobs, mask, median };
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
 * Whether a candidate pixel is a solid core: at least GLARE_SOLID_SHARE of the GLARE_SOLID_WINDOW square
 * around it (shrunk for tiny images, and never reaching past the picture's edge) is candidate highlight.
 * Counted with an integral image of the candidates' box, made the first time it is asked (most blobs are
 * too small to ask).
 */
class SolidCores {
	private readonly r: number;
	private readonly need: number;
	private sat: Int32Array | null = null;

	constructor(
		private readonly candidate: Uint8Array,
		private readonly w: number,
		private readonly h: number,
		private readonly box: { x0: number; y0: number; x1: number; y1: number },
	) {
		this.r = Math.max(1, Math.min(Math.floor(GLARE_SOLID_WINDOW / 2), Math.floor(Math.min(w, h) / 20)));
		this.need = GLARE_SOLID_SHARE * (2 * this.r + 1) * (2 * this.r + 1);
	}

	/** True when candidate pixel `i` is a solid core. */
	solid(i: number): boolean {
		const { w, h, r, box } = this;
		const x = i % w;
		const y = (i - x) / w;
		if (x < r || x >= w - r || y < r || y >= h - r) return false;
		const sat = (this.sat ??= this.integral());
		// The window, clipped to the box (no candidate lies outside it), in the box's coordinates.
		const bw = box.x1 - box.x0 + 1;
		const x0 = Math.max(0, x - r - box.x0);
		const x1 = Math.min(box.x1, x + r + 1) - box.x0;
		const y0 = Math.max(0, y - r - box.y0);
		const y1 = Math.min(box.y1, y + r + 1) - box.y0;
		const count = sat[y1 * bw + x1]! - sat[y0 * bw + x1]! - sat[y1 * bw + x0]! + sat[y0 * bw + x0]!;
		return count >= this.need;
	}

	/** Candidates counted over the box: entry (y + 1, x + 1) holds those at or above-left of (x, y) of the box. */
	private integral(): Int32Array {
		const { candidate, w, box } = this;
		const bw = box.x1 - box.x0 + 1;
		const sat = new Int32Array(bw * (box.y1 - box.y0 + 1));
		for (let y = box.y0; y < box.y1; y++) {
			const at = (y - box.y0 + 1) * bw;
			let row = 0;
			for (let x = box.x0, i = y * w + box.x0; x < box.x1; x++, i++) {
				row += candidate[i]! > 0 ? 1 : 0;
				sat[at + x - box.x0 + 1] = sat[at - bw + x - box.x0 + 1]! + row;
			}
		}
		return sat;
	}
}

/** The glare check from a measure (value in % of the region); `measuredOn` says whether that region was the document or the middle of the picture. */
export function glareCheck(m: GlareMeasure, measuredOn: MeasuredOn = 'document'): PhotoCheck {
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
		details: {
			blobs: m.blobs.length,
			sheens: m.sheens,
			median: m.median,
			onDocument: measuredOn === 'document' ? 1 : 0,
		},
	};
}

/**
 * Finding the MRZ on a whole photo: a block of two or three long, parallel, evenly spaced lines of
 * print. Dark print is lifted with a black-hat, the letters of a line are joined by a horizontal
 * closing, and each joined line is measured by its moments (centre, direction, length, thickness).
 * Lines that stack like an MRZ's make a band. The photo is searched at two scales (small and large
 * print) and turned a quarter (a passport photographed sideways); the reader confirms a band by
 * reading it (check digits), so a band here is a candidate, never an answer.
 */
import { shrinkGray, type GrayImage } from './gray';
import { blackHat, otsuThreshold, runningExtreme } from './morphology';
import { bandsInRegion, REGION_BANDS, type MrzRegion } from './region';

/** A candidate MRZ band in the photo's own pixels. */
export interface MrzBand {
	/** Centre of the band. */
	cx: number;
	cy: number;
	/** Direction of the lines, radians, clockwise from the x axis (reading direction up to a half turn). */
	angle: number;
	/** Length of the lines and height of the whole band. */
	length: number;
	height: number;
	/** Lines found in the band (2 or 3; 1 for a lone line). */
	lines: number;
	/** Thickness of one line (about the height of a letter). */
	lineHeight: number;
	/** Higher is more MRZ-like. */
	score: number;
}

/** Long side the photo is searched at for print of ordinary size (a larger image is shrunk to it first). */
export const SEARCH_LONG_SIDE = 1000;
/** Long sides the photo is searched at: print of ordinary size, then large print (a close-up). */
const SEARCH_SIDES = [SEARCH_LONG_SIDE, 480];
/** Black-hat window at the search size (a few letters wide, one letter tall). */
const HAT_W = 15;
const HAT_H = 7;
/** Gap bridged between letters of a line at the search size. */
const JOIN = 13;
/** Line shape: MRZ lines are 30–44 letters long, so 20+ letter heights with the closing's growth. */
const MIN_ASPECT = 12;
const MIN_THICKNESS = 3;
/** Bands returned at most. */
const MAX_BANDS = 6;

interface Blob {
	cx: number;
	cy: number;
	angle: number;
	length: number;
	thickness: number;
	fill: number;
}

/**
 * Candidate MRZ bands, most MRZ-like first (empty when nothing looks like one). `quick` searches only
 * the photo upright, not turned a quarter. With `region` (a document's corners found elsewhere), the
 * bands found on the upright document and the photo's own are taken in turns, the document's first.
 */
export function findMrzBands(image: GrayImage, options: { quick?: boolean; region?: MrzRegion } = {}): MrzBand[] {
	const { region } = options;
	if (region) {
		const whole = findMrzBands(image);
		// A band both searches found keeps the whole photo's outline (measured without resampling).
		const inDocument = bandsInRegion(image, region, (upright) => findMrzBands(upright))
			.slice(0, REGION_BANDS)
			.map((band) => whole.find((other) => sameBand(band, other)) ?? band);
		// In turns, the document's first: a wrong document (a printed page beside the card) then delays
		// each of the photo's own bands by one read instead of using up the reader's reads before them.
		const turns: MrzBand[] = [];
		for (let i = 0; i < Math.max(inDocument.length, whole.length); i++)
			turns.push(...[inDocument[i], whole[i]].filter((b) => b !== undefined));
		return [...new Set(turns)];
	}
	const bands: MrzBand[] = [];
	let previous = image;
	for (const side of SEARCH_SIDES) {
		// Each scale shrinks the one before (the same area average, far fewer pixels to visit).
		const small = shrinkGray(previous, side);
		if (side !== SEARCH_SIDES[0] && small === previous) continue;
		previous = small;
		const scale = image.width / small.width;
		for (const turned of options.quick ? [false] : [false, true]) {
			const work = turned ? transpose(small) : small;
			for (const band of bandsOf(linesOf(work))) {
				// Back to the photo's pixels (a transposed image swaps x and y, and so the direction).
				const cx = (turned ? band.cy : band.cx) * scale;
				const cy = (turned ? band.cx : band.cy) * scale;
				const angle = turned ? Math.PI / 2 - band.angle : band.angle;
				bands.push({
					...band,
					cx,
					cy,
					angle,
					length: band.length * scale,
					height: band.height * scale,
					lineHeight: band.lineHeight * scale,
					// Scores compare across scales in the photo's pixels.
					score: band.score * scale,
				});
			}
		}
	}
	bands.sort((a, b) => b.score - a.score);
	return dropOverlaps(bands).slice(0, MAX_BANDS);
}

/** Two candidates for the same print: centres within half a band's height, directions within about 6°. */
function sameBand(a: MrzBand, b: MrzBand): boolean {
	const turn = Math.abs(a.angle - b.angle) % Math.PI;
	return (
		Math.hypot(a.cx - b.cx, a.cy - b.cy) < Math.max(a.height, b.height) / 2 && Math.min(turn, Math.PI - turn) < 0.1
	);
}

function transpose(image: GrayImage): GrayImage {
	const data = new Uint8Array(image.data.length);
	for (let y = 0; y < image.height; y++)
		for (let x = 0; x < image.width; x++) data[x * image.height + y] = image.data[y * image.width + x]!;
	return { width: image.height, height: image.width, data };
}

/** Joined lines of print with their moments. */
function linesOf(image: GrayImage): Blob[] {
	const { width, height } = image;
	const hat = blackHat(image.data, width, height, HAT_W, HAT_H);
	const threshold = Math.max(24, otsuThreshold(hat));
	const mask = new Uint8Array(hat.length);
	for (let i = 0; i < hat.length; i++) mask[i] = hat[i]! > threshold ? 255 : 0;
	// Close horizontally (join letters), then open vertically a little (drop hairlines).
	let joined = runningExtreme(mask, width, height, JOIN, true, true);
	joined = runningExtreme(joined, width, height, JOIN, true, false);
	joined = runningExtreme(joined, width, height, 3, false, false);
	joined = runningExtreme(joined, width, height, 3, false, true);
	const minLength = Math.max(40, 0.1 * Math.max(width, height));
	return components(joined, width, height).filter(
		(b) =>
			b.length >= minLength && b.thickness >= MIN_THICKNESS && b.length / b.thickness >= MIN_ASPECT && b.fill > 0.45,
	);
}

/** 4-connected components of the set pixels, each measured by its second moments. */
function components(mask: Uint8Array, width: number, height: number): Blob[] {
	const labels = new Int32Array(mask.length);
	const stack: number[] = [];
	const blobs: Blob[] = [];
	let next = 0;
	for (let start = 0; start < mask.length; start++) {
		if (!mask[start] || labels[start]) continue;
		next++;
		labels[start] = next;
		stack.push(start);
		let n = 0;
		let sx = 0;
		let sy = 0;
		let sxx = 0;
		let syy = 0;
		let sxy = 0;
		while (stack.length) {
			const p = stack.pop()!;
			const x = p % width;
			const y = (p - x) / width;
			n++;
			sx += x;
			sy += y;
			sxx += x * x;
			syy += y * y;
			sxy += x * y;
			for (const q of [
				x > 0 ? p - 1 : -1,
				x < width - 1 ? p + 1 : -1,
				y > 0 ? p - width : -1,
				y < height - 1 ? p + width : -1,
			]) {
				if (q < 0 || !mask[q] || labels[q]) continue;
				labels[q] = next;
				stack.push(q);
			}
		}
		if (n < 60) continue;
		const cx = sx / n;
		const cy = sy / n;
		const vxx = sxx / n - cx * cx;
		const vyy = syy / n - cy * cy;
		const vxy = sxy / n - cx * cy;
		const common = Math.sqrt(((vxx - vyy) / 2) ** 2 + vxy * vxy);
		const major = (vxx + vyy) / 2 + common;
		const minor = Math.max(0.01, (vxx + vyy) / 2 - common);
		// A uniform bar of length L has variance L²/12 along it.
		const length = Math.sqrt(12 * major);
		const thickness = Math.sqrt(12 * minor);
		const angle = 0.5 * Math.atan2(2 * vxy, vxx - vyy);
		if (Math.abs(angle) > Math.PI / 4) continue; // not a line the horizontal closing made
		blobs.push({ cx, cy, angle, length, thickness, fill: n / (length * thickness) });
	}
	return blobs;
}

/** Groups lines into MRZ-like bands: same direction and length, stacked one under the other at an even pitch. */
function bandsOf(lines: Blob[]): Omit<MrzBand, never>[] {
	const bands: MrzBand[] = [];
	const sorted = [...lines].sort((a, b) => a.cy - b.cy);
	const used = new Set<Blob>();
	for (const first of sorted) {
		if (used.has(first)) continue;
		const group = [first];
		let last = first;
		for (const other of sorted) {
			if (other === last || group.includes(other) || group.length >= 3) continue;
			if (stacks(last, other)) {
				group.push(other);
				last = other;
			}
		}
		for (const member of group) used.add(member);
		bands.push(bandOf(group));
	}
	return bands;
}

/** `b` is the line after `a` in the same MRZ. */
function stacks(a: Blob, b: Blob): boolean {
	if (Math.abs(a.angle - b.angle) > 0.07) return false;
	const ratio = Math.min(a.length, b.length) / Math.max(a.length, b.length);
	if (ratio < 0.7) return false;
	const dx = b.cx - a.cx;
	const dy = b.cy - a.cy;
	const along = dx * Math.cos(a.angle) + dy * Math.sin(a.angle);
	const across = -dx * Math.sin(a.angle) + dy * Math.cos(a.angle);
	const thick = (a.thickness + b.thickness) / 2;
	return across > 1.1 * thick && across < 3.2 * thick && Math.abs(along) < 0.2 * Math.max(a.length, b.length);
}

function bandOf(group: Blob[]): MrzBand {
	const n = group.length;
	const angle = group.reduce((s, b) => s + b.angle, 0) / n;
	const cx = group.reduce((s, b) => s + b.cx, 0) / n;
	const cy = group.reduce((s, b) => s + b.cy, 0) / n;
	const length = Math.max(...group.map((b) => b.length));
	const lineHeight = group.reduce((s, b) => s + b.thickness, 0) / n;
	const first = group[0]!;
	const last = group[n - 1]!;
	const span = -(last.cx - first.cx) * Math.sin(angle) + (last.cy - first.cy) * Math.cos(angle);
	const height = span + lineHeight;
	const aspect = length / lineHeight;
	// Two or three lines score most; a line 25–50 letter heights long is MRZ-shaped.
	const shape = aspect >= 18 && aspect <= 70 ? 1 : 0.5;
	// An MRZ's lines are the longest lines of print on a document, so length counts most.
	const score = (n >= 2 ? 1 + 0.25 * (n - 2) : 0.3) * shape * length;
	return { cx, cy, angle, length, height, lines: n, lineHeight, score };
}

/** Drops bands whose centre lies inside a better band (the same MRZ found at two scales). */
function dropOverlaps(bands: MrzBand[]): MrzBand[] {
	const kept: MrzBand[] = [];
	for (const band of bands) {
		const inside = kept.some((k) => {
			const dx = band.cx - k.cx;
			const dy = band.cy - k.cy;
			const along = Math.abs(dx * Math.cos(k.angle) + dy * Math.sin(k.angle));
			const across = Math.abs(-dx * Math.sin(k.angle) + dy * Math.cos(k.angle));
			return along < k.length / 2 && across < k.height / 2 && Math.abs(Math.sin(band.angle - k.angle)) < 0.2;
		});
		if (!inside) kept.push(band);
	}
	return kept;
}

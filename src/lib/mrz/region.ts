/**
 * Searching a known document for its MRZ: the document's four corners (from the photo checker's
 * document finder) are mapped to an upright rectangle, the band finder searches that rectangle, and
 * each band found is carried back into the photo's pixels. On the document alone the print has a
 * predictable size and nothing around it (a keyboard, a printed page) competes with the MRZ.
 */
import type { MrzBand } from './find-band';
import type { GrayImage } from './gray';

/** A point in the photo's pixels. */
export interface RegionPoint {
	x: number;
	y: number;
}

/** A document's corners in the photo's pixels: top-left, top-right, bottom-right, bottom-left as seen. */
export type MrzRegion = readonly [RegionPoint, RegionPoint, RegionPoint, RegionPoint];

/**
 * Bands of the document read before the photo's own, at most, and as many more strips the reader may
 * read when it has a document: a document found wrongly (a printed page beside the card) then costs
 * time, not the photo's own bands (own choice; see bench/mrz-region-composite.bench.ts).
 */
export const REGION_BANDS = 3;
/** Long side of the upright document: the band finder's own search size, so nothing is lost to the resampling. */
const RECTIFIED_LONG_SIDE = 1000;
/** A document smaller than this (px, long side) is not searched on its own: too few pixels to find lines in. */
const MIN_REGION_SIDE = 120;

/** Maps (u, v) of the unit square to a point of the photo: a projective map, 8 numbers (h33 = 1). */
type Homography = readonly [number, number, number, number, number, number, number, number];

/**
 * The projective map taking the unit square's corners (0,0), (1,0), (1,1), (0,1) to `q`'s four
 * corners (Heckbert, "Fundamentals of Texture Mapping", 1989, §2.2.3). Null for a quad that is not one.
 */
export function squareToQuad(q: MrzRegion): Homography | null {
	const [p0, p1, p2, p3] = q;
	const sx = p0.x - p1.x + p2.x - p3.x;
	const sy = p0.y - p1.y + p2.y - p3.y;
	const dx1 = p1.x - p2.x;
	const dx2 = p3.x - p2.x;
	const dy1 = p1.y - p2.y;
	const dy2 = p3.y - p2.y;
	const det = dx1 * dy2 - dx2 * dy1;
	if (!Number.isFinite(det) || Math.abs(det) < 1e-9) return null;
	const g = (sx * dy2 - dx2 * sy) / det;
	const h = (dx1 * sy - sx * dy1) / det;
	return [
		p1.x - p0.x + g * p1.x,
		p3.x - p0.x + h * p3.x,
		p0.x,
		p1.y - p0.y + g * p1.y,
		p3.y - p0.y + h * p3.y,
		p0.y,
		g,
		h,
	];
}

function apply(m: Homography, u: number, v: number): RegionPoint {
	const w = m[6] * u + m[7] * v + 1;
	return { x: (m[0] * u + m[1] * v + m[2]) / w, y: (m[3] * u + m[4] * v + m[5]) / w };
}

function distance(a: RegionPoint, b: RegionPoint): number {
	return Math.hypot(a.x - b.x, a.y - b.y);
}

/** The document cut out upright (bilinear, white outside the photo), and the map from its pixels to the photo's. */
export function rectify(
	image: GrayImage,
	region: MrzRegion,
): { image: GrayImage; toPhoto: (x: number, y: number) => RegionPoint } | null {
	const map = squareToQuad(region);
	if (!map) return null;
	const [tl, tr, br, bl] = region;
	const across = Math.max(distance(tl, tr), distance(bl, br));
	const down = Math.max(distance(tl, bl), distance(tr, br));
	if (!(Math.max(across, down) >= MIN_REGION_SIDE)) return null;
	const scale = Math.min(1, RECTIFIED_LONG_SIDE / Math.max(across, down));
	const width = Math.max(1, Math.round(across * scale));
	const height = Math.max(1, Math.round(down * scale));
	const data = new Uint8Array(width * height);
	const { width: iw, height: ih, data: src } = image;
	for (let y = 0; y < height; y++) {
		const v = (y + 0.5) / height;
		for (let x = 0; x < width; x++) {
			const p = apply(map, (x + 0.5) / width, v);
			const fx = p.x - 0.5;
			const fy = p.y - 0.5;
			const x0 = Math.floor(fx);
			const y0 = Math.floor(fy);
			if (x0 < 0 || y0 < 0 || x0 + 1 >= iw || y0 + 1 >= ih) {
				data[y * width + x] = 255;
				continue;
			}
			const ax = fx - x0;
			const ay = fy - y0;
			const i = y0 * iw + x0;
			const top = src[i]! + (src[i + 1]! - src[i]!) * ax;
			const bottom = src[i + iw]! + (src[i + iw + 1]! - src[i + iw]!) * ax;
			data[y * width + x] = Math.round(top + (bottom - top) * ay);
		}
	}
	return { image: { width, height, data }, toPhoto: (x, y) => apply(map, x / width, y / height) };
}

/**
 * Bands found by `find` on the upright document, in the photo's pixels: each band's line ends and
 * its top and bottom are carried through the map, so its centre, direction, length and height follow
 * the document's perspective. Empty when the corners cannot make an upright document.
 */
export function bandsInRegion(image: GrayImage, region: MrzRegion, find: (image: GrayImage) => MrzBand[]): MrzBand[] {
	const upright = rectify(image, region);
	if (!upright) return [];
	const { toPhoto } = upright;
	return find(upright.image).map((band) => {
		const cos = Math.cos(band.angle);
		const sin = Math.sin(band.angle);
		const along = band.length / 2;
		const up = band.height / 2;
		const start = toPhoto(band.cx - cos * along, band.cy - sin * along);
		const end = toPhoto(band.cx + cos * along, band.cy + sin * along);
		const top = toPhoto(band.cx + sin * up, band.cy - cos * up);
		const bottom = toPhoto(band.cx - sin * up, band.cy + cos * up);
		const centre = toPhoto(band.cx, band.cy);
		const length = distance(start, end);
		const height = distance(top, bottom);
		return {
			...band,
			cx: centre.x,
			cy: centre.y,
			angle: Math.atan2(end.y - start.y, end.x - start.x),
			length,
			height,
			lineHeight: band.height > 0 ? (band.lineHeight * height) / band.height : band.lineHeight,
			score: band.length > 0 ? (band.score * length) / band.length : band.score,
		};
	});
}

/**
 * Searching a known document for its MRZ: the document's four corners (from the photo checker's
 * document finder) are mapped to an upright rectangle, the band finder searches that rectangle, and
 * each band found is carried back into the photo's pixels. On the document alone the print has a
 * predictable size and nothing around it (a keyboard, a printed page) competes with the MRZ.
 */
import type { MrzBand } from './find-band';
import type { GrayImage } from './gray';
import { mapUnitSquare, squareToQuad } from '../homography';

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
			const p = mapUnitSquare(map, (x + 0.5) / width, v);
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
	return { image: { width, height, data }, toPhoto: (x, y) => mapUnitSquare(map, x / width, y / height) };
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

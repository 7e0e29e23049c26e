/**
 * Real documents for the composites: each usable fixture photo's document cut out by its hand-measured
 * corners (fixture-corners.tsv), rectified to its real shape, and the cropped scans as they are. Node only
 * (sharp). The fixture photos stay in ../shared/fixtures/photos/; nothing here is written to disk.
 */
import sharp from 'sharp';
import type { Quad } from '../quad';
import type { RgbaImage } from '../types';
import { DOCUMENT_SIZES, squareToQuad3x3, type DocumentImage, type DocumentKind } from './composite';
import { readFixtureCorners } from './fixture-corners';

/**
 * The fixture photos whose document is whole and uncovered, and what it is. Left out: the banknote
 * (not a document shape), the page under a sweet wrapper, the open booklet (two pages) and the page
 * whose top is outside the picture.
 */
export const FIXTURE_DOCUMENT_KINDS: Readonly<Record<string, DocumentKind>> = {
	'docal_run_test_card.jpg': 'id1',
	'mrzs_test_mrz.jpg': 'passport',
	'jscanify_test3.jpg': 'a4',
	'jscanify_test4.JPG': 'a4',
	'jscanify_test6.JPG': 'a4',
	'pe_100_pass-lux.jpg': 'passport',
	'imagejs_id1.jpg': 'id1',
	'pe_100_pass-bdr.jpg': 'passport',
	'pe_25_pass-uto.jpg': 'passport',
	'pe_27_pass-gbr.jpg': 'passport',
	'pe_43_pass-fra.jpg': 'passport',
	'pe_53_id-d.jpg': 'id1',
	'pe_98_pass-nld.jpg': 'passport',
};

/**
 * Share of each side trimmed off: the corners were read to about ±1 % of a side, so no background is cut out
 * with the document.
 */
const INSET = 0.015;
/** Long side of a cut-out document, in pixels (as the drawn ones). */
const LONG_SIDE = 480;

/**
 * Cuts the document out of `image` by `corners` (shares of its width and height, top-left first) and
 * rectifies it: photos to their kind's real aspect (the measured quad is foreshortened), scans to their own.
 */
export function rectify(image: RgbaImage, corners: Quad, kind: DocumentKind, scan: boolean): RgbaImage {
	const px = corners.map((p) => ({ x: p.x * image.width, y: p.y * image.height })) as Quad;
	const side = (a: number, b: number) => Math.hypot(px[a]!.x - px[b]!.x, px[a]!.y - px[b]!.y);
	const across = (side(0, 1) + side(3, 2)) / 2;
	const down = (side(0, 3) + side(1, 2)) / 2;
	const size = DOCUMENT_SIZES[kind];
	const real = size.width / size.height;
	const aspect = scan ? across / down : across >= down ? real : 1 / real;
	const width = Math.round(aspect >= 1 ? LONG_SIDE : LONG_SIDE * aspect);
	const height = Math.round(aspect >= 1 ? LONG_SIDE / aspect : LONG_SIDE);
	const m = squareToQuad3x3(px);
	const data = new Uint8ClampedArray(width * height * 4);
	const src = image.data;
	for (let y = 0; y < height; y++) {
		const v = INSET + ((y + 0.5) / height) * (1 - 2 * INSET);
		for (let x = 0; x < width; x++) {
			const u = INSET + ((x + 0.5) / width) * (1 - 2 * INSET);
			const w = m[6]! * u + m[7]! * v + m[8]!;
			const sx = Math.min(image.width - 1.001, Math.max(0, (m[0]! * u + m[1]! * v + m[2]!) / w - 0.5));
			const sy = Math.min(image.height - 1.001, Math.max(0, (m[3]! * u + m[4]! * v + m[5]!) / w - 0.5));
			const ix = Math.floor(sx);
			const iy = Math.floor(sy);
			const fx = sx - ix;
			const fy = sy - iy;
			const k = (iy * image.width + ix) * 4;
			const row = image.width * 4;
			const o = (y * width + x) * 4;
			for (let c = 0; c < 3; c++)
				data[o + c] =
					(src[k + c]! * (1 - fx) + src[k + 4 + c]! * fx) * (1 - fy) +
					(src[k + row + c]! * (1 - fx) + src[k + row + 4 + c]! * fx) * fy;
			data[o + 3] = 255;
		}
	}
	return { width, height, data };
}

/**
 * The fixture documents in `folder` (../shared/fixtures/photos/), cut out and rectified; each photo is read
 * with its long side at 1600 px.
 */
export async function loadFixtureDocuments(folder: string): Promise<DocumentImage[]> {
	const documents: DocumentImage[] = [];
	for (const row of readFixtureCorners()) {
		const kind = FIXTURE_DOCUMENT_KINDS[row.file];
		if (!kind || !row.corners) continue;
		const { data, info } = await sharp(`${folder}${row.file}`)
			.rotate()
			.resize(1600, 1600, { fit: 'inside', withoutEnlargement: true })
			.ensureAlpha()
			.raw()
			.toBuffer({ resolveWithObject: true });
		const image = {
			width: info.width,
			height: info.height,
			data: new Uint8Array(data.buffer, data.byteOffset, data.length),
		};
		documents.push({
			image: rectify(image, row.corners, kind, row.framing === 'scan'),
			kind,
			source: row.file.replace(/\.[a-z]+$/i, ''),
		});
	}
	return documents;
}

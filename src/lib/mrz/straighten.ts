/** Cutting a found band out of the photo, level and at the size the recogniser reads best. */
import { sampleGray, type GrayImage } from './gray';
import type { MrzBand } from './find-band';
import { runningExtreme } from './morphology';

/** Letter height the band is scaled to (Tesseract reads capitals best at 20–40 px). */
export const STRIP_LINE_HEIGHT = 30;
/** Margins around the band, in line heights: across (above and below) and along (each end). */
const MARGIN_ACROSS = 0.9;
const MARGIN_ALONG = 1.5;
const MARGIN_ALONG_SHARE = 0.04;
/** A strip is never longer than this (a 44-letter line at 30 px letters is about 1000 px). */
const MAX_STRIP_WIDTH = 2400;

/** Strip pixels per photo pixel for a band read at `lineHeight`. */
export function stripScale(band: MrzBand, lineHeight = STRIP_LINE_HEIGHT): number {
	return Math.min(lineHeight / band.lineHeight, MAX_STRIP_WIDTH / (band.length * 1.2));
}

/** The part of the photo a band's strip covers, margins included, along and across its lines. */
function stripExtent(band: MrzBand): { fullLength: number; fullHeight: number } {
	// Moments measure a line a little short (its ends are thin fillers): a share of the length more.
	return {
		fullLength: band.length * (1 + 2 * MARGIN_ALONG_SHARE) + 2 * MARGIN_ALONG * band.lineHeight,
		fullHeight: band.height + 2 * MARGIN_ACROSS * band.lineHeight,
	};
}

/** An upright box in the photo, in its pixels. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The upright box around everything a band's strip is cut from (whole pixels, a pixel of slack around). */
export function stripBox(band: MrzBand): Box {
	const { fullLength, fullHeight } = stripExtent(band);
	const c = Math.abs(Math.cos(band.angle));
	const s = Math.abs(Math.sin(band.angle));
	const halfWidth = (c * fullLength + s * fullHeight) / 2 + 1;
	const halfHeight = (s * fullLength + c * fullHeight) / 2 + 1;
	const x = Math.floor(band.cx - halfWidth);
	const y = Math.floor(band.cy - halfHeight);
	return { x, y, width: Math.ceil(band.cx + halfWidth) - x, height: Math.ceil(band.cy + halfHeight) - y };
}

/**
 * The band as found in a photo, moved into a cut-out of it: `box` (in the photo's pixels) drawn at
 * `zoom` cut-out pixels per photo pixel.
 */
export function bandInCutOut(band: MrzBand, box: Box, zoom: number): MrzBand {
	return {
		...band,
		cx: (band.cx - box.x) * zoom,
		cy: (band.cy - box.y) * zoom,
		length: band.length * zoom,
		height: band.height * zoom,
		lineHeight: band.lineHeight * zoom,
	};
}

/**
 * The band as a level strip, read left to right; `flipped` turns it a half turn (a photo upside
 * down, or turned the other way). Each output pixel averages the photo over its footprint, so a
 * large photo is shrunk without aliasing.
 */
export function straightenBand(
	image: GrayImage,
	band: MrzBand,
	flipped = false,
	lineHeight = STRIP_LINE_HEIGHT,
): GrayImage {
	const scale = stripScale(band, lineHeight);
	const { fullLength, fullHeight } = stripExtent(band);
	const width = Math.max(8, Math.round(fullLength * scale));
	const height = Math.max(8, Math.round(fullHeight * scale));
	const angle = flipped ? band.angle + Math.PI : band.angle;
	const ux = Math.cos(angle);
	const uy = Math.sin(angle);
	// Unit steps in the photo for one strip pixel along (u) and across (v, 90° clockwise of u).
	const step = 1 / scale;
	const taps = Math.max(1, Math.min(4, Math.round(step)));
	const data = new Uint8Array(width * height);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			let sum = 0;
			for (let ty = 0; ty < taps; ty++) {
				for (let tx = 0; tx < taps; tx++) {
					const a = (x + (tx + 0.5) / taps - width / 2) * step;
					const b = (y + (ty + 0.5) / taps - height / 2) * step;
					sum += sampleGray(image, band.cx + a * ux - b * uy, band.cy + a * uy + b * ux);
				}
			}
			data[y * width + x] = Math.round(sum / (taps * taps));
		}
	}
	return { width, height, data };
}

/** Paper darker than this is not divided out further (noise in a black area would become contrast). */
const MIN_PAPER = 24;

/**
 * The strip with its paper made white: each pixel divided by the paper's brightness around it (a grey
 * closing wider than a letter's stroke, which wipes out the print). A tinted MRZ band, a shadow or a
 * gradient across the strip then no longer pulls the recogniser's own threshold off the print.
 */
export function flattenPaper(strip: GrayImage, lineHeight: number): GrayImage {
	const { width, height, data } = strip;
	// Wider than any stroke and than the gaps inside a letter, so the window always holds some paper.
	const size = Math.max(3, Math.round(lineHeight * 1.5)) | 1;
	let paper = runningExtreme(data, width, height, size, true, true);
	paper = runningExtreme(paper, width, height, size, false, true);
	paper = runningExtreme(paper, width, height, size, true, false);
	paper = runningExtreme(paper, width, height, size, false, false);
	const out = new Uint8Array(data.length);
	for (let i = 0; i < data.length; i++) {
		const background = Math.max(paper[i]!, data[i]!, MIN_PAPER);
		out[i] = Math.round((255 * data[i]!) / background);
	}
	return { width, height, data: out };
}

import { grade } from './grade';
import { AreaResampler, aligned } from './resize';
import { COLOR_FAIL, COLOR_THUMB_SIDE, COLOR_TOP_SHARE, COLOR_WARN } from './thresholds';
import type { PhotoCheck, RgbaImage } from './types';

/**
 * Colourfulness: shrink the box (x0, y0)–(x1, y1) to a COLOR_THUMB_SIDE square thumbnail, then average each
 * pixel's variance across R, G and B over its most colourful COLOR_TOP_SHARE (Stack Overflow 20068945
 * averages all pixels; documents are mostly pale paper). A grey photo or photocopy scores near 0.
 */
export function measureColor(image: RgbaImage, box: { x0: number; y0: number; x1: number; y1: number }): number {
	const x0 = Math.max(0, Math.floor(box.x0));
	const y0 = Math.max(0, Math.floor(box.y0));
	const x1 = Math.min(image.width, Math.ceil(box.x1));
	const y1 = Math.min(image.height, Math.ceil(box.y1));
	const w = Math.max(1, x1 - x0);
	const h = Math.max(1, y1 - y0);
	// The box is resampled where it lies in the image (offset and row stride): no copy of it is made.
	const resampler = new AreaResampler(w, h, Math.min(w, COLOR_THUMB_SIDE), Math.min(h, COLOR_THUMB_SIDE), 'rgb');
	resampler.addRows(aligned(image.data), (y0 * image.width + x0) * 4, h, image.width * 4);
	const thumb = resampler.out;
	const n = resampler.outW * resampler.outH;
	const variances = new Float64Array(n);
	for (let i = 0, p = 0; i < n; i++, p += 4) {
		const r = thumb[p]!;
		const g = thumb[p + 1]!;
		const b = thumb[p + 2]!;
		const m = (r + g + b) / 3;
		variances[i] = ((r - m) ** 2 + (g - m) ** 2 + (b - m) ** 2) / 3;
	}
	// Mean of the most colourful share: a colour ID is mostly pale paper, but its portrait and print are not.
	variances.sort();
	const k = Math.max(1, Math.round(n * COLOR_TOP_SHARE));
	let sum = 0;
	for (let i = n - k; i < n; i++) sum += variances[i]!;
	return sum / k;
}

/** The colour check: a black-and-white photo or photocopy fails. */
export function colorCheck(value: number): PhotoCheck {
	const threshold = { direction: 'min', warn: COLOR_WARN, fail: COLOR_FAIL } as const;
	const rounded = Math.round(value * 10) / 10;
	const status = grade(rounded, threshold);
	return {
		id: 'color',
		status,
		problem: status === 'fail' ? 'grayscale' : status === 'warn' ? 'low-color' : null,
		value: rounded,
		threshold,
		unit: 'variance',
	};
}

/**
 * Reading a decoded RGB frame into the analysis' resamplers, shared by the photo worker and its helper.
 */
import type { AreaResampler } from '../lib/photo';

/** Rows copied out of a frame, or read back from a canvas, at a time (1 MB at 1008 px wide, 4 MB at 4032). */
export const STRIP_ROWS = 256;

/**
 * Feeds an RGB frame's rows `rows.from` ≤ y < `rows.to` (all by default) to resamplers STRIP_ROWS at a
 * time, through one reused buffer: the whole frame is never copied.
 */
export async function readFrameRows(
	frame: VideoFrame,
	samplers: readonly AreaResampler[],
	rows = { from: 0, to: frame.codedHeight },
): Promise<void> {
	const width = frame.codedWidth;
	const count = Math.min(STRIP_ROWS, rows.to - rows.from);
	const strip = new Uint8Array(width * count * 4);
	for (const sampler of samplers) if (rows.from > 0) sampler.startAt(rows.from);
	for (let y = rows.from; y < rows.to; y += count) {
		const n = Math.min(count, rows.to - y);
		await frame.copyTo(strip, { rect: { x: 0, y, width, height: n }, layout: [{ offset: 0, stride: width * 4 }] });
		for (const sampler of samplers) sampler.addRows(strip, 0, n, width * 4);
	}
}

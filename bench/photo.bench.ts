import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { test } from 'vitest';
import {
	analyzePhoto,
	analyzeWorkingImage,
	resizeToLongSide,
	thresholds,
	workingFromRgba,
	type RgbaImage,
	type WorkingImage,
} from '../src/lib/photo';
import { measureColor } from '../src/lib/photo/color';
import { measureEvenness } from '../src/lib/photo/evenness';
import { exposureFromHistogram } from '../src/lib/photo/exposure';
import { edgeMap, findDocument } from '../src/lib/photo/find-document';
import { measureGlare } from '../src/lib/photo/glare';
import { findWithMask } from '../src/lib/photo/locate-document';
import { oracleMask } from '../src/lib/photo/testing/oracle-mask';
import { regionStats, withoutPixels } from '../src/lib/photo/region';
import { insetQuad, rasterizeConvex, scaleQuad, type Quad } from '../src/lib/photo/quad';
import { regionSharpness } from '../src/lib/photo/sharpness';

/**
 * Photo scorer benchmark (`npm run bench`): milliseconds per megapixel of the pure analysis in Node,
 * cold (first call in this process) and warm (median of repeats), on real photos decoded with sharp,
 * plus a 12 MP (4032 × 3024) upscale of a real photo, and the split between making the working image
 * (the fixed-scale resampling, working.ts) and the metrics on it. Prints numbers only; timing is never asserted.
 */
const PHOTOS = fileURLToPath(new URL('../../shared/fixtures/photos/', import.meta.url));
const FILES = [
	'jscanify_test4.JPG',
	'mrzs_test_mrz.jpg',
	'pe_100_pass-lux.jpg',
	'kw_180_HONOR-10_S.jpg',
	'imagejs_id1.jpg',
];
const REPEATS = 7;

async function decode(file: string, size?: { width: number; height: number }): Promise<RgbaImage> {
	let pipeline = sharp(`${PHOTOS}${file}`).rotate();
	if (size) pipeline = pipeline.resize(size.width, size.height, { fit: 'fill' });
	const { data, info } = await pipeline.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

function time(fn: () => void): number {
	const start = performance.now();
	fn();
	return performance.now() - start;
}

function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)]!;
}

test.skipIf(!existsSync(PHOTOS))('photo: ms per megapixel of analyzePhoto in Node', { timeout: 300_000 }, async () => {
	const images: Array<[string, RgbaImage]> = [];
	images.push([
		'12 MP (4032 × 3024, upscaled mrzs_test_mrz)',
		await decode('mrzs_test_mrz.jpg', { width: 4032, height: 3024 }),
	]);
	for (const f of FILES) images.push([f, await decode(f)]);

	const lines = [`working scale: long side ${thresholds.WORKING_LONG_SIDE} px (area-average resampling)`, ''];
	lines.push(
		'image                                          MP     cold ms   warm ms   warm ms/MP  working ms   metrics ms',
	);
	let first = true;
	for (const [name, image] of images) {
		const mp = (image.width * image.height) / 1e6;
		const cold = time(() => analyzePhoto(image));
		const warm = median(Array.from({ length: REPEATS }, () => time(() => analyzePhoto(image))));
		const resize = median(Array.from({ length: REPEATS }, () => time(() => workingFromRgba(image))));
		const work = workingFromRgba(image);
		const metrics = median(Array.from({ length: REPEATS }, () => time(() => analyzeWorkingImage(work))));
		lines.push(
			`${name.padEnd(46)} ${mp.toFixed(2).padStart(5)} ${cold.toFixed(1).padStart(9)}${first ? '*' : ' '} ${warm.toFixed(1).padStart(8)} ${(warm / mp).toFixed(1).padStart(11)} ${resize.toFixed(1).padStart(11)} ${metrics.toFixed(1).padStart(12)}`,
		);
		first = false;
	}
	lines.push(
		'',
		'* the first call in the process also pays for JIT warm-up; later "cold" figures are first calls on a new image.',
	);
	console.log(`\n${lines.join('\n')}\n`);
});

/** Median milliseconds of each analysis pass at the working scale (the same calls analyzePhoto makes). */
test.skipIf(!existsSync(PHOTOS))('photo: per-pass timings at the working scale', { timeout: 300_000 }, async () => {
	const lines = [
		`pass timings (median ms of 9, warm) at the working scale; load average ${loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}`,
		'',
	];
	const names = ['12 MP (upscaled mrzs_test_mrz)', ...FILES];
	const sources = [
		await decode('mrzs_test_mrz.jpg', { width: 4032, height: 3024 }),
		...(await Promise.all(FILES.map((f) => decode(f)))),
	];
	const header = [
		'image'.padEnd(32),
		...Object.keys(passes(workingFromRgba(sources[0]!))).map((k) => k.padStart(9)),
	].join(' ');
	lines.push(header);
	for (let k = 0; k < sources.length; k++) {
		const work = workingFromRgba(sources[k]!);
		for (let r = 0; r < 5; r++) passes(work);
		const runs = Array.from({ length: 9 }, () => passes(work));
		const cells = Object.keys(runs[0]!).map((key) =>
			median(runs.map((run) => run[key]!))
				.toFixed(2)
				.padStart(9),
		);
		lines.push([`${names[k]} ${work.width}×${work.height}`.padEnd(32), ...cells].join(' '));
	}
	console.log(`\n${lines.join('\n')}\n`);
});

/** A card-shaped quad over the middle half of a width × height picture. */
function middleCard(width: number, height: number): Quad {
	return [
		{ x: width / 4, y: height / 4 },
		{ x: (3 * width) / 4, y: height / 4 },
		{ x: (3 * width) / 4, y: (3 * height) / 4 },
		{ x: width / 4, y: (3 * height) / 4 },
	];
}

/**
 * Times each pass of a document analysis on a working-size image, as analyzeWorkingImage runs them: the
 * finder (its edge map alone, then all of it, then following a mask), then the checks on the region it gives
 * (glare, the region again without the glare when there is some, sharpness on that), and `checks`, the sum of
 * those after the finder.
 */
function passes(work: WorkingImage): Record<string, number> {
	const { width: w, height: h, luma, color } = work;
	const t: Record<string, number> = {};
	let at = performance.now();
	const lap = (name: string) => {
		const now = performance.now();
		t[name] = now - at;
		at = now;
	};
	const small = resizeToLongSide(color, thresholds.FIND_LONG_SIDE);
	lap('find:size');
	edgeMap(small);
	lap('find:edge');
	const found = findDocument(color);
	lap('find:all');
	// The finder following a mask (the model's time not included): a clean mask of what the classical finder
	// found, or of a card in the middle when it found nothing.
	const guide = oracleMask(found?.corners ?? middleCard(color.width, color.height), color.width, color.height, 1, {
		clean: true,
	});
	at = performance.now();
	findWithMask(color, guide);
	lap('find:mask');
	// The finder answers in the colour image's pixels.
	const corners = found ? scaleQuad(found.corners, w / color.width, h / color.height) : null;
	const mask = corners
		? rasterizeConvex(insetQuad(corners, thresholds.DOC_INSET), w, h)
		: new Uint8Array(w * h).fill(1);
	const region = regionStats(luma, w, h, mask, true);
	lap('region');
	const glare = measureGlare(work, region);
	lap('glare');
	const measured = glare.blobs.length > 0 ? withoutPixels(luma, w, h, region, glare.mask) : region;
	lap('without');
	regionSharpness(luma, w, h, measured);
	lap('sharp');
	measureEvenness(measured);
	lap('even');
	exposureFromHistogram(measured.bins);
	lap('expo');
	measureColor(color, { x0: 0, y0: 0, x1: color.width, y1: color.height });
	lap('color');
	t.checks = t.region! + t.glare! + t.without! + t.sharp! + t.even! + t.expo! + t.color!;
	analyzeWorkingImage(work);
	lap('total');
	return t;
}

/**
 * The document-mask model (src/lib/photo/doc-mask): how long one photo takes, and how well its mask matches
 * the truth, as intersection over union at 0.5 on the model's 64 × 64 grid:
 * - composites on backgrounds drawn in code (the finder bench's seeds, never trained on), JPEG as users' photos;
 * - composites on the 13 held-out real background photos of scripts/photo-backgrounds (never trained on; skipped
 *   with a message when .scratch/photo-backgrounds has not been built), half with the fixtures' own documents;
 * - the fixture photos with hand-measured corners (real photos; skipped when ../shared/fixtures is absent).
 * Also how often a photo with no document stays empty (a composite's part clear of its document) and a scan
 * cropped to its document fills the grid. Prints only.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { test } from 'vitest';
import { GRID_SIZE, maskIoU, predictDocumentMask, quadCoverage } from '../src/lib/photo/doc-mask';
import type { RgbaImage } from '../src/lib/photo';
import { BACKGROUND_FOLDER, loadBackgroundPhotos, loadImage } from '../src/lib/photo/testing/background-photos';
import {
	makeComposite,
	realBackgroundCase,
	type CompositeCase,
	type DocumentImage,
} from '../src/lib/photo/testing/composite';
import { readFixtureCorners } from '../src/lib/photo/testing/fixture-corners';
import { loadFixtureDocuments } from '../src/lib/photo/testing/fixture-documents';

const FOLDER = fileURLToPath(new URL('../../shared/fixtures/photos/', import.meta.url));
const present = existsSync(`${FOLDER}labels.tsv`);
const COUNT = Number(process.env.DOC_MASK_CASES ?? 200);

async function jpeg(image: RgbaImage, quality: number): Promise<RgbaImage> {
	if (!quality) return image;
	const raw = { width: image.width, height: image.height, channels: 4 as const };
	const encoded = await sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.length), { raw })
		.jpeg({ quality })
		.toBuffer();
	const { data, info } = await sharp(encoded).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

/** The mask's IoU against the truth for a composite, as users' photos reach the checker (JPEG). */
async function compositeIoU(c: CompositeCase): Promise<number> {
	const mask = predictDocumentMask(await jpeg(c.image, c.jpegQuality));
	return maskIoU(mask.probability, quadCoverage(c.corners, c.image.width, c.image.height, GRID_SIZE, GRID_SIZE));
}

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
};

/** One line: mean and 10th percentile IoU, and the share of cases at 0.8 or more and 0.9 or more. */
function summary(name: string, ious: number[]): string {
	const mean = ious.reduce((s, v) => s + v, 0) / Math.max(1, ious.length);
	const at = (t: number) => `${((100 * ious.filter((v) => v >= t).length) / Math.max(1, ious.length)).toFixed(1)} %`;
	return `  ${name.padEnd(44)} n=${String(ious.length).padStart(4)}  mean IoU ${mean.toFixed(3)}  p10 ${percentile(ious, 0.1).toFixed(3)}  ≥0.8: ${at(0.8)}  ≥0.9: ${at(0.9)}`;
}

test('document mask: time', () => {
	const photo = makeComposite(1, { width: 1000, height: 750 }).image;
	const square = makeComposite(2, { width: 128, height: 128 }).image;
	const lines: string[] = [];
	for (const [name, image] of [
		['128 × 128 (the network alone)', square],
		['1000 × 750 (a working-size photo: resize + network)', photo],
	] as const) {
		for (let k = 0; k < 10; k++) predictDocumentMask(image);
		const times: number[] = [];
		for (let k = 0; k < 200; k++) {
			const t = performance.now();
			predictDocumentMask(image);
			times.push(performance.now() - t);
		}
		lines.push(
			`  ${name.padEnd(52)} median ${percentile(times, 0.5).toFixed(2)} ms  fastest ${percentile(times, 0).toFixed(2)} ms  p90 ${percentile(times, 0.9).toFixed(2)} ms`,
		);
	}
	console.log(['Document mask, time per photo (200 runs; a shared machine: see the load):', ...lines].join('\n'));
});

test('document mask: accuracy', { timeout: 1_800_000 }, async () => {
	const inside: number[] = [];
	const cut: number[] = [];
	const byBackground = new Map<string, number[]>();
	for (let seed = 1; seed <= COUNT; seed++) {
		const c = makeComposite(seed);
		const iou = await compositeIoU(c);
		(c.cutOff ? cut : inside).push(iou);
		byBackground.set(c.backgroundSource, [...(byBackground.get(c.backgroundSource) ?? []), iou]);
	}
	const lines = [
		`Document mask on composites, backgrounds drawn in code (seeds 1–${COUNT}, 800 × 600 / 600 × 800, JPEG):`,
		summary('document wholly inside', inside),
		summary('document cut off', cut),
		...[...byBackground].sort(([a], [b]) => a.localeCompare(b)).map(([name, v]) => summary(`  ${name}`, v)),
	];

	// No document: the part of a composite clear of its document (as the training data make them, other seeds).
	let empty = 0;
	let emptyCases = 0;
	for (let seed = 600_001; emptyCases < 60; seed++) {
		const c = makeComposite(seed, { cutOff: false });
		const xs = c.corners.map((p) => p.x);
		const right = Math.ceil(Math.max(...xs) + 0.04 * c.image.width);
		const width = c.image.width - right;
		if (width < 0.3 * c.image.width) continue;
		const data = new Uint8Array(width * c.image.height * 4);
		for (let y = 0; y < c.image.height; y++)
			data.set(
				c.image.data.subarray((y * c.image.width + right) * 4, (y * c.image.width + c.image.width) * 4),
				y * width * 4,
			);
		const mask = predictDocumentMask({ width, height: c.image.height, data });
		emptyCases++;
		if (mask.probability.filter((p) => p >= 0.5).length < 0.02 * mask.probability.length) empty++;
	}
	lines.push(`  no document (a composite's part clear of it): empty (< 2 % of cells) on ${empty}/${emptyCases}`);

	const fetched = await loadBackgroundPhotos();
	let documents: DocumentImage[] = [];
	if (present) documents = await loadFixtureDocuments(FOLDER);
	if (fetched) {
		const real: number[] = [];
		const realCut: number[] = [];
		const byPhoto = new Map<string, number[]>();
		for (let k = 0; k < COUNT; k++) {
			const c = realBackgroundCase(k, fetched, documents);
			const iou = await compositeIoU(c);
			(c.cutOff ? realCut : real).push(iou);
			byPhoto.set(c.backgroundSource, [...(byPhoto.get(c.backgroundSource) ?? []), iou]);
		}
		lines.push(
			`Document mask on composites on the ${fetched.length} held-out real background photos (seeds 300,000+, as the finder bench):`,
			summary('document wholly inside', real),
			summary('document cut off', realCut),
			...[...byPhoto].sort(([a], [b]) => a.localeCompare(b)).map(([name, v]) => summary(`  ${name}`, v)),
		);
	} else
		lines.push(
			`Held-out real background photos skipped: none in ${BACKGROUND_FOLDER}. Run node scripts/photo-backgrounds/build.mjs to rebuild them.`,
		);

	if (present) {
		const rows: string[] = [];
		const ious: number[] = [];
		for (const row of readFixtureCorners()) {
			if (!row.corners) continue;
			const image = await loadImage(`${FOLDER}${row.file}`);
			const truth =
				row.framing === 'scan'
					? new Float32Array(GRID_SIZE * GRID_SIZE).fill(1)
					: quadCoverage(
							row.corners.map((p) => ({ x: p.x * image.width, y: p.y * image.height })),
							image.width,
							image.height,
							GRID_SIZE,
							GRID_SIZE,
						);
			const iou = maskIoU(predictDocumentMask(image).probability, truth);
			ious.push(iou);
			rows.push(`    ${row.file.padEnd(30)} ${row.framing.padEnd(8)} IoU ${iou.toFixed(3)}`);
		}
		lines.push(
			'Document mask on the fixture photos with hand-measured corners (real photos):',
			summary('all', ious),
			...rows,
		);
	} else lines.push(`Fixture photos skipped: ${FOLDER} is not here.`);
	console.log(lines.join('\n'));
});

/**
 * The MRZ reader with and without the document's corners, on composites: each real photo with a
 * transcribed MRZ (its document cut out at its hand-measured corners, src/lib/photo/testing/
 * fixture-corners.tsv) is laid with a seeded random turn and perspective onto a real photo without a
 * document or with a printed page (text that competes with the MRZ). Each composite is read three
 * ways: the whole photo alone; the document the photo scorer finds first, when it is sure (what the
 * readiness worker does); and the true corners first (what a perfect finder would give).
 * Prints exact MRZs, wrong `read`s and how often the scorer was sure.
 * Run: npx vitest run --project bench bench/mrz-region-composite.bench.ts
 */
import { existsSync } from 'node:fs';
import sharp from 'sharp';
import { test } from 'vitest';
import { grayOfRgba, readMrzInImage, type MrzRegion } from '../src/lib/mrz';
import { squareToQuad } from '../src/lib/homography';
import { nodeRecogniser, PHOTOS, transcriptions } from '../src/lib/mrz/testing/node-engine';
import { analyzePhoto, type RgbaImage } from '../src/lib/photo';
import { readFixtureCorners } from '../src/lib/photo/testing/fixture-corners';
import { sureDocument } from '../src/lib/ready/photo';
import { seededRandom } from '../src/lib/testing/seeded-random';

/** Backgrounds: printed pages (competing print) and outdoor scenes (no document). */
const BACKGROUNDS = ['jscanify_test3.jpg', 'jscanify_test4.JPG', 'jscanify_test6.JPG', 'kw_176_HONOR-7X_S.jpg'];
const SEEDS_PER_PHOTO = Number(process.env.SEEDS ?? 3);
/**
 * No time limit here (the reader's own stops starting strips after 8 s): on a loaded machine the limit,
 * not the region, would decide some cases. The reader's strip budget still applies.
 */
const NO_DEADLINE = 600_000;
/** The composite's long side. */
const LONG_SIDE = 1600;

async function rgba(file: string, longSide: number): Promise<RgbaImage> {
	const { data, info } = await sharp(PHOTOS + file)
		.rotate()
		.resize(longSide, longSide, { fit: 'inside', withoutEnlargement: true })
		.ensureAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

/** The inverse of a square → quad map: quad → unit square. */
function quadToSquare(q: MrzRegion): (x: number, y: number) => { u: number; v: number } {
	const m = squareToQuad(q)!;
	const [a, b, c, d, e, f, g, h] = m;
	// Inverse of [[a b c] [d e f] [g h 1]] by its adjugate (the scale drops out).
	const A = e - f * h;
	const B = c * h - b;
	const C = b * f - c * e;
	const D = f * g - d;
	const E = a - c * g;
	const F = c * d - a * f;
	const G = d * h - e * g;
	const H = b * g - a * h;
	const I = a * e - b * d;
	return (x, y) => {
		const w = G * x + H * y + I;
		return { u: (A * x + B * y + C) / w, v: (D * x + E * y + F) / w };
	};
}

/** `doc`'s quad `from` drawn into `into` at quad `to`, bilinear. */
function paste(into: RgbaImage, to: MrzRegion, doc: RgbaImage, from: MrzRegion): void {
	const inverse = quadToSquare(to);
	const source = squareToQuad(from)!;
	const xs = to.map((p) => p.x);
	const ys = to.map((p) => p.y);
	for (let y = Math.max(0, Math.floor(Math.min(...ys))); y < Math.min(into.height, Math.ceil(Math.max(...ys))); y++)
		for (let x = Math.max(0, Math.floor(Math.min(...xs))); x < Math.min(into.width, Math.ceil(Math.max(...xs))); x++) {
			const { u, v } = inverse(x + 0.5, y + 0.5);
			if (u < 0 || u > 1 || v < 0 || v > 1) continue;
			const w = source[6] * u + source[7] * v + 1;
			const sx = (source[0] * u + source[1] * v + source[2]) / w - 0.5;
			const sy = (source[3] * u + source[4] * v + source[5]) / w - 0.5;
			const x0 = Math.max(0, Math.min(doc.width - 2, Math.floor(sx)));
			const y0 = Math.max(0, Math.min(doc.height - 2, Math.floor(sy)));
			const ax = Math.max(0, Math.min(1, sx - x0));
			const ay = Math.max(0, Math.min(1, sy - y0));
			for (let k = 0; k < 3; k++) {
				const i = (y0 * doc.width + x0) * 4 + k;
				const top = doc.data[i]! + (doc.data[i + 4]! - doc.data[i]!) * ax;
				const j = i + doc.width * 4;
				const bottom = doc.data[j]! + (doc.data[j + 4]! - doc.data[j]!) * ax;
				into.data[(y * into.width + x) * 4 + k] = Math.round(top + (bottom - top) * ay);
			}
		}
}

test.skipIf(!existsSync(PHOTOS))(
	'MRZ reader on composites: whole photo, scorer’s document first, true document first',
	async () => {
		const recognise = await nodeRecogniser();
		const truth = transcriptions();
		const corners = new Map(readFixtureCorners().map((row) => [row.file, row]));
		const backgrounds = await Promise.all(BACKGROUNDS.map((file) => rgba(file, LONG_SIDE)));
		const ways = ['whole', 'scorer', 'true'] as const;
		const exact = { whole: 0, scorer: 0, true: 0 };
		const wrong = { whole: 0, scorer: 0, true: 0 };
		let cases = 0;
		let sure = 0;
		const rows: string[] = [];
		for (const [file, want] of truth) {
			const doc = await rgba(file, 2000);
			const measured = corners.get(file)?.corners;
			const from = (
				measured ?? [
					{ x: 0, y: 0 },
					{ x: 1, y: 0 },
					{ x: 1, y: 1 },
					{ x: 0, y: 1 },
				]
			).map((p) => ({ x: p.x * doc.width, y: p.y * doc.height })) as unknown as MrzRegion;
			const docW = Math.hypot(from[1].x - from[0].x, from[1].y - from[0].y);
			const docH = Math.hypot(from[3].x - from[0].x, from[3].y - from[0].y);
			for (let s = 0; s < SEEDS_PER_PHOTO; s++) {
				const random = seededRandom(1000 + cases);
				const bg = backgrounds[cases % backgrounds.length]!;
				const image: RgbaImage = { width: bg.width, height: bg.height, data: new Uint8Array(bg.data) };
				// The document's width on the picture: 40–65 % of the picture's short side … long side, kept inside.
				const width = (0.4 + 0.25 * random()) * Math.min(image.width, image.height * 1.3);
				const height = (width * docH) / docW;
				const turn = (random() - 0.5) * 0.6 + (random() < 0.2 ? Math.PI / 2 : 0);
				const cx = image.width / 2 + (random() - 0.5) * 0.2 * image.width;
				const cy = image.height / 2 + (random() - 0.5) * 0.2 * image.height;
				const jitter = () => (random() - 0.5) * 0.08 * width;
				const to = [
					[-1, -1],
					[1, -1],
					[1, 1],
					[-1, 1],
				].map(([sx, sy]) => {
					const x = (sx! * width) / 2;
					const y = (sy! * height) / 2;
					return {
						x: cx + x * Math.cos(turn) - y * Math.sin(turn) + jitter(),
						y: cy + x * Math.sin(turn) + y * Math.cos(turn) + jitter(),
					};
				}) as unknown as MrzRegion;
				paste(image, to, doc, from);
				cases++;
				const gray = grayOfRgba(image.width, image.height, image.data);
				const found = sureDocument(analyzePhoto(image));
				if (found) sure++;
				const results = {
					whole: readMrzInImage(gray, recognise, { maxMs: NO_DEADLINE }).result,
					scorer: found ? readMrzInImage(gray, recognise, { region: found, maxMs: NO_DEADLINE }).result : null,
					true: readMrzInImage(gray, recognise, { region: to, maxMs: NO_DEADLINE }).result,
				};
				const cells: string[] = [];
				for (const way of ways) {
					const result = results[way] ?? results.whole;
					const ok = result.lines.join('|') === want.join('|');
					if (ok) exact[way]++;
					else if (result.status === 'read') {
						wrong[way]++;
						console.log(`${file} ${way}: read ${result.lines.join('|')}, transcribed ${want.join('|')}`);
					}
					cells.push(`${way} ${results[way] ? '' : '(=whole) '}${result.status}${ok ? ' exact' : ''}`);
				}
				rows.push(
					`${file.padEnd(24)} seed ${s} on ${BACKGROUNDS[(cases - 1) % BACKGROUNDS.length]!.padEnd(20)} ${cells.join(' | ')}`,
				);
			}
		}
		console.log(rows.join('\n'));
		console.log(
			ways.map((way) => `${way}: exact ${exact[way]}/${cases}, wrong read ${wrong[way]}`).join('\n') +
				`\nscorer sure of the document on ${sure}/${cases}`,
		);
	},
	3_600_000,
);

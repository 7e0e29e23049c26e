/**
 * Writes the document-mask model's training data: seeded composites (src/lib/photo/testing/composite.ts)
 * made small, stretched to the model's square input, each with the amodal mask of its document rasterised
 * from the true corners on the output grid. Binary shards go to a folder git ignores; train.py reads them.
 *
 *   node --import ./scripts/doc-model/ts-resolve.mjs scripts/doc-model/export-data.ts \
 *     [--count 24000] [--start 0] [--prefix drawn] [--backgrounds <folder of photos>] [--out <folder>]
 *     [--scale 1] [--remix] [--steep 0]
 *
 * The mix: documents drawn in code and the specimen documents cut from ../shared/fixtures/photos (when that
 * folder is here) on every drawn background kind, or on the real photos in --backgrounds; any rotation,
 * perspective, 15–90 % fill, cut-off cases, fingers, glare, shadows, blur, JPEG (composite.ts does these);
 * scans cropped to the document (mask all ones); photos with no document (a part of a composite clear of its
 * document, or a background photo alone: mask all zeros). Seeds start at 1,000,000 (2,000,000 with
 * --backgrounds), far from the seeds the tests and benchmarks use.
 *
 * Each shard of up to 2000 samples is three files: <prefix>-NNN.img (N × 128 × 128 × 3 bytes, RGB),
 * <prefix>-NNN.mask (N × 64 × 64 bytes, coverage × 255) and <prefix>-NNN.json (one record per sample).
 *
 * --remix (off by default, so earlier data can be rebuilt as it was) varies the real background photos for a
 * model that must meet surfaces it never saw: each composite takes a square crop of 35–100 % of the photo's
 * short side (a random zoom: the same surface at other grain sizes), with its colours remixed (grey, the
 * channels swapped, saturation, contrast, brightness), the photos are kept up to 1024 px instead of 640, and
 * a sixth rather than a tenth of the samples have no document, two thirds of those on a (remixed) photo.
 *
 * --steep SHARE (0 by default, so earlier data can be rebuilt as it was) makes that share of the composites steep
 * views (composite.ts `steep`: tilted 25–55°, where the others stop at 20°), as real photos are taken too; the
 * shipped weights never saw one (bench/photo-find's steep views).
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { GRID_SIZE, INPUT_SIZE, modelInput } from '../../src/lib/photo/doc-mask/input';
import { quadCoverage } from '../../src/lib/photo/doc-mask/truth';
import type { Quad } from '../../src/lib/photo/quad';
import type { RgbaImage } from '../../src/lib/photo/types';
import { seededRandom } from '../../src/lib/testing/seeded-random';
import { loadImage, readBackgroundList } from '../../src/lib/photo/testing/background-photos';
import { makeComposite, type CompositeCase, type DocumentImage } from '../../src/lib/photo/testing/composite';
import { loadFixtureDocuments, rectify } from '../../src/lib/photo/testing/fixture-documents';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const root = fileURLToPath(new URL('../../', import.meta.url));
const COUNT = Number(arg('count', '24000'));
const START = Number(arg('start', '0'));
const PREFIX = arg('prefix', 'drawn');
const OUT = resolve(arg('out', `${root}.scratch/doc-model-data/`));
const BACKGROUNDS = arg('backgrounds', '');
/** Pictures this many times larger (then shrunk to the input): the drawn textures at the scale of real photos. */
const SCALE = Number(arg('scale', '1'));
/** Vary the background photos (zoom, colours) and make more samples without a document: see above. */
const REMIX = args.includes('--remix');
/** Share of the composites seen steeply: see above. */
const STEEP = Number(arg('steep', '0'));
/** Share of samples that are scans, and that have no document. */
const SCAN_SHARE = 0.08;
const NONE_SHARE = REMIX ? 0.16 : 0.1;
const SHARD = 2000;
const SEED_BASE = (BACKGROUNDS ? 2_000_000 : 1_000_000) + (SCALE > 1 ? 500_000 : 0);
const FIXTURES = resolve(root, '../shared/fixtures/photos/') + '/';
/** The evaluation's held-out background photos: never training data. */
const HELD_OUT = resolve(root, '.scratch/photo-backgrounds');

/**
 * Specimen documents not trained on: this card photo looks like a frame of a dataset kept for held-out
 * evaluation (labels.tsv says so), so it stays out of the training data.
 */
const LEFT_OUT = new Set(['docal_run_test_card']);

/** Picture shapes (width / height): landscape, portrait, square, 16:9 and 9:16, 3:2 and 2:3. */
const ASPECTS = [4 / 3, 4 / 3, 3 / 4, 3 / 4, 1, 16 / 9, 9 / 16, 3 / 2, 2 / 3];

async function loadBackgrounds(folder: string): Promise<Array<{ name: string; image: RgbaImage }>> {
	if (!folder) return [];
	if (existsSync(HELD_OUT) && realpathSync(folder) === realpathSync(HELD_OUT))
		throw new Error(`${folder} holds the evaluation's held-out backgrounds: they must never be trained on.`);
	// The held-out photos by name too, wherever they were copied.
	const heldOut = new Set(readBackgroundList().map((row) => row.name));
	const files = readdirSync(folder).filter((f) => /\.(png|jpe?g|webp)$/i.test(f));
	const refused = files.filter((f) => heldOut.has(f.replace(/\.[a-z]+$/i, '')));
	if (refused.length) throw new Error(`${refused.join(', ')}: held-out evaluation backgrounds, never training data.`);
	const photos = [];
	for (const f of files.sort()) {
		const image = await loadImage(`${folder.replace(/\/?$/, '/')}${f}`);
		// Keep them small: composites are made at about 200 px (at most 800 px when scaled up).
		const { data, info } = await sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.length), {
			raw: { width: image.width, height: image.height, channels: 4 },
		})
			.resize(REMIX ? 1024 : 640, REMIX ? 1024 : 640, { fit: 'inside', withoutEnlargement: true })
			.raw()
			.toBuffer({ resolveWithObject: true });
		photos.push({ name: f, image: { width: info.width, height: info.height, data: new Uint8Array(data) } });
	}
	return photos;
}

/** JPEG round trip at `quality` (0: none). */
async function jpeg(image: RgbaImage, quality: number): Promise<RgbaImage> {
	if (!quality) return image;
	const { data, info } = await sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.length), {
		raw: { width: image.width, height: image.height, channels: 4 },
	})
		.jpeg({ quality })
		.toBuffer()
		.then((b) => sharp(b).ensureAlpha().raw().toBuffer({ resolveWithObject: true }));
	return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

/** A picture size of the given shape with its short side 128–192 px (every axis at least the model's input). */
function pictureSize(rnd: () => number, scale = 1): { width: number; height: number } {
	const aspect = ASPECTS[Math.floor(rnd() * ASPECTS.length)]!;
	const short = Math.round((INPUT_SIZE + rnd() * 64) * scale);
	return aspect >= 1
		? { width: Math.round(short * aspect), height: short }
		: { width: short, height: Math.round(short / aspect) };
}

/** A crop of `image` (x, y, width, height in pixels). */
function crop(image: RgbaImage, x: number, y: number, width: number, height: number): RgbaImage {
	const data = new Uint8Array(width * height * 4);
	for (let r = 0; r < height; r++)
		data.set(
			image.data.subarray(((y + r) * image.width + x) * 4, ((y + r) * image.width + x + width) * 4),
			r * width * 4,
		);
	return { width, height, data };
}

/**
 * A random square crop of a background photo. The composite generator turns a photo by a quarter turn by
 * chance, and reads a turned photo that is not square outside its rows (black or shuffled pixels): a square
 * keeps every turn right.
 */
function squareCrop(image: RgbaImage, rnd: () => number): RgbaImage {
	const short = Math.min(image.width, image.height);
	// With --remix, a random zoom: 35–100 % of the short side (never under 96 px).
	const side = REMIX ? Math.min(short, Math.max(96, Math.round(short * (0.35 + 0.65 * rnd())))) : short;
	return crop(
		image,
		Math.floor(rnd() * (image.width - side + 1)),
		Math.floor(rnd() * (image.height - side + 1)),
		side,
		side,
	);
}

/**
 * The photo's colours remixed in place (--remix): a quarter of the time grey, a fifth of the time its channels
 * swapped, else its saturation scaled by 0.5–1.3; then contrast 0.7–1.4 and brightness 0.75–1.25. The surfaces
 * trained on then come in colours their photos did not have (grey stone, a green floor, a blue table).
 */
function remixColours(image: RgbaImage, rnd: () => number): RgbaImage {
	const pick = rnd();
	const order = [
		[1, 0, 2],
		[2, 1, 0],
		[0, 2, 1],
		[1, 2, 0],
		[2, 0, 1],
	][Math.floor(rnd() * 5)]!;
	const saturation = pick < 0.25 ? 0 : 0.5 + rnd() * 0.8;
	const contrast = 0.7 + rnd() * 0.7;
	const gain = 0.75 + rnd() * 0.5;
	const d = image.data;
	let sum = 0;
	for (let i = 0; i < d.length; i += 4) sum += (d[i]! + d[i + 1]! + d[i + 2]!) / 3;
	const mean = sum / (d.length / 4);
	const data = new Uint8Array(d.length);
	for (let i = 0; i < d.length; i += 4) {
		let r = d[i]!;
		let g = d[i + 1]!;
		let b = d[i + 2]!;
		if (pick >= 0.25 && pick < 0.45) [r, g, b] = [d[i + order[0]!]!, d[i + order[1]!]!, d[i + order[2]!]!];
		const grey = (r + g + b) / 3;
		const out = [r, g, b].map((v) => {
			const s = grey + (v - grey) * (pick >= 0.25 && pick < 0.45 ? 1 : saturation);
			return Math.max(0, Math.min(255, (mean + (s - mean) * contrast) * gain));
		});
		data[i] = out[0]!;
		data[i + 1] = out[1]!;
		data[i + 2] = out[2]!;
		data[i + 3] = 255;
	}
	return { width: image.width, height: image.height, data };
}

/** A background photo's square crop for one composite, remixed with --remix. */
function backgroundCrop(image: RgbaImage, rnd: () => number): RgbaImage {
	const square = squareCrop(image, rnd);
	return REMIX ? remixColours(square, rnd) : square;
}

interface Sample {
	input: RgbaImage;
	mask: Float32Array;
	record: Record<string, unknown>;
}

const full = new Float32Array(GRID_SIZE * GRID_SIZE).fill(1);
const empty = new Float32Array(GRID_SIZE * GRID_SIZE);

function describe(c: CompositeCase): Record<string, unknown> {
	return {
		kind: c.kind,
		background: c.backgroundSource,
		cutOff: c.cutOff,
		document: c.documentSource,
		effects: c.effects,
		jpeg: c.jpegQuality,
	};
}

/** A document photographed on a background: the common case. */
async function composite(seed: number, rnd: () => number, context: Context): Promise<Sample> {
	const size = pictureSize(rnd, SCALE);
	const photo =
		context.backgrounds.length && rnd() < 0.7
			? context.backgrounds[Math.floor(rnd() * context.backgrounds.length)]
			: undefined;
	const document =
		context.documents.length && rnd() < 0.35
			? context.documents[Math.floor(rnd() * context.documents.length)]
			: undefined;
	const cutOff = rnd() < 0.15 ? true : undefined;
	// Drawn only with --steep, so the samples without it stay as they were.
	const steep = STEEP > 0 && rnd() < STEEP;
	const c = makeComposite(seed, {
		...size,
		...(cutOff ? { cutOff } : {}),
		...(steep ? { steep } : {}),
		...(photo
			? { backgroundPhoto: backgroundCrop(photo.image, rnd), backgroundName: photo.name, photoOnly: true }
			: {}),
		...(document ? { document } : {}),
		glare: rnd() < 0.35,
	});
	const picture = await jpeg(c.image, c.jpegQuality);
	return {
		input: modelInput(picture),
		mask: quadCoverage(c.corners, c.image.width, c.image.height, GRID_SIZE, GRID_SIZE),
		record: { type: 'composite', ...describe(c) },
	};
}

/** A scan cropped to the document: the whole picture is document. */
async function scan(seed: number, rnd: () => number, context: Context): Promise<Sample> {
	let picture: RgbaImage;
	let source: string;
	if (context.documents.length && rnd() < 0.4) {
		const d = context.documents[Math.floor(rnd() * context.documents.length)]!;
		picture = d.image;
		source = d.source;
	} else {
		// A drawn document photographed flat and large, then cut out by its true corners.
		const c = makeComposite(seed, { width: 480, height: 360, cutOff: false });
		const shares = c.corners.map((p) => ({ x: p.x / c.image.width, y: p.y / c.image.height })) as Quad;
		picture = rectify(c.image, shares, c.kind, true);
		source = `drawn ${c.kind}`;
	}
	const quality = rnd() < 0.7 ? Math.round(60 + rnd() * 35) : 0;
	picture = await jpeg(picture, quality);
	return { input: modelInput(picture), mask: full, record: { type: 'scan', document: source, jpeg: quality } };
}

/** A photo with no document: a background photo alone, or the part of a composite clear of its document. */
async function noDocument(seed: number, rnd: () => number, context: Context): Promise<Sample> {
	if (context.backgrounds.length && rnd() < (REMIX ? 0.67 : 0.5)) {
		const b = context.backgrounds[Math.floor(rnd() * context.backgrounds.length)]!;
		// With --remix, a smaller part too (down to a fifth of each side: the grain seen closer).
		const least = REMIX ? 0.2 : 0.4;
		const w = Math.max(32, Math.round(b.image.width * (least + rnd() * (1 - least))));
		const h = Math.max(32, Math.round(b.image.height * (least + rnd() * (1 - least))));
		const x = Math.floor(rnd() * (b.image.width - w + 1));
		const y = Math.floor(rnd() * (b.image.height - h + 1));
		const quality = rnd() < 0.8 ? Math.round(60 + rnd() * 35) : 0;
		const part = crop(b.image, x, y, w, h);
		const picture = await jpeg(REMIX ? remixColours(part, rnd) : part, quality);
		return { input: modelInput(picture), mask: empty, record: { type: 'none', background: b.name, jpeg: quality } };
	}
	for (let attempt = 0; ; attempt++) {
		// With --remix at the scale of the composites (drawn grain as fine as theirs), else twice the small size.
		const size = pictureSize(rnd, REMIX ? Math.max(2, SCALE) : 2);
		const c = makeComposite(seed + attempt * 7_777_777, { ...size, cutOff: false });
		const xs = c.corners.map((p) => p.x);
		const ys = c.corners.map((p) => p.y);
		// Clear of the document and its drop shadow by 4 % of the picture.
		const mx = 0.04 * size.width;
		const my = 0.04 * size.height;
		const x0 = Math.floor(Math.min(...xs) - mx);
		const x1 = Math.ceil(Math.max(...xs) + mx);
		const y0 = Math.floor(Math.min(...ys) - my);
		const y1 = Math.ceil(Math.max(...ys) + my);
		const options = [
			{ x: 0, y: 0, w: x0, h: size.height },
			{ x: x1, y: 0, w: size.width - x1, h: size.height },
			{ x: 0, y: 0, w: size.width, h: y0 },
			{ x: 0, y: y1, w: size.width, h: size.height - y1 },
		].filter((o) => o.w >= size.width * 0.3 && o.h >= size.height * 0.3 && o.w > 0 && o.h > 0);
		if (!options.length && attempt < 20) continue;
		const o = options.sort((a, b) => b.w * b.h - a.w * a.h)[0];
		if (!o) throw new Error(`No clear part in 20 composites from seed ${seed}.`);
		const picture = await jpeg(crop(c.image, o.x, o.y, o.w, o.h), c.jpegQuality);
		return {
			input: modelInput(picture),
			mask: empty,
			record: { type: 'none', background: c.backgroundSource, jpeg: c.jpegQuality },
		};
	}
}

interface Context {
	documents: DocumentImage[];
	backgrounds: Array<{ name: string; image: RgbaImage }>;
}

async function main(): Promise<void> {
	mkdirSync(OUT, { recursive: true });
	const documents = existsSync(`${FIXTURES}labels.tsv`)
		? (await loadFixtureDocuments(FIXTURES)).filter((d) => !LEFT_OUT.has(d.source))
		: [];
	if (!documents.length) console.log(`No specimen documents: ${FIXTURES} is not here; drawn documents only.`);
	const backgrounds = await loadBackgrounds(BACKGROUNDS);
	const context: Context = { documents, backgrounds };
	console.log(
		`${COUNT} samples from seed ${SEED_BASE + START}: ${documents.length} specimen documents, ${backgrounds.length} background photos → ${OUT}`,
	);
	const started = performance.now();
	for (let first = START; first < START + COUNT; first += SHARD) {
		const n = Math.min(SHARD, START + COUNT - first);
		const images = new Uint8Array(n * INPUT_SIZE * INPUT_SIZE * 3);
		const masks = new Uint8Array(n * GRID_SIZE * GRID_SIZE);
		const records: string[] = [];
		for (let k = 0; k < n; k++) {
			const seed = SEED_BASE + first + k;
			const rnd = seededRandom(seed * 31 + 7);
			const pick = rnd();
			const sample =
				pick < SCAN_SHARE
					? await scan(seed, rnd, context)
					: pick < SCAN_SHARE + NONE_SHARE
						? await noDocument(seed, rnd, context)
						: await composite(seed, rnd, context);
			const px = sample.input.data;
			for (let i = 0, o = k * INPUT_SIZE * INPUT_SIZE * 3; i < INPUT_SIZE * INPUT_SIZE; i++, o += 3) {
				images[o] = px[i * 4]!;
				images[o + 1] = px[i * 4 + 1]!;
				images[o + 2] = px[i * 4 + 2]!;
			}
			for (let i = 0; i < GRID_SIZE * GRID_SIZE; i++)
				masks[k * GRID_SIZE * GRID_SIZE + i] = Math.round(sample.mask[i]! * 255);
			records.push(JSON.stringify({ seed, ...sample.record }));
		}
		const name = `${OUT}/${PREFIX}-${String(first / SHARD).padStart(3, '0')}`;
		// The images last, under a temporary name first: a reader that finds <name>.img finds the whole shard.
		writeFileSync(`${name}.mask`, masks);
		writeFileSync(`${name}.json`, records.join('\n') + '\n');
		writeFileSync(`${name}.img.partial`, images);
		renameSync(`${name}.img.partial`, `${name}.img`);
		const done = first + n - START;
		const s = (performance.now() - started) / 1000;
		console.log(`${done}/${COUNT} written (${name}), ${s.toFixed(0)} s, ${((1000 * s) / done).toFixed(1)} ms a sample`);
	}
}

await main();

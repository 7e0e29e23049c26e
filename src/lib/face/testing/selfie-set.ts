/**
 * The selfie checker's labelled evaluation set, for the Node tests and bench: the CC0 portraits and
 * scenes in tests/fixtures/selfies (sources.tsv says where each comes from), as they are, and
 * composites made from them with exact labels: a portrait scaled so its face is a known share of the
 * picture, placed at a known spot on a real scene, two portraits side by side, a darkened portrait on a
 * bright scene (backlit). A portrait's face box, which the composites scale and move, is the detector's
 * box on the portrait itself (one face, large and frontal: found on all 40). Node only (sharp).
 */
import { readFileSync } from 'node:fs';
import sharp, { type Sharp } from 'sharp';
import type { Box, Face, RgbaImage } from '../types';

export const SELFIE_FIXTURES = new URL('../../../../tests/fixtures/selfies/', import.meta.url);

/** What a case should get: the face count and, where the picture was made to show it, the flags. */
export interface SelfieLabel {
	faces: number;
	small?: boolean;
	offCentre?: boolean;
	backlit?: boolean;
}

export interface SelfieCase {
	name: string;
	group: 'portrait' | 'scene' | 'centred' | 'small' | 'off-centre' | 'two' | 'backlit';
	image: RgbaImage;
	label: SelfieLabel;
}

interface Source {
	file: string;
	kind: 'portrait' | 'scene';
}

/** The rows of sources.tsv. */
export function selfieSources(): Source[] {
	const [, ...rows] = readFileSync(new URL('sources.tsv', SELFIE_FIXTURES), 'utf8').trim().split('\n');
	return rows.map((row) => {
		const [file, kind] = row.split('\t');
		return { file: file!, kind: kind as Source['kind'] };
	});
}

/** A fixture decoded to RGBA (EXIF orientation applied). */
export async function loadFixture(file: string): Promise<RgbaImage> {
	const { data, info } = await sharp(new URL(file, SELFIE_FIXTURES).pathname)
		.rotate()
		.ensureAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	return { width: info.width, height: info.height, data };
}

const W = 750;
const H = 1000;

async function canvasOf(scene: string, adjust?: (s: Sharp) => Sharp): Promise<Buffer> {
	let s = sharp(new URL(scene, SELFIE_FIXTURES).pathname).resize(W, H, { fit: 'cover' });
	if (adjust) s = adjust(s);
	return s.removeAlpha().png().toBuffer();
}

/**
 * The portrait `file` scaled so its face box is `share` of the canvas height, placed so the face
 * centre lands at (`cx`, `cy`) (shares of the canvas), cropped to the canvas where it sticks out.
 */
async function placed(file: string, face: Box, share: number, cx: number, cy: number, darken = false) {
	const scale = (share * H) / face.height;
	const side = Math.round(400 * scale);
	let portrait = sharp(new URL(file, SELFIE_FIXTURES).pathname).resize(side, side);
	if (darken) {
		// The head and shoulders only (an ellipse around the face, grown), darkened: a silhouette against the light.
		const fx = (face.x + face.width / 2) * scale;
		const fy = (face.y + face.height / 2) * scale;
		const mask = Buffer.from(
			`<svg width="${side}" height="${side}"><ellipse cx="${fx}" cy="${fy + face.height * scale * 0.35}" rx="${face.width * scale * 0.85}" ry="${face.height * scale * 1.15}" fill="#fff"/></svg>`,
		);
		const dark = await portrait.linear(0.35, 0).ensureAlpha().png().toBuffer();
		portrait = sharp(
			await sharp(dark)
				.composite([{ input: mask, blend: 'dest-in' }])
				.png()
				.toBuffer(),
		);
	}
	const left = Math.round(cx * W - (face.x + face.width / 2) * scale);
	const top = Math.round(cy * H - (face.y + face.height / 2) * scale);
	// sharp cannot place an overlay partly outside: crop the overlay to the canvas first.
	const x0 = Math.max(0, -left);
	const y0 = Math.max(0, -top);
	const w = Math.min(side - x0, W - Math.max(0, left));
	const h = Math.min(side - y0, H - Math.max(0, top));
	const input = await portrait.extract({ left: x0, top: y0, width: w, height: h }).png().toBuffer();
	return { input, left: Math.max(0, left), top: Math.max(0, top) };
}

async function compose(
	canvas: Buffer,
	layers: Array<{ input: Buffer; left: number; top: number }>,
): Promise<RgbaImage> {
	const { data, info } = await sharp(canvas)
		.composite(layers)
		.ensureAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	return { width: info.width, height: info.height, data };
}

/**
 * Every case (or those named in `only`): the 40 portraits and 8 scenes as they are, then composites. `reference` finds the face
 * in a portrait (the detector under test, on a 400 px head-and-shoulders picture).
 */
export async function buildSelfieSet(
	reference: (image: RgbaImage) => Promise<Face[]>,
	only?: readonly string[],
): Promise<SelfieCase[]> {
	const sources = selfieSources();
	const portraits = sources.filter((s) => s.kind === 'portrait').map((s) => s.file);
	const scenes = sources.filter((s) => s.kind === 'scene').map((s) => s.file);
	const cases: SelfieCase[] = [];
	const boxes = new Map<string, Box>();
	for (const file of portraits) {
		const image = await loadFixture(file);
		cases.push({ name: file, group: 'portrait', image, label: { faces: 1 } });
		const faces = await reference(image);
		if (faces.length === 1) boxes.set(file, faces[0]!.box);
	}
	for (const file of scenes)
		cases.push({ name: file, group: 'scene', image: await compose(await canvasOf(file), []), label: { faces: 0 } });

	const usable = portraits.filter((file) => boxes.has(file));
	const pick = (i: number) => usable[(i * 7) % usable.length]!;
	const sceneOf = (i: number) => scenes[i % scenes.length]!;
	for (let i = 0; i < 12; i++) {
		const file = pick(i);
		const box = boxes.get(file)!;
		// Centred at a usual selfie size (30–40 % of the height): no flag.
		const share = 0.3 + (i % 3) * 0.05;
		cases.push({
			name: `centred-${i}`,
			group: 'centred',
			image: await compose(await canvasOf(sceneOf(i)), [await placed(file, box, share, 0.5, 0.45)]),
			label: { faces: 1, small: false, offCentre: false },
		});
		// Far away: 7–11 % of the height, near the middle.
		const small = 0.07 + (i % 5) * 0.01;
		cases.push({
			name: `small-${i}`,
			group: 'small',
			image: await compose(await canvasOf(sceneOf(i + 3)), [
				await placed(file, box, small, 0.5 + ((i % 3) - 1) * 0.05, 0.45),
			]),
			label: { faces: 1, small: true, offCentre: false },
		});
		// Off to a side or the bottom (centre ≥ 30 % of the side away), at a usual size.
		const spot = [
			[0.18, 0.45],
			[0.82, 0.45],
			[0.5, 0.8],
			[0.8, 0.78],
		][i % 4]!;
		cases.push({
			name: `off-centre-${i}`,
			group: 'off-centre',
			image: await compose(await canvasOf(sceneOf(i + 5)), [await placed(file, box, 0.25, spot[0]!, spot[1]!)]),
			label: { faces: 1, small: false, offCentre: true },
		});
	}
	for (let i = 0; i < 8; i++) {
		const a = pick(i + 20);
		const b = pick(i + 27);
		cases.push({
			name: `two-${i}`,
			group: 'two',
			image: await compose(await canvasOf(sceneOf(i)), [
				await placed(a, boxes.get(a)!, 0.2, 0.27, 0.4 + (i % 2) * 0.1),
				await placed(b, boxes.get(b)!, 0.2, 0.73, 0.45),
			]),
			label: { faces: 2 },
		});
		// Backlit: the portrait darkened as a camera exposing for a bright window would, on the scene made bright.
		const c = pick(i + 11);
		cases.push({
			name: `backlit-${i}`,
			group: 'backlit',
			image: await compose(await canvasOf(sceneOf(i + 1), (s) => s.linear(0.35, 190)), [
				await placed(c, boxes.get(c)!, 0.3, 0.5, 0.45, true),
			]),
			label: { faces: 1, backlit: true },
		});
	}
	return only ? cases.filter((c) => only.includes(c.name)) : cases;
}

/** A case as a JPEG file (quality 90), as a phone would save it. */
export function caseJpeg(c: SelfieCase): Promise<Buffer> {
	return sharp(c.image.data, { raw: { width: c.image.width, height: c.image.height, channels: 4 } })
		.removeAlpha()
		.jpeg({ quality: 90 })
		.toBuffer();
}

/**
 * Composite photos of a document with exact ground truth, for the finder's evaluation (bench/photo-find.bench.ts
 * and the fast subset in find-document.test.ts). A document drawn in code in a real size (ID-1, ID-2, a passport
 * data page, an A4 page) is warped by a random perspective onto a background (keyboard, fabric, wood, paper of
 * the card's colour, clutter, a hand, or a real photo passed in), then lit unevenly, shaded, given a glare spot,
 * a finger over an edge, blur and noise. Seeded: the same seed gives the same picture. JPEG compression is
 * left to the caller (sharp, in Node). Not part of the scorer.
 *
 * Options swap in a real document image (a specimen cropped from a photo, see fixture-documents.ts) and add
 * light effects whose regions are known exactly (laminate sheen, a burnt-out flash spot on the document, a
 * bright patch of background that is not glare), so that glare measured on the found document can be scored.
 * The options draw from their own random streams: a seed without them gives the same picture as before.
 */
import type { Quad } from '../quad';
import type { Point, RgbaImage } from '../types';
import { seededRandom } from '../../testing/seeded-random';
import { squareToQuad } from '../../homography';

/** Document shapes, in millimetres (ISO/IEC 7810 ID-1 and ID-2, ICAO 9303 TD3 page, ISO 216 A4). */
export const DOCUMENT_SIZES = {
	id1: { width: 85.6, height: 53.98, corner: 3.18, id: true },
	id2: { width: 105, height: 74, corner: 3.18, id: true },
	passport: { width: 125, height: 88, corner: 3.5, id: true },
	a4: { width: 297, height: 210, corner: 0, id: false },
} as const;

/** Which document is drawn. */
export type DocumentKind = keyof typeof DOCUMENT_SIZES;

/** Backgrounds drawn in code; 'photo' is a real photo passed in. */
export const BACKGROUNDS = ['keyboard', 'fabric', 'wood', 'same-colour', 'clutter', 'hand', 'desk', 'photo'] as const;
/** A background kind. */
export type BackgroundKind = (typeof BACKGROUNDS)[number];

/** A generated case: the picture, where the document really is, and how it was made. */
export interface CompositeCase {
	seed: number;
	image: RgbaImage;
	/** The document's corners in the picture (top-left, top-right, bottom-right, bottom-left of the document itself, before ordering). */
	corners: Quad;
	kind: DocumentKind;
	background: BackgroundKind;
	/** True when part of the document lies outside the picture. */
	cutOff: boolean;
	/** JPEG quality the caller should apply (60–92), or 0 for none. */
	jpegQuality: number;
	/** What was added, for reading the bench's failures. */
	effects: string[];
	/** Where the document came from: 'drawn', or the name of the real document image. */
	documentSource: string;
	/** Where the background came from: the drawn kind, or the name of the real photo. */
	backgroundSource: string;
	/** The light effects' exact regions, when `glare` was asked for. */
	glare?: GlareTruth;
}

/** Exact regions of the light effects, as masks over the picture (1 inside), or null when not drawn. */
export interface GlareTruth {
	/** Document pixels under a washed-out laminate or hologram sheen: lighter and flatter, not white. */
	sheen: Uint8Array | null;
	/** Document pixels burnt out by a flash spot (every channel at 250 or more before blur and noise). */
	flash: Uint8Array | null;
	/** A burnt-out patch of the background, wholly outside the document: bright, but not glare. */
	bright: Uint8Array | null;
	/** Pixels of the document itself (inside its outline and within the picture). */
	document: Uint8Array;
}

/** A real document image to composite instead of a drawn one; it fills the image, upright. */
export interface DocumentImage {
	image: RgbaImage;
	kind: DocumentKind;
	/** A short name for the bench's per-source figures. */
	source: string;
}

/** Options: the picture's size, a real background photo to use (any size; it is cropped and scaled), forcing a case kind. */
export interface CompositeOptions {
	width?: number;
	height?: number;
	backgroundPhoto?: RgbaImage;
	/** Force a cut-off case (true), a wholly-inside case (false), or leave it to the seed (undefined: 20 % cut off). */
	cutOff?: boolean;
	/** The background photo's name, for the bench's per-source figures. */
	backgroundName?: string;
	/** With a background photo: always use it (otherwise three cases in eight do, the rest are drawn). */
	photoOnly?: boolean;
	/** A real document image to use instead of a drawn one. */
	document?: DocumentImage;
	/**
	 * Add laminate sheen, a flash spot and a bright background patch (each by chance) with exact regions,
	 * instead of the plain glare spot.
	 */
	glare?: boolean;
	/**
	 * A steep view: the document tilted 25–55° away from the camera about the picture's horizontal or vertical
	 * axis (otherwise at most 20° about each), as a phone held low over a desk sees it. Real photos show such
	 * views (a card's long side 2.5 times its short one in fixture photos); the other cases do not reach them.
	 */
	steep?: boolean;
}

/**
 * Case `k` of the evaluations on real background photos: the photos taken in turn, every other case with one
 * of the real documents (when there are any) instead of a drawn one, light effects on. The finder's and the
 * document mask's benchmarks read the same cases through this. With `steep`, the steep views' cases (seeds
 * from 400,000: other cases than the others').
 */
export function realBackgroundCase(
	k: number,
	backgrounds: ReadonlyArray<{ name: string; image: RgbaImage }>,
	documents: readonly DocumentImage[],
	steep = false,
): CompositeCase {
	const bg = backgrounds[k % backgrounds.length]!;
	const document = documents.length && k % 2 === 1 ? documents[(k >> 1) % documents.length] : undefined;
	return makeComposite((steep ? 400_000 : 300_000) + k, {
		backgroundPhoto: bg.image,
		backgroundName: bg.name,
		photoOnly: true,
		glare: true,
		...(steep ? { steep } : {}),
		...(document ? { document } : {}),
	});
}

/** One composite, fully determined by `seed` (and the background photo, when given). */
export function makeComposite(seed: number, options: CompositeOptions = {}): CompositeCase {
	const rnd = seededRandom(seed * 7919 + 13);
	const portrait = rnd() < 0.3;
	const width = options.width ?? (portrait ? 600 : 800);
	const height = options.height ?? (portrait ? 800 : 600);
	const kinds: DocumentKind[] = ['id1', 'id1', 'id1', 'id2', 'passport', 'passport', 'a4'];
	const drawnKind = kinds[Math.floor(rnd() * kinds.length)]!;
	const kind = options.document?.kind ?? drawnKind;
	const doc = options.document ? documentTexture(options.document) : drawDocument(drawnKind, rnd);
	const backgroundChoices: BackgroundKind[] = options.backgroundPhoto
		? ['photo', 'photo', 'photo', 'keyboard', 'fabric', 'clutter', 'hand', 'same-colour']
		: ['keyboard', 'keyboard', 'fabric', 'wood', 'same-colour', 'clutter', 'clutter', 'hand', 'desk'];
	const drawnBackground = backgroundChoices[Math.floor(rnd() * backgroundChoices.length)]!;
	const background = options.backgroundPhoto && options.photoOnly ? 'photo' : drawnBackground;
	const out = new Float32Array(width * height * 3);
	drawBackground(out, width, height, background, rnd, doc.paper, options.backgroundPhoto);

	const cutOff = options.cutOff ?? rnd() < 0.2;
	const corners = placeDocument(width, height, doc.aspect, rnd, cutOff, options.steep ?? false);
	const effects: string[] = [];
	// A hand under a held card: skin round the lower corners, drawn before the card.
	if (background === 'hand') drawHand(out, width, height, corners, rnd);
	// A soft drop shadow below the document (it lies on something, lit from above-left).
	if (rnd() < 0.5) {
		const dx = (rnd() * 0.015 + 0.004) * width;
		const shadowQuad = corners.map((p) => ({ x: p.x + dx, y: p.y + dx })) as Quad;
		fillQuad(out, width, height, shadowQuad, () => null, 0.55 + rnd() * 0.25, 4);
		effects.push('drop-shadow');
	}
	warpDocument(out, width, height, doc, corners);
	if (rnd() < 0.35) {
		drawFinger(out, width, height, corners, rnd);
		effects.push('finger');
	}
	if (rnd() < 0.6) {
		lightingGradient(out, width, height, rnd);
		effects.push('gradient');
	}
	if (rnd() < 0.3) {
		castShadow(out, width, height, rnd);
		effects.push('shadow');
	}
	let glare: GlareTruth | undefined;
	if (options.glare) {
		rnd();
		glare = lightEffects(out, width, height, corners, doc.aspect, seededRandom(seed * 104_729 + 71), effects);
	} else if (rnd() < 0.3) {
		glareSpot(out, width, height, corners, rnd);
		effects.push('glare');
	}
	const sigma = rnd() < 0.5 ? 0 : 0.4 + rnd() * 1.1;
	if (sigma > 0) {
		gaussianBlur(out, width, height, sigma);
		effects.push(`blur ${sigma.toFixed(1)}`);
	}
	const noise = 2 + rnd() * 6;
	const data = new Uint8ClampedArray(width * height * 4);
	for (let i = 0, p = 0; i < width * height; i++, p += 4) {
		const n = (rnd() - 0.5) * noise;
		data[p] = out[i * 3]! + n;
		data[p + 1] = out[i * 3 + 1]! + n;
		data[p + 2] = out[i * 3 + 2]! + n;
		data[p + 3] = 255;
	}
	const jpegQuality = rnd() < 0.85 ? Math.round(60 + rnd() * 32) : 0;
	const really = corners.some((p) => p.x < 0 || p.y < 0 || p.x > width || p.y > height);
	return {
		seed,
		image: { width, height, data },
		corners,
		kind,
		background,
		cutOff: really,
		jpegQuality,
		effects,
		documentSource: options.document?.source ?? 'drawn',
		backgroundSource: background === 'photo' ? (options.backgroundName ?? 'photo') : background,
		...(glare ? { glare } : {}),
	};
}

// --- Documents -------------------------------------------------------------------------------------

interface DocumentTexture {
	width: number;
	height: number;
	/** RGB floats, row by row; alpha 0 outside the rounded corners. */
	rgb: Float32Array;
	alpha: Float32Array;
	aspect: number;
	paper: [number, number, number];
}

const PAPERS: Array<[number, number, number]> = [
	[236, 232, 222], // off-white
	[214, 226, 238], // pale blue
	[232, 214, 220], // pale pink
	[220, 234, 214], // pale green
	[238, 226, 196], // cream
	[200, 206, 214], // grey-blue
	[246, 246, 246], // white
	[150, 170, 200], // mid blue (some driving licences)
];

/** A document drawn in code: paper with a guilloche, a portrait, text lines, an MRZ on ID documents. */
function drawDocument(kind: DocumentKind, rnd: () => number): DocumentTexture {
	const size = DOCUMENT_SIZES[kind];
	const tw = 480;
	const th = Math.round((tw * size.height) / size.width);
	const paper =
		kind === 'a4' ? ([244, 244, 240] as [number, number, number]) : PAPERS[Math.floor(rnd() * PAPERS.length)]!;
	const rgb = new Float32Array(tw * th * 3);
	const alpha = new Float32Array(tw * th).fill(1);
	const set = (x: number, y: number, c: readonly number[]) => {
		const i = (y * tw + x) * 3;
		rgb[i] = c[0]!;
		rgb[i + 1] = c[1]!;
		rgb[i + 2] = c[2]!;
	};
	const f1 = 0.02 + rnd() * 0.05;
	const f2 = 0.02 + rnd() * 0.05;
	const tint = [rnd() * 30 - 15, rnd() * 30 - 15, rnd() * 30 - 15];
	for (let y = 0; y < th; y++) {
		for (let x = 0; x < tw; x++) {
			const g = kind === 'a4' ? 0 : 6 * Math.sin(x * f1 + 3 * Math.sin(y * f2)) * Math.sin(y * f1 * 0.7);
			const v = y / th;
			set(x, y, [paper[0] + g + tint[0]! * v, paper[1] + g + tint[1]! * v, paper[2] + g + tint[2]! * v]);
		}
	}
	const box = (x0: number, y0: number, x1: number, y1: number, c: readonly number[]) => {
		for (let y = Math.max(0, Math.round(y0 * th)); y < Math.min(th, Math.round(y1 * th)); y++)
			for (let x = Math.max(0, Math.round(x0 * tw)); x < Math.min(tw, Math.round(x1 * tw)); x++) set(x, y, c);
	};
	const ink = [30 + rnd() * 40, 30 + rnd() * 40, 40 + rnd() * 60];
	if (kind === 'a4') {
		// A letter: a logo, an address block, paragraphs of text lines.
		box(0.07, 0.06, 0.2, 0.14, [40 + rnd() * 150, 60 + rnd() * 100, 120 + rnd() * 100]);
		for (let line = 0; line < 34; line++) {
			const y = 0.2 + line * 0.022;
			if (line % 9 === 8) continue;
			box(0.07, y, 0.07 + (line % 9 === 7 ? 0.4 : 0.82) * (0.8 + rnd() * 0.2), y + 0.008, ink);
		}
	} else {
		// Header band, portrait, text lines, MRZ (ID documents).
		const band = [paper[0] - 60 - rnd() * 60, paper[1] - 40 - rnd() * 60, paper[2] - 20 - rnd() * 60];
		if (rnd() < 0.7) box(0, 0.04, 1, 0.15, band);
		const px0 = 0.05;
		const px1 = 0.31;
		box(px0, 0.2, px1, 0.72, [180 + rnd() * 40, 140 + rnd() * 30, 110 + rnd() * 30]);
		box(px0, 0.2, px1, 0.34, [40 + rnd() * 40, 30 + rnd() * 30, 25 + rnd() * 20]);
		box(px0 + 0.03, 0.56, px1 - 0.03, 0.72, [60 + rnd() * 100, 60 + rnd() * 100, 80 + rnd() * 100]);
		for (let line = 0; line < 7; line++) {
			const y = 0.2 + line * 0.075;
			box(0.36, y, 0.36 + 0.2 + rnd() * 0.4, y + 0.03, ink);
		}
		if (kind !== 'id1' || rnd() < 0.5) {
			for (let line = 0; line < (kind === 'id1' ? 3 : 2); line++) {
				const y = 0.78 + line * 0.07;
				for (let c = 0; c < 36; c++)
					if (rnd() < 0.8) box(0.05 + c * 0.025, y, 0.05 + c * 0.025 + 0.018, y + 0.045, [20, 20, 25]);
			}
		}
	}
	// Rounded corners (cards and laminated pages).
	roundCorners(alpha, tw, th, (size.corner / size.width) * tw);
	return { width: tw, height: th, rgb, alpha, aspect: size.width / size.height, paper };
}

const textures = new WeakMap<DocumentImage, DocumentTexture>();

/**
 * A real document image as a texture: its pixels, its paper colour (the median of each channel) and
 * rounded corners for cards.
 */
function documentTexture(source: DocumentImage): DocumentTexture {
	const cached = textures.get(source);
	if (cached) return cached;
	const { width: tw, height: th, data } = source.image;
	const rgb = new Float32Array(tw * th * 3);
	const alpha = new Float32Array(tw * th).fill(1);
	const channels: number[][] = [[], [], []];
	for (let i = 0; i < tw * th; i++) {
		for (let c = 0; c < 3; c++) {
			rgb[i * 3 + c] = data[i * 4 + c]!;
			if (i % 7 === 0) channels[c]!.push(data[i * 4 + c]!);
		}
	}
	const median = (v: number[]) => v.sort((a, b) => a - b)[v.length >> 1] ?? 128;
	const size = DOCUMENT_SIZES[source.kind];
	roundCorners(alpha, tw, th, (size.corner / size.width) * Math.max(tw, th));
	const texture = {
		width: tw,
		height: th,
		rgb,
		alpha,
		aspect: tw / th,
		paper: [median(channels[0]!), median(channels[1]!), median(channels[2]!)] as [number, number, number],
	};
	textures.set(source, texture);
	return texture;
}

/** Makes the texture transparent outside corners of radius `r` pixels (cards and laminated pages). */
function roundCorners(alpha: Float32Array, tw: number, th: number, r: number): void {
	if (r <= 0) return;
	for (let y = 0; y < th; y++) {
		for (let x = 0; x < tw; x++) {
			const cx = x < r ? r : x > tw - 1 - r ? tw - 1 - r : x;
			const cy = y < r ? r : y > th - 1 - r ? th - 1 - r : y;
			const d = Math.hypot(x - cx, y - cy);
			if (d > r) alpha[y * tw + x] = Math.max(0, 1 - (d - r));
		}
	}
}

// --- Placement and warping -------------------------------------------------------------------------

/**
 * Where the document goes: a rectangle of its aspect, rotated by any angle, tilted in 3D (perspective),
 * sized so its bounding box fills 15–90 % of the picture, then either kept wholly inside or pushed past an edge.
 */
function placeDocument(
	width: number,
	height: number,
	aspect: number,
	rnd: () => number,
	cutOff: boolean,
	steep: boolean,
): Quad {
	for (let attempt = 0; ; attempt++) {
		const angle = rnd() < 0.5 ? (rnd() - 0.5) * 0.5 : rnd() * Math.PI * 2;
		let tiltX = (rnd() - 0.5) * 0.7;
		let tiltY = (rnd() - 0.5) * 0.7;
		if (steep) {
			// The same two draws, read again: the first gives the steep tilt's sign and size (25–55°), the
			// second which axis it is about and, from what is left of it, the other axis' tilt (±10°).
			const a = tiltX / 0.7 + 0.5;
			const b = tiltY / 0.7 + 0.5;
			const steepTilt = ((a < 0.5 ? -1 : 1) * (25 + 60 * Math.abs(a - 0.5)) * Math.PI) / 180;
			const mild = (((b * 2) % 1) - 0.5) * 0.35;
			[tiltX, tiltY] = b < 0.5 ? [steepTilt, mild] : [mild, steepTilt];
		}
		const base: Point[] = [
			{ x: -aspect / 2, y: -0.5 },
			{ x: aspect / 2, y: -0.5 },
			{ x: aspect / 2, y: 0.5 },
			{ x: -aspect / 2, y: 0.5 },
		];
		// Rotate in the plane, tilt about x and y, project with a camera 3 units away (about a 35° field of view).
		const projected = base.map((p) => {
			const x = p.x * Math.cos(angle) - p.y * Math.sin(angle);
			const y = p.x * Math.sin(angle) + p.y * Math.cos(angle);
			const y1 = y * Math.cos(tiltX);
			const z1 = y * Math.sin(tiltX);
			const x2 = x * Math.cos(tiltY) + z1 * Math.sin(tiltY);
			const z2 = -x * Math.sin(tiltY) + z1 * Math.cos(tiltY);
			const f = 3 / (3 + z2);
			return { x: x2 * f, y: y1 * f };
		});
		const xs = projected.map((p) => p.x);
		const ys = projected.map((p) => p.y);
		const bw = Math.max(...xs) - Math.min(...xs);
		const bh = Math.max(...ys) - Math.min(...ys);
		const fill = cutOff ? 0.4 + rnd() * 0.5 : 0.15 + rnd() * 0.75;
		const scale = fill / Math.max(bw / width, bh / height);
		const w = bw * scale;
		const h = bh * scale;
		let ox: number;
		let oy: number;
		if (!cutOff) {
			if (w > width * 0.96 || h > height * 0.96) continue;
			ox = width * 0.02 + rnd() * (width * 0.96 - w);
			oy = height * 0.02 + rnd() * (height * 0.96 - h);
		} else {
			// Push past one or two edges by 8–40 % of the document's size.
			const side = Math.floor(rnd() * 4);
			const push = 0.08 + rnd() * 0.32;
			ox = (width - w) / 2 + (rnd() - 0.5) * Math.max(0, width - w);
			oy = (height - h) / 2 + (rnd() - 0.5) * Math.max(0, height - h);
			if (side === 0) ox = -push * w;
			else if (side === 1) ox = width - w + push * w;
			else if (side === 2) oy = -push * h;
			else oy = height - h + push * h;
		}
		const x0 = Math.min(...xs);
		const y0 = Math.min(...ys);
		const quad = projected.map((p) => ({ x: ox + (p.x - x0) * scale, y: oy + (p.y - y0) * scale })) as Quad;
		if (attempt > 50 || !cutOff || quad.some((p) => p.x < 0 || p.y < 0 || p.x > width || p.y > height)) return quad;
	}
}

/**
 * The 3 × 3 homography (row-major) taking the unit square's corners (0,0), (1,0), (1,1), (0,1) to `q`:
 * the library's map (src/lib/homography.ts) with its h33 = 1 written out, for the generator's inverse.
 */
export function squareToQuad3x3(q: Quad): number[] {
	const m = squareToQuad(q);
	if (!m) throw new RangeError(`Not a quadrilateral: ${JSON.stringify(q)}`);
	return [...m, 1];
}

/** Inverse of a 3 × 3 matrix (row-major). */
function invert3(m: number[]): number[] {
	const [a, b, c, d, e, f, g, h, i] = m as [number, number, number, number, number, number, number, number, number];
	const A = e * i - f * h;
	const B = -(d * i - f * g);
	const C = d * h - e * g;
	const det = a * A + b * B + c * C;
	return [
		A,
		-(b * i - c * h),
		b * f - c * e,
		B,
		a * i - c * g,
		-(a * f - c * d),
		C,
		-(a * h - b * g),
		a * e - b * d,
	].map((v) => v / det);
}

/** Draws the document texture into the picture at `corners`, bilinear, 2 × 2 supersampled along its rim. */
function warpDocument(out: Float32Array, width: number, height: number, doc: DocumentTexture, corners: Quad): void {
	const inv = invert3(squareToQuad3x3(corners));
	const xs = corners.map((p) => p.x);
	const ys = corners.map((p) => p.y);
	const x0 = Math.max(0, Math.floor(Math.min(...xs)));
	const x1 = Math.min(width - 1, Math.ceil(Math.max(...xs)));
	const y0 = Math.max(0, Math.floor(Math.min(...ys)));
	const y1 = Math.min(height - 1, Math.ceil(Math.max(...ys)));
	const sample = (x: number, y: number, acc: number[]): number => {
		const w = inv[6]! * x + inv[7]! * y + inv[8]!;
		const u = (inv[0]! * x + inv[1]! * y + inv[2]!) / w;
		const v = (inv[3]! * x + inv[4]! * y + inv[5]!) / w;
		if (u < 0 || v < 0 || u >= 1 || v >= 1) return 0;
		const tx = Math.min(doc.width - 1.001, u * doc.width);
		const ty = Math.min(doc.height - 1.001, v * doc.height);
		const ix = Math.floor(tx);
		const iy = Math.floor(ty);
		const fx = tx - ix;
		const fy = ty - iy;
		const k = iy * doc.width + ix;
		const a = doc.alpha[k]!;
		if (a <= 0) return 0;
		for (let c = 0; c < 3; c++) {
			const p = doc.rgb;
			const v00 = p[k * 3 + c]!;
			const v10 = p[(k + 1) * 3 + c]!;
			const v01 = p[(k + doc.width) * 3 + c]!;
			const v11 = p[(k + doc.width + 1) * 3 + c]!;
			acc[c]! += a * ((v00 * (1 - fx) + v10 * fx) * (1 - fy) + (v01 * (1 - fx) + v11 * fx) * fy);
		}
		return a;
	};
	const acc = [0, 0, 0];
	for (let y = y0; y <= y1; y++) {
		for (let x = x0; x <= x1; x++) {
			acc[0] = acc[1] = acc[2] = 0;
			let cover = 0;
			for (const [ox, oy] of [
				[0.25, 0.25],
				[0.75, 0.25],
				[0.25, 0.75],
				[0.75, 0.75],
			] as const)
				cover += sample(x + ox, y + oy, acc);
			if (cover <= 0) continue;
			const i = (y * width + x) * 3;
			const k = cover / 4;
			for (let c = 0; c < 3; c++) out[i + c] = out[i + c]! * (1 - k) + (acc[c]! / cover) * k;
		}
	}
}

/** Multiplies (or paints) the inside of a quad; `blurPx` softens its edge by a distance ramp. */
function fillQuad(
	out: Float32Array,
	width: number,
	height: number,
	q: Quad,
	colour: () => readonly number[] | null,
	factor: number,
	blurPx: number,
): void {
	const xs = q.map((p) => p.x);
	const ys = q.map((p) => p.y);
	const x0 = Math.max(0, Math.floor(Math.min(...xs) - blurPx));
	const x1 = Math.min(width, Math.ceil(Math.max(...xs) + blurPx));
	const y0 = Math.max(0, Math.floor(Math.min(...ys) - blurPx));
	const y1 = Math.min(height, Math.ceil(Math.max(...ys) + blurPx));
	for (let y = y0; y < y1; y++) {
		for (let x = x0; x < x1; x++) {
			const d = signedDistance(q, x + 0.5, y + 0.5);
			if (d < -blurPx) continue;
			const k = Math.min(1, (d + blurPx) / (2 * blurPx || 1));
			const i = (y * width + x) * 3;
			const c = colour();
			for (let ch = 0; ch < 3; ch++) {
				const target = c ? c[ch]! : out[i + ch]! * factor;
				out[i + ch] = out[i + ch]! * (1 - k) + target * k;
			}
		}
	}
}

/** Distance of (x, y) inside a convex quad (positive inside, negative outside), either winding. */
function signedDistance(q: Quad, x: number, y: number): number {
	let area = 0;
	for (let i = 0; i < 4; i++) area += q[i]!.x * q[(i + 1) % 4]!.y - q[(i + 1) % 4]!.x * q[i]!.y;
	const s = area > 0 ? 1 : -1;
	let d = Infinity;
	for (let i = 0; i < 4; i++) {
		const a = q[i]!;
		const b = q[(i + 1) % 4]!;
		const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
		d = Math.min(d, (s * ((b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x))) / len);
	}
	return d;
}

// --- Backgrounds -----------------------------------------------------------------------------------

function drawBackground(
	out: Float32Array,
	width: number,
	height: number,
	kind: BackgroundKind,
	rnd: () => number,
	paper: readonly number[],
	photo?: RgbaImage,
): void {
	const put = (x: number, y: number, r: number, g: number, b: number) => {
		const i = (y * width + x) * 3;
		out[i] = r;
		out[i + 1] = g;
		out[i + 2] = b;
	};
	if (kind === 'photo' && photo) {
		// A random crop of the photo, turned by a quarter turn or mirrored by chance, scaled to cover the
		// picture; bilinear, so that enlarging a small photo draws no stair-step edges.
		const turn = Math.floor(rnd() * 4);
		const mirror = rnd() < 0.5;
		const sideways = turn % 2 === 1;
		const pw = sideways ? photo.height : photo.width;
		const ph = sideways ? photo.width : photo.height;
		const scale = Math.max(width / pw, height / ph) * (1 + rnd() * 0.8);
		const ox = rnd() * Math.max(0, pw - width / scale);
		const oy = rnd() * Math.max(0, ph - height / scale);
		const at = (tx: number, ty: number, c: number) => {
			// (tx, ty) in the turned photo (pw × ph) back to the stored one (ph × pw when sideways).
			let sx = mirror ? pw - 1 - tx : tx;
			let sy = ty;
			if (turn === 1) [sx, sy] = [sy, pw - 1 - sx];
			else if (turn === 2) [sx, sy] = [pw - 1 - sx, ph - 1 - sy];
			else if (turn === 3) [sx, sy] = [ph - 1 - sy, sx];
			return photo.data[(sy * photo.width + sx) * 4 + c]!;
		};
		for (let y = 0; y < height; y++) {
			const fy = Math.min(ph - 1.001, Math.max(0, oy + (y + 0.5) / scale - 0.5));
			const iy = Math.floor(fy);
			const wy = fy - iy;
			for (let x = 0; x < width; x++) {
				const fx = Math.min(pw - 1.001, Math.max(0, ox + (x + 0.5) / scale - 0.5));
				const ix = Math.floor(fx);
				const wx = fx - ix;
				const v = [0, 0, 0];
				for (let c = 0; c < 3; c++)
					v[c] =
						(at(ix, iy, c) * (1 - wx) + at(ix + 1, iy, c) * wx) * (1 - wy) +
						(at(ix, iy + 1, c) * (1 - wx) + at(ix + 1, iy + 1, c) * wx) * wy;
				put(x, y, v[0]!, v[1]!, v[2]!);
			}
		}
		return;
	}
	if (kind === 'keyboard' || (kind === 'photo' && !photo)) {
		// Keycaps in staggered rows, with gaps and letters; the whole keyboard rotated.
		const dark = rnd() < 0.6;
		const cap = dark
			? [40 + rnd() * 20, 40 + rnd() * 20, 45 + rnd() * 20]
			: [215 + rnd() * 25, 215 + rnd() * 25, 215 + rnd() * 25];
		const gap = dark ? [12, 12, 14] : [150, 150, 155];
		const key = 40 + rnd() * 40;
		const angle = (rnd() - 0.5) * 0.6;
		const ca = Math.cos(angle);
		const sa = Math.sin(angle);
		for (let y = 0; y < height; y++) {
			for (let x = 0; x < width; x++) {
				const u = x * ca + y * sa;
				const v = -x * sa + y * ca + 1000;
				const row = Math.floor(v / key);
				const uu = u + row * key * 0.27 + 1000;
				const fu = (uu % key) / key;
				const fv = (v % key) / key;
				let c = cap;
				if (fu < 0.08 || fv < 0.08) c = gap;
				else if (fu > 0.3 && fu < 0.45 && fv > 0.25 && fv < 0.5 && (row + Math.floor(uu / key)) % 3 !== 0)
					c = dark ? [200, 200, 200] : [50, 50, 50];
				const shade = 1 - 0.25 * Math.max(0, fv - 0.75);
				put(x, y, c[0]! * shade, c[1]! * shade, c[2]! * shade);
			}
		}
		return;
	}
	if (kind === 'fabric') {
		// A towel or cloth: a coloured weave with soft folds.
		const base = [60 + rnd() * 180, 60 + rnd() * 180, 60 + rnd() * 180];
		const fold = rnd() * 0.02 + 0.005;
		for (let y = 0; y < height; y++) {
			for (let x = 0; x < width; x++) {
				const weave = ((x + y) % 4 < 2 ? 10 : -10) * (rnd() * 0.6 + 0.4) + (rnd() - 0.5) * 30;
				const f = 1 + 0.15 * Math.sin(x * fold + 2 * Math.sin(y * fold * 1.3));
				put(x, y, (base[0]! + weave) * f, (base[1]! + weave) * f, (base[2]! + weave) * f);
			}
		}
		return;
	}
	if (kind === 'wood') {
		const base = [100 + rnd() * 90, 70 + rnd() * 60, 40 + rnd() * 40];
		const angle = rnd() * Math.PI;
		const ca = Math.cos(angle);
		const sa = Math.sin(angle);
		for (let y = 0; y < height; y++) {
			for (let x = 0; x < width; x++) {
				const u = x * ca + y * sa;
				const v = -x * sa + y * ca;
				const grain = 14 * Math.sin(v / 6 + 3 * Math.sin(u / 90)) + 6 * Math.sin(v / 2.3);
				const plank = Math.floor(v / 160) % 2 ? 12 : 0;
				const seam = ((v % 160) + 160) % 160 < 2 ? -50 : 0;
				put(
					x,
					y,
					base[0]! + grain + plank + seam,
					base[1]! + grain * 0.8 + plank + seam,
					base[2]! + grain * 0.5 + seam,
				);
			}
		}
		return;
	}
	if (kind === 'same-colour') {
		// Paper or a table close to the card's own colour: weak edges.
		const d = 10 + rnd() * 25;
		const sign = rnd() < 0.5 ? -1 : 1;
		for (let y = 0; y < height; y++)
			for (let x = 0; x < width; x++) {
				const t = (rnd() - 0.5) * 8;
				put(x, y, paper[0]! + sign * d + t, paper[1]! + sign * d + t, paper[2]! + sign * d * 0.8 + t);
			}
		return;
	}
	// Desk, clutter and hand scenes: a table colour, then objects (rectangles, some of a card's aspect, lines, discs).
	const table = [50 + rnd() * 170, 50 + rnd() * 150, 40 + rnd() * 140];
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			const t = (rnd() - 0.5) * 10;
			put(x, y, table[0]! + t, table[1]! + t, table[2]! + t);
		}
	const objects =
		kind === 'clutter'
			? 6 + Math.floor(rnd() * 8)
			: kind === 'desk'
				? 2 + Math.floor(rnd() * 3)
				: 1 + Math.floor(rnd() * 3);
	for (let k = 0; k < objects; k++) {
		const colour = [rnd() * 255, rnd() * 255, rnd() * 255];
		const shape = rnd();
		const cx = rnd() * width;
		const cy = rnd() * height;
		const s = (0.1 + rnd() * 0.5) * Math.min(width, height);
		const angle = rnd() * Math.PI;
		if (shape < 0.55 || kind === 'desk') {
			// A rectangle (a book, a phone, a monitor edge); some are the aspect of a card.
			const a = rnd() < 0.3 ? 1.586 : 0.6 + rnd() * 2.5;
			const hw = (s * Math.sqrt(a)) / 2;
			const hh = s / Math.sqrt(a) / 2;
			const q = [
				[-hw, -hh],
				[hw, -hh],
				[hw, hh],
				[-hw, hh],
			].map(([u, v]) => ({
				x: cx + u! * Math.cos(angle) - v! * Math.sin(angle),
				y: cy + u! * Math.sin(angle) + v! * Math.cos(angle),
			})) as Quad;
			fillQuad(out, width, height, q, () => colour, 1, 0.7);
		} else if (shape < 0.8) {
			// A disc (a mug from above, a coin).
			const r = s / 3;
			for (let y = Math.max(0, Math.floor(cy - r)); y < Math.min(height, cy + r); y++)
				for (let x = Math.max(0, Math.floor(cx - r)); x < Math.min(width, cx + r); x++)
					if (Math.hypot(x - cx, y - cy) < r) put(x, y, colour[0]!, colour[1]!, colour[2]!);
		} else {
			// A pen or a cable: a long thin line.
			const len = s * 2;
			const th = 2 + rnd() * 6;
			for (let t = -len / 2; t < len / 2; t += 0.5)
				for (let o = -th / 2; o < th / 2; o += 0.5) {
					const x = Math.round(cx + t * Math.cos(angle) - o * Math.sin(angle));
					const y = Math.round(cy + t * Math.sin(angle) + o * Math.cos(angle));
					if (x >= 0 && y >= 0 && x < width && y < height) put(x, y, colour[0]!, colour[1]!, colour[2]!);
				}
		}
	}
}

const SKINS: Array<[number, number, number]> = [
	[232, 190, 160],
	[205, 150, 115],
	[160, 110, 80],
	[110, 75, 55],
	[240, 205, 185],
];

/** A palm behind the lower part of a held document. */
function drawHand(out: Float32Array, width: number, height: number, corners: Quad, rnd: () => number): void {
	const skin = SKINS[Math.floor(rnd() * SKINS.length)]!;
	const c = lerpPoint(corners[2], corners[3], 0.5);
	const centre = lerpPoint(c, centreOf(corners), -0.1);
	const r = Math.hypot(corners[2].x - corners[3].x, corners[2].y - corners[3].y) * (0.4 + rnd() * 0.3);
	for (let y = Math.max(0, Math.floor(centre.y - r)); y < Math.min(height, centre.y + 2 * r); y++)
		for (let x = Math.max(0, Math.floor(centre.x - r)); x < Math.min(width, centre.x + r); x++) {
			const dy = (y - centre.y) / 1.6;
			if (Math.hypot(x - centre.x, dy) < r || (y > centre.y && Math.abs(x - centre.x) < r * 0.7)) {
				const i = (y * width + x) * 3;
				const shade = 0.85 + 0.15 * Math.sin((x + y) / 40);
				out[i] = skin[0] * shade;
				out[i + 1] = skin[1] * shade;
				out[i + 2] = skin[2] * shade;
			}
		}
}

/** A fingertip over one side of the document, coming from outside it. */
function drawFinger(out: Float32Array, width: number, height: number, corners: Quad, rnd: () => number): void {
	const skin = SKINS[Math.floor(rnd() * SKINS.length)]!;
	const side = Math.floor(rnd() * 4);
	const a = corners[side]!;
	const b = corners[(side + 1) % 4]!;
	const at = lerpPoint(a, b, 0.2 + rnd() * 0.6);
	const centre = centreOf(corners);
	// Direction from the document's centre out through the side: the finger comes from there.
	let dx = at.x - centre.x;
	let dy = at.y - centre.y;
	const len = Math.hypot(dx, dy) || 1;
	dx /= len;
	dy /= len;
	const sideLen = Math.hypot(b.x - a.x, b.y - a.y);
	const radius = sideLen * (0.05 + rnd() * 0.05);
	const depth = radius * (1 + rnd() * 1.5);
	const tip = { x: at.x - dx * depth, y: at.y - dy * depth };
	const far = { x: tip.x + dx * Math.max(width, height), y: tip.y + dy * Math.max(width, height) };
	// The finger runs from its tip out past the picture's edge; only rows and columns near that segment are read.
	const bx0 = Math.max(0, Math.floor(Math.min(tip.x, far.x) - radius));
	const bx1 = Math.min(width, Math.ceil(Math.max(tip.x, far.x) + radius));
	const by0 = Math.max(0, Math.floor(Math.min(tip.y, far.y) - radius));
	const by1 = Math.min(height, Math.ceil(Math.max(tip.y, far.y) + radius));
	for (let y = by0; y < by1; y++)
		for (let x = bx0; x < bx1; x++) {
			const d = segmentDistance(x, y, tip, far);
			if (d < radius) {
				const i = (y * width + x) * 3;
				const shade = 0.8 + 0.2 * (1 - d / radius);
				out[i] = skin[0] * shade;
				out[i + 1] = skin[1] * shade;
				out[i + 2] = skin[2] * shade;
			}
		}
}

function segmentDistance(x: number, y: number, a: Point, b: Point): number {
	const vx = b.x - a.x;
	const vy = b.y - a.y;
	const t = Math.max(0, Math.min(1, ((x - a.x) * vx + (y - a.y) * vy) / (vx * vx + vy * vy)));
	return Math.hypot(x - a.x - t * vx, y - a.y - t * vy);
}

function lerpPoint(a: Point, b: Point, t: number): Point {
	return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

function centreOf(q: Quad): Point {
	return { x: (q[0].x + q[1].x + q[2].x + q[3].x) / 4, y: (q[0].y + q[1].y + q[2].y + q[3].y) / 4 };
}

// --- Light and optics ------------------------------------------------------------------------------

/** Light falling off across the picture: × 0.55–1.15 along a random direction. */
function lightingGradient(out: Float32Array, width: number, height: number, rnd: () => number): void {
	const angle = rnd() * Math.PI * 2;
	const lo = 0.55 + rnd() * 0.3;
	const hi = 1 + rnd() * 0.15;
	const ca = Math.cos(angle);
	const sa = Math.sin(angle);
	const span = Math.abs(width * ca) + Math.abs(height * sa);
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			const t = ((x - width / 2) * ca + (y - height / 2) * sa) / span + 0.5;
			const f = lo + (hi - lo) * t;
			const i = (y * width + x) * 3;
			out[i] = out[i]! * f;
			out[i + 1] = out[i + 1]! * f;
			out[i + 2] = out[i + 2]! * f;
		}
}

/** The shadow of a phone or a head: a soft-edged half-plane darkened to 50–80 %. */
function castShadow(out: Float32Array, width: number, height: number, rnd: () => number): void {
	const angle = rnd() * Math.PI * 2;
	const ca = Math.cos(angle);
	const sa = Math.sin(angle);
	const offset = (rnd() - 0.2) * Math.min(width, height) * 0.5;
	const depth = 0.5 + rnd() * 0.3;
	const soft = 10 + rnd() * 40;
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			const d = (x - width / 2) * ca + (y - height / 2) * sa - offset;
			const k = Math.max(0, Math.min(1, d / soft + 0.5));
			const f = 1 - (1 - depth) * k;
			const i = (y * width + x) * 3;
			out[i] = out[i]! * f;
			out[i + 1] = out[i + 1]! * f;
			out[i + 2] = out[i + 2]! * f;
		}
}

/** A bright spot (flash or lamp) somewhere on the document. */
function glareSpot(out: Float32Array, width: number, height: number, corners: Quad, rnd: () => number): void {
	const u = 0.2 + rnd() * 0.6;
	const v = 0.2 + rnd() * 0.6;
	const top = lerpPoint(corners[0], corners[1], u);
	const bottom = lerpPoint(corners[3], corners[2], u);
	const c = lerpPoint(top, bottom, v);
	const r = Math.hypot(corners[1].x - corners[0].x, corners[1].y - corners[0].y) * (0.05 + rnd() * 0.12);
	const strength = 120 + rnd() * 160;
	for (let y = Math.max(0, Math.floor(c.y - 3 * r)); y < Math.min(height, c.y + 3 * r); y++)
		for (let x = Math.max(0, Math.floor(c.x - 3 * r)); x < Math.min(width, c.x + 3 * r); x++) {
			const d2 = ((x - c.x) ** 2 + (y - c.y) ** 2) / (r * r);
			const add = strength * Math.exp(-d2);
			const i = (y * width + x) * 3;
			out[i] = out[i]! + add;
			out[i + 1] = out[i + 1]! + add;
			out[i + 2] = out[i + 2]! + add;
		}
}

/**
 * Light with known regions (drawn from `rnd`, a stream of its own): by chance a laminate or hologram sheen
 * (a band across the document blended 40–75 % towards a near-white veil: lighter and flatter, not white),
 * a burnt-out flash spot on the document, and a burnt-out patch of background clear of the document. A
 * quarter of the cases get neither sheen nor flash, so a glare report on them is a false alarm.
 */
function lightEffects(
	out: Float32Array,
	width: number,
	height: number,
	corners: Quad,
	aspect: number,
	rnd: () => number,
	effects: string[],
): GlareTruth {
	const n = width * height;
	const document = new Uint8Array(n);
	// Each document pixel's place on the document: x across (0…aspect), y down (0…1).
	const docX = new Float32Array(n);
	const docY = new Float32Array(n);
	const inv = invert3(squareToQuad3x3(corners));
	const xs = corners.map((p) => p.x);
	const ys = corners.map((p) => p.y);
	const bx0 = Math.max(0, Math.floor(Math.min(...xs)));
	const bx1 = Math.min(width - 1, Math.ceil(Math.max(...xs)));
	const by0 = Math.max(0, Math.floor(Math.min(...ys)));
	const by1 = Math.min(height - 1, Math.ceil(Math.max(...ys)));
	let docArea = 0;
	for (let y = by0; y <= by1; y++)
		for (let x = bx0; x <= bx1; x++) {
			const w = inv[6]! * (x + 0.5) + inv[7]! * (y + 0.5) + inv[8]!;
			const u = (inv[0]! * (x + 0.5) + inv[1]! * (y + 0.5) + inv[2]!) / w;
			const v = (inv[3]! * (x + 0.5) + inv[4]! * (y + 0.5) + inv[5]!) / w;
			if (u < 0 || v < 0 || u >= 1 || v >= 1) continue;
			const i = y * width + x;
			document[i] = 1;
			docX[i] = u * aspect;
			docY[i] = v;
			docArea++;
		}
	const wantSheen = rnd() < 0.5;
	const wantFlash = rnd() < 0.5;
	const wantBright = rnd() < 0.6;
	let sheen: Uint8Array | null = null;
	let flash: Uint8Array | null = null;
	let bright: Uint8Array | null = null;
	if (wantSheen && docArea > 0) {
		// A band across the document at any angle, 12–40 % of its height wide, with soft sides.
		const angle = rnd() * Math.PI;
		const ca = Math.cos(angle);
		const sa = Math.sin(angle);
		const centre = (rnd() - 0.5) * 0.6;
		const half = 0.06 + rnd() * 0.14;
		const ramp = 0.05;
		// Reflected light adds to what is there: the veil is near white (never darker than pale paper), so
		// print is lifted a long way and paper a little, short of burning out.
		const strength = 0.4 + rnd() * 0.35;
		const veil = 230 + rnd() * 22;
		const hologram = rnd() < 0.4;
		sheen = new Uint8Array(n);
		for (let y = by0; y <= by1; y++)
			for (let x = bx0; x <= bx1; x++) {
				const i = y * width + x;
				if (!document[i]) continue;
				const d = (docX[i]! - aspect / 2) * ca + (docY[i]! - 0.5) * sa;
				const k = Math.max(0, Math.min(1, (half + ramp - Math.abs(d - centre)) / ramp));
				if (k <= 0) continue;
				if (k >= 0.5) sheen[i] = 1;
				const a = strength * k;
				for (let c = 0; c < 3; c++) {
					// A hologram's sheen is tinted, its hue moving across the band.
					const tint = hologram ? 18 * Math.sin(d * 40 + (c * 2 * Math.PI) / 3) : 0;
					out[i * 3 + c] = out[i * 3 + c]! * (1 - a) + (veil + tint) * a;
				}
			}
		effects.push(hologram ? 'hologram sheen' : 'sheen');
	}
	if (wantFlash && docArea > 0) {
		// A flat-topped spot, round in the picture, centred on the document, burnt out in its middle.
		const u = 0.15 + rnd() * 0.7;
		const v = 0.15 + rnd() * 0.7;
		const top = lerpPoint(corners[0], corners[1], u);
		const bottom = lerpPoint(corners[3], corners[2], u);
		const c = lerpPoint(top, bottom, v);
		const docHeight = Math.sqrt(docArea / aspect);
		const r = docHeight * (0.05 + rnd() * 0.1);
		const strength = 280 + rnd() * 200;
		flash = new Uint8Array(n);
		for (let y = Math.max(0, Math.floor(c.y - 2 * r)); y < Math.min(height, c.y + 2 * r); y++)
			for (let x = Math.max(0, Math.floor(c.x - 2 * r)); x < Math.min(width, c.x + 2 * r); x++) {
				const i = y * width + x;
				if (!document[i]) continue;
				const t = Math.hypot(x + 0.5 - c.x, y + 0.5 - c.y) / r;
				const add = strength * Math.exp(-(t ** 4));
				let lo = 255;
				for (let ch = 0; ch < 3; ch++) {
					const value = Math.min(255, out[i * 3 + ch]! + add);
					out[i * 3 + ch] = value;
					lo = Math.min(lo, value);
				}
				if (lo >= 250) flash[i] = 1;
			}
		effects.push('flash');
	}
	if (wantBright) {
		// A lamp's or a window's reflection on the table, or a sheet of white paper in full light: a burnt-out
		// ellipse or rotated rectangle wholly clear of the document.
		const pane = rnd() < 0.5;
		const short = Math.min(width, height);
		const ra = short * (0.06 + rnd() * 0.1);
		const rb = ra * (0.4 + rnd() * 0.6);
		const angle = rnd() * Math.PI;
		const ca = Math.cos(angle);
		const sa = Math.sin(angle);
		const level = 248 + rnd() * 7;
		const clear = 4;
		for (let attempt = 0; attempt < 30 && !bright; attempt++) {
			const cx = rnd() * width;
			const cy = rnd() * height;
			const reach = ra + clear + 2;
			const x0 = Math.max(0, Math.floor(cx - reach));
			const x1 = Math.min(width, Math.ceil(cx + reach));
			const y0 = Math.max(0, Math.floor(cy - reach));
			const y1 = Math.min(height, Math.ceil(cy + reach));
			const inside = (x: number, y: number, grow: number) => {
				const dx = x + 0.5 - cx;
				const dy = y + 0.5 - cy;
				const p = (dx * ca + dy * sa) / (ra + grow);
				const q = (-dx * sa + dy * ca) / (rb + grow);
				return pane ? Math.max(Math.abs(p), Math.abs(q)) : Math.sqrt(p * p + q * q);
			};
			let touches = false;
			let area = 0;
			for (let y = y0; y < y1 && !touches; y++)
				for (let x = x0; x < x1; x++) {
					if (inside(x, y, clear) > 1) continue;
					area++;
					if (document[y * width + x]) {
						touches = true;
						break;
					}
				}
			if (touches || area < 0.5 * Math.PI * ra * rb) continue;
			bright = new Uint8Array(n);
			// Burnt out in the middle, fading over the outer part (within the clearance); the mask is where it is
			// at least half way.
			const soft = Math.min(clear, 1 + rnd() * 0.3 * rb);
			for (let y = y0; y < y1; y++)
				for (let x = x0; x < x1; x++) {
					const e = inside(x, y, 0);
					const k = Math.max(0, Math.min(1, ((1 - e) * ra) / soft + 0.5));
					if (k <= 0) continue;
					const i = y * width + x;
					if (k >= 0.5) bright[i] = 1;
					for (let c = 0; c < 3; c++) out[i * 3 + c] = out[i * 3 + c]! * (1 - k) + level * k;
				}
			effects.push(pane ? 'bright background (pane)' : 'bright background');
		}
	}
	return { sheen, flash, bright, document };
}

/** A separable Gaussian blur of an RGB float image in place. */
function gaussianBlur(out: Float32Array, width: number, height: number, sigma: number): void {
	const r = Math.ceil(sigma * 2.5);
	const k: number[] = [];
	let sum = 0;
	for (let i = -r; i <= r; i++) {
		const v = Math.exp(-(i * i) / (2 * sigma * sigma));
		k.push(v);
		sum += v;
	}
	for (let i = 0; i < k.length; i++) k[i] = k[i]! / sum;
	const tmp = new Float32Array(out.length);
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++)
			for (let c = 0; c < 3; c++) {
				let s = 0;
				for (let i = -r; i <= r; i++)
					s += k[i + r]! * out[(y * width + Math.min(width - 1, Math.max(0, x + i))) * 3 + c]!;
				tmp[(y * width + x) * 3 + c] = s;
			}
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++)
			for (let c = 0; c < 3; c++) {
				let s = 0;
				for (let i = -r; i <= r; i++)
					s += k[i + r]! * tmp[(Math.min(height - 1, Math.max(0, y + i)) * width + x) * 3 + c]!;
				out[(y * width + x) * 3 + c] = s;
			}
}

/**
 * The composite generator and the evaluation on real photos (bench/photo-find.bench.ts), on a fast subset:
 * the generator is deterministic and its light effects lie where its masks say; a document cut out by its
 * corners comes out upright and whole; and the checker, on composites over a few real photos committed to the
 * repository (tests/fixtures/selfies/scene-*.jpg, CC0 or public domain: sources.tsv there), stays above floors.
 * The fixture photos' own documents join in when ../shared/fixtures/photos is here.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Quad } from '../quad';
import { loadImage } from './background-photos';
import { makeComposite, squareToQuad3x3, type CompositeCase, type DocumentImage } from './composite';
import { evaluateCase, formatGlare, formatScore, score, scoreGlare, type CaseResult } from './find-eval';
import { loadFixtureDocuments, rectify } from './fixture-documents';

const SCENES = fileURLToPath(new URL('../../../../tests/fixtures/selfies/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../../../../shared/fixtures/photos/', import.meta.url));

/** Mean luma (Rec. 601 weights) of the picture over a mask, and the mask's pixel count. */
function meanOver(c: CompositeCase, mask: Uint8Array): [number, number] {
	let sum = 0;
	let count = 0;
	for (let i = 0; i < mask.length; i++) {
		if (!mask[i]) continue;
		const p = i * 4;
		sum += 0.299 * c.image.data[p]! + 0.587 * c.image.data[p + 1]! + 0.114 * c.image.data[p + 2]!;
		count++;
	}
	return [count ? sum / count : 0, count];
}

describe('composites with light effects', () => {
	it('are the same picture and the same regions for the same seed', () => {
		const a = makeComposite(11, { glare: true, width: 320, height: 240 });
		const b = makeComposite(11, { glare: true, width: 320, height: 240 });
		expect(Buffer.from(a.image.data).equals(Buffer.from(b.image.data))).toBe(true);
		expect(a.glare).toEqual(b.glare);
		expect(a.corners).toEqual(b.corners);
	});

	it(
		'put the flash and sheen on the document, the bright patch off it, each where its mask says',
		{ timeout: 60_000 },
		() => {
			const seen = { sheen: 0, flash: 0, bright: 0 };
			for (let seed = 1; seed <= 14; seed++) {
				const c = makeComposite(seed, { glare: true, width: 320, height: 240 });
				const { sheen, flash, bright, document } = c.glare!;
				for (let i = 0; i < document.length; i++) {
					if (sheen?.[i]) expect(document[i]).toBe(1);
					if (flash?.[i]) expect(document[i]).toBe(1);
					if (bright?.[i]) expect(document[i]).toBe(0);
				}
				// Burnt out (blur and noise soften the rim a little).
				if (flash && meanOver(c, flash)[1] > 20) {
					expect(meanOver(c, flash)[0]).toBeGreaterThan(225);
					seen.flash++;
				}
				if (bright && meanOver(c, bright)[1] > 20) {
					expect(meanOver(c, bright)[0]).toBeGreaterThan(225);
					seen.bright++;
				}
				if (sheen && meanOver(c, sheen)[1] > 0) seen.sheen++;
				expect(c.effects.includes('flash')).toBe(flash !== null);
				expect(c.effects.some((e) => e.startsWith('bright background'))).toBe(bright !== null);
			}
			expect(seen.sheen).toBeGreaterThan(2);
			expect(seen.flash).toBeGreaterThan(2);
			expect(seen.bright).toBeGreaterThan(2);
		},
	);
});

describe('steep views', () => {
	it('show most documents squarer or longer than any of the other cases does, from the same seeds', () => {
		// Long ÷ short of the document's outline against its own aspect: how much the view changed its look.
		const change = (c: CompositeCase) => {
			const side = (i: number) =>
				Math.hypot(c.corners[(i + 1) % 4]!.x - c.corners[i]!.x, c.corners[(i + 1) % 4]!.y - c.corners[i]!.y);
			const seen = (side(0) + side(2)) / (side(1) + side(3));
			const own = { id1: 1.586, id2: 1.419, passport: 1.42, a4: 1.414 }[c.kind];
			return Math.abs(Math.log(seen / own));
		};
		const mild: number[] = [];
		const steep: number[] = [];
		for (let seed = 1; seed <= 40; seed++) {
			mild.push(change(makeComposite(seed, { width: 160, height: 120, cutOff: false })));
			steep.push(change(makeComposite(seed, { width: 160, height: 120, cutOff: false, steep: true })));
		}
		// A tilt of 20° at most foreshortens by cos 20° (6 %); 25–55° by 10–43 %, along the picture's axis: on a
		// document turned in the picture, its sides shrink alike and their ratio changes less, so only most do.
		const most = Math.max(...mild);
		expect(most).toBeLessThan(Math.log(1 / Math.cos((22 * Math.PI) / 180)));
		expect(steep.filter((v) => v > most).length).toBeGreaterThanOrEqual(0.75 * steep.length);
	});
});

describe('composites on a background photo', () => {
	it('draw a photo that is not square from its own pixels at every quarter turn', () => {
		// A mid-grey photo twice as wide as high: read out of its bounds, a turned copy would show black.
		const photo = { width: 60, height: 30, data: new Uint8ClampedArray(60 * 30 * 4).fill(128) };
		let dark = 0;
		let counted = 0;
		for (let seed = 1; seed <= 16; seed++) {
			const c = makeComposite(seed, { width: 160, height: 120, backgroundPhoto: photo, photoOnly: true });
			// Away from the document (its quad grown by half about its centre), only the photo and its lighting.
			const cx = c.corners.reduce((s, p) => s + p.x, 0) / 4;
			const cy = c.corners.reduce((s, p) => s + p.y, 0) / 4;
			const grown = c.corners.map((p) => ({ x: cx + (p.x - cx) * 1.5, y: cy + (p.y - cy) * 1.5 }));
			for (let y = 0; y < 120; y++)
				for (let x = 0; x < 160; x++) {
					if (insideConvex(grown, x + 0.5, y + 0.5)) continue;
					const i = (y * 160 + x) * 4;
					counted++;
					if (c.image.data[i]! + c.image.data[i + 1]! + c.image.data[i + 2]! < 60) dark++;
				}
		}
		expect(counted).toBeGreaterThan(10_000);
		expect(dark).toBe(0);
	});
});

/** Whether (x, y) lies inside a convex quadrilateral, either winding. */
function insideConvex(q: readonly { x: number; y: number }[], x: number, y: number): boolean {
	let sign = 0;
	for (let k = 0; k < 4; k++) {
		const a = q[k]!;
		const b = q[(k + 1) % 4]!;
		const cross = (b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x);
		if (cross === 0) continue;
		if (sign === 0) sign = Math.sign(cross);
		else if (Math.sign(cross) !== sign) return false;
	}
	return true;
}

describe('rectify', () => {
	it('cuts a tilted card out of a picture upright, left half red and right half blue, with no background', () => {
		// A 300 × 200 black picture with a card in perspective: red on the left half of the card, blue on the right.
		const width = 300;
		const height = 200;
		const data = new Uint8ClampedArray(width * height * 4);
		for (let i = 3; i < data.length; i += 4) data[i] = 255;
		const corners: Quad = [
			{ x: 0.2, y: 0.2 },
			{ x: 0.85, y: 0.15 },
			{ x: 0.8, y: 0.8 },
			{ x: 0.15, y: 0.7 },
		];
		const m = squareToQuad3x3(corners.map((p) => ({ x: p.x * width, y: p.y * height })) as Quad);
		for (let v = 0; v <= 1; v += 0.002)
			for (let u = 0; u <= 1; u += 0.002) {
				const w = m[6]! * u + m[7]! * v + m[8]!;
				const x = Math.floor((m[0]! * u + m[1]! * v + m[2]!) / w);
				const y = Math.floor((m[3]! * u + m[4]! * v + m[5]!) / w);
				const p = (y * width + x) * 4;
				data[p] = u < 0.5 ? 220 : 20;
				data[p + 2] = u < 0.5 ? 20 : 220;
			}
		const card = rectify({ width, height, data }, corners, 'id1', false);
		expect(card.width).toBe(480);
		expect(card.width / card.height).toBeCloseTo(85.6 / 53.98, 1);
		const at = (x: number, y: number) => {
			const p = (Math.floor(y) * card.width + Math.floor(x)) * 4;
			return [card.data[p]!, card.data[p + 1]!, card.data[p + 2]!];
		};
		expect(at(card.width * 0.25, card.height / 2)[0]).toBeGreaterThan(180);
		expect(at(card.width * 0.75, card.height / 2)[2]).toBeGreaterThan(180);
		// Every edge pixel is card (red, blue or a blend at the seam), not the black around it.
		const onCard = (x: number, y: number) => at(x, y)[0]! + at(x, y)[2]!;
		for (let x = 0; x < card.width; x++)
			for (const y of [0, card.height - 1]) expect(onCard(x, y)).toBeGreaterThan(180);
		for (let y = 0; y < card.height; y++)
			for (const x of [0, card.width - 1]) expect(onCard(x, y)).toBeGreaterThan(180);
	});
});

describe('composites on real photos (fast subset)', () => {
	it(
		'finds the document, says "not sure" rather than guess, and tells glare on the card from a bright background',
		{ timeout: 120_000 },
		async () => {
			const names = ['coffee', 'brick', 'chelsea', 'rocket', 'coins', 'gravel'];
			const photos = await Promise.all(names.map((n) => loadImage(`${SCENES}scene-${n}.jpg`)));
			let documents: DocumentImage[] = [];
			if (existsSync(`${FIXTURES}labels.tsv`)) documents = await loadFixtureDocuments(FIXTURES);
			else console.log(`Fixture documents skipped (drawn ones only): ${FIXTURES} is not here.`);
			const results: CaseResult[] = [];
			for (let k = 0; k < 18; k++) {
				const document = documents.length && k % 2 === 1 ? documents[(k >> 1) % documents.length] : undefined;
				const c = makeComposite(500_000 + k, {
					backgroundPhoto: photos[k % photos.length],
					backgroundName: names[k % names.length],
					photoOnly: true,
					glare: true,
					...(document ? { document } : {}),
				});
				results.push(await evaluateCase(c));
			}
			const s = score(results);
			const g = scoreGlare(results);
			console.log(
				[formatScore('Composites on committed real photos, 18 cases', s), formatGlare('Glare', g)].join('\n'),
			);
			// Measured on main (2026-12-06): 7/14 within 3 %, 1/18 wrong confident, flash 8/10, bright patch
			// called glare 1/7 (with the fixture documents; drawn ones only: 8/14, 2/18, 9/10, 0/7). Floors a few cases under.
			expect(s.within3 / s.inside).toBeGreaterThanOrEqual(0.4);
			expect(s.wrongConfident / s.cases).toBeLessThanOrEqual(0.2);
			expect(g.flashFound / Math.max(1, g.flashCases)).toBeGreaterThanOrEqual(0.5);
			expect(g.brightCalledGlare / Math.max(1, g.brightCases)).toBeLessThanOrEqual(0.3);
		},
	);
});

/**
 * Scores the document finder as users get it: a composite (composite.ts) is JPEG-compressed with sharp,
 * decoded again and given to `analyzePhoto`; its found corners and framing verdict are compared with the
 * truth. Node only (sharp); used by bench/photo-find.bench.ts and the fast subset in find-document.test.ts.
 */
import sharp from 'sharp';
import { analyzePhoto, analyzeRgbWork } from '../analyze';
import { framingCheck, UNSURE_KEY } from '../framing';
import { rgbWorkInMemory, type DocumentMasker } from '../pipeline';
import type { Quad } from '../quad';
import { aligned } from '../resize';
import { GLARE_WARN } from '../thresholds';
import type { GlareRegion, PhotoAnalysis, Point, ProblemCode, RgbaImage } from '../types';
import type { CompositeCase, GlareTruth } from './composite';

/** One case's outcome. */
export interface CaseResult {
	seed: number;
	label: string;
	cutOff: boolean;
	/** The truth's framing problem (null: passes). */
	truth: ProblemCode | null;
	/** The checker's framing problem; 'document-not-found' is its "not sure". */
	got: ProblemCode | null;
	/** Worst corner's distance from the truth ÷ the picture's diagonal; Infinity when nothing was drawn. */
	cornerError: number;
	notSure: boolean;
	/** Where the document and the background came from (composite.ts). */
	documentSource: string;
	backgroundSource: string;
	/** How the glare check did, when the case has light effects with known regions. */
	glare?: GlareOutcome;
}

/** The glare check against the light effects' known regions. */
export interface GlareOutcome {
	/** The truth: sheen and flash cover at least GLARE_WARN of the document (the check's own warning share). */
	truth: boolean;
	/** The glare check warned or failed. */
	reported: boolean;
	/** Glare regions reported, and those lying mostly (≥ 50 % of their box) on the sheen or flash. */
	regions: number;
	regionsOnGlare: number;
	/** Reported regions lying mostly on the bright background patch (outside the document: not glare). */
	regionsOnBright: number;
	/** The case has a bright background patch. */
	bright: boolean;
	/** Whether the flash spot, the sheen were found (a fifth of their pixels in reported regions); null if not drawn. */
	flashFound: boolean | null;
	sheenFound: boolean | null;
}

/** The picture after JPEG at the case's quality (or as it is when 0), as RGBA. */
export async function jpegRoundTrip(image: RgbaImage, quality: number): Promise<RgbaImage> {
	if (!quality) return image;
	const input = sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.length), {
		raw: { width: image.width, height: image.height, channels: 4 },
	});
	const jpeg = await input.jpeg({ quality }).toBuffer();
	const { data, info } = await sharp(jpeg).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

/** The worst corner's distance, over the best matching of the four corners (any start, either direction). */
export function worstCornerError(found: readonly Point[], truth: readonly Point[]): number {
	let best = Infinity;
	for (const dir of [1, -1]) {
		for (let shift = 0; shift < 4; shift++) {
			let worst = 0;
			for (let i = 0; i < 4; i++) {
				const t = truth[(shift + dir * i + 8) % 4]!;
				worst = Math.max(worst, Math.hypot(found[i]!.x - t.x, found[i]!.y - t.y));
			}
			best = Math.min(best, worst);
		}
	}
	return best;
}

/** The framing verdict the truth deserves: the checker's own rules on the true corners. */
export function truthVerdict(corners: Quad, cutOff: boolean, width: number, height: number): ProblemCode | null {
	return framingCheck({ corners, frameSides: cutOff ? 1 : 0, support: 1, confident: true }, false, width, height)
		.problem;
}

/**
 * The analysis of `analyzePhoto`, with the finder guided by `masker`'s mask (null: the classical finder alone)
 * instead of the pipeline's own model: the same parts, in the same order.
 */
export function analyzeWithMasker(image: RgbaImage, masker: DocumentMasker | null): PhotoAnalysis {
	const input = { width: image.width, height: image.height, bgr: false, rotation: 0, flip: false };
	const { work, helper } = rgbWorkInMemory(input, aligned(image.data), 0, image.width * 4, true, undefined, masker);
	return analyzeRgbWork(work, helper, {}, image);
}

/**
 * Runs one composite through JPEG and the analysis; `masker` (from the case, e.g. the oracle's) replaces the
 * pipeline's own, and null leaves the classical finder alone.
 */
export async function evaluateCase(
	c: CompositeCase,
	masker?: (c: CompositeCase) => DocumentMasker | null,
): Promise<CaseResult> {
	const image = await jpegRoundTrip(c.image, c.jpegQuality);
	const analysis = masker ? analyzeWithMasker(image, masker(c)) : analyzePhoto(image);
	const glare = c.glare ? glareOutcome(c.glare, analysis, image.width) : undefined;
	const framing = analysis.checks.find((k) => k.id === 'framing')!;
	const diag = Math.hypot(image.width, image.height);
	const corners = analysis.document && !analysis.document.fillsFrame ? analysis.document.corners : null;
	const truth = truthVerdict(c.corners, c.cutOff, image.width, image.height);
	// A measure the checker left without a verdict (too close to its threshold to tell) is its "not sure" too.
	const key = truth && truth in UNSURE_KEY ? UNSURE_KEY[truth as keyof typeof UNSURE_KEY] : null;
	const unjudged = key !== null && framing.details?.[`${key}Unsure`] === 1;
	return {
		documentSource: c.documentSource,
		backgroundSource: c.backgroundSource,
		...(glare ? { glare } : {}),
		seed: c.seed,
		label: `${c.kind} on ${c.background}${c.effects.length ? ` (${c.effects.join(', ')})` : ''}, q${c.jpegQuality}`,
		cutOff: c.cutOff,
		truth,
		got: framing.problem,
		cornerError: corners ? worstCornerError(corners, c.corners) / diag : Infinity,
		notSure: framing.problem === 'document-not-found' || framing.problem === 'fills-frame' || unjudged,
	};
}

/** Pixels of `mask` inside a region's box, and the box's area in pixels. */
function boxCount(mask: Uint8Array, width: number, r: GlareRegion): [number, number] {
	const height = mask.length / width;
	const x0 = Math.max(0, Math.floor(r.x));
	const y0 = Math.max(0, Math.floor(r.y));
	const x1 = Math.min(width, Math.ceil(r.x + r.width));
	const y1 = Math.min(height, Math.ceil(r.y + r.height));
	let hits = 0;
	for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) hits += mask[y * width + x]!;
	return [hits, Math.max(1, (x1 - x0) * (y1 - y0))];
}

/** Scores the glare check of one analysis against the light effects' regions. */
export function glareOutcome(truth: GlareTruth, analysis: PhotoAnalysis, width: number): GlareOutcome {
	const n = truth.document.length;
	const onDocument = new Uint8Array(n);
	let glarePx = 0;
	let docPx = 0;
	for (let i = 0; i < n; i++) {
		docPx += truth.document[i]!;
		if (truth.sheen?.[i] || truth.flash?.[i]) {
			onDocument[i] = 1;
			glarePx++;
		}
	}
	const check = analysis.checks.find((k) => k.id === 'glare');
	const regions = analysis.glareRegions;
	// Which pixels the reported regions cover, to see how much of each effect they found.
	const covered = new Uint8Array(n);
	for (const r of regions) {
		const x0 = Math.max(0, Math.floor(r.x));
		const y0 = Math.max(0, Math.floor(r.y));
		const x1 = Math.min(width, Math.ceil(r.x + r.width));
		const y1 = Math.min(n / width, Math.ceil(r.y + r.height));
		for (let y = y0; y < y1; y++) covered.fill(1, y * width + x0, y * width + x1);
	}
	const found = (mask: Uint8Array | null): boolean | null => {
		if (!mask) return null;
		let all = 0;
		let hit = 0;
		for (let i = 0; i < n; i++) {
			all += mask[i]!;
			hit += mask[i]! & covered[i]!;
		}
		return all > 0 && hit >= 0.2 * all;
	};
	const mostly = (mask: Uint8Array | null) =>
		mask
			? regions.filter((r) => {
					const [hits, area] = boxCount(mask, width, r);
					return hits >= 0.5 * area;
				}).length
			: 0;
	return {
		truth: glarePx >= GLARE_WARN * Math.max(1, docPx),
		reported: !!check && check.status !== 'pass',
		regions: regions.length,
		regionsOnGlare: mostly(onDocument),
		regionsOnBright: mostly(truth.bright),
		bright: truth.bright !== null,
		flashFound: found(truth.flash),
		sheenFound: found(truth.sheen),
	};
}

/** Glare figures over the cases that have light effects. */
export interface GlareScore {
	cases: number;
	/** Cases whose document has glare (truth), those the check reported, and both. */
	truthCases: number;
	reportedCases: number;
	rightReports: number;
	flashCases: number;
	flashFound: number;
	sheenCases: number;
	sheenFound: number;
	regions: number;
	regionsOnGlare: number;
	regionsOnBright: number;
	/** Cases with a bright background patch, and those where a reported region lies mostly on it. */
	brightCases: number;
	brightCalledGlare: number;
}

/** Adds up the glare outcomes (cases without light effects are skipped). */
export function scoreGlare(results: readonly CaseResult[]): GlareScore {
	const g = results.filter((r) => r.glare);
	const count = (f: (r: CaseResult) => boolean) => g.filter(f).length;
	return {
		cases: g.length,
		truthCases: count((r) => r.glare!.truth),
		reportedCases: count((r) => r.glare!.reported),
		rightReports: count((r) => r.glare!.truth && r.glare!.reported),
		flashCases: count((r) => r.glare!.flashFound !== null),
		flashFound: count((r) => r.glare!.flashFound === true),
		sheenCases: count((r) => r.glare!.sheenFound !== null),
		sheenFound: count((r) => r.glare!.sheenFound === true),
		regions: g.reduce((a, r) => a + r.glare!.regions, 0),
		regionsOnGlare: g.reduce((a, r) => a + r.glare!.regionsOnGlare, 0),
		regionsOnBright: g.reduce((a, r) => a + r.glare!.regionsOnBright, 0),
		brightCases: count((r) => r.glare!.bright),
		brightCalledGlare: count((r) => r.glare!.regionsOnBright > 0),
	};
}

/** The figures the issue asks for, over a set of results. */
export interface FinderScore {
	cases: number;
	inside: number;
	/** Wholly-inside cases with the worst corner within 3 % of the diagonal. */
	within3: number;
	/** Median worst-corner error over wholly-inside cases (share of the diagonal). */
	medianError: number;
	/** Cases whose framing problem equals the truth's. */
	verdictRight: number;
	/** Cut-off cases reported as cut off. */
	cutOffFound: number;
	cutOffCases: number;
	/** Cases with a confident framing verdict that differs from the truth's. */
	wrongConfident: number;
	notSure: number;
}

/** Adds up results. */
export function score(results: readonly CaseResult[]): FinderScore {
	const inside = results.filter((r) => !r.cutOff);
	const errors = inside.map((r) => r.cornerError).sort((a, b) => a - b);
	const cut = results.filter((r) => r.cutOff);
	return {
		cases: results.length,
		inside: inside.length,
		within3: inside.filter((r) => r.cornerError <= 0.03).length,
		medianError: errors.length ? errors[Math.floor(errors.length / 2)]! : NaN,
		verdictRight: results.filter((r) => r.got === r.truth).length,
		cutOffFound: cut.filter((r) => r.got === 'cut-off').length,
		cutOffCases: cut.length,
		wrongConfident: results.filter((r) => !r.notSure && r.got !== r.truth).length,
		notSure: results.filter((r) => r.notSure).length,
	};
}

/** The figures as lines of text. */
export function formatScore(name: string, s: FinderScore): string {
	const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} % (${a}/${b})`;
	return [
		`${name}: ${s.cases} cases (${s.inside} wholly inside, ${s.cutOffCases} cut off)`,
		`  corners within 3 % of the diagonal (inside): ${pct(s.within3, s.inside)}; median worst-corner error ${(100 * s.medianError).toFixed(2)} %`,
		`  framing verdict right:                       ${pct(s.verdictRight, s.cases)}`,
		`  cut-off recall:                              ${pct(s.cutOffFound, s.cutOffCases)}`,
		`  wrong confident verdict:                     ${pct(s.wrongConfident, s.cases)}`,
		`  "not sure":                                  ${pct(s.notSure, s.cases)}`,
	].join('\n');
}

/** The glare figures as lines of text. */
export function formatGlare(name: string, s: GlareScore): string {
	const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} % (${a}/${b})`;
	return [
		`${name}: ${s.cases} cases, ${s.truthCases} with sheen or flash over ≥ GLARE_WARN of the document`,
		`  glare check precision (warned, and there is glare):  ${pct(s.rightReports, s.reportedCases)}`,
		`  glare check recall (glare there, and it warned):     ${pct(s.rightReports, s.truthCases)}`,
		`  flash spots found (≥ 20 % inside reported regions):  ${pct(s.flashFound, s.flashCases)}`,
		`  sheen bands found (≥ 20 % inside reported regions):  ${pct(s.sheenFound, s.sheenCases)}`,
		`  reported regions mostly on sheen or flash:           ${pct(s.regionsOnGlare, s.regions)}`,
		`  bright background patch reported as glare (cases):   ${pct(s.brightCalledGlare, s.brightCases)}`,
	].join('\n');
}

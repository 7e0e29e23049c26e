/**
 * Scores the document finder as users get it: a composite (composite.ts) is JPEG-compressed with sharp,
 * decoded again and given to `analyzePhoto`; its found corners and framing verdict are compared with the
 * truth. Node only (sharp); used by bench/photo-find.bench.ts and the fast subset in find-document.test.ts.
 */
import sharp from 'sharp';
import { analyzePhoto } from '../analyze';
import { framingCheck, UNSURE_KEY } from '../framing';
import type { Quad } from '../quad';
import type { Point, ProblemCode, RgbaImage } from '../types';
import type { CompositeCase } from './composite';

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

/** Runs one composite through JPEG and the analysis. */
export async function evaluateCase(c: CompositeCase): Promise<CaseResult> {
	const image = await jpegRoundTrip(c.image, c.jpegQuality);
	const analysis = analyzePhoto(image);
	const framing = analysis.checks.find((k) => k.id === 'framing')!;
	const diag = Math.hypot(image.width, image.height);
	const corners = analysis.document && !analysis.document.fillsFrame ? analysis.document.corners : null;
	const truth = truthVerdict(c.corners, c.cutOff, image.width, image.height);
	// A measure the checker left without a verdict (too close to its threshold to tell) is its "not sure" too.
	const key = truth && truth in UNSURE_KEY ? UNSURE_KEY[truth as keyof typeof UNSURE_KEY] : null;
	const unjudged = key !== null && framing.details?.[`${key}Unsure`] === 1;
	return {
		seed: c.seed,
		label: `${c.kind} on ${c.background}${c.effects.length ? ` (${c.effects.join(', ')})` : ''}, q${c.jpegQuality}`,
		cutOff: c.cutOff,
		truth,
		got: framing.problem,
		cornerError: corners ? worstCornerError(corners, c.corners) / diag : Infinity,
		notSure: framing.problem === 'document-not-found' || framing.problem === 'fills-frame' || unjudged,
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

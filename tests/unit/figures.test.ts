/**
 * The guide's example photos and the checkers agree: where a figure's caption is about something a
 * check judges (src/components/figures/examples.ts, `claim`), that checker's pure analysis, run in
 * Node on the committed photo, passes that check on the good side and fails it, with the same
 * problem, on the bad side. Document photos go to the photo checker; selfies to the selfie checker,
 * with its real face detector (TensorFlow.js wasm in Node, as in its worker). Every good side is a
 * photo its checker finds nothing wrong with, and every photo an example names exists.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { analyzePhoto } from '../../src/lib/photo/index.ts';
import { analyzeSelfie, detectFaces } from '../../src/lib/face/index.ts';
import { nodeDetector } from '../../src/lib/face/testing/node-detector.ts';
import { EXAMPLES, type Example, type FigureImage } from '../../src/components/figures/examples.ts';

const FOLDER = fileURLToPath(new URL('../../src/assets/figures/', import.meta.url));

/** Which checker a photo belongs to. */
type Checker = 'photo' | 'selfie';

/** What either checker says, reduced to what this test compares. */
interface Verdict {
	/** True when the checker finds nothing wrong. */
	good: boolean;
	checks: Array<{ id: string; status: string; problem: string | null; value: number }>;
}

const cache = new Map<string, Promise<Verdict>>();

/** A committed figure photo's RGBA pixels, decoded by sharp as the Node tests do. */
async function pixels(image: FigureImage) {
	const { data, info } = await sharp(`${FOLDER}${image}.jpg`).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return { width: info.width, height: info.height, data };
}

/** The checker's analysis of a committed figure photo. */
function analyze(image: FigureImage, checker: Checker): Promise<Verdict> {
	const key = `${image}:${checker}`;
	if (!cache.has(key)) {
		cache.set(
			key,
			pixels(image).then(async (rgba) => {
				if (checker === 'photo') {
					const analysis = analyzePhoto(rgba);
					return { good: analysis.verdict === 'good', checks: analysis.checks };
				}
				const analysis = analyzeSelfie(rgba, await detectFaces(rgba, await nodeDetector()));
				return { good: analysis.overall === 'pass', checks: analysis.checks.filter((c) => !c.skipped) };
			}),
		);
	}
	return cache.get(key)!;
}

/** "glare: fail (glare, 0.031)", for messages that say what the checker saw. */
const summary = ({ checks }: Verdict): string =>
	checks.map((c) => `${c.id}: ${c.status}${c.problem ? ` (${c.problem}, ${c.value})` : ''}`).join('; ');

const entries = Object.entries(EXAMPLES) as Array<[string, Example]>;
const checkerOf = (example: Example): Checker =>
	example.claim?.checker ?? (example.right.image.startsWith('selfie') ? 'selfie' : 'photo');

describe('every photo a figure names is committed', () => {
	test.each(entries)('%s', (_, example) => {
		for (const side of [example.right, example.wrong]) {
			if (side) expect(existsSync(`${FOLDER}${side.image}.jpg`), `${side.image}.jpg`).toBe(true);
		}
	});
});

// The first selfie loads the face detector (a few seconds under load).
describe('the good side of every figure is a photo its checker finds nothing wrong with', { timeout: 60_000 }, () => {
	test.each(entries)('%s', async (_, example) => {
		const verdict = await analyze(example.right.image, checkerOf(example));
		expect(verdict.good, summary(verdict)).toBe(true);
	});
});

describe.each(entries.filter(([, example]) => example.claim !== null))(
	'%s: the checker agrees with the caption',
	{ timeout: 60_000 },
	(_, example) => {
		const claim = example.claim!;
		test(`the good photo (${example.right.image}) passes ${claim.check}`, async () => {
			const verdict = await analyze(example.right.image, claim.checker);
			const check = verdict.checks.find((c) => c.id === claim.check);
			expect(check?.status, summary(verdict)).toBe('pass');
		});
		test(`the bad photo (${example.wrong?.image}) fails ${claim.check} with ${claim.problem}`, async () => {
			expect(example.wrong).toBeDefined();
			const verdict = await analyze(example.wrong!.image, claim.checker);
			const check = verdict.checks.find((c) => c.id === claim.check);
			expect({ status: check?.status, problem: check?.problem }, summary(verdict)).toEqual({
				status: 'fail',
				problem: claim.problem,
			});
		});
	},
);

/**
 * The guide's example photos and the photo checker agree: where a figure's caption is about something
 * a check judges (src/components/figures/examples.ts, `claim`), the checker's pure analysis, run in
 * Node on the committed photo, passes that check on the good side and fails it, with the same
 * problem, on the bad side. Every good side is a photo the checker finds nothing wrong with, and every
 * photo an example names exists. Only the library's public entry is used.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { analyzePhoto, type PhotoAnalysis, type PhotoKind } from '../../src/lib/photo/index.ts';
import { EXAMPLES, type Example, type FigureImage } from '../../src/components/figures/examples.ts';

const FOLDER = fileURLToPath(new URL('../../src/assets/figures/', import.meta.url));

const cache = new Map<string, Promise<PhotoAnalysis>>();

/** The checker's analysis of a committed figure photo, decoded by sharp as the Node tests do. */
function analyse(image: FigureImage, kind: PhotoKind): Promise<PhotoAnalysis> {
	const key = `${image}:${kind}`;
	if (!cache.has(key)) {
		cache.set(
			key,
			sharp(`${FOLDER}${image}.jpg`)
				.ensureAlpha()
				.raw()
				.toBuffer({ resolveWithObject: true })
				.then(({ data, info }) => analyzePhoto({ width: info.width, height: info.height, data }, { kind })),
		);
	}
	return cache.get(key)!;
}

/** "glare: fail (glare, 0.031)", for messages that say what the checker saw. */
const summary = (analysis: PhotoAnalysis): string =>
	analysis.checks.map((c) => `${c.id}: ${c.status}${c.problem ? ` (${c.problem}, ${c.value})` : ''}`).join('; ');

const entries = Object.entries(EXAMPLES) as Array<[string, Example]>;
const kindOf = (example: Example): PhotoKind =>
	example.claim?.kind ?? (example.right.image.startsWith('selfie') ? 'selfie' : 'document');

describe('every photo a figure names is committed', () => {
	test.each(entries)('%s', (_, example) => {
		for (const side of [example.right, example.wrong]) {
			if (side) expect(existsSync(`${FOLDER}${side.image}.jpg`), `${side.image}.jpg`).toBe(true);
		}
	});
});

describe('the good side of every figure is a photo the checker finds nothing wrong with', () => {
	test.each(entries)('%s', async (_, example) => {
		const analysis = await analyse(example.right.image, kindOf(example));
		expect(analysis.verdict, summary(analysis)).toBe('good');
	});
});

describe.each(entries.filter(([, example]) => example.claim !== null))(
	'%s: the checker agrees with the caption',
	(_, example) => {
		const claim = example.claim!;
		test(`the good photo (${example.right.image}) passes ${claim.check}`, async () => {
			const analysis = await analyse(example.right.image, claim.kind);
			const check = analysis.checks.find((c) => c.id === claim.check);
			expect(check?.status, summary(analysis)).toBe('pass');
		});
		test(`the bad photo (${example.wrong?.image}) fails ${claim.check} with ${claim.problem}`, async () => {
			expect(example.wrong).toBeDefined();
			const analysis = await analyse(example.wrong!.image, claim.kind);
			const check = analysis.checks.find((c) => c.id === claim.check);
			expect({ status: check?.status, problem: check?.problem }, summary(analysis)).toEqual({
				status: 'fail',
				problem: claim.problem,
			});
		});
	},
);

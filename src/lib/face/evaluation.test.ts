/**
 * The selfie checker on its labelled set (testing/selfie-set.ts: 40 CC0 portraits, 8 scenes without a
 * person, and composites with exact labels), with the real detector (TensorFlow.js wasm in Node, as in
 * the worker). The floors are the targets; bench/selfie.bench.ts prints every case.
 */
import { describe, expect, test } from 'vitest';
import sharp from 'sharp';
import { analyzeSelfie, detectFaces } from '.';
import { evaluateSelfieSet, type Evaluation } from './testing/evaluate';
import { nodeDetector } from './testing/node-detector';
import { SELFIE_FIXTURES } from './testing/selfie-set';

describe('labelled selfies', { timeout: 240_000 }, () => {
	let result: Evaluation;
	test('face found / face count right on at least 95 %', async () => {
		result = await evaluateSelfieSet(await nodeDetector());
		expect(result.results.length).toBeGreaterThanOrEqual(90);
		expect(result.countAccuracy).toBeGreaterThanOrEqual(0.95);
		// Every group is in the set, and two people are never taken for one.
		for (const r of result.results.filter((r) => r.case.group === 'two')) expect(r.analysis.faces.length).toBe(2);
	});
	test.each(['small', 'offCentre', 'backlit'] as const)('%s flag right on at least 90 %', (flag) => {
		const { cases, right } = result.flagAccuracy[flag];
		expect(cases).toBeGreaterThanOrEqual(8);
		expect(right / cases).toBeGreaterThanOrEqual(0.9);
	});
	test('a blurred portrait is called soft or blurry; the sharp one is not', async () => {
		const run = await nodeDetector();
		const read = async (blur: number) => {
			let s = sharp(new URL('portrait-009.jpg', SELFIE_FIXTURES).pathname);
			if (blur) s = s.blur(blur);
			const { data, info } = await s.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
			const image = { width: info.width, height: info.height, data };
			return analyzeSelfie(image, await detectFaces(image, run)).checks.find((c) => c.id === 'sharpness')!;
		};
		expect((await read(0)).status).toBe('pass');
		expect((await read(3)).status).not.toBe('pass');
	});
});

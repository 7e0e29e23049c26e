/**
 * The selfie checker on its labelled set (src/lib/face/testing/selfie-set.ts: 40 CC0 portraits, 8
 * scenes without a person, and composites of them with exact labels): prints each case's faces and
 * checks, the face-count accuracy, the accuracy of the too-small / off-centre / backlit flags, and the
 * detector's time per picture in Node (TensorFlow.js wasm, as in the worker). The browser's times are in
 * bench/selfie-browser.bench.ts. Prints only; the floors are held by src/lib/face/evaluation.test.ts.
 */
import { test } from 'vitest';
import { detectFaces } from '../src/lib/face';
import { evaluateSelfieSet } from '../src/lib/face/testing/evaluate';
import { nodeDetector } from '../src/lib/face/testing/node-detector';
import { loadFixture } from '../src/lib/face/testing/selfie-set';

const pct = (v: number) => `${(v * 100).toFixed(1)} %`;

test('selfie set: face count and flags', async () => {
	const run = await nodeDetector();
	const { results, countAccuracy, flagAccuracy } = await evaluateSelfieSet(run);
	for (const r of results) {
		const wrong = [
			!r.countRight && 'COUNT',
			...Object.entries(r.flags)
				.filter(([, ok]) => !ok)
				.map(([f]) => f),
		].filter(Boolean);
		const issues = r.analysis.checks
			.filter((c) => !c.skipped && c.status !== 'pass')
			.map((c) => `${c.id}:${c.status}(${c.value})`)
			.join(' ');
		console.log(
			`${r.case.name.padEnd(24)} faces ${r.analysis.faces.length} (want ${r.case.label.faces}) ${wrong.length ? `WRONG ${wrong.join(',')} ` : ''}${issues}`,
		);
	}
	const groups = [...new Set(results.map((r) => r.case.group))];
	for (const g of groups) {
		const inGroup = results.filter((r) => r.case.group === g);
		console.log(`${g}: ${inGroup.filter((r) => r.countRight).length}/${inGroup.length} face count right`);
	}
	console.log(`Face found / count right: ${pct(countAccuracy)} of ${results.length} cases`);
	for (const [flag, { cases, right }] of Object.entries(flagAccuracy))
		console.log(`Flag ${flag}: ${right}/${cases} right (${pct(right / cases)})`);
});

test('detector time per picture in Node (wasm backend)', async () => {
	const run = await nodeDetector();
	const image = await loadFixture('portrait-001.jpg');
	for (let i = 0; i < 5; i++) await detectFaces(image, run);
	const times: number[] = [];
	for (let i = 0; i < 20; i++) {
		const t0 = performance.now();
		await detectFaces(image, run);
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	console.log(`detectFaces on a 400 px portrait: median ${times[10]!.toFixed(1)} ms, p90 ${times[18]!.toFixed(1)} ms`);
});

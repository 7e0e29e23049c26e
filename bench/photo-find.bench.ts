/**
 * The document finder on pictures that look like users' photos, as users get it (JPEG → analyzePhoto):
 * - 500 seeded composites (composite.ts) on backgrounds drawn in code: keyboards, fabric, wood, paper of the
 *   card's colour, clutter, hands, desks; any rotation, perspective, 15–90 % fill, light gradients, shadows,
 *   glare, fingers over an edge, blur, JPEG; 20 % cut off;
 * - when ../shared/fixtures/photos is here, 100 more on real background photos from it (the kw_* scenes, CC0),
 *   and the hand-measured fixture photos (testing/fixture-corners.tsv).
 * Prints the worst-corner error, the ≤ 3 % rate, framing verdict accuracy, cut-off recall, wrong-confident and
 * "not sure" rates, per background too. Prints only; the floors are guarded by find-document.test.ts.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { test } from 'vitest';
import { analyzePhoto, type RgbaImage } from '../src/lib/photo';
import { makeComposite } from '../src/lib/photo/testing/composite';
import {
	evaluateCase,
	formatScore,
	score,
	worstCornerError,
	type CaseResult,
} from '../src/lib/photo/testing/find-eval';
import { readFixtureCorners } from '../src/lib/photo/testing/fixture-corners';

const FOLDER = fileURLToPath(new URL('../../shared/fixtures/photos/', import.meta.url));
const present = existsSync(`${FOLDER}labels.tsv`);
const COUNT = Number(process.env.FIND_CASES ?? 500);

async function load(file: string): Promise<RgbaImage> {
	const { data, info } = await sharp(`${FOLDER}${file}`)
		.rotate()
		.ensureAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

function breakdown(results: CaseResult[]): string {
	const groups = new Map<string, CaseResult[]>();
	for (const r of results) {
		const bg = / on ([a-z-]+)/.exec(r.label)![1]!;
		groups.set(bg, [...(groups.get(bg) ?? []), r]);
	}
	return [...groups]
		.map(([bg, rs]) => {
			const s = score(rs);
			return `  ${bg.padEnd(12)} n=${String(rs.length).padStart(3)}  ≤3 %: ${s.within3}/${s.inside}  verdict: ${s.verdictRight}/${s.cases}  cut-off: ${s.cutOffFound}/${s.cutOffCases}  wrong-confident: ${s.wrongConfident}  not sure: ${s.notSure}`;
		})
		.join('\n');
}

test('document finder on composites', { timeout: 1_800_000 }, async () => {
	const results: CaseResult[] = [];
	const started = performance.now();
	for (let seed = 1; seed <= COUNT; seed++) results.push(await evaluateCase(makeComposite(seed)));
	const ms = (performance.now() - started) / COUNT;
	const worst = results
		.filter((r) => r.got !== r.truth && !r.notSure)
		.slice(0, 15)
		.map(
			(r) =>
				`    seed ${r.seed}: ${r.label}: truth ${r.truth} got ${r.got}, corner error ${(100 * r.cornerError).toFixed(1)} %`,
		);
	console.log(
		[
			formatScore('Composites, backgrounds drawn in code', score(results)),
			breakdown(results),
			`  (${ms.toFixed(0)} ms a case, generation included)`,
			'  wrong confident, first 15:',
			...worst,
		].join('\n'),
	);
	if (!present) {
		console.log(`Real backgrounds and fixture photos skipped: ${FOLDER} is not here.`);
		return;
	}
	const scenes = ['kw_106_NIKON-D3400-35MM_S.JPG', 'kw_176_HONOR-7X_S.jpg', 'kw_180_HONOR-10_S.jpg'];
	const photos = await Promise.all(scenes.map(load));
	const real: CaseResult[] = [];
	for (let k = 0; k < 100; k++) {
		const c = makeComposite(100_000 + k, { backgroundPhoto: photos[k % photos.length] });
		real.push(await evaluateCase(c));
	}
	console.log(
		[formatScore('Composites on real background photos (kw_* scenes, CC0)', score(real)), breakdown(real)].join('\n'),
	);

	const lines: string[] = [];
	for (const row of readFixtureCorners()) {
		const image = await load(row.file);
		const a = analyzePhoto(image);
		const framing = a.checks.find((c) => c.id === 'framing')!;
		const diag = Math.hypot(image.width, image.height);
		const err =
			row.corners && a.document && !a.document.fillsFrame
				? `${(
						(100 *
							worstCornerError(
								a.document.corners,
								row.corners.map((p) => ({ x: p.x * image.width, y: p.y * image.height })),
							)) /
						diag
					).toFixed(1)} %`
				: '—';
		lines.push(
			`  ${row.file.padEnd(26)} ${row.framing.padEnd(8)} got ${String(framing.problem ?? 'pass').padEnd(20)} corner error ${err}`,
		);
	}
	console.log(['Fixture photos (hand-measured corners):', ...lines].join('\n'));
});

/**
 * Agreement with a person's labels on real photos (../shared/fixtures/photos/labels.tsv, read in place,
 * never copied). Clear labels must match; borderline ones ("soft", "partly", "slightly soft",
 * "moderately sharp") are shown but not scored, as the fixtures' README allows. The kw_* photos are
 * ordinary scenes from a blur dataset: they score sharpness only, not document checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { analyzePhoto } from './index';
import type { PhotoAnalysis, PhotoCheck } from './types';

const FOLDER = fileURLToPath(new URL('../../../../shared/fixtures/photos/', import.meta.url));
const present = existsSync(`${FOLDER}labels.tsv`);
if (!present)
	console.warn(`Skipping the real-photo agreement tests: ${FOLDER} is not here (it is not part of the repository).`);

type Expect = 'pass' | 'flag' | 'either';
interface Row {
	file: string;
	scene: boolean;
	sharpness: string;
	glare: string;
	cutOff: string;
	exposure: string;
}

/** Label text → what the check should say. */
const expectSharpness = (label: string): Expect =>
	/^blurry/.test(label) ? 'flag' : /^sharp/.test(label) ? 'pass' : 'either';
const expectGlare = (label: string): Expect => (/^yes/.test(label) ? 'flag' : /^no/.test(label) ? 'pass' : 'either');
const expectCutOff = (label: string): Expect =>
	/^(yes|occluded)/.test(label) ? 'flag' : /^no/.test(label) ? 'pass' : 'either';
const expectExposure = (label: string): Expect =>
	/^(bright|dark)/.test(label) ? 'flag' : /^ok/.test(label) ? 'pass' : 'either';

/** The measured side: does the check flag a problem? Framing flags only "cut off" for the cut_off label. */
const flagged = (c: PhotoCheck): boolean => (c.id === 'framing' ? c.problem === 'cut-off' : c.status !== 'pass');

function rows(): Row[] {
	return readFileSync(`${FOLDER}labels.tsv`, 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => line.split('\t'))
		.map((f) => ({
			file: f[0]!,
			scene: f[0]!.startsWith('kw_'),
			sharpness: f[6]!,
			glare: f[7]!,
			cutOff: f[8]!,
			exposure: f[9]!,
		}));
}

async function analyse(file: string): Promise<PhotoAnalysis> {
	const { data, info } = await sharp(`${FOLDER}${file}`)
		.rotate()
		.ensureAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	return analyzePhoto({
		width: info.width,
		height: info.height,
		data: new Uint8Array(data.buffer, data.byteOffset, data.length),
	});
}

describe.skipIf(!present)('agreement with the labelled photos', () => {
	it('prints the table and reaches the floors', { timeout: 120_000 }, async () => {
		const table: string[] = [];
		const score: Record<string, { agree: number; total: number; misses: string[] }> = {
			sharpness: { agree: 0, total: 0, misses: [] },
			glare: { agree: 0, total: 0, misses: [] },
			framing: { agree: 0, total: 0, misses: [] },
			exposure: { agree: 0, total: 0, misses: [] },
		};
		for (const row of rows()) {
			const result = await analyse(row.file);
			const check = (id: string) => result.checks.find((c) => c.id === id)!;
			const cells: string[] = [];
			const pairs: Array<[string, string, Expect]> = [['sharpness', row.sharpness, expectSharpness(row.sharpness)]];
			if (!row.scene) {
				pairs.push(
					['glare', row.glare, expectGlare(row.glare)],
					['framing', row.cutOff, expectCutOff(row.cutOff)],
					['exposure', row.exposure, expectExposure(row.exposure)],
				);
			}
			for (const [id, label, want] of pairs) {
				const c = check(id);
				const got = flagged(c);
				const mark = want === 'either' ? '~' : (want === 'flag') === got ? '✓' : '✗';
				if (want !== 'either') {
					score[id]!.total++;
					if (mark === '✓') score[id]!.agree++;
					else
						score[id]!.misses.push(
							`${row.file} (label "${label}", got ${c.status}${c.problem ? ` ${c.problem}` : ''} ${c.value})`,
						);
				}
				cells.push(`${id}: ${mark} ${c.status}${c.problem ? `/${c.problem}` : ''} ${c.value}`);
			}
			table.push(`${row.file.padEnd(30)} ${result.verdict.padEnd(6)} ${cells.join(' · ')}`);
		}
		const summary = Object.entries(score).map(
			([id, s]) =>
				`${id.padEnd(10)} ${s.agree}/${s.total}${s.misses.length ? `   misses: ${s.misses.join('; ')}` : ''}`,
		);
		console.log(['', '✓ agrees · ✗ disagrees · ~ borderline label, not scored', ...table, '', ...summary].join('\n'));
		// Floors we reach today (see the report for why the misses are hard): raise them as the scorer improves.
		expect(score.sharpness!.agree).toBeGreaterThanOrEqual(22);
		expect(score.glare!.agree).toBeGreaterThanOrEqual(14);
		expect(score.framing!.agree).toBeGreaterThanOrEqual(15);
		expect(score.exposure!.agree).toBeGreaterThanOrEqual(16);
	});
});

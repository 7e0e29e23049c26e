/**
 * The MRZ reader on the real photos (../shared/fixtures/photos), the whole photo alone against the
 * document first: as in the readiness worker, the MRZ is read at a long side of at most 2400 px and
 * the photo scorer runs at its own decode size (DECODE_LONG_SIDE); where its finder is sure of the
 * document, the reader gets its corners. Prints each
 * photo's outcome both ways, and the totals (exact MRZs, wrong `read`s, MRZs claimed where there is none).
 * Run: npx vitest run --project bench bench/mrz-region.bench.ts
 */
import { existsSync, readdirSync } from 'node:fs';
import sharp from 'sharp';
import { test } from 'vitest';
import { grayOfRgba, readMrzInImage, type MrzResult } from '../src/lib/mrz';
import { nodeRecogniser, PHOTOS, transcriptions } from '../src/lib/mrz/testing/node-engine';
import { analyzePhoto, thresholds } from '../src/lib/photo';
import { sureDocument } from '../src/lib/ready/photo';

/** No time limit (the reader's own is 8 s): under load it, not the region, would decide some photos. */
const NO_DEADLINE = 600_000;
/** The readiness worker's decode size (src/workers/mrz.worker.ts). */
const READ_LONG_SIDE = 2400;

test.skipIf(!existsSync(PHOTOS))(
	'MRZ reader: whole photo against the document found first',
	async () => {
		const recognise = await nodeRecogniser();
		const truth = transcriptions();
		const totals = {
			whole: { exact: 0, wrong: 0, falseMrz: 0, ms: [] as number[] },
			region: { exact: 0, wrong: 0, falseMrz: 0, ms: [] as number[] },
		};
		const rows: string[] = [];
		let sure = 0;
		for (const file of readdirSync(PHOTOS).filter((f) => /\.(jpe?g|png)$/i.test(f))) {
			const { data, info } = await sharp(PHOTOS + file)
				.rotate()
				.resize(READ_LONG_SIDE, READ_LONG_SIDE, { fit: 'inside', withoutEnlargement: true })
				.ensureAlpha()
				.raw()
				.toBuffer({ resolveWithObject: true });
			const rgba = { width: info.width, height: info.height, data: new Uint8Array(data) };
			const scored = await sharp(PHOTOS + file)
				.rotate()
				.resize(thresholds.DECODE_LONG_SIDE, thresholds.DECODE_LONG_SIDE, { fit: 'inside', withoutEnlargement: true })
				.ensureAlpha()
				.raw()
				.toBuffer({ resolveWithObject: true });
			const corners = sureDocument(
				analyzePhoto({ width: scored.info.width, height: scored.info.height, data: new Uint8Array(scored.data) }),
			);
			const scale = info.width / scored.info.width;
			const region = corners && (corners.map((p) => ({ x: p.x * scale, y: p.y * scale })) as unknown as typeof corners);
			if (region) sure++;
			const gray = grayOfRgba(info.width, info.height, rgba.data);
			const want = truth.get(file)?.join('|');
			const outcome = (key: 'whole' | 'region', result: MrzResult, ms: number) => {
				const got = result.lines.join('|');
				const t = totals[key];
				t.ms.push(ms);
				if (want && got === want) t.exact++;
				else if (want && result.status === 'read') t.wrong++;
				if (!want && result.status !== 'not-found') t.falseMrz++;
				return `${result.status.padEnd(9)} ${want ? (got === want ? 'exact  ' : 'differs') : 'no MRZ '} ${ms.toFixed(0).padStart(6)} ms`;
			};
			let t = performance.now();
			const whole = readMrzInImage(gray, recognise, { maxMs: NO_DEADLINE }).result;
			const a = outcome('whole', whole, performance.now() - t);
			let b = '(no sure document: same as whole)';
			if (region) {
				t = performance.now();
				const inRegion = readMrzInImage(gray, recognise, { region, maxMs: NO_DEADLINE }).result;
				b = outcome('region', inRegion, performance.now() - t);
			} else outcome('region', whole, totals.whole.ms.at(-1)!);
			rows.push(`${file.padEnd(34)} whole: ${a} | document first: ${b}`);
		}
		console.log(rows.join('\n'));
		const median = (ms: number[]) => [...ms].sort((x, y) => x - y)[ms.length >> 1]!.toFixed(0);
		for (const key of ['whole', 'region'] as const) {
			const t = totals[key];
			console.log(
				`${key === 'whole' ? 'whole photo   ' : 'document first'}: exact ${t.exact}/${truth.size}, wrong read ${t.wrong}, MRZ where none ${t.falseMrz}, median ${median(t.ms)} ms`,
			);
		}
		console.log(`sure document on ${sure} photos`);
	},
	1_800_000,
);

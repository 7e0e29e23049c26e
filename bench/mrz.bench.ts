/**
 * MRZ reader on the real photos (../shared/fixtures/photos, against testing/transcriptions.tsv), in
 * Node with the same engine and data as the worker. Prints: exact MRZs, wrong `read`s, characters
 * right on the MRZs found, MRZs claimed on photos without one, and time per photo.
 * Run: npx vitest run --project bench bench/mrz.bench.ts  (AS_WORKER=1: the worker's search copy and cut-outs)
 */
import { existsSync, readdirSync } from 'node:fs';
import sharp from 'sharp';
import { test } from 'vitest';
import { readMrzInImage } from '../src/lib/mrz';
import { asTheWorker, nodeRecogniser, PHOTOS, transcriptions } from '../src/lib/mrz/testing/node-engine';

/** AS_WORKER=1: search a 1000 px copy and cut each band from the full photo, as the worker does. */
const AS_WORKER = Boolean(process.env.AS_WORKER);

test.skipIf(!existsSync(PHOTOS))('MRZ reader on the real photos', async () => {
	const t0 = performance.now();
	const recognise = await nodeRecogniser();
	const start = performance.now() - t0;
	const truth = transcriptions();
	let exact = 0;
	let wrongRead = 0;
	let falseMrz = 0;
	let chars = 0;
	let right = 0;
	const times: number[] = [];
	const rows: string[] = [];
	for (const file of readdirSync(PHOTOS).filter((f) => /\.(jpe?g|png)$/i.test(f))) {
		const { data, info } = await sharp(PHOTOS + file)
			.rotate()
			.greyscale()
			.raw()
			.toBuffer({ resolveWithObject: true });
		const t = performance.now();
		const full = { width: info.width, height: info.height, data: new Uint8Array(data) };
		const worker = AS_WORKER ? asTheWorker(full) : null;
		const { result, reads } = worker
			? readMrzInImage(worker.search, recognise, { detail: worker.detail })
			: readMrzInImage(full, recognise);
		const ms = performance.now() - t;
		times.push(ms);
		const want = truth.get(file);
		const got = result.lines.join('|');
		if (want) {
			const w = want.join('|');
			if (got === w) exact++;
			else if (result.status === 'read') wrongRead++;
			for (let i = 0; i < w.length; i++) {
				chars++;
				if (got[i] === w[i]) right++;
			}
		} else if (result.status !== 'not-found') falseMrz++;
		rows.push(
			`${file.padEnd(34)} ${result.status.padEnd(10)} ${want ? (got === want.join('|') ? 'exact' : 'differs') : 'no MRZ'} ${ms.toFixed(0).padStart(6)} ms ${reads} reads ${result.doubtfulFields.join(',')}`,
		);
	}
	times.sort((a, b) => a - b);
	console.log(rows.join('\n'));
	console.log(
		[
			`engine start ${start.toFixed(0)} ms`,
			`exact MRZ ${exact}/${truth.size} (${((100 * exact) / truth.size).toFixed(0)} %)`,
			`wrong read ${wrongRead}`,
			`characters right ${right}/${chars} (${((100 * right) / chars).toFixed(1)} %)`,
			`MRZ claimed on photos without one ${falseMrz}`,
			`per photo median ${times[times.length >> 1]!.toFixed(0)} ms, max ${times[times.length - 1]!.toFixed(0)} ms`,
		].join('\n'),
	);
});

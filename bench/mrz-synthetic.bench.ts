/**
 * MRZ reader on seeded synthetic OCR-B strips under REFERENCE §8.1's conditions (clean, mild, small,
 * hard), the whole reader (band finding included) with the worker's engine and data. Prints, per
 * condition: characters right, exact MRZs, `read` verdicts, wrong `read`s (the number that must stay
 * 0) and time per strip. Needs the OCR-B font (Debian: apt-get install fonts-ocr-b); skipped without.
 * Run: npx vitest run --project bench bench/mrz-synthetic.bench.ts  (STRIPS=n per condition, default 16)
 */
import { test } from 'vitest';
import { readMrzInImage } from '../src/lib/mrz';
import { nodeRecogniser } from '../src/lib/mrz/testing/node-engine';
import { CONDITIONS, randomTd3, renderStrip, ocrBFontInstalled } from '../src/lib/mrz/testing/synthetic';
import { seededRandom } from '../src/lib/testing/seeded-random';

const fontPresent = ocrBFontInstalled();
if (!fontPresent)
	console.warn('MRZ synthetic bench skipped: the OCR-B font is not installed (apt-get install fonts-ocr-b).');

const STRIPS = Number(process.env.STRIPS ?? 16);

test.skipIf(!fontPresent)('MRZ reader on synthetic OCR-B strips', async () => {
	const recognise = await nodeRecogniser();
	for (const condition of CONDITIONS) {
		const random = seededRandom(9303 + condition.glyph);
		let chars = 0;
		let right = 0;
		let exact = 0;
		let reads = 0;
		let wrongReads = 0;
		const times: number[] = [];
		for (let i = 0; i < STRIPS; i++) {
			const truth = randomTd3(random);
			const strip = await renderStrip(truth, condition, random);
			const t = performance.now();
			const { result } = readMrzInImage(strip, recognise);
			times.push(performance.now() - t);
			const want = truth.join('|');
			const got = result.lines.join('|');
			for (let k = 0; k < want.length; k++) {
				chars++;
				if (got[k] === want[k]) right++;
			}
			if (got === want) exact++;
			if (result.status === 'read') {
				reads++;
				if (got !== want) wrongReads++;
			}
		}
		times.sort((a, b) => a - b);
		console.log(
			`${condition.name.padEnd(6)} characters right ${((100 * right) / chars).toFixed(2)} % (${right}/${chars}), exact ${exact}/${STRIPS}, read ${reads}, wrong read ${wrongReads}, median ${times[times.length >> 1]!.toFixed(0)} ms`,
		);
	}
});

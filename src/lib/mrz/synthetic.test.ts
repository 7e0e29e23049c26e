/**
 * The reader on seeded synthetic OCR-B strips at REFERENCE §8.1's "mild" condition (24 px glyphs,
 * 1° tilt, blur, noise, JPEG): ≥ 99.5 % of characters right and never a wrong `read`. Needs the OCR-B
 * font (Debian fonts-ocr-b, which .ci/run installs); skipped with a message without it.
 * bench/mrz-synthetic.bench.ts prints all four conditions.
 */
import { beforeAll, expect, test } from 'vitest';
import { readMrzInImage, type Recognise } from './index';
import { nodeRecogniser } from './testing/node-engine';
import { CONDITIONS, randomTd3, renderStrip, ocrBFontInstalled } from './testing/synthetic';
import { seededRandom } from '../testing/seeded-random';

const fontPresent = ocrBFontInstalled();
if (!fontPresent)
	console.warn('MRZ synthetic test skipped: the OCR-B font is not installed (apt-get install fonts-ocr-b).');

let recognise: Recognise;
beforeAll(async () => {
	if (fontPresent) recognise = await nodeRecogniser();
});

test.skipIf(!fontPresent)(
	'mild strips: ≥ 99.5 % of characters right, no wrong read',
	{ timeout: 180_000 },
	async () => {
		const mild = CONDITIONS.find((condition) => condition.name === 'mild')!;
		const random = seededRandom(44);
		let chars = 0;
		let right = 0;
		for (let i = 0; i < 6; i++) {
			const truth = randomTd3(random);
			const { result } = readMrzInImage(await renderStrip(truth, mild, random), recognise);
			const want = truth.join('|');
			const got = result.lines.join('|');
			for (let k = 0; k < want.length; k++) {
				chars++;
				if (got[k] === want[k]) right++;
			}
			if (result.status === 'read') expect(result.lines).toEqual(truth);
		}
		expect(right / chars).toBeGreaterThanOrEqual(0.995);
	},
);

/**
 * The reader on the real photos in ../shared/fixtures/photos (read in place; skipped with a message
 * when absent), against the MRZ a person transcribed (testing/transcriptions.tsv). Floors, not
 * fitted results: never `read` with a wrong character, never an MRZ on a photo without one, and at
 * least the share of exact MRZs measured when this was written (bench/mrz.bench.ts prints it).
 */
import { existsSync, readdirSync } from 'node:fs';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { readMrzInImage, type Recognise } from './index';
import { asTheWorker, nodeRecogniser, PHOTOS, transcriptions } from './testing/node-engine';

const present = existsSync(PHOTOS);
if (!present) console.warn(`MRZ real-photo tests skipped: ${PHOTOS} is absent (it is not part of the repository).`);

/** Exact MRZs on the transcribed photos, at least (10 of 12 when measured). */
const EXACT_FLOOR = 10;

async function gray(file: string) {
	const { data, info } = await sharp(PHOTOS + file)
		.rotate()
		.greyscale()
		.raw()
		.toBuffer({ resolveWithObject: true });
	return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

describe.skipIf(!present)('MRZ reader on real photos', { timeout: 120_000 }, () => {
	let recognise: Recognise;
	beforeAll(async () => {
		recognise = await nodeRecogniser();
	});

	test('a German ID card (TD1, back side) is read exactly', async () => {
		const { result } = readMrzInImage(await gray('pe_53_id-d.jpg'), recognise);
		expect(result.status).toBe('read');
		expect(result.format).toBe('TD1');
		expect(result.lines).toEqual(transcriptions().get('pe_53_id-d.jpg'));
	});

	test('a Latvian passport photographed sideways (TD3) is read exactly', async () => {
		const { result } = readMrzInImage(await gray('pe_0_pass-lva.jpg'), recognise);
		expect(result.status).toBe('read');
		expect(result.format).toBe('TD3');
		expect(result.lines).toEqual(transcriptions().get('pe_0_pass-lva.jpg'));
	});

	test('an MRZ printed in red on a red tint (an Azerbaijani passport) is found and read to the last character', async () => {
		const { result } = readMrzInImage(await gray('mrzs_img3.jpg'), recognise);
		expect(result.status).not.toBe('not-found');
		expect(result.lines).toEqual(transcriptions().get('mrzs_img3.jpg'));
	});

	test("the worker's way (a small copy searched, each band cut from the full photo) reads as the full photo does", async () => {
		const full = await gray('mrzs_test_mrz.jpg');
		const { search, detail } = asTheWorker(full);
		expect(search.width).toBeLessThan(full.width);
		const { result } = readMrzInImage(search, recognise, { detail });
		expect(result.status).toBe('read');
		expect(result.lines).toEqual(transcriptions().get('mrzs_test_mrz.jpg'));
	});

	test('a printed page (a document without an MRZ) has none', async () => {
		expect(readMrzInImage(await gray('jscanify_test4.JPG'), recognise).result.status).toBe('not-found');
	});

	test('an unreadable photo (the ID card blurred beyond reading) is never read', async () => {
		const blurred = await sharp(PHOTOS + 'pe_53_id-d.jpg')
			.blur(4)
			.greyscale()
			.raw()
			.toBuffer({ resolveWithObject: true });
		const { result } = readMrzInImage(
			{ width: blurred.info.width, height: blurred.info.height, data: new Uint8Array(blurred.data) },
			recognise,
		);
		expect(result.status).not.toBe('read');
	});

	test(`every photo: never a wrong read, never an MRZ where there is none, ≥ ${EXACT_FLOOR} exact`, async () => {
		const truth = transcriptions();
		let exact = 0;
		const files = readdirSync(PHOTOS).filter((file) => /\.(jpe?g|png)$/i.test(file));
		for (const file of files) {
			const { result } = readMrzInImage(await gray(file), recognise);
			const want = truth.get(file);
			if (result.status === 'read') expect(result.lines, file).toEqual(want);
			if (!want && file !== 'docal_run_test_card.jpg') expect(result.status, file).toBe('not-found');
			if (want && result.lines.join('|') === want.join('|')) exact++;
		}
		expect(exact).toBeGreaterThanOrEqual(EXACT_FLOOR);
	}, 600_000);
});

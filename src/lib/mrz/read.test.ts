import { describe, expect, test } from 'vitest';
import { readMrzInImage } from './read';
import type { GrayImage } from './gray';

/** A light page with two long dark bars, MRZ-shaped, so bands are found without any recogniser. */
function page(): GrayImage {
	const width = 600;
	const height = 300;
	const data = new Uint8Array(width * height).fill(220);
	for (const top of [200, 230])
		for (let y = top; y < top + 12; y++) for (let x = 60; x < 540; x++) if (x % 12 < 8) data[y * width + x] = 30; // letters with gaps
	return { width, height, data };
}

describe('readMrzInImage', () => {
	test('a recogniser that reads nothing: not-found, after at most maxReads strips', () => {
		let calls = 0;
		const report = readMrzInImage(page(), () => (calls++, []), { maxReads: 3 });
		expect(report.result.status).toBe('not-found');
		expect(report.bands).toBeGreaterThan(0);
		expect(calls).toBeLessThanOrEqual(3);
	});

	test('no strip is started once the time is up', () => {
		let calls = 0;
		let clock = 0;
		const report = readMrzInImage(page(), () => (calls++, (clock += 5000), []), { maxMs: 4000, now: () => clock });
		expect(report.result.status).toBe('not-found');
		expect(calls).toBe(1);
	});

	test('the second, differently sized reading doubts characters the first read otherwise', () => {
		const td1 = ['IDD<<T220001293<<<<<<<<<<<<<<<', '6408125<2010315D<<<<<<<<<<<<<4', 'MUSTERMANN<<ERIKA<<<<<<<<<<<<<'];
		let calls = 0;
		const line = (text: string) => ({ text, confidences: [...text].map(() => 0.99) });
		const report = readMrzInImage(page(), () => {
			calls++;
			// The second reading sees MUSTERMANM: the name (no check digit) must then be doubted.
			return calls % 2 ? td1.map(line) : [td1[0]!, td1[1]!, 'MUSTERMANM<<ERIKA<<<<<<<<<<<<<'].map(line);
		});
		expect(report.result.status).toBe('uncertain');
		expect(report.result.doubtfulFields).toContain('lastName');
	});
});

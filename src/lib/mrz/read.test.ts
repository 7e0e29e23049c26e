import { describe, expect, test } from 'vitest';
import { readMrzInImage } from './read';
import { shrinkGray, type GrayImage } from './gray';
import type { Detail } from './read';

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

	test('a band that would be enlarged is cut from the detail source instead, at the same size and sharper', () => {
		const full = page();
		const search = shrinkGray(full, 300);
		const strips: GrayImage[] = [];
		readMrzInImage(search, (strip) => (strips.push(strip), []), { maxReads: 1 });
		const asked: number[] = [];
		const detail: Detail = (box, zoom) => {
			asked.push(zoom);
			// The full page holds two pixels for each of the search copy's.
			const x = Math.floor(box.x * 2);
			const y = Math.floor(box.y * 2);
			const width = Math.ceil((box.x + box.width) * 2) - x;
			const height = Math.ceil((box.y + box.height) * 2) - y;
			const data = new Uint8Array(width * height);
			for (let row = 0; row < height; row++)
				for (let col = 0; col < width; col++)
					data[row * width + col] = full.data[(y + row) * full.width + x + col] ?? 255;
			return { image: { width, height, data }, box: { x: x / 2, y: y / 2, width: width / 2, height: height / 2 } };
		};
		readMrzInImage(search, (strip) => (strips.push(strip), []), { maxReads: 1, detail });
		expect(asked.length).toBe(1);
		expect(asked[0]).toBeGreaterThan(1);
		const [enlarged, fromCut] = strips;
		// The same band at the same size, but cut from the sharper full page: more contrast between bar and gap.
		expect(Math.abs(fromCut!.width - enlarged!.width)).toBeLessThanOrEqual(1);
		expect(Math.abs(fromCut!.height - enlarged!.height)).toBeLessThanOrEqual(1);
		const spread = (strip: GrayImage) => {
			const mean = strip.data.reduce((sum, v) => sum + v, 0) / strip.data.length;
			return Math.sqrt(strip.data.reduce((sum, v) => sum + (v - mean) ** 2, 0) / strip.data.length);
		};
		expect(spread(fromCut!)).toBeGreaterThan(spread(enlarged!));
	});
});

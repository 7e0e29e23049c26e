import { describe, expect, it } from 'vitest';
import { displaySize, inspectPhotoFile, readJpegHeader, reducedDecodeSize, sniffImageFormat, webCodecsDecodeSize } from './file';
import { DECODE_LONG_SIDE, MAX_FILE_BYTES } from './thresholds';

const bytes = (...values: Array<number | string>) =>
	Uint8Array.from(values.flatMap((v) => (typeof v === 'string' ? Array.from(v, (c) => c.charCodeAt(0)) : [v])));

/** A minimal JPEG head: SOI, APP1 Exif (big-endian, Orientation = `orientation`), SOF0 with the size. */
function jpegHead(width: number, height: number, orientation = 1): Uint8Array {
	const tiff = [0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0, 0, 0];
	const app1 = [0xff, 0xe1, 0, 2 + 6 + tiff.length, ...bytes('Exif', 0, 0), ...tiff];
	const sof = [0xff, 0xc0, 0, 17, 8, height >> 8, height & 255, width >> 8, width & 255, 3];
	return Uint8Array.from([0xff, 0xd8, ...app1, ...sof, ...new Array(12).fill(0)]);
}

describe('sniffImageFormat', () => {
	it.each<[string, Uint8Array, string | null]>([
		['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'jpeg'],
		['PNG', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a), 'png'],
		['WebP', bytes('RIFF', 0, 0, 0, 0, 'WEBP'), 'webp'],
		// An iPhone photo: ISO-BMFF with the heic brand.
		['HEIC from an iPhone', bytes(0, 0, 0, 24, 'ftypheic'), 'heic'],
		['HEIF with the mif1 brand', bytes(0, 0, 0, 24, 'ftypmif1'), 'heic'],
		['AVIF', bytes(0, 0, 0, 24, 'ftypavif'), 'avif'],
		// A text file renamed to .jpg.
		['text renamed .jpg', bytes('hello, this is not a photo'), null],
		// A PDF scan of the ID.
		['PDF', bytes('%PDF-1.7'), null],
		// An MP4 video (ftyp with a video brand).
		['MP4 video', bytes(0, 0, 0, 24, 'ftypisom'), null],
	])('%s', (_, head, expected) => expect(sniffImageFormat(head)).toBe(expected));
});

describe('readJpegHeader', () => {
	it('reads the size from SOF0', () => expect(readJpegHeader(jpegHead(4032, 3024))).toEqual({ width: 4032, height: 3024, orientation: 1 }));
	it('reads EXIF orientation 6 (a phone held upright) and swaps the displayed size', () => {
		const header = readJpegHeader(jpegHead(4032, 3024, 6))!;
		expect(header.orientation).toBe(6);
		expect(displaySize(header)).toEqual({ width: 3024, height: 4032 });
	});
	it('returns null when the head stops before SOF', () => expect(readJpegHeader(jpegHead(10, 10).subarray(0, 20))).toBeNull());
});

describe('inspectPhotoFile', () => {
	it.each<[string, number, Uint8Array, string]>([
		['an empty file', 0, new Uint8Array(0), 'empty-file'],
		['a 100 MB file', 100 * 1024 * 1024, jpegHead(100, 100), 'file-too-large'],
		['a text file renamed .jpg', 30, bytes('not an image at all'), 'not-an-image'],
		// 20000 × 15000 = 300 MP: refused from the header alone.
		['a 300 MP JPEG', 5_000_000, jpegHead(20000, 15000), 'too-many-pixels'],
	])('refuses %s', (_, size, head, problem) => {
		expect(inspectPhotoFile(size, head)).toEqual({ ok: false, problem });
	});

	it('accepts a file at the size limit', () => expect(inspectPhotoFile(MAX_FILE_BYTES, jpegHead(100, 100)).ok).toBe(true));

	it('accepts a 50 MP JPEG and reads its size, so it can be decoded at a reduced size', () => {
		const inspection = inspectPhotoFile(20_000_000, jpegHead(8160, 6120));
		expect(inspection).toMatchObject({ ok: true, format: 'jpeg', header: { width: 8160, height: 6120 } });
	});

	it('passes HEIC on to the browser (Safari decodes it)', () => {
		expect(inspectPhotoFile(2_000_000, bytes(0, 0, 0, 24, 'ftypheic'))).toMatchObject({ ok: true, format: 'heic', header: null });
	});
});

describe('reducedDecodeSize', () => {
	it.each<[string, { width: number; height: number; orientation: number } | null, { width: number; height: number } | null]>([
		// A 12 MP phone photo: decoded near the working size (the browser resizes while decoding).
		['12 MP phone photo', { width: 4032, height: 3024, orientation: 6 }, { width: DECODE_LONG_SIDE, height: 1440 }],
		// Already small enough: decoded whole.
		['1600 px photo', { width: 1600, height: 1200, orientation: 1 }, null],
		// No header (WebP, HEIC): nothing to go by.
		['no header', null, null],
		// A 50 MP camera photo: bounded to DECODE_LONG_SIDE, aspect kept, stored orientation.
		['50 MP photo', { width: 8160, height: 6120, orientation: 1 }, { width: DECODE_LONG_SIDE, height: 1440 }],
		['50 MP portrait as stored', { width: 6120, height: 8160, orientation: 1 }, { width: 1440, height: DECODE_LONG_SIDE }],
	])('%s', (_, header, size) => expect(reducedDecodeSize(header)).toEqual(size));
});

describe('webCodecsDecodeSize', () => {
	it.each<[string, 'jpeg' | 'png', { width: number; height: number; orientation: number } | null, { width: number; height: number } | null]>([
		// A 12 MP phone JPEG: scaled in the DCT to about 1.5× the working size.
		['12 MP phone JPEG', 'jpeg', { width: 4032, height: 3024, orientation: 6 }, { width: DECODE_LONG_SIDE, height: 1440 }],
		// Longer than DECODE_LONG_SIDE: scaled too (the DCT gives 7/8, 1792 px).
		['2048 px JPEG', 'jpeg', { width: 2048, height: 1536, orientation: 1 }, { width: DECODE_LONG_SIDE, height: 1440 }],
		// Already small enough: decoded whole.
		['1600 px JPEG', 'jpeg', { width: 1600, height: 1200, orientation: 1 }, null],
		// PNG cannot scale while decoding: whole, unless huge.
		['12 MP PNG', 'png', { width: 4032, height: 3024, orientation: 1 }, null],
		['50 MP PNG', 'png', { width: 8160, height: 6120, orientation: 1 }, { width: DECODE_LONG_SIDE, height: 1440 }],
	])('%s', (_, format, header, size) => expect(webCodecsDecodeSize(format, header)).toEqual(size));
});

import { describe, expect, it } from 'vitest';
import {
	displaySize,
	inspectPhotoFile,
	readBmpHeader,
	readGifHeader,
	readIsoBmffHeader,
	readJpegHeader,
	readWebpHeader,
	reducedDecodeSize,
	sniffImageFormat,
	webCodecsDecodeSize,
} from './file';
import { DECODE_LONG_SIDE, MAX_FILE_BYTES } from './thresholds';

const bytes = (...values: Array<number | string>) =>
	Uint8Array.from(values.flatMap((v) => (typeof v === 'string' ? Array.from(v, (c) => c.charCodeAt(0)) : [v])));

/** A minimal JPEG head: SOI, APP1 Exif (big-endian, Orientation = `orientation`), SOF0 with the size. */
function jpegHead(width: number, height: number, orientation = 1): Uint8Array {
	const tiff = [
		0x4d,
		0x4d,
		0,
		0x2a,
		0,
		0,
		0,
		8,
		0,
		1,
		0x01,
		0x12,
		0,
		3,
		0,
		0,
		0,
		1,
		0,
		orientation,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
	];
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
	it('reads the size from SOF0', () =>
		expect(readJpegHeader(jpegHead(4032, 3024))).toEqual({ width: 4032, height: 3024, orientation: 1 }));
	it('reads EXIF orientation 6 (a phone held upright) and swaps the displayed size', () => {
		const header = readJpegHeader(jpegHead(4032, 3024, 6))!;
		expect(header.orientation).toBe(6);
		expect(displaySize(header)).toEqual({ width: 3024, height: 4032 });
	});
	it('returns null when the head stops before SOF', () =>
		expect(readJpegHeader(jpegHead(10, 10).subarray(0, 20))).toBeNull());
});

const le16 = (v: number) => [v & 255, v >> 8];
const le32 = (v: number) => [v & 255, (v >> 8) & 255, (v >> 16) & 255, (v >>> 24) & 255];
const be32 = (v: number) => [(v >>> 24) & 255, (v >> 16) & 255, (v >> 8) & 255, v & 255];

/** WebP heads as libwebp writes them: RIFF, size, WEBP, then the first chunk. */
const webp = {
	// Lossy: frame tag (3 bytes), start code 9D 01 2A, then 14-bit width and height.
	lossy: (w: number, h: number) =>
		bytes(
			'RIFF',
			...le32(1000),
			'WEBPVP8 ',
			...le32(900),
			0x30,
			0x01,
			0x00,
			0x9d,
			0x01,
			0x2a,
			...le16(w),
			...le16(h),
			0,
			0,
		),
	// Lossless: signature 0x2F, then width − 1 and height − 1 in 14 bits each.
	lossless: (w: number, h: number) =>
		bytes('RIFF', ...le32(1000), 'WEBPVP8L', ...le32(900), 0x2f, ...le32((w - 1) | ((h - 1) << 14)), 0, 0, 0, 0, 0),
	// Extended: flags, then canvas width − 1 and height − 1 in 24 bits each.
	extended: (w: number, h: number) =>
		bytes(
			'RIFF',
			...le32(1000),
			'WEBPVP8X',
			...le32(10),
			0x08,
			0,
			0,
			0,
			...le32(w - 1).slice(0, 3),
			...le32(h - 1).slice(0, 3),
		),
};

/** An iPhone-like HEIC head: ftyp, then a meta box whose properties hold a 512 × 512 tile ispe and the 4032 × 3024 image ispe. */
function heicHead(width: number, height: number, brand = 'heic'): Uint8Array {
	const ispe = (w: number, h: number) => [
		...be32(20),
		...Array.from('ispe', (c) => c.charCodeAt(0)),
		0,
		0,
		0,
		0,
		...be32(w),
		...be32(h),
	];
	return bytes(
		...be32(24),
		'ftyp',
		brand,
		0,
		0,
		0,
		0,
		'mif1',
		brand,
		...be32(100),
		'meta',
		0,
		0,
		0,
		0,
		...ispe(512, 512),
		...ispe(width, height),
		0,
		0,
		0,
		0,
	);
}

describe('header readers of the formats decoded whole', () => {
	it.each<[string, Uint8Array | null, { width: number; height: number } | null]>([
		['lossy WebP', webp.lossy(4032, 3024), { width: 4032, height: 3024 }],
		['lossless WebP', webp.lossless(1000, 700), { width: 1000, height: 700 }],
		['extended WebP (a 16383 px canvas)', webp.extended(16383, 9000), { width: 16383, height: 9000 }],
	])('%s', (_, head, size) => expect(readWebpHeader(head!)).toMatchObject(size!));

	it('reads a GIF logical screen', () =>
		expect(readGifHeader(bytes('GIF89a', ...le16(640), ...le16(480), 0, 0, 0))).toMatchObject({
			width: 640,
			height: 480,
		}));

	it('reads a BMP size, a top-down one (negative height) too', () => {
		const bmp = (w: number, h: number) =>
			bytes('BM', ...le32(0), 0, 0, 0, 0, ...le32(54), ...le32(40), ...le32(w), ...le32(h), 1, 0, 24, 0);
		expect(readBmpHeader(bmp(800, 600))).toMatchObject({ width: 800, height: 600 });
		expect(readBmpHeader(bmp(800, -600))).toMatchObject({ width: 800, height: 600 });
	});

	it('takes the largest ispe of a HEIC (the image, not its tiles), and of an AVIF', () => {
		expect(readIsoBmffHeader(heicHead(4032, 3024))).toMatchObject({ width: 4032, height: 3024 });
		expect(readIsoBmffHeader(heicHead(2000, 1500, 'avif'))).toMatchObject({ width: 2000, height: 1500 });
	});

	it('reads the files sharp (libwebp, libheif, giflib-style) writes', async () => {
		const { default: sharp } = await import('sharp');
		const image = sharp({ create: { width: 333, height: 222, channels: 3, background: { r: 200, g: 120, b: 40 } } });
		const files: Array<[string, Buffer]> = [
			['webp', await image.clone().webp({ quality: 80 }).toBuffer()],
			['webp', await image.clone().webp({ lossless: true }).toBuffer()],
			['webp', await image.clone().ensureAlpha(0.5).webp({ quality: 80 }).toBuffer()],
			['avif', await image.clone().avif({ quality: 50 }).toBuffer()],
			['gif', await image.clone().gif().toBuffer()],
			['png', await image.clone().png().toBuffer()],
		];
		for (const [format, file] of files) {
			const inspection = inspectPhotoFile(file.length, new Uint8Array(file.subarray(0, 64 * 1024)));
			expect(inspection, format).toMatchObject({ ok: true, format, header: { width: 333, height: 222 } });
		}
	});

	it('gives null rather than a made-up size for a head cut short or a foreign chunk', () => {
		expect(readWebpHeader(webp.lossy(4032, 3024).subarray(0, 20))).toBeNull();
		expect(readWebpHeader(bytes('RIFF', ...le32(1000), 'WEBPALPH', ...new Array(20).fill(0)))).toBeNull();
		expect(readIsoBmffHeader(bytes(...be32(24), 'ftypheic', 0, 0, 0, 0))).toBeNull();
		expect(readGifHeader(bytes('GIF89a', 0))).toBeNull();
	});
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

	it('accepts a file at the size limit', () =>
		expect(inspectPhotoFile(MAX_FILE_BYTES, jpegHead(100, 100)).ok).toBe(true));

	it('accepts a 50 MP JPEG and reads its size, so it can be decoded at a reduced size', () => {
		const inspection = inspectPhotoFile(20_000_000, jpegHead(8160, 6120));
		expect(inspection).toMatchObject({ ok: true, format: 'jpeg', header: { width: 8160, height: 6120 } });
	});

	it('passes HEIC on to the browser (Safari decodes it), with its size when the head shows it', () => {
		expect(inspectPhotoFile(2_000_000, bytes(0, 0, 0, 24, 'ftypheic'))).toMatchObject({
			ok: true,
			format: 'heic',
			header: null,
		});
		expect(inspectPhotoFile(2_000_000, heicHead(4032, 3024))).toMatchObject({
			ok: true,
			format: 'heic',
			header: { width: 4032, height: 3024 },
		});
	});

	it.each<[string, Uint8Array, boolean]>([
		// Decoded whole before any shrinking: held to 50 MP (a 200 MB bitmap).
		['a 48 MP HEIC (8064 × 6048)', heicHead(8064, 6048), true],
		['a 60 MP HEIC', heicHead(9000, 6700), false],
		['a 16383 × 16383 WebP (268 MP)', webp.extended(16383, 16383), false],
		['a 12 MP WebP', webp.lossy(4032, 3024), true],
		// A JPEG is decoded at 1/8 to 3/8 scale, so the same 60 MP passes.
		['a 60 MP JPEG', jpegHead(9000, 6700), true],
	])('%s: accepted %s', (_, head, accepted) => {
		expect(inspectPhotoFile(5_000_000, head).ok).toBe(accepted);
		if (!accepted) expect(inspectPhotoFile(5_000_000, head)).toEqual({ ok: false, problem: 'too-many-pixels' });
	});
});

describe('reducedDecodeSize', () => {
	it.each<
		[string, { width: number; height: number; orientation: number } | null, { width: number; height: number } | null]
	>([
		// A 12 MP phone photo: decoded near the working size (the browser resizes while decoding).
		['12 MP phone photo', { width: 4032, height: 3024, orientation: 6 }, { width: DECODE_LONG_SIDE, height: 1125 }],
		// Already small enough: decoded whole.
		['1400 px photo', { width: 1400, height: 1050, orientation: 1 }, null],
		// No header (WebP, HEIC): nothing to go by.
		['no header', null, null],
		// A 50 MP camera photo: bounded to DECODE_LONG_SIDE, aspect kept, stored orientation.
		['50 MP photo', { width: 8160, height: 6120, orientation: 1 }, { width: DECODE_LONG_SIDE, height: 1125 }],
		[
			'50 MP portrait as stored',
			{ width: 6120, height: 8160, orientation: 1 },
			{ width: 1125, height: DECODE_LONG_SIDE },
		],
	])('%s', (_, header, size) => expect(reducedDecodeSize(header)).toEqual(size));
});

describe('webCodecsDecodeSize', () => {
	it.each<
		[
			string,
			'jpeg' | 'png',
			{ width: number; height: number; orientation: number } | null,
			{ width: number; height: number } | null,
		]
	>([
		// A 12 MP phone JPEG: scaled in the DCT to the smallest n/8 that still reaches the working size, 2/8.
		['12 MP phone JPEG', 'jpeg', { width: 4032, height: 3024, orientation: 6 }, { width: 1008, height: 756 }],
		// The other common 12 MP size: 2/8 is the working size exactly.
		['4000 px phone JPEG', 'jpeg', { width: 4000, height: 3000, orientation: 1 }, { width: 1000, height: 750 }],
		// A 50 MP camera JPEG: 1/8 already reaches the working size (1020 px).
		['50 MP JPEG', 'jpeg', { width: 8160, height: 6120, orientation: 1 }, { width: 1020, height: 765 }],
		// Longer than DECODE_LONG_SIDE: scaled too (4/8); an odd side is rounded up, as the decoder does.
		['2048 px JPEG', 'jpeg', { width: 2048, height: 1537, orientation: 1 }, { width: 1024, height: 769 }],
		['1600 px JPEG', 'jpeg', { width: 1600, height: 1200, orientation: 1 }, { width: 1000, height: 750 }],
		// Already small enough: decoded whole.
		['1400 px JPEG', 'jpeg', { width: 1400, height: 1050, orientation: 1 }, null],
		// PNG cannot scale while decoding: whole, unless huge.
		['12 MP PNG', 'png', { width: 4032, height: 3024, orientation: 1 }, null],
		['50 MP PNG', 'png', { width: 8160, height: 6120, orientation: 1 }, { width: DECODE_LONG_SIDE, height: 1125 }],
	])('%s', (_, format, header, size) => expect(webCodecsDecodeSize(format, header)).toEqual(size));
});

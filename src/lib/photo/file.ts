import { fitLongSide } from './resize';
import {
	DECODE_LONG_SIDE,
	WORKING_LONG_SIDE,
	FULL_DECODE_MAX_PIXELS,
	HEAD_BYTES,
	MAX_FILE_BYTES,
	MAX_SOURCE_PIXELS,
	MAX_WHOLE_DECODE_PIXELS,
} from './thresholds';

/** Image formats recognised from their first bytes. */
export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp' | 'bmp' | 'heic' | 'avif' | 'tiff';

/** Why a file cannot be checked; the island owns the words. */
export type FileProblem =
	| 'empty-file'
	| 'file-too-large'
	| 'not-an-image'
	| 'too-many-pixels'
	| 'heic-not-supported'
	| 'cannot-decode'
	| 'analysis-failed';

/** What the header says: stored size and the EXIF orientation (1–8; 5–8 swap width and height on display). */
export interface ImageHeader {
	width: number;
	height: number;
	orientation: number;
}

/** The verdict on a file before decoding. */
export type FileInspection =
	{ ok: true; format: ImageFormat; header: ImageHeader | null } | { ok: false; problem: FileProblem };

export { HEAD_BYTES };

/**
 * Inspects a file from its size and first bytes (HEAD_BYTES): empty, too big, not an image, or too
 * many pixels are refused before any decoding. A JPEG is decoded straight at a reduced size, so memory
 * stays bounded up to MAX_SOURCE_PIXELS; other formats are decoded whole first, so they are held to
 * MAX_WHOLE_DECODE_PIXELS (their size is read from the header: PNG, WebP, GIF, BMP, HEIC, AVIF).
 */
export function inspectPhotoFile(size: number, head: Uint8Array): FileInspection {
	if (size === 0) return { ok: false, problem: 'empty-file' };
	if (size > MAX_FILE_BYTES) return { ok: false, problem: 'file-too-large' };
	const format = sniffImageFormat(head);
	if (!format) return { ok: false, problem: 'not-an-image' };
	const header = readHeader(format, head);
	const pixels = header ? header.width * header.height : 0;
	if (pixels > (format === 'jpeg' ? MAX_SOURCE_PIXELS : MAX_WHOLE_DECODE_PIXELS))
		return { ok: false, problem: 'too-many-pixels' };
	return { ok: true, format, header };
}

/** The header of a file of `format`, or null where it cannot be read from `head` (TIFF is not read). */
export function readHeader(format: ImageFormat, head: Uint8Array): ImageHeader | null {
	switch (format) {
		case 'jpeg':
			return readJpegHeader(head);
		case 'png':
			return readPngHeader(head);
		case 'webp':
			return readWebpHeader(head);
		case 'gif':
			return readGifHeader(head);
		case 'bmp':
			return readBmpHeader(head);
		case 'heic':
		case 'avif':
			return readIsoBmffHeader(head);
		default:
			return null;
	}
}

/** The image format from magic bytes, or null. HEIC and AVIF are ISO-BMFF files with an `ftyp` brand. */
export function sniffImageFormat(b: Uint8Array): ImageFormat | null {
	const at = (i: number, ...bytes: number[]) => bytes.every((v, k) => b[i + k] === v);
	const ascii = (i: number, s: string) => at(i, ...Array.from(s, (c) => c.charCodeAt(0)));
	if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
	if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
	if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'gif';
	if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
	if (ascii(0, 'BM') && b.length > 14) return 'bmp';
	if (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
	if (ascii(4, 'ftyp')) {
		const brand = String.fromCharCode(...b.subarray(8, 12));
		if (/^(avif|avis)$/.test(brand)) return 'avif';
		if (/^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(brand)) return 'heic';
	}
	return null;
}

/** Width, height and EXIF orientation from a JPEG's markers (SOFn and APP1 Exif); null if not found in `b`. */
export function readJpegHeader(b: Uint8Array): ImageHeader | null {
	let orientation = 1;
	let i = 2;
	while (i + 4 <= b.length) {
		if (b[i] !== 0xff) return null;
		const marker = b[i + 1]!;
		if (marker === 0xff) {
			i++;
			continue;
		}
		const length = (b[i + 2]! << 8) | b[i + 3]!;
		// SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
		if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
			if (i + 9 > b.length) return null;
			const height = (b[i + 5]! << 8) | b[i + 6]!;
			const width = (b[i + 7]! << 8) | b[i + 8]!;
			return width > 0 && height > 0 ? { width, height, orientation } : null;
		}
		if (marker === 0xe1 && b[i + 4] === 0x45 && b[i + 5] === 0x78 && b[i + 6] === 0x69 && b[i + 7] === 0x66) {
			orientation = exifOrientation(b.subarray(i + 10, Math.min(b.length, i + 2 + length))) ?? orientation;
		}
		if (marker === 0xda || marker === 0xd9) return null;
		i += 2 + length;
	}
	return null;
}

/** Orientation tag (0x0112) of IFD0 in a TIFF block, or null. */
function exifOrientation(t: Uint8Array): number | null {
	if (t.length < 8) return null;
	const little = t[0] === 0x49;
	const u16 = (o: number) => (little ? t[o]! | (t[o + 1]! << 8) : (t[o]! << 8) | t[o + 1]!);
	const u32 = (o: number) => (little ? u16(o) + u16(o + 2) * 65536 : u16(o) * 65536 + u16(o + 2));
	const ifd = u32(4);
	if (ifd + 2 > t.length) return null;
	const count = u16(ifd);
	for (let k = 0; k < count; k++) {
		const e = ifd + 2 + k * 12;
		if (e + 12 > t.length) return null;
		if (u16(e) === 0x0112) {
			const v = u16(e + 8);
			return v >= 1 && v <= 8 ? v : null;
		}
	}
	return null;
}

/** Width and height from a PNG's IHDR chunk. */
export function readPngHeader(b: Uint8Array): ImageHeader | null {
	if (b.length < 24) return null;
	const u32 = (o: number) => ((b[o]! << 24) >>> 0) + (b[o + 1]! << 16) + (b[o + 2]! << 8) + b[o + 3]!;
	return sized(u32(16), u32(20));
}

/** A header from a size, when both sides are positive. */
function sized(width: number, height: number): ImageHeader | null {
	return width > 0 && height > 0 ? { width, height, orientation: 1 } : null;
}

/**
 * Canvas size of a WebP (Google's "WebP Container Specification" and "WebP Lossless Bitstream"): VP8X
 * holds the canvas size minus one in 24 bits each; a simple lossy file's VP8 frame header holds 14-bit
 * sizes after the start code 9D 01 2A; a lossless VP8L holds 14-bit sizes minus one after the 0x2F signature.
 */
export function readWebpHeader(b: Uint8Array): ImageHeader | null {
	if (b.length < 30) return null;
	const chunk = String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!);
	const le16 = (o: number) => b[o]! | (b[o + 1]! << 8);
	const le24 = (o: number) => b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16);
	if (chunk === 'VP8X') return sized(le24(24) + 1, le24(27) + 1);
	if (chunk === 'VP8 ' && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a)
		return sized(le16(26) & 0x3fff, le16(28) & 0x3fff);
	if (chunk === 'VP8L' && b[20] === 0x2f) {
		const bits = (b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)) >>> 0;
		return sized((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
	}
	return null;
}

/** A GIF's logical screen size (GIF89a: two little-endian 16-bit numbers after the signature). */
export function readGifHeader(b: Uint8Array): ImageHeader | null {
	return b.length < 10 ? null : sized(b[6]! | (b[7]! << 8), b[8]! | (b[9]! << 8));
}

/** A BMP's size from its DIB header: 16-bit for the old 12-byte header, else signed 32-bit (a negative height is a top-down image). */
export function readBmpHeader(b: Uint8Array): ImageHeader | null {
	if (b.length < 26) return null;
	const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
	if (view.getUint32(14, true) === 12) return sized(view.getUint16(18, true), view.getUint16(20, true));
	return sized(Math.abs(view.getInt32(18, true)), Math.abs(view.getInt32(22, true)));
}

/**
 * The image size of a HEIC or AVIF (ISO/IEC 23008-12): the largest `ispe` (image spatial extents)
 * property in the head, since an iPhone photo is a grid whose tiles have their own, smaller `ispe`.
 * Its `irot` turn is not read: the pixel count is what bounds the decode.
 */
export function readIsoBmffHeader(b: Uint8Array): ImageHeader | null {
	let best: ImageHeader | null = null;
	const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
	// 'ispe' box: size, type, version and flags, then width and height as big-endian 32-bit numbers.
	for (let k = 4; k + 16 <= b.length; k++) {
		if (b[k] !== 0x69 || b[k + 1] !== 0x73 || b[k + 2] !== 0x70 || b[k + 3] !== 0x65 || view.getUint32(k - 4) !== 20)
			continue;
		const found = sized(view.getUint32(k + 8), view.getUint32(k + 12));
		if (found && (!best || found.width * found.height > best.width * best.height)) best = found;
	}
	return best;
}

/** The displayed size (EXIF orientations 5–8 turn the image a quarter). */
export function displaySize(h: ImageHeader): { width: number; height: number } {
	return h.orientation >= 5 ? { width: h.height, height: h.width } : { width: h.width, height: h.height };
}

/**
 * The size to ask the browser's decoder for, in the stored (unrotated) orientation of the header: null
 * to decode whole (long side up to DECODE_LONG_SIDE, or no header), else the long side bounded to
 * DECODE_LONG_SIDE, so a 12 MP photo is decoded near the working size and a 50 MP one never lands in
 * memory at full size. The last step to WORKING_LONG_SIDE is always our own area resampler.
 */
export function reducedDecodeSize(header: ImageHeader | null): { width: number; height: number } | null {
	if (!header || Math.max(header.width, header.height) <= DECODE_LONG_SIDE) return null;
	return fitLongSide(header.width, header.height, DECODE_LONG_SIDE);
}

/**
 * The size to ask WebCodecs' ImageDecoder for: a JPEG longer than DECODE_LONG_SIDE is scaled in the
 * DCT while decoding, to the smallest n/8 of its size that still reaches WORKING_LONG_SIDE (4032 → 1008,
 * 4000 → 1000, 3264 → 1224), asked for exactly: the decoder takes the largest scale within the size
 * asked, rounding sides up. That skips most of the decode and leaves our resampler a small last step.
 * Other formats cannot scale while decoding (ImageDecoder would hand over the whole image anyway): whole,
 * unless huge (over FULL_DECODE_MAX_PIXELS).
 */
export function webCodecsDecodeSize(
	format: ImageFormat,
	header: ImageHeader | null,
): { width: number; height: number } | null {
	if (!header) return null;
	if (format === 'jpeg') {
		const long = Math.max(header.width, header.height);
		if (long <= DECODE_LONG_SIDE) return null;
		const n = Math.ceil((8 * WORKING_LONG_SIDE) / long);
		return n >= 8 ? null : { width: Math.ceil((n * header.width) / 8), height: Math.ceil((n * header.height) / 8) };
	}
	return header.width * header.height > FULL_DECODE_MAX_PIXELS
		? fitLongSide(header.width, header.height, DECODE_LONG_SIDE)
		: null;
}

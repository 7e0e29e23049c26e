/**
 * Benchmarks only: seeded synthetic MRZ strips in OCR-B (Debian's fonts-ocr-b, drawn by sharp's SVG
 * renderer through fontconfig), with REFERENCE §8.1's conditions: glyph size, tilt, blur, noise, JPEG.
 */
import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { checkDigit } from '../layout';
import type { GrayImage } from '../gray';

/** Whether the OCR-B font the strips are drawn in is installed (Debian's fonts-ocr-b). */
export function ocrBFontInstalled(): boolean {
	try {
		return /OCR B/.test(execFileSync('fc-list', { encoding: 'utf8' }));
	} catch {
		return false;
	}
}

/** A condition: glyph height (px), tilt (degrees), blur sigma, noise sigma (grey levels), JPEG quality. */
export interface StripCondition {
	name: string;
	glyph: number;
	tilt: number;
	blur: number;
	noise: number;
	quality: number;
}

/** REFERENCE §8.1's four conditions. */
export const CONDITIONS: StripCondition[] = [
	{ name: 'clean', glyph: 30, tilt: 0, blur: 0, noise: 0, quality: 95 },
	{ name: 'mild', glyph: 24, tilt: 1, blur: 0.8, noise: 6, quality: 70 },
	{ name: 'small', glyph: 13, tilt: 0.5, blur: 0.5, noise: 4, quality: 80 },
	{ name: 'hard', glyph: 18, tilt: 2, blur: 1.6, noise: 12, quality: 50 },
];

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const COUNTRIES = ['NLD', 'DEU', 'FRA', 'GBR', 'ESP', 'ITA', 'POL', 'UKR', 'TUR', 'BRA', 'IND', 'PHL', 'NGA', 'VNM'];

/** A random TD3 MRZ whose check digits all hold. */
export function randomTd3(random: () => number): string[] {
	const pick = (set: string, n: number) =>
		Array.from({ length: n }, () => set[Math.floor(random() * set.length)]).join('');
	const country = COUNTRIES[Math.floor(random() * COUNTRIES.length)]!;
	const surname = pick(LETTERS, 4 + Math.floor(random() * 8));
	const given = pick(LETTERS, 3 + Math.floor(random() * 7));
	const line1 = `P<${country}${surname}<<${given}`.padEnd(44, '<').slice(0, 44);
	const number = pick(LETTERS + DIGITS, 2) + pick(DIGITS, 7);
	const date = () =>
		`${pick(DIGITS, 2)}${String(1 + Math.floor(random() * 12)).padStart(2, '0')}${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
	const birth = date();
	const expiry = date();
	const personal = random() < 0.5 ? '<'.repeat(14) : pick(DIGITS, 8).padEnd(14, '<');
	const personalCheck = /^<+$/.test(personal) ? '<' : String(checkDigit(personal));
	const sex = random() < 0.5 ? 'M' : 'F';
	const body = `${number}${checkDigit(number)}${country}${birth}${checkDigit(birth)}${sex}${expiry}${checkDigit(expiry)}${personal}${personalCheck}`;
	const composite = checkDigit(body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43));
	return [line1, body + composite];
}

/** The MRZ drawn on light paper under a condition, as a grey image. */
export async function renderStrip(
	lines: string[],
	condition: StripCondition,
	random: () => number,
): Promise<GrayImage> {
	// OCR-B capitals are about 0.7 em tall; the MRZ pitch is 10 characters an inch, its lines ~1.7 glyphs apart.
	const size = condition.glyph / 0.7;
	const advance = size * 0.75;
	const width = Math.round(advance * 44 + size * 4);
	const lineGap = condition.glyph * 1.9;
	const height = Math.round(lineGap * lines.length + size * 3);
	const text = lines
		.map(
			(line, i) =>
				`<text x="${size * 2}" y="${size * 1.8 + i * lineGap}" font-family="OCR B" font-size="${size.toFixed(1)}" fill="#222">${line.replace(/</g, '&lt;')}</text>`,
		)
		.join('');
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#e8e4da"/>${text}</svg>`;
	let image = sharp(Buffer.from(svg)).greyscale();
	if (condition.tilt)
		image = sharp(await image.png().toBuffer()).rotate(condition.tilt * (random() < 0.5 ? -1 : 1), {
			background: '#e8e4da',
		});
	if (condition.blur) image = sharp(await image.png().toBuffer()).blur(condition.blur);
	const { data, info } = await image.greyscale().raw().toBuffer({ resolveWithObject: true });
	const noisy = new Uint8Array(info.width * info.height);
	for (let i = 0; i < noisy.length; i++) {
		// Box–Muller for Gaussian noise.
		const g = Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
		noisy[i] = Math.max(0, Math.min(255, Math.round(data[i * info.channels]! + g * condition.noise)));
	}
	const jpeg = await sharp(Buffer.from(noisy), { raw: { width: info.width, height: info.height, channels: 1 } })
		.jpeg({ quality: condition.quality })
		.toBuffer();
	const decoded = await sharp(jpeg).greyscale().raw().toBuffer({ resolveWithObject: true });
	return { width: decoded.info.width, height: decoded.info.height, data: new Uint8Array(decoded.data) };
}

/**
 * The real background photos of the composites: the list (scripts/photo-backgrounds/sources.tsv, with each
 * photo's repository and licence) and the photos scripts/photo-backgrounds/build.mjs put in a folder git
 * ignores. Node only (sharp).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { RgbaImage } from '../types';

/** One background photo: its name and group (texture, table, plain, clutter, scene) from the list, and its pixels. */
export interface BackgroundPhoto {
	name: string;
	group: string;
	license: string;
	image: RgbaImage;
}

/** Where build.mjs writes the photos unless told otherwise ($PHOTO_BACKGROUNDS overrides). */
export const BACKGROUND_FOLDER =
	process.env.PHOTO_BACKGROUNDS ?? fileURLToPath(new URL('../../../../.scratch/photo-backgrounds/', import.meta.url));

/** The rows of sources.tsv. */
export function readBackgroundList(): Array<{ name: string; group: string; license: string }> {
	const text = readFileSync(new URL('../../../../scripts/photo-backgrounds/sources.tsv', import.meta.url), 'utf8');
	const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
	const header = lines[0]!.split('\t');
	const col = (name: string) => header.indexOf(name);
	return lines.slice(1).map((l) => {
		const f = l.split('\t');
		return { name: f[col('name')]!, group: f[col('group')]!, license: f[col('license')]! };
	});
}

/** The listed photos found in `folder`, decoded; null when none is there (the script has not been run). */
export async function loadBackgroundPhotos(folder = BACKGROUND_FOLDER): Promise<BackgroundPhoto[] | null> {
	const photos: BackgroundPhoto[] = [];
	for (const row of readBackgroundList()) {
		const file = `${folder.replace(/\/?$/, '/')}${row.name}.png`;
		if (!existsSync(file)) continue;
		photos.push({ ...row, image: await loadImage(file) });
	}
	return photos.length ? photos : null;
}

/** An image file, upright, as RGBA. */
export async function loadImage(file: string): Promise<RgbaImage> {
	const { data, info } = await sharp(file).rotate().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

/**
 * Rebuilds the real background photos for training the document-mask model (scripts/doc-model/) from the public
 * repositories listed in sources.tsv beside this script, each with its licence. They are training data only: they go
 * to a folder git ignores, never into a commit. They are NOT the held-out backgrounds of scripts/photo-backgrounds/,
 * which the evaluation keeps for itself; the check at the end refuses to write a set that shares a file with those.
 *
 *   node scripts/doc-model-backgrounds/build.mjs [owner/name=<git dir> …] [--out <folder>]
 *
 * A git dir is a clone or a bare snapshot (no work tree needed): files are read with `git cat-file` by the blob id in
 * sources.tsv, so any clone holding that file version will do. Without an owner/name=… argument the script looks for
 * a snapshot at /work/.mirror/<owner>+<name>/repo. The folder defaults to .scratch/doc-model-backgrounds/ (or
 * $DOC_MODEL_BACKGROUNDS). A row with a crop (x,y,w,h in pixels of the upright image) keeps only that rectangle: the texture
 * swatches are cut out of a contact sheet that way. Each photo is written as JPEG (quality 92, no chroma subsampling)
 * with its long side at most 1024 px, and SOURCES.tsv is copied beside them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { fitForOutput, parseArgs, readBlob, readTable } from '../lib/snapshot-photos.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const { out, gitDirs } = parseArgs(
	process.argv.slice(2),
	process.env.DOC_MODEL_BACKGROUNDS ?? fileURLToPath(new URL('../../.scratch/doc-model-backgrounds/', import.meta.url)),
);

const text = readFileSync(`${here}sources.tsv`, 'utf8');
const rows = readTable(`${here}sources.tsv`);

// The evaluation's held-out backgrounds: no file of theirs may be used here, by blob or by repository and path.
const heldOut = readTable(`${here}../photo-backgrounds/sources.tsv`);
const heldBlobs = new Set(heldOut.map((r) => r.blob));
const heldPaths = new Set(heldOut.map((r) => `${r.repo}:${r.path}`));
const names = new Set();
for (const row of rows) {
	if (heldBlobs.has(row.blob) || heldPaths.has(`${row.repo}:${row.path}`))
		throw new Error(`${row.name}: ${row.repo} ${row.path} is one of the held-out evaluation backgrounds.`);
	if (names.has(row.name)) throw new Error(`${row.name}: two rows have this name.`);
	names.add(row.name);
}

mkdirSync(out, { recursive: true });
const groups = new Map();
for (const row of rows) {
	let image = sharp(readBlob(row, gitDirs)).rotate();
	if (row.crop) {
		const [left, top, width, height] = row.crop.split(',').map(Number);
		const { width: w, height: h, orientation } = await image.metadata();
		// Orientations 5–8 swap width and height once the image is turned upright.
		const [uw, uh] = (orientation ?? 1) >= 5 ? [h, w] : [w, h];
		if (![left, top, width, height].every(Number.isInteger) || left + width > uw || top + height > uh)
			throw new Error(`${row.name}: crop ${row.crop} does not fit the ${uw}×${uh} image ${row.repo} ${row.path}.`);
		image = image.extract({ left, top, width, height });
	}
	const file = join(out, `${row.name}.jpg`);
	await fitForOutput(image).jpeg({ quality: 92, chromaSubsampling: '4:4:4' }).toFile(file);
	groups.set(row.group, (groups.get(row.group) ?? 0) + 1);
	console.log(`${row.name}: ${row.repo} ${row.path} (${row.license}) → ${file}`);
}
writeFileSync(join(out, 'SOURCES.tsv'), text);
console.log(`${rows.length} background photos in ${out}`);
console.log([...groups].map(([g, n]) => `${g} ${n}`).join(', '));

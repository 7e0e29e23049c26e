/**
 * Rebuilds the background photos of the document-finder composites (bench/photo-find.bench.ts) from the
 * public repositories listed in sources.tsv beside this script, each with its licence. The photos are data
 * only the bench needs: they go to a folder git ignores, never into a commit.
 *
 *   node scripts/photo-backgrounds/build.mjs [owner/name=<git dir> …] [--out <folder>]
 *
 * A git dir is a clone or a bare snapshot (no work tree needed): files are read with `git cat-file` by the
 * blob id in sources.tsv, so any clone holding that file version will do (`git clone --filter=blob:none
 * https://github.com/scikit-image/scikit-image` works too; git fetches the blobs it is asked for). Without an
 * owner/name=… argument the script looks for a snapshot at /work/.mirror/<owner>+<name>/repo.
 * The folder defaults to .scratch/photo-backgrounds/ (or $PHOTO_BACKGROUNDS), where the bench looks.
 * Each photo is written as PNG with its long side at most 1024 px, with SOURCES.tsv beside them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { fitForOutput, parseArgs, readBlob, readTable } from '../lib/snapshot-photos.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const { out, gitDirs } = parseArgs(
	process.argv.slice(2),
	process.env.PHOTO_BACKGROUNDS ?? fileURLToPath(new URL('../../.scratch/photo-backgrounds/', import.meta.url)),
);

const text = readFileSync(`${here}sources.tsv`, 'utf8');
const rows = readTable(`${here}sources.tsv`);

mkdirSync(out, { recursive: true });
for (const row of rows) {
	const file = join(out, `${row.name}.png`);
	await fitForOutput(sharp(readBlob(row, gitDirs)))
		.png()
		.toFile(file);
	console.log(`${row.name}: ${row.repo} ${row.path} (${row.license}) → ${file}`);
}
writeFileSync(join(out, 'SOURCES.tsv'), text);
console.log(`${rows.length} background photos in ${out}`);

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
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out =
	outIndex >= 0
		? args[outIndex + 1]
		: (process.env.PHOTO_BACKGROUNDS ?? fileURLToPath(new URL('../../.scratch/photo-backgrounds/', import.meta.url)));
if (!out) throw new Error('Usage: build.mjs [owner/name=<git dir> …] [--out <folder>]: --out needs a folder.');
const gitDirs = new Map(
	args
		.filter((a, i) => a.includes('=') && i !== outIndex + 1)
		.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]),
);

const text = readFileSync(`${here}sources.tsv`, 'utf8');
const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
const header = lines[0].split('\t');
const rows = lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [header[i], v])));

function gitDirFor(repo) {
	const dir = gitDirs.get(repo) ?? `/work/.mirror/${repo.replace('/', '+')}/repo`;
	if (!existsSync(dir))
		throw new Error(
			`No git directory for ${repo} at ${dir}. Clone https://github.com/${repo} (or fetch a snapshot) and pass ${repo}=<its git dir>.`,
		);
	return dir;
}

/** The file's bytes by its blob id; when a snapshot lacks that version, the path at HEAD, with a warning. */
function read(row) {
	const dir = gitDirFor(row.repo);
	const git = (...a) => execFileSync('git', ['--git-dir', dir, ...a], { maxBuffer: 64 << 20 });
	try {
		return git('cat-file', 'blob', row.blob);
	} catch {
		const id = git('rev-parse', `HEAD:${row.path}`).toString().trim();
		console.warn(`${row.name}: blob ${row.blob} not in ${dir}; using ${row.path} at HEAD (${id}).`);
		return git('cat-file', 'blob', id);
	}
}

mkdirSync(out, { recursive: true });
for (const row of rows) {
	const bytes = read(row);
	const file = join(out, `${row.name}.png`);
	await sharp(bytes)
		.resize(1024, 1024, { fit: 'inside', withoutEnlargement: true })
		.toColourspace('srgb')
		.png()
		.toFile(file);
	console.log(`${row.name}: ${row.repo} ${row.path} (${row.license}) → ${file}`);
}
writeFileSync(join(out, 'SOURCES.tsv'), text);
console.log(`${rows.length} background photos in ${out}`);

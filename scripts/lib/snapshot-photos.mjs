/**
 * What the two background-photo builders (scripts/photo-backgrounds/build.mjs and
 * scripts/doc-model-backgrounds/build.mjs) share: their command line, their sources.tsv tables, reading a photo's
 * bytes from a git snapshot by blob id, and the size every photo is written at.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * The output folder and the `owner/name=<git dir>` pairs of a builder's command line
 * (`[owner/name=<git dir> …] [--out <folder>]`); without --out the folder is `defaultOut`.
 */
export function parseArgs(args, defaultOut) {
	const outIndex = args.indexOf('--out');
	const out = outIndex >= 0 ? args[outIndex + 1] : defaultOut;
	if (!out) throw new Error('Usage: build.mjs [owner/name=<git dir> …] [--out <folder>]: --out needs a folder.');
	const gitDirs = new Map(
		args
			.filter((a, i) => a.includes('=') && i !== outIndex + 1)
			.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]),
	);
	return { out, gitDirs };
}

/** The rows of a sources.tsv: comment lines start with '#', the first other line names the columns. */
export function readTable(file) {
	const lines = readFileSync(file, 'utf8')
		.split('\n')
		.filter((l) => l && !l.startsWith('#'));
	const header = lines[0].split('\t');
	return lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [header[i], v])));
}

function gitDirFor(repo, gitDirs) {
	const dir = gitDirs.get(repo) ?? `/work/.mirror/${repo.replace('/', '+')}/repo`;
	if (!existsSync(dir))
		throw new Error(
			`No git directory for ${repo} at ${dir}. Clone https://github.com/${repo} (or fetch a snapshot) and pass ${repo}=<its git dir>.`,
		);
	return dir;
}

/** A row's file bytes by its blob id; when the snapshot lacks that version, the path at HEAD, with a warning. */
export function readBlob(row, gitDirs) {
	const dir = gitDirFor(row.repo, gitDirs);
	const git = (...a) => execFileSync('git', ['--git-dir', dir, ...a], { maxBuffer: 256 << 20 });
	try {
		return git('cat-file', 'blob', row.blob);
	} catch {
		const id = git('rev-parse', `HEAD:${row.path}`).toString().trim();
		console.warn(`${row.name}: blob ${row.blob} not in ${dir}; using ${row.path} at HEAD (${id}).`);
		return git('cat-file', 'blob', id);
	}
}

/** A sharp pipeline shrunk (never enlarged) to fit 1024 × 1024, in sRGB: the size both builders write. */
export function fitForOutput(image) {
	return image.resize(1024, 1024, { fit: 'inside', withoutEnlargement: true }).toColourspace('srgb');
}

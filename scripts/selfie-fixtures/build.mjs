/**
 * Rebuilds tests/fixtures/selfies/ (the selfie checker's labelled photos) from public repositories
 * checked out locally: the CC0 portraits of cjdowner/interfaces ("1000 x 1000/NNN.jpg") and CC0 /
 * public-domain scenes of scikit-image (src/_skimage2/data). Each photo is downscaled and written with
 * its source, commit and licence in sources.tsv. The tests and bench read only what this writes.
 *
 *   node scripts/selfie-fixtures/build.mjs <interfaces git dir> <scikit-image git dir>
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const [interfaces, skimage] = process.argv.slice(2);
if (!interfaces || !skimage) throw new Error('Usage: build.mjs <cjdowner/interfaces git dir> <scikit-image git dir>');
const OUT = new URL('../../tests/fixtures/selfies/', import.meta.url);
mkdirSync(OUT, { recursive: true });
const git = (dir, ...args) => execFileSync('git', ['--git-dir', dir, ...args], { maxBuffer: 64 << 20 });
const commit = (dir) => git(dir, 'rev-parse', 'HEAD').toString().trim();

const rows = [['file', 'kind', 'source_repo', 'path_in_repo', 'commit', 'license', 'what_it_shows']];

// Portraits 001–042 of inter-faces, except 003 (a camera covers the face) and 024 (a cap hides it):
// one person each, face visible. Long side 400 px.
const SKIP = new Set([3, 24]);
for (let i = 1; i <= 42; i++) {
	if (SKIP.has(i)) continue;
	const name = String(i).padStart(3, '0');
	const path = `1000 x 1000/${name}.jpg`;
	const file = `portrait-${name}.jpg`;
	await sharp(git(interfaces, 'show', `HEAD:${path}`))
		.resize(400, 400)
		.jpeg({ quality: 85 })
		.toFile(new URL(file, OUT).pathname);
	rows.push([
		file,
		'portrait',
		'cjdowner/interfaces',
		path,
		commit(interfaces),
		'CC0-1.0 (README: "All avatars are licensed under the Creative Commons Zero (CC0) license"; originals from Pexels, links in README)',
		'one person, head and shoulders',
	]);
}

// Scenes without a person (the cat and the coffee cup are the hard ones), each with the licence its
// docstring in src/_skimage2/data/_fetchers.py states. Long side 500 px.
const SCENES = [
	['brick.png', 'CC0-1.0 (CC0Textures, per skimage.data docstring)', 'brick wall'],
	['grass.png', 'CC0-1.0 (DeviantArt linolafett, per docstring)', 'grass'],
	['gravel.png', 'CC0-1.0 (CC0Textures, per docstring)', 'gravel'],
	['coffee.png', 'CC0-1.0 (Rachel Michetti, per docstring)', 'coffee cup on a table'],
	['chelsea.png', 'CC0-1.0 (Stefan van der Walt, per docstring)', 'a cat (a face, not a person)'],
	['rocket.jpg', 'public domain (SpaceX, per docstring)', 'rocket on a launch pad'],
	['hubble_deep_field.jpg', 'public domain (NASA, per docstring)', 'galaxies'],
	['coins.png', 'no known copyright restrictions (Brooklyn Museum, per docstring)', 'coins'],
];
for (const [name, license, what] of SCENES) {
	const path = `src/_skimage2/data/${name}`;
	const file = `scene-${name.replace(/\.(png|jpg)$/, '')}.jpg`;
	await sharp(git(skimage, 'show', `HEAD:${path}`))
		.resize(500, 500, { fit: 'inside' })
		.flatten({ background: '#fff' })
		.jpeg({ quality: 85 })
		.toFile(new URL(file, OUT).pathname);
	rows.push([file, 'scene', 'scikit-image/scikit-image', path, commit(skimage), license, what]);
}

writeFileSync(new URL('sources.tsv', OUT), rows.map((r) => r.join('\t')).join('\n') + '\n');
console.log(`${rows.length - 1} photos written to ${OUT.pathname}`);

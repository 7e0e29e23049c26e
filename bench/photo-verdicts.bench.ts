/**
 * Same verdicts before and after a change that should only make the photo scorer faster: runs
 * `analyzePhoto` on every real photo in ../shared/fixtures/photos/ and on seeded composites (drawn and
 * real documents, drawn and real backgrounds, laminate sheen, flash spots and bright patches, at two
 * sizes), and either saves every analysis as JSON or compares each with a saved one.
 *
 *   PHOTO_VERDICTS_SAVE=base.json npx vitest run --project bench bench/photo-verdicts.bench.ts   (on the old code)
 *   PHOTO_VERDICTS_BASE=base.json npx vitest run --project bench bench/photo-verdicts.bench.ts   (on the new code)
 *
 * The comparison is exact: every check's status, problem, value, threshold and details, the document's
 * corners, the glare regions, where light was measured, the score and the verdict. Prints how many cases and
 * numbers agree and lists every difference; nothing is asserted (a bench), so read its last line.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { test } from 'vitest';
import { analyzePhoto, type PhotoAnalysis, type RgbaImage } from '../src/lib/photo';
import { loadBackgroundPhotos } from '../src/lib/photo/testing/background-photos';
import { makeComposite, type CompositeOptions, type DocumentImage } from '../src/lib/photo/testing/composite';
import { jpegRoundTrip } from '../src/lib/photo/testing/find-eval';
import { loadFixtureDocuments } from '../src/lib/photo/testing/fixture-documents';

const FOLDER = fileURLToPath(new URL('../../shared/fixtures/photos/', import.meta.url));
/** Composites per size; the fixture photos are all taken as well. */
const COMPOSITES = Number(process.env.PHOTO_VERDICTS_COUNT ?? 150);

async function decode(file: string): Promise<RgbaImage> {
	const { data, info } = await sharp(file).rotate().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

/** The cases: name → picture. Composites are made one at a time by `make`, so the set never sits in memory. */
async function cases(): Promise<Array<{ name: string; make: () => Promise<RgbaImage> }>> {
	const out: Array<{ name: string; make: () => Promise<RgbaImage> }> = [];
	let documents: DocumentImage[] = [];
	if (existsSync(FOLDER)) {
		for (const file of labelledPhotos(FOLDER)) out.push({ name: file, make: () => decode(`${FOLDER}${file}`) });
		documents = await loadFixtureDocuments(FOLDER);
	} else console.log(`Fixture photos skipped: ${FOLDER} is not here.`);
	const backgrounds = (await loadBackgroundPhotos()) ?? [];
	// Larger than the working size (shrunk by the resampler, as a phone photo is) and smaller (used as it is).
	const sizes = [
		{ width: 1600, height: 1200 },
		{ width: 800, height: 600 },
	];
	for (const size of sizes) {
		for (let k = 0; k < COMPOSITES; k++) {
			const seed = 500_000 + k;
			const options: CompositeOptions = { ...size, glare: k % 3 !== 2 };
			if (documents.length && k % 2 === 1) options.document = documents[(k >> 1) % documents.length]!;
			if (backgrounds.length && k % 4 >= 2) {
				const bg = backgrounds[k % backgrounds.length]!;
				Object.assign(options, { backgroundPhoto: bg.image, backgroundName: bg.name, photoOnly: true });
			}
			out.push({
				name: `composite ${size.width}×${size.height} seed ${seed}`,
				make: async () => {
					const c = makeComposite(seed, options);
					return jpegRoundTrip(c.image, c.jpegQuality);
				},
			});
		}
	}
	return out;
}

function labelledPhotos(folder: string): string[] {
	return readFileSync(`${folder}labels.tsv`, 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => line.split('\t')[0]!);
}

/** Every leaf of `a` and `b` that differs, as "path: a → b". */
function differences(a: unknown, b: unknown, path = ''): string[] {
	if (Object.is(a, b)) return [];
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
		return [...keys].flatMap((k) =>
			differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k),
		);
	}
	return [`${path}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`];
}

/** How many numbers and strings an analysis holds (what the comparison looked at). */
function leaves(value: unknown): number {
	if (value && typeof value === 'object') return Object.values(value).reduce<number>((n, v) => n + leaves(v), 0);
	return 1;
}

test('photo: the same analysis on real photos and composites', { timeout: 900_000 }, async () => {
	const save = process.env.PHOTO_VERDICTS_SAVE;
	const basePath = process.env.PHOTO_VERDICTS_BASE;
	const base: Record<string, PhotoAnalysis> | null = basePath ? JSON.parse(readFileSync(basePath, 'utf8')) : null;
	const results: Record<string, PhotoAnalysis> = {};
	const lines: string[] = [];
	let compared = 0;
	let numbers = 0;
	let differing = 0;
	const statuses = { same: 0, changed: 0 };
	for (const c of await cases()) {
		const analysis = JSON.parse(JSON.stringify(analyzePhoto(await c.make()))) as PhotoAnalysis;
		results[c.name] = analysis;
		const before = base?.[c.name];
		if (!before) continue;
		compared++;
		numbers += leaves(before);
		const diff = differences(before, analysis);
		for (const check of before.checks) {
			const now = analysis.checks.find((k) => k.id === check.id);
			if (now && now.status === check.status && now.problem === check.problem) statuses.same++;
			else statuses.changed++;
		}
		if (diff.length) {
			differing++;
			lines.push(`${c.name}:`, ...diff.map((d) => `  ${d}`));
		}
	}
	if (save) writeFileSync(save, JSON.stringify(results));
	const total = Object.keys(results).length;
	lines.push(
		save ? `saved ${total} analyses to ${save}` : '',
		base
			? `compared ${compared} of ${total} cases (${numbers} values): ${differing} cases differ; check verdicts (status and problem) same ${statuses.same}, changed ${statuses.changed}`
			: `${total} cases analysed; set PHOTO_VERDICTS_BASE to compare with a saved run`,
	);
	console.log(`\n${lines.filter(Boolean).join('\n')}\n`);
});

/**
 * The labelled real photos (../shared/fixtures/photos/labels.tsv) through both paths, side by side:
 * Node (sharp's full decode → analyzePhoto, what the unit tests run) and the browser (the built
 * photo worker in headless Chromium: WebCodecs frames or canvas strips → the same working image →
 * the same analysis). Prints each check's status and value per photo, the per-check agreement with the
 * labels for each path, and the largest sharpness ratio between the paths. Needs a build
 * (`astro build --outDir /tmp/photo-dist`, DIST_DIR set). Prints only; nothing is asserted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { test } from 'vitest';
import { analyzePhoto, type PhotoAnalysis, type PhotoCheck } from '../src/lib/photo';
import { describeBrowser, useSite } from '../tests/browser/harness';

const FOLDER = fileURLToPath(new URL('../../shared/fixtures/photos/', import.meta.url));
const present = existsSync(`${FOLDER}labels.tsv`);

interface Row {
	file: string;
	scene: boolean;
	labels: Record<'sharpness' | 'glare' | 'framing' | 'exposure', string>;
}

function rows(): Row[] {
	return readFileSync(`${FOLDER}labels.tsv`, 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => line.split('\t'))
		.map((f) => ({
			file: f[0]!,
			scene: f[0]!.startsWith('kw_'),
			labels: { sharpness: f[6]!, glare: f[7]!, framing: f[8]!, exposure: f[9]! },
		}));
}

// The same reading of the labels as src/lib/photo/real-photos.test.ts.
const want: Record<keyof Row['labels'], (label: string) => boolean | null> = {
	sharpness: (l) => (/^blurry/.test(l) ? true : /^sharp/.test(l) ? false : null),
	glare: (l) => (/^yes/.test(l) ? true : /^no/.test(l) ? false : null),
	framing: (l) => (/^(yes|occluded)/.test(l) ? true : /^no/.test(l) ? false : null),
	exposure: (l) => (/^(bright|dark)/.test(l) ? true : /^ok/.test(l) ? false : null),
};
const flagged = (c: PhotoCheck): boolean => (c.id === 'framing' ? c.problem === 'cut-off' : c.status !== 'pass');

async function inNode(file: string): Promise<PhotoAnalysis> {
	const { data, info } = await sharp(`${FOLDER}${file}`)
		.rotate()
		.ensureAlpha()
		.raw()
		.toBuffer({ resolveWithObject: true });
	return analyzePhoto({
		width: info.width,
		height: info.height,
		data: new Uint8Array(data.buffer, data.byteOffset, data.length),
	});
}

describeBrowser('labelled photos: Node path against the browser worker', () => {
	const site = useSite();

	test.skipIf(!present)('per-check agreement with the labels, both paths', { timeout: 300_000 }, async () => {
		const page = await site.newPage();
		await page.goto(site.url('checkers/photo/'));
		await page.locator('.photo-checker').scrollIntoViewIfNeeded();
		await page.waitForSelector('astro-island:not([ssr]) .photo-checker');
		// The island has started its worker: reuse the built worker script directly.
		const workerUrl = await page.waitForFunction(
			() =>
				performance
					.getEntriesByType('resource')
					.map((e) => e.name)
					.find((n) => /photo\.worker[^/]*\.js$/.test(n)) ?? null,
		);
		const url = (await workerUrl.jsonValue()) as string;
		await page.evaluate(() => {
			const input = document.createElement('input');
			input.type = 'file';
			input.id = 'bench-file';
			document.body.append(input);
		});
		const lines: string[] = [];
		const tally = { node: {} as Record<string, [number, number]>, browser: {} as Record<string, [number, number]> };
		let worstRatio = { file: '', ratio: 1 };
		for (const row of rows()) {
			await page.locator('#bench-file').setInputFiles(`${FOLDER}${row.file}`);
			const browser = (await page.evaluate(async (workerUrl) => {
				const file = (document.getElementById('bench-file') as HTMLInputElement).files![0]!;
				const worker = new Worker(workerUrl, { type: 'module' });
				const answer = await new Promise<{
					type: string;
					analysis?: unknown;
					preview?: ImageBitmap;
					timings?: unknown;
				}>((resolve) => {
					worker.onmessage = (e) => resolve(e.data);
					worker.postMessage({
						type: 'analyze',
						id: 1,
						file,
						kind: 'document',
						sentAt: performance.timeOrigin + performance.now(),
					});
				});
				worker.terminate();
				answer.preview?.close();
				return answer.analysis ?? null;
			}, url)) as PhotoAnalysis | null;
			const node = await inNode(row.file);
			const cells: string[] = [];
			const ids = row.scene ? (['sharpness'] as const) : (['sharpness', 'glare', 'framing', 'exposure'] as const);
			for (const id of ids) {
				const expected = want[id](row.labels[id]);
				const cell = (side: 'node' | 'browser', a: PhotoAnalysis | null) => {
					const c = a?.checks.find((k) => k.id === id);
					if (!c) return 'n/a';
					const got = flagged(c);
					if (expected !== null) {
						const t = (tally[side][id] ??= [0, 0]);
						t[1]++;
						if (got === expected) t[0]++;
					}
					return `${expected === null ? '~' : got === expected ? '✓' : '✗'}${c.status[0]}${c.problem === 'cut-off' ? '/cut' : ''} ${c.value}`;
				};
				cells.push(`${id.slice(0, 5)} ${cell('node', node).padEnd(14)}| ${cell('browser', browser).padEnd(14)}`);
			}
			const vn = node.checks.find((c) => c.id === 'sharpness')!.value;
			const vb = browser?.checks.find((c) => c.id === 'sharpness')?.value ?? vn;
			const ratio = Math.max(vn, vb) / Math.max(1, Math.min(vn, vb));
			if (ratio > worstRatio.ratio) worstRatio = { file: row.file, ratio };
			lines.push(`${row.file.padEnd(30)} ${cells.join('   ')}`);
		}
		const summary = (['sharpness', 'glare', 'framing', 'exposure'] as const).map((id) => {
			const [na, nt] = tally.node[id] ?? [0, 0];
			const [ba, bt] = tally.browser[id] ?? [0, 0];
			return `${id.padEnd(10)} Node ${na}/${nt}   browser ${ba}/${bt}`;
		});
		console.log(
			[
				'',
				'labelled photos, each cell "Node | browser": ✓ agrees with the label, ✗ disagrees, ~ borderline label (not scored); p/w/f = pass/warn/fail, then the value',
				...lines,
				'',
				...summary,
				`largest sharpness difference between the paths: ×${worstRatio.ratio.toFixed(2)} (${worstRatio.file})`,
				'',
			].join('\n'),
		);
	});
});

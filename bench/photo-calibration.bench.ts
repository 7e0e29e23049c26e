/**
 * Sharpness calibration per decode path. The labelled set has few large blurry photos, so this makes
 * them: each large sharp fixture (jscanify_test3–6, mrzs_test_mrz, kw_*_S) is blurred with sharp
 * (Gaussian sigma 1.5, 3 and 6 at full size, JPEG quality 92) into a temporary folder, never committed.
 * Those and the labelled photos go through three paths, and the sharpness value of each is printed:
 * Node (sharp's whole decode → area resampler, what the unit tests run), the built worker in headless
 * Chromium as users get it (ImageDecoder scaled in the DCT to DECODE_LONG_SIDE → area resampler), and
 * the same worker with ImageDecoder hidden (the portable createImageBitmap path, as in Safari). Then the
 * ranges per group, so the thresholds in src/lib/photo/thresholds.ts can be read off. Needs a build
 * (`astro build --outDir /tmp/photo-dist`, DIST_DIR set). Prints only; nothing is asserted.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { test } from 'vitest';
import type { Page } from 'playwright-core';
import { analyzePhoto, thresholds, type PhotoAnalysis } from '../src/lib/photo';
import { describeBrowser, useSite } from '../tests/browser/harness';

const FOLDER = fileURLToPath(new URL('../../shared/fixtures/photos/', import.meta.url));
const present = existsSync(`${FOLDER}labels.tsv`);
/** The large sharp fixtures the blurred versions are made from. */
const SHARP_SOURCES = [
	'jscanify_test3.jpg',
	'jscanify_test4.JPG',
	'jscanify_test5.JPG',
	'jscanify_test6.JPG',
	'mrzs_test_mrz.jpg',
	'kw_106_NIKON-D3400-35MM_S.JPG',
	'kw_176_HONOR-7X_S.jpg',
	'kw_180_HONOR-10_S.jpg',
];
/** Gaussian sigmas in full-size pixels. */
const SIGMAS = [1.5, 3, 6];
/**
 * A made blur counts as "blurry" (must be flagged) when its sigma at the working scale is at least this
 * (sigma × WORKING_LONG_SIDE ÷ long side); below, it is "mild" and not scored, as a borderline label: σ1.5
 * on a 4032 px photo is σ0.4 at 1000 px, invisible there (own choice).
 */
const BLURRY_WORKING_SIGMA = 1.4;

interface Sample {
	name: string;
	path: string;
	/** 'sharp', 'blurry', or 'borderline' (a label not scored, e.g. "soft"; a mild made blur). */
	truth: 'sharp' | 'blurry' | 'borderline';
	group: string;
}

async function samples(): Promise<Sample[]> {
	const out: Sample[] = [];
	for (const line of readFileSync(`${FOLDER}labels.tsv`, 'utf8').trim().split('\n').slice(1)) {
		const f = line.split('\t');
		const label = f[6]!;
		out.push({
			name: f[0]!,
			path: `${FOLDER}${f[0]}`,
			truth: /^blurry/.test(label) ? 'blurry' : /^sharp/.test(label) ? 'sharp' : 'borderline',
			group: 'labelled',
		});
	}
	const dir = mkdtempSync(join(tmpdir(), 'photo-calibration-'));
	for (const source of SHARP_SOURCES) {
		const meta = await sharp(`${FOLDER}${source}`).metadata();
		const longSide = Math.max(meta.width!, meta.height!);
		for (const sigma of SIGMAS) {
			const path = join(dir, `${source.replace(/\.\w+$/, '')}_blur${sigma}.jpg`);
			await sharp(`${FOLDER}${source}`).rotate().blur(sigma).jpeg({ quality: 92 }).toFile(path);
			const working = (sigma * thresholds.WORKING_LONG_SIDE) / longSide;
			out.push({
				name: `${source.replace(/\.\w+$/, '')} σ${sigma} (${working.toFixed(2)})`,
				path,
				truth: working >= BLURRY_WORKING_SIGMA ? 'blurry' : 'borderline',
				group: `σ${sigma}`,
			});
		}
	}
	return out;
}

async function inNode(path: string): Promise<PhotoAnalysis> {
	const { data, info } = await sharp(path).rotate().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return analyzePhoto({
		width: info.width,
		height: info.height,
		data: new Uint8Array(data.buffer, data.byteOffset, data.length),
	});
}

interface BrowserAnswer {
	analysis: PhotoAnalysis | null;
	timings: { path: string; decoded: { width: number; height: number } } | null;
}

/** Runs the built worker on the file in #bench-file; `portable` hides ImageDecoder first (the Safari path). */
function inBrowser(page: Page, workerUrl: string, portable: boolean): Promise<BrowserAnswer> {
	return page.evaluate(
		async ({ workerUrl, portable }) => {
			const file = (document.getElementById('bench-file') as HTMLInputElement).files![0]!;
			const url = portable
				? URL.createObjectURL(
						new Blob(
							[
								`globalThis.ImageDecoder = undefined; await import(${JSON.stringify(workerUrl)}); postMessage({ type: 'ready' });`,
							],
							{ type: 'text/javascript' },
						),
					)
				: workerUrl;
			const worker = new Worker(url, { type: 'module' });
			if (portable)
				await new Promise<void>((resolve) => (worker.onmessage = (e) => e.data.type === 'ready' && resolve()));
			const answer = await new Promise<{ type: string; analysis?: unknown; preview?: ImageBitmap; timings?: unknown }>(
				(resolve) => {
					worker.onmessage = (e) => resolve(e.data);
					worker.postMessage({
						type: 'analyze',
						id: 1,
						file,
						kind: 'document',
						sentAt: performance.timeOrigin + performance.now(),
					});
				},
			);
			worker.terminate();
			answer.preview?.close();
			return { analysis: (answer.analysis ?? null) as never, timings: (answer.timings ?? null) as never };
		},
		{ workerUrl, portable },
	);
}

const sharpnessOf = (a: PhotoAnalysis | null): number | null =>
	a?.checks.find((c) => c.id === 'sharpness')?.value ?? null;

describeBrowser('sharpness calibration: Node, ImageDecoder and createImageBitmap paths', () => {
	const site = useSite();

	test.skipIf(!present)('sharpness per path on sharp, blurred and labelled photos', { timeout: 600_000 }, async () => {
		const list = await samples();
		const page = await site.newPage();
		await page.goto(site.url('checkers/photo/'));
		await page.locator('.photo-checker').scrollIntoViewIfNeeded();
		await page.waitForSelector('astro-island:not([ssr]) .photo-checker');
		const found = await page.waitForFunction(
			() =>
				performance
					.getEntriesByType('resource')
					.map((e) => e.name)
					.find((n) => /photo\.worker[^/]*\.js$/.test(n)) ?? null,
		);
		const workerUrl = (await found.jsonValue()) as string;
		await page.evaluate(() => {
			const input = document.createElement('input');
			input.type = 'file';
			input.id = 'bench-file';
			document.body.append(input);
		});
		type DecodePath = 'node' | 'webcodecs' | 'bitmap';
		const values: Array<{ sample: Sample; v: Record<DecodePath, number | null>; decoded: string }> = [];
		for (const sample of list) {
			await page.locator('#bench-file').setInputFiles(sample.path);
			const web = await inBrowser(page, workerUrl, false);
			const portable = await inBrowser(page, workerUrl, true);
			const node = await inNode(sample.path);
			const size = (a: BrowserAnswer) =>
				a.timings ? `${a.timings.path} ${a.timings.decoded.width}×${a.timings.decoded.height}` : 'n/a';
			values.push({
				sample,
				v: { node: sharpnessOf(node), webcodecs: sharpnessOf(web.analysis), bitmap: sharpnessOf(portable.analysis) },
				decoded: `${size(web)} · ${size(portable)}`,
			});
		}
		const cell = (v: number | null) => (v === null ? 'n/a' : String(v)).padStart(7);
		const lines = [
			'',
			`sharpness (VoL at ${thresholds.WORKING_LONG_SIDE} px) per path; thresholds now warn < ${thresholds.SHARPNESS_WARN}, fail < ${thresholds.SHARPNESS_FAIL}; load average ${loadavg()
				.map((l) => l.toFixed(2))
				.join(' ')}`,
			`made blurs: "σs (σw)" = Gaussian sigma at full size (σw at ${thresholds.WORKING_LONG_SIDE} px); blurry when σw ≥ ${BLURRY_WORKING_SIGMA}, else borderline (not scored)`,
			`${'photo'.padEnd(40)} ${'truth'.padEnd(10)}    node webcodecs  bitmap  wc÷node   decoded (webcodecs · bitmap)`,
			...values.map(
				({ sample, v, decoded }) =>
					`${sample.name.padEnd(40)} ${sample.truth.padEnd(10)} ${cell(v.node)} ${cell(v.webcodecs)} ${cell(v.bitmap)}  ${v.node && v.webcodecs !== null ? (v.webcodecs / v.node).toFixed(2).padStart(6) : '   n/a'}   ${decoded}`,
			),
			'',
			'ranges per group (min–max):',
		];
		const groups = [
			'labelled sharp',
			'labelled blurry',
			'σ1.5',
			'σ3',
			'σ6',
			'made blurry',
			'made mild',
			'all sharp',
			'all blurry',
		];
		const member = (g: string, s: Sample) =>
			g === 'labelled sharp'
				? s.group === 'labelled' && s.truth === 'sharp'
				: g === 'labelled blurry'
					? s.group === 'labelled' && s.truth === 'blurry'
					: g === 'made blurry'
						? s.group !== 'labelled' && s.truth === 'blurry'
						: g === 'made mild'
							? s.group !== 'labelled' && s.truth === 'borderline'
							: g === 'all sharp'
								? s.truth === 'sharp'
								: g === 'all blurry'
									? s.truth === 'blurry'
									: s.group === g;
		for (const g of groups) {
			const inGroup = values.filter((x) => member(g, x.sample));
			const range = (p: DecodePath) => {
				const vs = inGroup.map((x) => x.v[p]).filter((v): v is number => v !== null);
				return vs.length ? `${Math.min(...vs)}–${Math.max(...vs)}`.padEnd(11) : 'n/a'.padEnd(11);
			};
			lines.push(
				`${g.padEnd(16)} n=${String(inGroup.length).padEnd(3)} node ${range('node')} webcodecs ${range('webcodecs')} bitmap ${range('bitmap')}`,
			);
		}
		// Agreement of a threshold with "truth" per path, for a few candidate warn levels (flag = below warn).
		lines.push('', 'agreement (sharp must pass, blurry must be flagged) per candidate warn level:');
		for (const warn of [60, 80, 100, 120, 140, 150, 160, 180, 200, 240]) {
			const agree = (p: DecodePath) => {
				const scored = values.filter((x) => x.sample.truth !== 'borderline' && x.v[p] !== null);
				const ok = scored.filter((x) => x.v[p]! < warn === (x.sample.truth === 'blurry'));
				return `${ok.length}/${scored.length}`.padEnd(7);
			};
			lines.push(
				`warn ${String(warn).padStart(3)}: node ${agree('node')} webcodecs ${agree('webcodecs')} bitmap ${agree('bitmap')}`,
			);
		}
		console.log(lines.join('\n'));
	});
});

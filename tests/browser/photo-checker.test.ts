/**
 * The photo checker island on /checkers/photo/, in Chromium: choose a real photo, read the verdict;
 * choose bad files, read their messages; the photo never causes a network request.
 * Run alone against a build in its own folder:
 *   astro build --outDir /tmp/photo-dist && DIST_DIR=/tmp/photo-dist npx vitest run --project browser tests/browser/photo-checker.test.ts
 */
import {
	closeSync,
	cpSync,
	existsSync,
	mkdtempSync,
	openSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { describeBrowser, useSite } from './harness';
import { rendererPids, rssMiB } from '../support/renderer-memory';
import { readFixtureCorners } from '../../src/lib/photo/testing/fixture-corners';
import { DIST_DIR } from '../support/dist';
import { DOCUMENT_MODEL } from '../../src/lib/photo/pipeline';
import { serveStatic } from '../support/serve';

const PHOTOS = fileURLToPath(new URL('../../../shared/fixtures/photos/', import.meta.url));
const PHOTO = `${PHOTOS}mrzs_test_mrz.jpg`;
const hasPhotos = existsSync(PHOTO);
/**
 * A passport data page held in a hand over a dark table, fingers behind its right edge (hand-measured corners in
 * src/lib/photo/testing/fixture-corners.tsv). Its page is held at a slant: by hand its bottom edge is 1.149 × its
 * top, against TILT_WARN 1.15, so "tilted" is a fair call either way; every other framing verdict must pass.
 */
const CLUTTER_PHOTO = 'mrzs_test_mrz.jpg';
if (!hasPhotos) console.warn(`Photo checker browser test: ${PHOTOS} is absent, so the real-photo case is skipped.`);

/** Bad files, written to a temporary folder. */
const folder = mkdtempSync(join(tmpdir(), 'photo-checker-'));
const badFiles: Array<{ name: string; why: string; bytes: Uint8Array; message: RegExp }> = [
	// A photo that failed to save.
	{ name: 'empty.jpg', why: 'empty file', bytes: new Uint8Array(0), message: /empty \(0 bytes\)/ },
	// A text file renamed to .jpg.
	{
		name: 'notes.jpg',
		why: 'text renamed .jpg',
		bytes: new TextEncoder().encode('This is a text file, not a photo.\n'.repeat(20)),
		message: /not a photo this checker can read/,
	},
	// A JPEG cut off in the middle of a download (the first 40 % of a real photo, or a minimal header).
	{
		name: 'truncated.jpg',
		why: 'truncated JPEG',
		bytes: truncatedJpeg(),
		message: /could not be opened: the file may be damaged/,
	},
	// A 16383 × 16383 WebP (268 MP; WebP is decoded whole): refused from its header, never decoded.
	{ name: 'huge.webp', why: '268 MP WebP', bytes: hugeWebpHead(), message: /too many pixels/ },
	// An iPhone photo in HEIC, which Chromium cannot decode: the steps to a JPEG instead.
	{
		name: 'IMG_0001.HEIC',
		why: 'HEIC in Chromium',
		bytes: heicHead(),
		message: /cannot open HEIC photos.*Most Compatible/,
	},
];
for (const f of badFiles) writeFileSync(join(folder, f.name), f.bytes);

/** The head of an extended WebP (VP8X) with a 16383 × 16383 canvas, and nothing after it. */
function hugeWebpHead(): Uint8Array {
	const head = new Uint8Array(30);
	head.set(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8X'), 0);
	head.set([10, 0, 0, 0, 0x08, 0, 0, 0, 0xfe, 0x3f, 0, 0xfe, 0x3f, 0], 16);
	return head;
}

/** The start of a 4032 × 3024 HEIC: its ftyp box, then a meta box with the image's ispe property. */
function heicHead(): Uint8Array {
	const text = (t: string) => Array.from(t, (c) => c.charCodeAt(0));
	const be32 = (v: number) => [(v >>> 24) & 255, (v >> 16) & 255, (v >> 8) & 255, v & 255];
	const ispe = [...be32(20), ...text('ispe'), 0, 0, 0, 0, ...be32(4032), ...be32(3024)];
	return Uint8Array.from([
		...be32(24),
		...text('ftypheic'),
		0,
		0,
		0,
		0,
		...text('mif1heic'),
		...be32(32),
		...text('meta'),
		0,
		0,
		0,
		0,
		...ispe,
		...new Array(200).fill(0),
	]);
}

function truncatedJpeg(): Uint8Array {
	if (hasPhotos) {
		const whole = readFileSync(PHOTO);
		return whole.subarray(0, Math.floor(whole.length * 0.4));
	}
	// SOI + a few bytes of APP0: a JPEG signature with nothing decodable after it.
	return Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
}

/**
 * A 50 MP (8192 × 6144) JPEG of a light card on a darker table, made with sharp: flat areas, so it
 * compresses to a few MB and is made in about a second.
 */
async function fiftyMegapixelJpeg(): Promise<string> {
	const file = join(folder, 'camera-50mp.jpg');
	const card = { create: { width: 5120, height: 3228, channels: 3 as const, background: { r: 222, g: 226, b: 236 } } };
	const band = { create: { width: 4200, height: 300, channels: 3 as const, background: { r: 40, g: 50, b: 70 } } };
	await sharp({ create: { width: 8192, height: 6144, channels: 3, background: { r: 110, g: 86, b: 60 } } })
		.composite([
			{ input: card, left: 1536, top: 1458 },
			{ input: band, left: 1996, top: 3900 },
			{ input: { create: { ...band.create, width: 1400, height: 1700 } }, left: 2000, top: 1900 },
		])
		.jpeg({ quality: 80 })
		.toFile(file);
	return file;
}

/** A 100 MB file that starts like a JPEG (sparse: written in an instant); it must be refused before decoding. */
function hundredMegabyteFile(): string {
	const file = join(folder, 'huge-100mb.jpg');
	const fd = openSync(file, 'w');
	writeSync(fd, Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
	writeSync(fd, Uint8Array.from([0xff, 0xd9]), 0, 2, 100 * 1024 * 1024 - 2);
	closeSync(fd);
	return file;
}

async function openChecker(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('.photo-checker').scrollIntoViewIfNeeded();
	await page.waitForSelector('astro-island:not([ssr]) .photo-checker');
}

describeBrowser('photo checker', () => {
	const site = useSite();

	test('the server-rendered widget is ignored by search and has empty status and alert regions', async () => {
		const page = await site.newPage();
		await page.route('**/*.js', (route) => route.abort());
		await page.goto(site.url('checkers/photo/'));
		const root = page.locator('.photo-checker');
		expect(await root.getAttribute('data-pagefind-ignore')).not.toBeNull();
		expect((await root.locator('[role="status"]').innerText()).trim()).toBe('');
		expect((await root.locator('[role="alert"]').innerText()).trim()).toBe('');
	});

	test.skipIf(!hasPhotos)(
		'a real photo gets a verdict, with no network request between choosing and the result',
		async () => {
			const page = await site.newPage();
			await openChecker(page, site.url('checkers/photo/'));
			const before = site.requests(page).length;
			// The worker script itself is fetched from the site the first time: allowed, it is not the photo.
			await page.locator('.photo-checker input[type="file"]:not([capture])').setInputFiles(PHOTO);
			const verdict = page.locator('.photo-checker [role="status"] .photo-checker__verdict');
			await verdict.waitFor({ timeout: 30_000 });
			expect(await verdict.innerText()).toMatch(/Score \d+ \/ 100\./);
			expect(await page.locator('.photo-checker__check').count()).toBe(7);
			// Problems first: failures, then warnings, then passes.
			const statuses = await page
				.locator('.photo-checker__check')
				.evaluateAll((items) => items.map((li) => li.getAttribute('data-status')!));
			const rank = { fail: 0, warn: 1, pass: 2 } as Record<string, number>;
			expect(statuses).toEqual([...statuses].sort((a, b) => rank[a]! - rank[b]!));
			const after = site.requests(page).slice(before);
			// Only the worker's own script(s) from the site; nothing carries the photo out.
			expect(after.filter((url) => !/\/_astro\/[^/]+\.js$/.test(url))).toEqual([]);
			expect(site.foreignRequests(page)).toEqual([]);
			// Advice for a problem links to the matching article under the base path.
			for (const href of await page
				.locator('.photo-checker__advice a')
				.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
				expect(href).toMatch(/^\/(document-quality|facial-verification)\/[a-z-]+(\/[a-z-]+)?\/$/);
			}
			expect(site.errors(page)).toEqual([]);
		},
	);

	test.skipIf(!hasPhotos)(
		'a document held in a hand over a table: the outline is on it and no margin, size or not-found warning',
		async () => {
			const truth = readFixtureCorners().find((r) => r.file === CLUTTER_PHOTO)!.corners!;
			const page = await site.newPage();
			await openChecker(page, site.url('checkers/photo/'));
			await page.locator('.photo-checker input[type="file"]:not([capture])').setInputFiles(`${PHOTOS}${CLUTTER_PHOTO}`);
			await page.locator('.photo-checker__verdict').waitFor({ timeout: 30_000 });
			const framing = page.locator('.photo-checker__check[data-check="framing"]');
			const status = await framing.getAttribute('data-status');
			// Pass, or the borderline tilt warning (see CLUTTER_PHOTO); never cut off, near the edge, small or not found.
			if (status !== 'pass') {
				expect(status).toBe('warn');
				expect(await framing.innerText()).toMatch(/angle|tilt|flat/i);
			} else if ((await framing.getAttribute('data-unsure')) === 'true') {
				// A tilt on the line that the corners cannot call either way is said to be so, not shown as a pass.
				expect(await framing.innerText()).toMatch(/too close to call/i);
			}
			const viewBox = (await page.locator('.photo-checker__overlay').getAttribute('viewBox'))!.split(' ').map(Number);
			const [width, height] = [viewBox[2]!, viewBox[3]!];
			const points = (await page.locator('.photo-checker__outline').getAttribute('points'))!
				.trim()
				.split(/\s+/)
				.map((pair) => pair.split(',').map(Number) as [number, number]);
			expect(points).toHaveLength(4);
			// Each hand-measured corner has a drawn corner within 4 % of the diagonal (the measure is about ±1 %).
			const diagonal = Math.hypot(width, height);
			for (const corner of truth) {
				const nearest = Math.min(...points.map(([x, y]) => Math.hypot(x - corner.x * width, y - corner.y * height)));
				expect(nearest / diagonal).toBeLessThan(0.04);
			}
			expect(site.errors(page)).toEqual([]);
		},
	);

	test.skipIf(!DOCUMENT_MODEL)(
		'the document model is fetched when the reader reaches for a photo, not when the page only shows the checker',
		async () => {
			const chunks = documentModelChunks();
			const page = await site.newPage();
			await openChecker(page, site.url('checkers/photo/'));
			const fetched = () =>
				site.requests(page).filter((url) => chunks.some((chunk) => new URL(url).pathname.endsWith(`/_astro/${chunk}`)));
			// The worker has started and warmed up on its own by now; the model waits for the reader.
			await page.waitForTimeout(1500);
			expect(fetched(), 'the model is not fetched with the page').toEqual([]);
			await page.locator('.photo-checker__actions').hover();
			await expect.poll(() => fetched().length).toBeGreaterThan(0);
			expect(site.foreignRequests(page)).toEqual([]);
			expect(site.errors(page)).toEqual([]);
		},
	);

	test('a photo taken upright (EXIF orientation 6) is shown and analysed upright', async () => {
		// Stored 2400 × 1800 (decoded reduced, as a phone photo is), left half red and right half blue;
		// orientation 6 turns it a quarter clockwise: shown 1800 × 2400, red on top, blue below.
		const file = join(folder, 'upright.jpg');
		const half = { create: { width: 1200, height: 1800, channels: 3 as const, background: { r: 30, g: 60, b: 220 } } };
		await sharp({ create: { width: 2400, height: 1800, channels: 3, background: { r: 220, g: 40, b: 30 } } })
			.composite([{ input: half, left: 1200, top: 0 }])
			.jpeg({ quality: 90 })
			.withMetadata({ orientation: 6 })
			.toFile(file);
		const page = await site.newPage();
		await openChecker(page, site.url('checkers/photo/'));
		await page.locator('.photo-checker input[type="file"]:not([capture])').setInputFiles(file);
		await page.locator('.photo-checker__verdict').waitFor({ timeout: 30_000 });
		const shown = await page.locator('.photo-checker__preview canvas').evaluate((canvas: HTMLCanvasElement) => {
			const context = canvas.getContext('2d')!;
			const at = (x: number, y: number) =>
				Array.from(
					context.getImageData(Math.floor(x * canvas.width), Math.floor(y * canvas.height), 1, 1).data.slice(0, 3),
				);
			return { width: canvas.width, height: canvas.height, top: at(0.5, 0.25), bottom: at(0.5, 0.75) };
		});
		expect(shown.height).toBeGreaterThan(shown.width);
		expect(shown.top[0]).toBeGreaterThan(150);
		expect(shown.top[2]).toBeLessThan(100);
		expect(shown.bottom[2]).toBeGreaterThan(150);
		expect(shown.bottom[0]).toBeLessThan(100);
		// The analysis ran on the upright image too: its outline and glare boxes are drawn in portrait pixels.
		const viewBox = (await page.locator('.photo-checker__overlay').getAttribute('viewBox'))!.split(' ').map(Number);
		expect(viewBox[3]!).toBeGreaterThan(viewBox[2]!);
		expect(site.errors(page)).toEqual([]);
	});

	test.skipIf(!hasPhotos)(
		'the verdict is the same whether the helper thread finds the document or the photo worker does',
		async () => {
			// A copy of the site without the helper's script: the helper cannot start, and the photo worker
			// does its part itself (Chromium does not route a worker's own worker requests through page.route).
			const copy = mkdtempSync(join(tmpdir(), 'photo-no-helper-'));
			cpSync(DIST_DIR, copy, { recursive: true });
			for (const name of readdirSync(join(copy, '_astro')))
				if (name.startsWith('photo-color.worker')) rmSync(join(copy, '_astro', name));
			const bare = await serveStatic(copy, '/');
			try {
				const verdicts: Array<{ helped: boolean; checks: string[] }> = [];
				for (const url of [site.url('checkers/photo/'), new URL('checkers/photo/', bare.url).href]) {
					const page = await site.newPage();
					await openChecker(page, url);
					// The helper starts with the first photo (or the reader's intent) and takes part once it has
					// loaded; should it miss a photo, the photo is chosen again, a little later each time (a few times).
					let verdict: { helped: boolean; checks: string[] } | null = null;
					for (let attempt = 0; attempt < 6 && !verdict?.helped; attempt++) {
						await page.waitForTimeout(500 * attempt);
						await page.evaluate(() => performance.clearMarks('photo-checker:result'));
						await page.locator('.photo-checker input[type="file"]:not([capture])').setInputFiles(PHOTO);
						await page.waitForFunction(
							() => performance.getEntriesByName('photo-checker:result').length > 0,
							undefined,
							{ timeout: 30_000 },
						);
						const timings = JSON.parse(
							(await page.locator('.photo-checker__result').getAttribute('data-timings'))!,
						) as { helped: boolean };
						const checks = await page
							.locator('.photo-checker__check')
							.evaluateAll((items) =>
								items.map((li) => `${li.getAttribute('data-check')}:${li.getAttribute('data-status')}`),
							);
						verdict = { helped: timings.helped, checks };
					}
					verdicts.push(verdict!);
				}
				expect(verdicts.map((v) => v.helped)).toEqual([true, false]);
				expect(verdicts[1]!.checks).toEqual(verdicts[0]!.checks);
			} finally {
				await bare.close();
			}
		},
	);

	test('a photo with no document found says glare and light were checked on the middle of the picture', async () => {
		// A plain wall: nothing to find, so nothing for glare to be measured on but the middle of the picture.
		const file = join(folder, 'plain-wall.jpg');
		await sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 150, g: 140, b: 120 } } })
			.jpeg({ quality: 85 })
			.toFile(file);
		const page = await site.newPage();
		await openChecker(page, site.url('checkers/photo/'));
		await page.locator('.photo-checker input[type="file"]:not([capture])').setInputFiles(file);
		await page.locator('.photo-checker__verdict').waitFor({ timeout: 30_000 });
		await expect.poll(() => page.locator('.photo-checker__measured-on').innerText()).toMatch(/middle of the picture/);
		const glare = page.locator('.photo-checker__check[data-check="glare"]');
		expect(await glare.innerText()).toMatch(/middle of the picture/);
		expect(await page.locator('.photo-checker__check[data-check="framing"]').innerText()).toMatch(
			/could not find the edges/,
		);
		expect(site.errors(page)).toEqual([]);
	});

	test('each bad file shows its message, and the page stays usable', async () => {
		const page = await site.newPage();
		await openChecker(page, site.url('checkers/photo/'));
		const input = page.locator('.photo-checker input[type="file"]:not([capture])');
		const alert = page.locator('.photo-checker [role="alert"]');
		for (const f of badFiles) {
			await input.setInputFiles(join(folder, f.name));
			await expect.poll(() => alert.innerText(), { timeout: 20_000, message: f.why }).toMatch(f.message);
		}
		// Still usable: a good photo after the bad ones gets a verdict and clears the alert.
		if (hasPhotos) {
			await input.setInputFiles(PHOTO);
			await page.locator('.photo-checker__verdict').waitFor({ timeout: 30_000 });
			expect((await alert.innerText()).trim()).toBe('');
		}
		expect(site.errors(page)).toEqual([]);
		expect(site.foreignRequests(page)).toEqual([]);
	});

	test(
		'a 50 MP photo gets a result at a bounded memory cost; a 100 MB file is refused; the page stays usable',
		{ timeout: 120_000 },
		async () => {
			const big = await fiftyMegapixelJpeg();
			const page = await site.newPage();
			await openChecker(page, site.url('checkers/photo/'));
			const input = page.locator('.photo-checker input[type="file"]:not([capture])');
			const alert = page.locator('.photo-checker [role="alert"]');
			// The page's renderer exists already; find it once, then sample it.
			const renderers = rendererPids();
			const baseline = rssMiB(renderers);
			let peak = baseline ?? 0;
			const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(renderers) ?? 0)), 10);
			await input.setInputFiles(big);
			const verdict = page.locator('.photo-checker [role="status"] .photo-checker__verdict');
			await verdict.waitFor({ timeout: 60_000 });
			clearInterval(sampler);
			expect(await verdict.innerText()).toMatch(/Score \d+ \/ 100\./);
			const timings = JSON.parse((await page.locator('.photo-checker__result').getAttribute('data-timings'))!) as {
				path: string;
				decode: number;
				read: number;
				analyze: number;
			};
			// Decoded at a bounded size, not whole (WebCodecs where there is a secure context, else the bitmap path).
			expect(timings.path).toMatch(/-reduced$/);
			// The resolution check still judges the photo as taken.
			expect(await page.locator('.photo-checker__check').count()).toBe(7);
			console.log(
				`50 MP JPEG (${(readFileSync(big).length / 1e6).toFixed(1)} MB): path ${timings.path}, decode ${timings.decode.toFixed(0)} ms, working image ${timings.read.toFixed(0)} ms, analysis ${timings.analyze.toFixed(0)} ms; ` +
					(baseline === null
						? 'renderer memory not readable here'
						: `renderer RSS peak +${(peak - baseline).toFixed(0)} MiB over ${baseline.toFixed(0)} MiB`),
			);
			await input.setInputFiles(hundredMegabyteFile());
			await expect.poll(() => alert.innerText(), { timeout: 20_000, message: '100 MB file' }).toMatch(/over 40 MB/);
			// Still usable after both.
			await input.setInputFiles(join(folder, 'notes.jpg'));
			await expect.poll(() => alert.innerText(), { timeout: 20_000 }).toMatch(/not a photo/);
			expect(site.errors(page)).toEqual([]);
		},
	);

	test.skipIf(!hasPhotos)(
		'a new photo while one is being checked replaces it (the first result never shows)',
		async () => {
			const page = await site.newPage();
			await openChecker(page, site.url('checkers/photo/'));
			const input = page.locator('.photo-checker input[type="file"]:not([capture])');
			await input.setInputFiles(PHOTO);
			await input.setInputFiles(join(folder, 'notes.jpg'));
			await expect
				.poll(() => page.locator('.photo-checker [role="alert"]').innerText(), { timeout: 20_000 })
				.toMatch(/not a photo/);
			// Give a stale answer time to arrive: it must not replace the newer message.
			await page.waitForTimeout(1500);
			expect(await page.locator('.photo-checker__verdict').count()).toBe(0);
			expect(site.errors(page)).toEqual([]);
		},
	);

	test('both file inputs can be reached with the keyboard', async () => {
		const page = await site.newPage();
		await openChecker(page, site.url('checkers/photo/'));
		const focusable = await page
			.locator('.photo-checker input[type="file"]')
			.evaluateAll((inputs) =>
				inputs.map((i) => (i as HTMLInputElement).tabIndex >= 0 && !(i as HTMLInputElement).disabled),
			);
		expect(focusable).toEqual([true, true]);
	});
});

/** The built chunks (file names in dist/_astro) that hold the document model's weights: each worker that runs it has its own. */
function documentModelChunks(): string[] {
	const source = readFileSync(
		fileURLToPath(new URL('../../src/lib/photo/doc-mask/weights.ts', import.meta.url)),
		'utf8',
	);
	const start = /WEIGHTS =\s*'([A-Za-z0-9+/]{40})/.exec(source)![1]!;
	const folder = join(DIST_DIR, '_astro');
	const files = readdirSync(folder).filter(
		(f) => f.endsWith('.js') && readFileSync(join(folder, f), 'utf8').includes(start),
	);
	expect(files.length, 'the weights are in chunks of their own').toBeGreaterThan(0);
	for (const file of files) expect(file, 'not in a worker script').not.toMatch(/worker/);
	return files;
}

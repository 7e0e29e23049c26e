/**
 * The selfie checker on /checkers/selfie/, in Chromium, as a new reader uses it: a backlit selfie, two
 * people, a well-lit centred selfie (composites of CC0 portraits: src/lib/face/testing/selfie-set.ts),
 * then bad files. Each gets the right advice and, where a face is found, its box on the picture; nothing
 * is requested from another origin. Run alone against a build in its own folder:
 *   astro build --outDir /tmp/selfie-dist && DIST_DIR=/tmp/selfie-dist npx vitest run --project browser tests/browser/selfie-checker.test.ts
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, useSite } from './harness';
import { detectFaces } from '../../src/lib/face';
import { nodeDetector } from '../../src/lib/face/testing/node-detector';
import { buildSelfieSet, caseJpeg } from '../../src/lib/face/testing/selfie-set';

async function choose(page: Page, name: string, buffer: Buffer, mimeType = 'image/jpeg') {
	await page.locator('.selfie-checker input[type=file]').first().setInputFiles({ name, mimeType, buffer });
}

const check = (page: Page, id: string) => page.locator(`.selfie-checker [data-check="${id}"]`);

describeBrowser('selfie checker', () => {
	const site = useSite();

	test(
		'backlit, two people, well lit and centred: the right advice, the face box drawn',
		{ timeout: 180_000 },
		async () => {
			const run = await nodeDetector();
			const cases = await buildSelfieSet((image) => detectFaces(image, run), ['backlit-1', 'two-0', 'centred-0']);
			const file = async (name: string) => caseJpeg(cases.find((c) => c.name === name)!);
			const page = await site.newPage();
			await page.goto(site.url('checkers/selfie/'));
			const result = page.locator('.selfie-checker__result');

			// 1. A selfie with a bright window behind: found, and told the light is behind.
			await choose(page, 'backlit.jpg', await file('backlit-1'));
			await expect.poll(() => result.getAttribute('data-faces'), { timeout: 60_000 }).toBe('1');
			expect(await check(page, 'face').getAttribute('data-status')).toBe('pass');
			expect(await check(page, 'backlight').getAttribute('data-status')).toBe('fail');
			await expect.poll(() => check(page, 'backlight').textContent()).toMatch(/less light behind you/);
			expect(await page.locator('.selfie-checker [data-face-box]').count()).toBe(1);

			// 2. Two people: both found, "only one person", the other checks left out.
			await choose(page, 'two.jpg', await file('two-0'));
			await expect.poll(() => result.getAttribute('data-faces'), { timeout: 30_000 }).toBe('2');
			expect(await check(page, 'face').getAttribute('data-status')).toBe('fail');
			expect(await check(page, 'face').textContent()).toMatch(/Only one person/);
			expect(await page.locator('.selfie-checker [data-face-box]').count()).toBe(2);
			expect(await check(page, 'backlight').count()).toBe(0);

			// 3. Well lit and centred: every check passes, and the box sits on the face.
			await choose(page, 'centred.jpg', await file('centred-0'));
			await expect.poll(() => result.getAttribute('data-faces'), { timeout: 30_000 }).toBe('1');
			await expect.poll(() => check(page, 'face-position').getAttribute('data-status')).toBe('pass');
			for (const id of [
				'face',
				'face-size',
				'face-position',
				'head-pose',
				'backlight',
				'evenness',
				'exposure',
				'sharpness',
			])
				expect(await check(page, id).getAttribute('data-status'), id).toBe('pass');
			expect(await page.locator('.selfie-checker__verdict').textContent()).toMatch(/Looks good/);
			const box = page.locator('.selfie-checker [data-face-box]');
			const [x, y, w] = await Promise.all(['x', 'y', 'width'].map((a) => box.getAttribute(a).then(Number)));
			// The face was placed centred at 45 % down, its box a third of the 1000 px height.
			expect(Math.abs(x! + w! / 2 - 375)).toBeLessThan(40);
			expect(Math.abs(y! + w! / 2 - 450)).toBeLessThan(60);
			// What the checks do not cover is said.
			expect(await page.locator('.selfie-checker__limits').textContent()).toMatch(/cannot tell/);

			expect(site.errors(page)).toEqual([]);
			expect(site.foreignRequests(page)).toEqual([]);
			const timings = JSON.parse((await result.getAttribute('data-timings'))!);
			console.log('selfie checker timings (third picture):', timings);
		},
	);

	test('a picture chosen before the widget hydrated is checked when it does', { timeout: 120_000 }, async () => {
		const page = await site.newPage();
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		// Hold back the island's code, as a slow phone would, while the reader chooses a picture.
		await page.route(
			(url) => /SelfieChecker\.[^/]*\.js$/.test(url.pathname),
			async (route) => {
				await gate;
				await route.continue();
			},
		);
		await page.goto(site.url('checkers/selfie/'));
		await choose(page, 'empty.jpg', Buffer.alloc(0));
		release();
		await expect.poll(() => page.locator('.selfie-checker__error').textContent(), { timeout: 60_000 }).toMatch(/empty/);
		expect(site.errors(page)).toEqual([]);
	});

	test('bad input: a clear message, never a crash', { timeout: 120_000 }, async () => {
		const page = await site.newPage();
		await page.goto(site.url('checkers/selfie/'));
		const alert = page.locator('.selfie-checker__error');
		const sharp = (await import('sharp')).default;
		const tiny = await sharp({ create: { width: 120, height: 160, channels: 3, background: '#a08070' } })
			.jpeg()
			.toBuffer();
		const good = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#808080' } })
			.jpeg()
			.toBuffer();
		for (const [name, bytes, message] of [
			['empty.jpg', Buffer.alloc(0), /empty/],
			['notes.jpg', Buffer.from('not a photo\n'.repeat(50)), /not a picture this checker can read/],
			['broken.jpg', good.subarray(0, Math.floor(good.length * 0.3)), /could not be opened|Face not detected/],
			['thumb.jpg', tiny, /too small to find a face/],
		] as const) {
			await choose(page, name, bytes);
			await expect
				.poll(async () => (await alert.count()) > 0 || (await page.locator('.selfie-checker__result').count()) > 0, {
					timeout: 60_000,
				})
				.toBe(true);
			const text =
				(await alert.count()) > 0 ? await alert.textContent() : await page.locator('.selfie-checker').textContent();
			expect(text, name).toMatch(message);
		}
		// A plain grey picture: no face, and it says so.
		await choose(page, 'wall.jpg', good);
		await expect
			.poll(() => page.locator('.selfie-checker__result').getAttribute('data-faces'), { timeout: 60_000 })
			.toBe('0');
		expect(await check(page, 'face').textContent()).toMatch(/Face not detected/);
		expect(site.errors(page)).toEqual([]);
		expect(site.foreignRequests(page)).toEqual([]);
	});
});

#!/usr/bin/env node
/**
 * Makes the web app manifest's PNG icons from public/favicon.svg, with sharp. The PNGs are
 * committed; run this again after changing the favicon: `node scripts/make-icons.mjs`.
 * - icon-192.png, icon-512.png: the favicon as it is (rounded square, transparent corners);
 * - icon-maskable-512.png: for Android's shaped icons, the favicon inside the central 80 % "safe
 *   zone" on a full square of its own blue, so no mask cuts the check mark;
 * - apple-touch-icon.png (180 px): iOS draws no transparency, so a full square as well.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';

const root = new URL('../', import.meta.url);
const svg = readFileSync(new URL('public/favicon.svg', root));
const out = new URL('public/icons/', root);
mkdirSync(out, { recursive: true });
/** The favicon's background colour (its <rect fill>). */
const blue = svg.toString().match(/<rect[^>]*fill="(#[0-9a-f]{6})"/i)?.[1] ?? '#0b5cad';

/** The SVG rendered at `size` px (density scaled so it is drawn sharp, not upscaled). */
const render = (size) =>
	sharp(svg, { density: (72 * size) / 32 })
		.resize(size, size)
		.png();

/** The favicon at `inner` px centred on a `size` px square of its blue. */
async function onSquare(size, inner) {
	const icon = await render(inner).toBuffer();
	return sharp({ create: { width: size, height: size, channels: 4, background: blue } })
		.composite([{ input: icon, gravity: 'center' }])
		.png();
}

await render(192).toFile(new URL('icon-192.png', out).pathname);
await render(512).toFile(new URL('icon-512.png', out).pathname);
await (await onSquare(512, 410)).toFile(new URL('icon-maskable-512.png', out).pathname);
await (await onSquare(180, 160)).toFile(new URL('apple-touch-icon.png', out).pathname);
console.log('Wrote public/icons/: icon-192.png, icon-512.png, icon-maskable-512.png, apple-touch-icon.png');

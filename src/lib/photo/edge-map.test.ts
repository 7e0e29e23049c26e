/**
 * The finder's edge map is computed the fast way (blur rounds through a row ring, Sobel by sliding column
 * sums, the direction across the edge by comparing |gy| / |gx| with tan 22.5° and tan 67.5°, atan2 only where
 * it is kept). Here it is compared, value for value, with the plain way written out below: every blurred
 * plane value and every orientation byte must be equal, on composites, a drawn card and noise.
 */
import { describe, expect, it } from 'vitest';
import { edgeMap } from './find-document';
import { resizeToLongSide } from './resize';
import { makeComposite } from './testing/composite';
import { jpegRoundTrip } from './testing/find-eval';
import { syntheticCard } from './testing/synthetic';
import { EDGE_LOW_MAGNITUDE, EDGE_MIN_MAGNITUDE, FIND_LONG_SIDE, HYSTERESIS_TURN } from './thresholds';
import type { RgbaImage } from './types';

/** The edge map pass by pass, one formula a pixel: the plain reading of what edgeMap documents. */
function plainEdgeMap(image: RgbaImage): { orientation: Uint8Array; planes: Float32Array[] } {
	const { width: w, height: h, data } = image;
	const n = w * h;
	const planes = [0, 1, 2].map((c) => Float32Array.from({ length: n }, (_, i) => data[4 * i + c]!));
	const at = (p: Float32Array, x: number, y: number) =>
		p[Math.min(h - 1, Math.max(0, y)) * w + Math.min(w - 1, Math.max(0, x))]!;
	for (const p of planes)
		for (let round = 0; round < 2; round++) {
			const t = new Float32Array(n);
			for (let y = 0; y < h; y++)
				for (let x = 0; x < w; x++) t[y * w + x] = (at(p, x - 1, y) + at(p, x, y) + at(p, x + 1, y)) / 3;
			for (let y = 0; y < h; y++)
				for (let x = 0; x < w; x++) p[y * w + x] = (at(t, x, y - 1) + at(t, x, y) + at(t, x, y + 1)) / 3;
		}
	const gx = new Float32Array(n);
	const gy = new Float32Array(n);
	const mag = new Float32Array(n);
	for (let y = 1; y < h - 1; y++)
		for (let x = 1; x < w - 1; x++) {
			let best = { sx: 0, sy: 0, m: -1 };
			for (const p of planes) {
				const v = (dx: number, dy: number) => p[(y + dy) * w + x + dx]!;
				const sx = v(1, -1) + 2 * v(1, 0) + v(1, 1) - v(-1, -1) - 2 * v(-1, 0) - v(-1, 1);
				const sy = v(-1, 1) + 2 * v(0, 1) + v(1, 1) - v(-1, -1) - 2 * v(0, -1) - v(1, -1);
				const m = sx * sx + sy * sy;
				// The first plane sets the bar; a later one must beat it (R first on ties).
				if (best.m < 0 || m > best.m) best = { sx, sy, m: Math.fround(m) };
			}
			const i = y * w + x;
			mag[i] = Math.sqrt(best.m);
			gx[i] = best.sx;
			gy[i] = best.sy;
		}
	const orientation = new Uint8Array(n).fill(255);
	for (let y = 1; y < h - 1; y++)
		for (let x = 1; x < w - 1; x++) {
			const i = y * w + x;
			if (mag[i]! < EDGE_LOW_MAGNITUDE) continue;
			let deg = (Math.atan2(gy[i]!, gx[i]!) * 180) / Math.PI;
			if (deg < 0) deg += 180;
			if (deg >= 180) deg -= 180;
			const q = Math.round(deg / 45) % 4;
			const step = [1, w + 1, w, w - 1][q]!;
			if (mag[i]! < mag[i - step]! || mag[i]! < mag[i + step]!) continue;
			orientation[i] = Math.min(179, Math.round(deg));
		}
	// Hysteresis: keep the strong pixels and every edge pixel joined to one by a chain of about its direction.
	const keep = new Uint8Array(n);
	const stack: number[] = [];
	for (let i = 0; i < n; i++)
		if (orientation[i] !== 255 && mag[i]! >= EDGE_MIN_MAGNITUDE) {
			keep[i] = 1;
			stack.push(i);
		}
	while (stack.length) {
		const i = stack.pop()!;
		const x = i % w;
		for (let dy = -1; dy <= 1; dy++)
			for (let dx = -1; dx <= 1; dx++) {
				const j = i + dy * w + dx;
				if (j < 0 || j >= n || x + dx < 0 || x + dx >= w || keep[j] || orientation[j] === 255) continue;
				const d = Math.abs(orientation[i]! - orientation[j]!);
				if (Math.min(d, 180 - d) > HYSTERESIS_TURN) continue;
				keep[j] = 1;
				stack.push(j);
			}
	}
	for (let i = 0; i < n; i++) if (!keep[i]) orientation[i] = 255;
	return { orientation, planes };
}

/** Seeded RGB noise: gradients of every direction and strength, many of them near the 22.5° boundaries. */
function noise(width: number, height: number, seed: number): RgbaImage {
	const data = new Uint8Array(width * height * 4);
	let s = seed;
	for (let i = 0; i < data.length; i++) {
		s = (s * 1103515245 + 12345) >>> 0;
		data[i] = i % 4 === 3 ? 255 : s >>> 24;
	}
	return { width, height, data };
}

/** How many values differ, and the first one, so a failure says where. */
function mismatches(a: ArrayLike<number>, b: ArrayLike<number>): { count: number; first: number } {
	let count = 0;
	let first = -1;
	for (let i = 0; i < a.length; i++)
		if (!Object.is(a[i], b[i])) {
			if (first < 0) first = i;
			count++;
		}
	return { count, first };
}

describe('edgeMap equals the plain pass-by-pass edge map', () => {
	const cases: Array<{ name: string; make: () => Promise<RgbaImage> }> = [
		// Documents drawn on keyboards, fabric, clutter…, through a JPEG round trip, at the finder's size.
		...[3, 11, 27].map((seed) => ({
			name: `composite ${seed}`,
			make: async () => {
				const c = makeComposite(seed);
				return resizeToLongSide(await jpegRoundTrip(c.image, c.jpegQuality), FIND_LONG_SIDE);
			},
		})),
		{ name: 'drawn card', make: async () => resizeToLongSide(syntheticCard().image, FIND_LONG_SIDE) },
		{ name: 'noise', make: async () => noise(160, 120, 7) },
		// Odd sizes: the rings and the borders at their smallest.
		{ name: 'noise 3 × 3', make: async () => noise(3, 3, 1) },
		{ name: 'noise 1 × 5', make: async () => noise(1, 5, 2) },
		{ name: 'noise 9 × 2', make: async () => noise(9, 2, 3) },
	];
	it.each(cases)('$name', async ({ make }) => {
		const image = await make();
		const fast = edgeMap(image);
		const plain = plainEdgeMap(image);
		for (let c = 0; c < 3; c++) expect(mismatches(fast.planes[c]!, plain.planes[c]!)).toEqual({ count: 0, first: -1 });
		expect(mismatches(fast.orientation, plain.orientation)).toEqual({ count: 0, first: -1 });
	});

	it('sees edges in the cases it compares (the comparison is not of empty maps)', async () => {
		const edges = edgeMap(noise(160, 120, 7)).orientation.filter((o) => o !== 255).length;
		expect(edges).toBeGreaterThan(1000);
	});
});

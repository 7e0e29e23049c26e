import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileKernels } from '../../../../scripts/doc-model/kernels-wat.mjs';
import { KERNELS } from './kernels';

const bytes = Uint8Array.from(Buffer.from(KERNELS, 'base64'));

/** A fresh instance of the kernels, its memory, and `filled`: a plane at byte `at` of seeded values in −0.5…0.5. */
function kernelsWith(seed: number) {
	const memory = new WebAssembly.Memory({ initial: 8 });
	const exports = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } }).exports as Record<
		'pointwise' | 'conv3x3',
		(...args: number[]) => void
	>;
	// Views on the kernels' memory, filled in place (a typed array's map would copy them out of it).
	const filled = (at: number, length: number) => {
		const plane = new Float32Array(memory.buffer, at, length);
		for (let i = 0; i < length; i++) {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			plane[i] = seed / 2147483648 - 0.5;
		}
		return plane;
	};
	return { ...exports, memory, filled };
}

describe('the WebAssembly kernels (kernels.wat)', () => {
	it('kernels.ts holds kernels.wat compiled (run scripts/doc-model/build-kernels.mjs after editing it)', async () => {
		const source = readFileSync(new URL('./kernels.wat', import.meta.url), 'utf8');
		expect(Buffer.from(await compileKernels(source)).equals(Buffer.from(bytes))).toBe(true);
	});

	// The 1 × 1 convolution against the sum written out, on shapes the network has and on the leftover outputs
	// (a count not a multiple of 4), with and without ReLU; inputs of both signs, so ReLU has work to do.
	it.each([
		[8, 16, 64, true],
		[5, 3, 16, false],
		[7, 12, 8, true],
		[1, 16, 4096, false],
	])('pointwise: %i outputs from %i inputs over %i pixels (ReLU %s) gives the sums', (cout, cin, n, relu) => {
		const { pointwise, memory, filled } = kernelsWith(cout * 7919 + cin * 31 + n);
		const w = filled(0, cout * cin);
		const b = filled(4 * 4096, cout);
		const input = filled(8 * 4096, cin * n);
		const out = new Float32Array(memory.buffer, 8 * 4096 + 4 * cin * n, cout * n).fill(Number.NaN);
		pointwise(w.byteOffset, b.byteOffset, input.byteOffset, out.byteOffset, cout, cin, n, relu ? 1 : 0);
		let worst = 0;
		let zeroed = 0;
		for (let o = 0; o < cout; o++)
			for (let p = 0; p < n; p++) {
				let sum = b[o]!;
				for (let c = 0; c < cin; c++) sum += w[o * cin + c]! * input[c * n + p]!;
				if (relu && sum < 0) {
					sum = 0;
					zeroed++;
				}
				worst = Math.max(worst, Math.abs(out[o * n + p]! - sum));
			}
		expect(worst).toBeLessThan(1e-5);
		if (relu) expect(zeroed).toBeGreaterThan(0);
	});

	// The 3 × 3 convolution (zero padding 1, then ReLU) against the sum written out: depthwise at stride 1 and 2,
	// and full (every input plane into every output, as the network's first layer) at stride 2.
	it.each([
		[true, 8, 1, 6, 6],
		[true, 16, 2, 5, 5],
		[false, 8, 2, 3, 5],
		[false, 4, 1, 2, 3],
	])(
		'conv3x3 (depthwise %s), side %i, stride %i, %i → %i planes, gives the sums',
		(depthwise, size, stride, cin, cout) => {
			const { conv3x3, memory, filled } = kernelsWith(size * 131 + stride * 17 + cin);
			const taps = depthwise ? cout * 9 : cout * cin * 9;
			const w = filled(0, taps);
			const b = filled(4 * 4096, cout);
			const input = filled(8 * 4096, cin * size * size);
			const outSize = size / stride;
			const out = new Float32Array(memory.buffer, 16 * 4096, cout * outSize * outSize).fill(Number.NaN);
			// The scratch starts dirty: the kernel must clear the padding itself.
			const pad = filled(32 * 4096, (size + 2) * (size + 2));
			conv3x3(
				w.byteOffset,
				b.byteOffset,
				input.byteOffset,
				out.byteOffset,
				pad.byteOffset,
				size,
				stride,
				cin,
				cout,
				depthwise ? 1 : 0,
			);
			const at = (c: number, y: number, x: number) =>
				y < 0 || x < 0 || y >= size || x >= size ? 0 : input[(c * size + y) * size + x]!;
			let worst = 0;
			let zeroed = 0;
			for (let o = 0; o < cout; o++)
				for (let y = 0; y < outSize; y++)
					for (let x = 0; x < outSize; x++) {
						let sum = b[o]!;
						for (const c of depthwise ? [o] : Array.from({ length: cin }, (_, k) => k))
							for (let i = 0; i < 3; i++)
								for (let j = 0; j < 3; j++)
									sum +=
										w[(depthwise ? o * 9 : (o * cin + c) * 9) + i * 3 + j]! *
										at(c, stride * y + i - 1, stride * x + j - 1);
						if (sum < 0) {
							sum = 0;
							zeroed++;
						}
						worst = Math.max(worst, Math.abs(out[(o * outSize + y) * outSize + x]! - sum));
					}
			expect(worst).toBeLessThan(1e-5);
			expect(zeroed).toBeGreaterThan(0);
		},
	);
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileKernels } from '../../../../scripts/doc-model/kernels-wat.mjs';
import { KERNELS } from './kernels';

const bytes = Uint8Array.from(Buffer.from(KERNELS, 'base64'));

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
		const memory = new WebAssembly.Memory({ initial: 8 });
		const { pointwise } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } }).exports as {
			pointwise: (...args: number[]) => void;
		};
		let seed = cout * 7919 + cin * 31 + n;
		const random = () => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed / 2147483648 - 0.5;
		};
		// Views on the kernels' memory, filled in place (a typed array's map would copy them out of it).
		const filled = (at: number, length: number) => {
			const plane = new Float32Array(memory.buffer, at, length);
			for (let i = 0; i < length; i++) plane[i] = random();
			return plane;
		};
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
});

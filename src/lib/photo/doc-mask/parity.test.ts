import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { GRID_SIZE, INPUT_SIZE } from '.';
import { DocMaskNetwork } from './network';

// parity.bin (written by scripts/doc-model/export.py): validation inputs, 128 × 128 RGB bytes each, then the
// probabilities PyTorch computes for them with the exported weights, 64 × 64 float32 each.
const bytes = new Uint8Array(readFileSync(new URL('./parity.bin', import.meta.url)));
const inputBytes = INPUT_SIZE * INPUT_SIZE * 3;
const outputBytes = GRID_SIZE * GRID_SIZE * 4;
const count = bytes.length / (inputBytes + outputBytes);
// Both ways the network runs: with its 1 × 1 convolutions in WebAssembly (kernels.wat), which Node has, and in
// TypeScript alone, as on an engine without WebAssembly SIMD.
const networks = [
	['with the WebAssembly kernels', new DocMaskNetwork(INPUT_SIZE)],
	['in TypeScript alone', new DocMaskNetwork(INPUT_SIZE, false)],
] as const;

it('the parity file holds whole samples', () => {
	expect(count).toBeGreaterThanOrEqual(1);
	expect(Number.isInteger(count)).toBe(true);
});

it('Node runs the kernels, and the TypeScript path is there when asked for', () => {
	expect(networks[0][1].usesKernels).toBe(true);
	expect(networks[1][1].usesKernels).toBe(false);
});

it('runs in TypeScript when the WebAssembly memory cannot be had (a device short of memory), rather than failing', () => {
	const refuse = vi.spyOn(WebAssembly, 'Memory').mockImplementation(() => {
		throw new RangeError('WebAssembly.Memory(): could not allocate memory');
	});
	try {
		const network = new DocMaskNetwork(INPUT_SIZE);
		expect(network.usesKernels).toBe(false);
		const logits = new Float32Array(GRID_SIZE * GRID_SIZE);
		network.run(new Uint8Array(INPUT_SIZE * INPUT_SIZE * 4).fill(128), logits);
		expect(logits.every(Number.isFinite)).toBe(true);
	} finally {
		refuse.mockRestore();
	}
});

describe.each(networks)('the network %s against PyTorch', (_, network) => {
	it.each(Array.from({ length: count }, (_, k) => k))('gives PyTorch’s probabilities on parity input %i', (k) => {
		const rgb = bytes.subarray(k * inputBytes, (k + 1) * inputBytes);
		const data = new Uint8Array(INPUT_SIZE * INPUT_SIZE * 4);
		for (let i = 0; i < INPUT_SIZE * INPUT_SIZE; i++) {
			data[i * 4] = rgb[i * 3]!;
			data[i * 4 + 1] = rgb[i * 3 + 1]!;
			data[i * 4 + 2] = rgb[i * 3 + 2]!;
			data[i * 4 + 3] = 255;
		}
		const expected = new Float32Array(
			bytes.slice(count * inputBytes + k * outputBytes, count * inputBytes + (k + 1) * outputBytes).buffer,
		);
		// The network itself: predictDocumentMask averages its look at the picture with one at the mirror image.
		const logits = new Float32Array(GRID_SIZE * GRID_SIZE);
		network.run(data, logits);
		let worst = 0;
		for (let i = 0; i < expected.length; i++)
			worst = Math.max(worst, Math.abs(1 / (1 + Math.exp(-logits[i]!)) - expected[i]!));
		// Float32 sums in another order: differences of about 1e-6; a wrong layer or padding gives 1e-2 and more.
		expect(worst).toBeLessThan(1e-3);
	});
});

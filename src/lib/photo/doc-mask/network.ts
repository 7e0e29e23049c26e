/**
 * The document-mask network in plain TypeScript: the layers of scripts/doc-model/model.py, with batch norm
 * folded into the convolutions and int8 weights dequantised once on first use. Activations are planes
 * (channel by channel, row by row) in Float32Arrays allocated once and reused on every call. The hot loops
 * are the convolutions: where the engine has WebAssembly SIMD they run in kernels.wat (every plane and weight
 * then lives in the WebAssembly memory), elsewhere in `pointwise` and `conv3x3` below.
 */
import { KERNELS } from './kernels';
import { LAYERS, WEIGHTS } from './weights';

/** A layer's dequantised weights (out × in × k × k) and biases (out). */
interface Layer {
	out: number;
	in: number;
	k: number;
	w: Float32Array;
	b: Float32Array;
}

/** The bytes of a base64 text. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** Reads the packed layers (int8 weights, float32 scales, float32 biases per layer, little-endian) into planes from `alloc`. */
function decodeLayers(alloc: (length: number) => Float32Array): Map<string, Layer> {
	const bytes = fromBase64(WEIGHTS);
	const view = new DataView(bytes.buffer);
	const layers = new Map<string, Layer>();
	let at = 0;
	for (const [name, , out, inputs, k] of LAYERS) {
		const per = inputs * k * k;
		const q = new Int8Array(bytes.buffer, at, out * per);
		at += out * per;
		const w = alloc(out * per);
		for (let o = 0; o < out; o++) {
			const scale = view.getFloat32(at + 4 * o, true);
			for (let j = 0; j < per; j++) w[o * per + j] = q[o * per + j]! * scale;
		}
		at += 4 * out;
		const b = alloc(out);
		for (let o = 0; o < out; o++) b[o] = view.getFloat32(at + 4 * o, true);
		at += 4 * out;
		layers.set(name, { out, in: inputs, k, w, b });
	}
	if (at !== bytes.length)
		throw new Error(`The document-mask weights hold ${bytes.length} bytes; the layers read ${at}.`);
	return layers;
}

/** Output = bias + weights × input, over `n` pixels; with `relu`, negative sums become 0. */
function pointwise(layer: Layer, input: Float32Array, n: number, out: Float32Array, relu: boolean): void {
	const { w, b } = layer;
	const cin = layer.in;
	for (let o = 0; o < layer.out; o++) {
		const base = o * n;
		out.fill(b[o]!, base, base + n);
		const wo = o * cin;
		let c = 0;
		for (; c + 4 <= cin; c += 4) {
			const w0 = w[wo + c]!;
			const w1 = w[wo + c + 1]!;
			const w2 = w[wo + c + 2]!;
			const w3 = w[wo + c + 3]!;
			const i0 = c * n;
			const i1 = i0 + n;
			const i2 = i1 + n;
			const i3 = i2 + n;
			for (let p = 0; p < n; p++)
				out[base + p] =
					out[base + p]! + w0 * input[i0 + p]! + w1 * input[i1 + p]! + w2 * input[i2 + p]! + w3 * input[i3 + p]!;
		}
		for (; c < cin; c++) {
			const wc = w[wo + c]!;
			const ic = c * n;
			for (let p = 0; p < n; p++) out[base + p] = out[base + p]! + wc * input[ic + p]!;
		}
		if (relu) for (let p = base; p < base + n; p++) if (out[p]! < 0) out[p] = 0;
	}
}

/**
 * A 3 × 3 convolution with zero padding 1 and stride 1 or 2, depthwise (each channel its own filter) or full
 * (every input channel into every output), then ReLU. Each input plane is first copied into `pad`, a plane two
 * pixels wider and taller whose border is 0, so the inner loop has no bounds checks.
 */
function conv3x3(
	layer: Layer,
	input: Float32Array,
	size: number,
	stride: number,
	out: Float32Array,
	pad: Float32Array,
	depthwise: boolean,
): void {
	const outSize = size / stride;
	const n = outSize * outSize;
	const ps = size + 2;
	const { w, b } = layer;
	const planes = depthwise ? layer.out : layer.in;
	for (let o = 0; o < layer.out; o++) out.fill(b[o]!, o * n, o * n + n);
	// The same scratch serves planes of every size: clear it for this size, then only the inside is written.
	pad.fill(0, 0, ps * ps);
	for (let c = 0; c < planes; c++) {
		for (let y = 0; y < size; y++)
			pad.set(input.subarray((c * size + y) * size, (c * size + y + 1) * size), (y + 1) * ps + 1);
		const from = depthwise ? c : 0;
		const to = depthwise ? c + 1 : layer.out;
		for (let o = from; o < to; o++) {
			const k = depthwise ? o * 9 : (o * layer.in + c) * 9;
			const k0 = w[k]!;
			const k1 = w[k + 1]!;
			const k2 = w[k + 2]!;
			const k3 = w[k + 3]!;
			const k4 = w[k + 4]!;
			const k5 = w[k + 5]!;
			const k6 = w[k + 6]!;
			const k7 = w[k + 7]!;
			const k8 = w[k + 8]!;
			for (let y = 0; y < outSize; y++) {
				// Output (x, y) reads padded rows stride·y … stride·y + 2, columns stride·x … stride·x + 2.
				let r0 = stride * y * ps;
				const end = o * n + (y + 1) * outSize;
				for (let q = o * n + y * outSize; q < end; q++, r0 += stride) {
					const r1 = r0 + ps;
					const r2 = r1 + ps;
					out[q] =
						out[q]! +
						k0 * pad[r0]! +
						k1 * pad[r0 + 1]! +
						k2 * pad[r0 + 2]! +
						k3 * pad[r1]! +
						k4 * pad[r1 + 1]! +
						k5 * pad[r1 + 2]! +
						k6 * pad[r2]! +
						k7 * pad[r2 + 1]! +
						k8 * pad[r2 + 2]!;
				}
			}
		}
	}
	for (let q = 0; q < layer.out * n; q++) if (out[q]! < 0) out[q] = 0;
}

/** Adds `coarse` (channels × size/2 × size/2) to `fine` (channels × size × size), each coarse pixel to its 2 × 2 block, then ReLU. */
function addUpsampled(fine: Float32Array, coarse: Float32Array, channels: number, size: number): void {
	const half = size / 2;
	for (let c = 0; c < channels; c++)
		for (let y = 0; y < size; y++) {
			const row = (c * size + y) * size;
			const from = (c * half + (y >> 1)) * half;
			for (let x = 0; x < size; x++) {
				const v = fine[row + x]! + coarse[from + (x >> 1)]!;
				fine[row + x] = v > 0 ? v : 0;
			}
		}
}

/** Every buffer a run needs, sized for the largest layer that uses it. */
interface Buffers {
	input: Float32Array;
	pad: Float32Array;
	e0: Float32Array;
	e1: Float32Array;
	e2: Float32Array;
	e3: Float32Array;
	e4: Float32Array;
	a: Float32Array;
	b: Float32Array;
	c: Float32Array;
	d: Float32Array;
	pooled: Float32Array;
	context: Float32Array;
}

/** The grid each block writes on, as a divisor of the input's side (model.py's levels). */
const OUTPUT_DIVISOR: Readonly<Record<string, number>> = {
	stem: 2,
	enc1: 4,
	enc2: 8,
	enc3: 16,
	res3: 16,
	enc4: 32,
	res4: 32,
	context: 32,
	dec3: 16,
	dec2: 8,
	dec1: 4,
	dec0: 2,
	head: 2,
};

/** kernels.wat's functions: pointers are byte offsets into its memory (see kernels.wat). */
interface Kernels {
	pointwise(w: number, b: number, input: number, out: number, cout: number, cin: number, n: number, relu: number): void;
	conv3x3(
		w: number,
		b: number,
		input: number,
		out: number,
		pad: number,
		size: number,
		stride: number,
		cin: number,
		cout: number,
		depthwise: number,
	): void;
}

let kernelModule: WebAssembly.Module | null | undefined;

/**
 * kernels.wat compiled, once per thread; null where the engine has no WebAssembly SIMD, or may not compile
 * WebAssembly (a Content-Security-Policy without 'wasm-unsafe-eval'): the network then runs in TypeScript alone.
 * Compiled synchronously: it is under two kilobytes, and the network runs in a worker or in Node.
 */
function compiledKernels(): WebAssembly.Module | null {
	if (kernelModule !== undefined) return kernelModule;
	try {
		const bytes = fromBase64(KERNELS);
		kernelModule =
			typeof WebAssembly === 'object' && WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
	} catch {
		kernelModule = null;
	}
	return kernelModule;
}

/**
 * The kernels with a memory of `bytes`; null when either cannot be made (a device short of memory may refuse a
 * WebAssembly memory it would give an ArrayBuffer): the network then runs in TypeScript rather than not at all.
 */
function instantiate(
	module: WebAssembly.Module,
	bytes: number,
): { kernels: Kernels; memory: WebAssembly.Memory } | null {
	try {
		const memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) });
		const instance = new WebAssembly.Instance(module, { env: { memory } });
		return { kernels: instance.exports as unknown as Kernels, memory };
	} catch {
		return null;
	}
}

/** Planes start on 16-byte boundaries, as the kernels' vector loads prefer. */
function rounded(length: number): number {
	return Math.ceil(length / 4) * 4;
}

/** The network, its weights decoded and its buffers allocated once. */
export class DocMaskNetwork {
	private readonly layers: Map<string, Layer>;
	private readonly buf: Buffers;
	/** The memory every plane and weight lives in: the kernels' WebAssembly memory when they run. */
	private readonly memory: ArrayBuffer;
	private readonly kernels: Kernels | null = null;

	/** With `kernels` false, the network runs in TypeScript alone even where WebAssembly SIMD is at hand (for tests). */
	constructor(
		readonly inputSize: number,
		kernels = true,
	) {
		const s = inputSize;
		const q = (k: number) => (s / k) * (s / k);
		// The channel counts come from the weights, so a wider or narrower network of the same layout runs as is.
		const channels = (name: string) => {
			const row = LAYERS.find(([layer]) => layer === name);
			if (!row) throw new Error(`The document-mask weights have no layer "${name}".`);
			return row[2];
		};
		// Each layer writes at one grid size (a divisor of the input's side); the scratch planes hold the largest.
		const scratch = Math.max(
			...LAYERS.map(([name]) => {
				const divisor = OUTPUT_DIVISOR[name.split('.')[0]!];
				if (!divisor) throw new Error(`The document-mask weights have a layer "${name}" this runtime does not know.`);
				return channels(name) * q(divisor);
			}),
		);
		const sizes: Record<keyof Buffers, number> = {
			input: 3 * s * s,
			pad: (s + 2) * (s + 2),
			e0: channels('stem') * q(2),
			e1: channels('enc1.pw') * q(4),
			e2: channels('enc2.pw') * q(8),
			e3: channels('res3.pw') * q(16),
			e4: channels('res4.pw') * q(32),
			a: scratch,
			b: scratch,
			c: scratch,
			d: scratch,
			pooled: channels('res4.pw'),
			context: channels('context'),
		};
		let floats = 0;
		for (const [, , out, inputs, k] of LAYERS) floats += rounded(out * inputs * k * k) + rounded(out);
		for (const size of Object.values(sizes)) floats += rounded(size);
		const module = kernels ? compiledKernels() : null;
		const instance = module && instantiate(module, floats * 4);
		if (instance) {
			this.kernels = instance.kernels;
			this.memory = instance.memory.buffer;
		} else {
			this.memory = new ArrayBuffer(floats * 4);
		}
		let at = 0;
		const alloc = (length: number) => {
			const plane = new Float32Array(this.memory, at * 4, length);
			at += rounded(length);
			return plane;
		};
		this.layers = decodeLayers(alloc);
		this.buf = Object.fromEntries(
			Object.entries(sizes).map(([name, size]) => [name, alloc(size)]),
		) as unknown as Buffers;
	}

	/** Whether the convolutions run in WebAssembly (kernels.wat). */
	get usesKernels(): boolean {
		return this.kernels !== null;
	}

	/** A 1 × 1 convolution: in kernels.wat where it can (planes in its memory, `n` a multiple of 8), else in TypeScript. */
	private pointwise(layer: Layer, input: Float32Array, n: number, out: Float32Array, relu: boolean): void {
		const { kernels, memory } = this;
		if (kernels && n % 8 === 0 && input.buffer === memory && out.buffer === memory)
			kernels.pointwise(
				layer.w.byteOffset,
				layer.b.byteOffset,
				input.byteOffset,
				out.byteOffset,
				layer.out,
				layer.in,
				n,
				relu ? 1 : 0,
			);
		else pointwise(layer, input, n, out, relu);
	}

	/** A 3 × 3 convolution then ReLU (see `conv3x3`): in kernels.wat where it can (the output's side a multiple of 4), else in TypeScript. */
	private conv3x3(
		layer: Layer,
		input: Float32Array,
		size: number,
		stride: number,
		out: Float32Array,
		depthwise: boolean,
	): void {
		const { kernels, buf } = this;
		if (kernels && (size / stride) % 4 === 0)
			kernels.conv3x3(
				layer.w.byteOffset,
				layer.b.byteOffset,
				input.byteOffset,
				out.byteOffset,
				buf.pad.byteOffset,
				size,
				stride,
				layer.in,
				layer.out,
				depthwise ? 1 : 0,
			);
		else conv3x3(layer, input, size, stride, out, buf.pad, depthwise);
	}

	private layer(name: string): Layer {
		const layer = this.layers.get(name);
		if (!layer) throw new Error(`The document-mask weights have no layer "${name}".`);
		return layer;
	}

	/** Depthwise 3 × 3 (stride 1 or 2) + ReLU into `tmp`, then 1 × 1 into `out`: ReLU, or a residual sum with the input then ReLU. */
	private separable(
		name: string,
		input: Float32Array,
		size: number,
		stride: number,
		tmp: Float32Array,
		out: Float32Array,
		residual: boolean,
	): void {
		this.conv3x3(this.layer(`${name}.dw`), input, size, stride, tmp, true);
		const outSize = size / stride;
		const n = outSize * outSize;
		const pw = this.layer(`${name}.pw`);
		this.pointwise(pw, tmp, n, out, !residual);
		if (residual)
			for (let i = 0; i < pw.out * n; i++) {
				const v = out[i]! + input[i]!;
				out[i] = v > 0 ? v : 0;
			}
	}

	/** A decoder level: 1 × 1 of `coarse` upsampled plus 1 × 1 of `skip` at `size`, ReLU, then a separable block into `out`. */
	private up(name: string, coarse: Float32Array, skip: Float32Array, size: number, out: Float32Array): void {
		const { a, b } = this.buf;
		const half = size / 2;
		const upLayer = this.layer(`${name}.up`);
		this.pointwise(upLayer, coarse, half * half, a, false);
		this.pointwise(this.layer(`${name}.skip`), skip, size * size, b, false);
		addUpsampled(b, a, upLayer.out, size);
		this.separable(name, b, size, 1, a, out, false);
	}

	/**
	 * Runs the network on RGBA pixels of `inputSize` × `inputSize`; writes the logits (inputSize/2 squared,
	 * row-major) into `logits`.
	 */
	run(rgba: Uint8Array | Uint8ClampedArray, logits: Float32Array): void {
		const { input, e0, e1, e2, e3, e4, a, b, c, d, pooled, context } = this.buf;
		const s = this.inputSize;
		const n = s * s;
		for (let i = 0, p = 0; i < n; i++, p += 4) {
			input[i] = rgba[p]! / 255 - 0.5;
			input[n + i] = rgba[p + 1]! / 255 - 0.5;
			input[2 * n + i] = rgba[p + 2]! / 255 - 0.5;
		}
		this.conv3x3(this.layer('stem'), input, s, 2, e0, false);
		this.separable('enc1', e0, s / 2, 2, a, e1, false);
		this.separable('enc2', e1, s / 4, 2, a, e2, false);
		this.separable('enc3', e2, s / 8, 2, a, b, false);
		this.separable('res3', b, s / 16, 1, a, e3, true);
		this.separable('enc4', e3, s / 16, 2, a, c, false);
		this.separable('res4', c, s / 32, 1, a, e4, true);
		// The whole picture's summary, added to every position of the coarsest level.
		const m = (s / 32) * (s / 32);
		const deepest = pooled.length;
		for (let ch = 0; ch < deepest; ch++) {
			let sum = 0;
			for (let i = ch * m; i < (ch + 1) * m; i++) sum += e4[i]!;
			pooled[ch] = sum / m;
		}
		this.pointwise(this.layer('context'), pooled, 1, context, true);
		for (let ch = 0; ch < deepest; ch++) for (let i = ch * m; i < (ch + 1) * m; i++) e4[i] = e4[i]! + context[ch]!;
		// The decoder's levels go back and forth between c and d (a and b are the levels' own scratch).
		this.up('dec3', e4, e3, s / 16, c);
		this.up('dec2', c, e2, s / 8, d);
		this.up('dec1', d, e1, s / 4, c);
		this.up('dec0', c, e0, s / 2, d);
		this.pointwise(this.layer('head'), d, (s / 2) * (s / 2), logits, false);
	}
}

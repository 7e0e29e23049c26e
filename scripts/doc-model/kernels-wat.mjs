/** kernels.wat compiled to WebAssembly bytes with wabt (SIMD on), for build-kernels.mjs and the test that checks kernels.ts. */
import wabt from 'wabt';

/** The WebAssembly binary of `source` (WebAssembly text), or an Error naming the line that does not parse. */
export async function compileKernels(source) {
	const tools = await wabt();
	const module = tools.parseWat('kernels.wat', source, { simd: true });
	try {
		module.validate();
		return module.toBinary({}).buffer;
	} finally {
		module.destroy();
	}
}

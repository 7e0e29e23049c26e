/**
 * Compiles the document-mask network's WebAssembly kernels (src/lib/photo/doc-mask/kernels.wat) into
 * kernels.ts beside it, the bytes as base64, so the worker and Node load them synchronously with the rest of
 * the model and nothing is built at install or build time. Run it after editing kernels.wat:
 *
 *   node scripts/doc-model/build-kernels.mjs
 *
 * doc-mask.test.ts compiles the .wat again and checks that kernels.ts holds exactly those bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileKernels } from './kernels-wat.mjs';

const folder = fileURLToPath(new URL('../../src/lib/photo/doc-mask/', import.meta.url));
const bytes = await compileKernels(readFileSync(`${folder}kernels.wat`, 'utf8'));
const text = `// Made by scripts/doc-model/build-kernels.mjs from kernels.wat: do not edit.

/** ${bytes.length} bytes of WebAssembly (kernels.wat compiled), as base64. */
export const KERNELS =
\t'${Buffer.from(bytes).toString('base64')}';
`;
writeFileSync(`${folder}kernels.ts`, text);
console.log(`kernels.ts: ${bytes.length} bytes of WebAssembly`);

/**
 * BlazeFace in Node for the tests and bench: TensorFlow.js with the wasm backend (the worker's backend,
 * so the numbers match the browser's), the model read from src/assets/face-model.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import * as converter from '@tensorflow/tfjs-converter';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { loadBlazeFace, type ModelJson } from '../../../workers/face-model';
import type { RunDetector } from '../detect';

const MODEL = new URL('../../../assets/face-model/', import.meta.url);

let loading: Promise<RunDetector> | null = null;

/** The detector runner, loaded once. */
export function nodeDetector(): Promise<RunDetector> {
	loading ??= (async () => {
		const require = createRequire(import.meta.url);
		setWasmPaths(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm')) + '/');
		await tf.setBackend('wasm');
		await tf.ready();
		const json = JSON.parse(readFileSync(new URL('blazeface-back.json', MODEL), 'utf8')) as ModelJson;
		const bin = readFileSync(new URL('blazeface-back.bin', MODEL));
		return loadBlazeFace(tf, converter, json, bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength));
	})();
	return loading;
}

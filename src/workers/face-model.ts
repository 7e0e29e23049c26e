/**
 * BlazeFace on TensorFlow.js: loads the graph model from its JSON and weights and returns the runner
 * `detectFaces` calls (src/lib/face/detect.ts). Shared by the face worker and the Node tests and bench, so
 * both run the same code; the caller chooses and readies the backend.
 */
import type * as TfCore from '@tensorflow/tfjs-core';
import type * as TfConverter from '@tensorflow/tfjs-converter';
import { BLAZEFACE_INPUT, type RunDetector } from '../lib/face';

/** The model's JSON file as TensorFlow.js writes it. */
export interface ModelJson {
	modelTopology: TfCore.io.ModelArtifacts['modelTopology'];
	weightsManifest: Array<{ weights: TfCore.io.WeightsManifestEntry[] }>;
}

/** Output names of the back-camera model: scores and boxes of the 16-pixel grid (512 anchors), then of the 32-pixel grid (384). */
const OUTPUTS = ['Identity:0', 'Identity_2:0', 'Identity_1:0', 'Identity_3:0'];

/** Loads BlazeFace and returns a runner for 256 × 256 RGB inputs in [-1, 1]. */
export async function loadBlazeFace(
	tf: typeof TfCore,
	converter: typeof TfConverter,
	json: ModelJson,
	weights: ArrayBuffer,
): Promise<RunDetector> {
	const model = await converter.loadGraphModel(
		tf.io.fromMemory({
			modelTopology: json.modelTopology,
			weightSpecs: json.weightsManifest.flatMap((group) => group.weights),
			weightData: weights,
		}),
	);
	return async (input) => {
		const tensor = tf.tensor4d(input, [1, BLAZEFACE_INPUT, BLAZEFACE_INPUT, 3]);
		const outputs = model.execute(tensor, OUTPUTS) as TfCore.Tensor[];
		try {
			const [s16, b16, s32, b32] = (await Promise.all(outputs.map((o) => o.data()))) as Float32Array[];
			const scores = new Float32Array(s16!.length + s32!.length);
			scores.set(s16!);
			scores.set(s32!, s16!.length);
			const boxes = new Float32Array(b16!.length + b32!.length);
			boxes.set(b16!);
			boxes.set(b32!, b16!.length);
			return { scores, boxes };
		} finally {
			tf.dispose([tensor, ...outputs]);
		}
	};
}

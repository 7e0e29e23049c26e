/**
 * The anchor grid of MediaPipe's BlazeFace "back camera" model (256 × 256 input, 896 anchors), as its
 * graph builds it (mediapipe/modules/face_detection, `face_detection_back_*.pbtxt`: SsdAnchorsCalculator
 * with 4 layers, strides 16, 32, 32, 32, one aspect ratio, fixed anchor size, offset 0.5). Layers with
 * the same stride share a grid, each adding two anchors a cell: 16 × 16 × 2 + 8 × 8 × 6 = 896.
 */
export const BLAZEFACE_INPUT = 256;

/** Anchor centres (0–1 of the input), in the order of the model's concatenated outputs. */
export function blazeFaceAnchors(): Float32Array {
	const layers: Array<{ stride: number; perCell: number }> = [
		{ stride: 16, perCell: 2 },
		{ stride: 32, perCell: 6 },
	];
	const out: number[] = [];
	for (const { stride, perCell } of layers) {
		const cells = Math.ceil(BLAZEFACE_INPUT / stride);
		for (let y = 0; y < cells; y++)
			for (let x = 0; x < cells; x++) for (let k = 0; k < perCell; k++) out.push((x + 0.5) / cells, (y + 0.5) / cells);
	}
	return Float32Array.from(out);
}

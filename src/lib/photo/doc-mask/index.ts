/**
 * A small learned model of where the document is in a photo: a probability per cell of a grid over the
 * whole picture. Amodal: the whole outline counts, also under a finger or glare, clipped to the picture.
 * The finder uses it to choose among candidate outlines; the edges still place them precisely. Pure
 * TypeScript, synchronous, no I/O: the weights are compiled in (weights.ts). See README.md for the network,
 * its data and how to retrain it.
 */
import { assertRgbaImage } from '../image';
import type { RgbaImage } from '../types';
import { GRID_SIZE, INPUT_SIZE, modelInput } from './input';
import { DocMaskNetwork } from './network';

export { GRID_SIZE, INPUT_SIZE, modelInput } from './input';
export { maskIoU, quadCoverage } from './truth';

/** Where the model sees the document: a probability per cell of a grid laid over the whole photo. */
export interface DocumentMask {
	/**
	 * The grid's size; the grid covers the whole image passed in, stretched (cell (i, j) spans
	 * x ∈ [i, i + 1) · image.width / width, and likewise for y).
	 */
	width: number;
	height: number;
	/**
	 * Row-major, 0–1: the probability that the cell's centre lies inside the document's outline (the whole
	 * outline, also where a finger or glare covers it; outside the picture nothing).
	 */
	probability: Float32Array;
}

let network: DocMaskNetwork | null = null;
const logits = new Float32Array(GRID_SIZE * GRID_SIZE);

/** Runs the model on an RGBA image of any size (it is resized inside); synchronous, no I/O. */
export function predictDocumentMask(image: RgbaImage): DocumentMask {
	assertRgbaImage(image);
	// The weights are decoded on the first call, so importing this module costs nothing until a photo is checked.
	network ??= new DocMaskNetwork(INPUT_SIZE);
	network.run(modelInput(image).data, logits);
	const probability = new Float32Array(GRID_SIZE * GRID_SIZE);
	for (let i = 0; i < probability.length; i++) probability[i] = 1 / (1 + Math.exp(-logits[i]!));
	return { width: GRID_SIZE, height: GRID_SIZE, probability };
}

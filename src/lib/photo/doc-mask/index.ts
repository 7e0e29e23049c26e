/**
 * Placeholder for the learned document mask: only the type the finder reads, so that code compiles until
 * the model's own module (with `predictDocumentMask`) replaces this file.
 */

/** Where the model sees the document: a probability per cell of a grid laid over the whole photo. */
export interface DocumentMask {
	/** The grid's size; the grid covers the whole image, stretched (cell (i, j) spans x ∈ [i, i + 1) · image.width / width, and likewise for y). */
	width: number;
	height: number;
	/** Row-major, 0–1: the probability that the cell's centre lies inside the document's outline. */
	probability: Float32Array;
}

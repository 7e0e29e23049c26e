import type { DocumentMask } from './doc-mask';
import { insetQuad, rasterizeConvex, type Quad } from './quad';
import { COLOUR_GRID, COLOUR_HUE_LEVELS, COLOUR_INNER, COLOUR_LUMA_LEVELS, COLOUR_OUTER } from './thresholds';
import type { RgbaImage } from './types';

/**
 * A document mask read from colour alone, about a rough outline of the document (`outline`, in the image's
 * pixels): the colours well inside the outline (it moved COLOUR_INNER of the way to its centre) are the
 * document's, those well outside it (it grown by COLOUR_OUTER) the background's, each a histogram of
 * COLOUR_LUMA_LEVELS brightnesses by COLOUR_HUE_LEVELS² hues (colourBin). Each pixel's probability of being the
 * document is its colour's share of the two likelihoods; a cell's (COLOUR_GRID × COLOUR_GRID over the image, as
 * the model's grid) is its pixels' mean.
 *
 * A document's inside differs from what it lies on; a keyboard's rows of keys, which give the edge finders many
 * straight lines beside a small card, are one colour apart from the card's. The document's print (text, a
 * portrait) may match the background, which leaves holes in the blob; quadFromMask fills them. Null when either
 * side has no pixels (an outline of a few pixels, or one that covers the whole image).
 */
export function colourMask(image: RgbaImage, outline: Quad): DocumentMask | null {
	const { width, height, data } = image;
	const inner = rasterizeConvex(insetQuad(outline, COLOUR_INNER), width, height);
	const outer = rasterizeConvex(insetQuad(outline, -COLOUR_OUTER), width, height);
	const bins = new Uint16Array(width * height);
	for (let i = 0; i < bins.length; i++) bins[i] = colourBin(data[4 * i]!, data[4 * i + 1]!, data[4 * i + 2]!);
	const inside = new Float64Array(COLOUR_LUMA_LEVELS * COLOUR_HUE_LEVELS ** 2);
	const outside = new Float64Array(inside.length);
	let insideCount = 0;
	let outsideCount = 0;
	for (let i = 0; i < bins.length; i++) {
		if (inner[i]) {
			inside[bins[i]!]!++;
			insideCount++;
		} else if (!outer[i]) {
			outside[bins[i]!]!++;
			outsideCount++;
		}
	}
	if (!insideCount || !outsideCount) return null;
	// Each colour's share of the two likelihoods, once per colour. A colour seen on one side only still gets half a
	// count on the other (Laplace's add-a-half), so a colour seen once is no certainty.
	const document = new Float64Array(inside.length);
	for (let b = 0; b < document.length; b++) {
		const a = (inside[b]! + 0.5) / (insideCount + 1);
		const o = (outside[b]! + 0.5) / (outsideCount + 1);
		document[b] = a / (a + o);
	}
	const grid = COLOUR_GRID;
	const probability = new Float32Array(grid * grid);
	const counts = new Uint32Array(grid * grid);
	for (let y = 0; y < height; y++) {
		const row = Math.min(grid - 1, Math.floor((y * grid) / height)) * grid;
		for (let x = 0; x < width; x++) {
			const cell = row + Math.min(grid - 1, Math.floor((x * grid) / width));
			probability[cell]! += document[bins[y * width + x]!]!;
			counts[cell]!++;
		}
	}
	for (let c = 0; c < probability.length; c++) probability[c] = counts[c] ? probability[c]! / counts[c]! : 0;
	return { width: grid, height: grid, probability };
}

/**
 * A colour's histogram bin: its brightness ((R + 2G + B) / 4) in COLOUR_LUMA_LEVELS steps and its two colour
 * differences (R − G, and B against the mean of R and G) in COLOUR_HUE_LEVELS steps each. A shadow or a light
 * gradient across a desk changes a surface's brightness far more than its hue, so brightness is read coarsely and
 * hue finely: a pale green card on pale lilac keys under a shadow is told apart by its hue.
 */
export function colourBin(r: number, g: number, b: number): number {
	const luma = Math.min(COLOUR_LUMA_LEVELS - 1, Math.floor(((r + 2 * g + b) * COLOUR_LUMA_LEVELS) / 1024));
	const red = Math.min(COLOUR_HUE_LEVELS - 1, Math.floor(((r - g + 256) * COLOUR_HUE_LEVELS) / 512));
	const blue = Math.min(COLOUR_HUE_LEVELS - 1, Math.floor(((b - (r + g) / 2 + 256) * COLOUR_HUE_LEVELS) / 512));
	return (luma * COLOUR_HUE_LEVELS + red) * COLOUR_HUE_LEVELS + blue;
}

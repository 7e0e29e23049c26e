import type { DocumentCandidate } from './find-document';
import { locateDocument, type DocumentMasker } from './locate-document';
import { aligned, fitLongSide, type AreaResampler } from './resize';
import { WORKING_LONG_SIDE } from './thresholds';
import type { RgbaImage } from './types';
import { colorSampler, lumaSampler, orient, orientPlane, type WorkingImage } from './working';

/**
 * The one path from 4-byte RGB pixels (a decoder's BGRX frame, a canvas strip, sharp's RGBA) to a
 * verdict, split in two parts that may run on two threads:
 * - the main part makes the top rows of the working luma (`RgbWork.here`);
 * - the helper part (`HelperPart`) makes the colour image, finds the document in it, and makes the
 *   bottom rows of the luma (HELPER_LUMA_SHARE of them);
 * then `RgbWork.join` joins them and orients them, and `analyzeRgbWork` (analyze.ts) judges them. The
 * photo worker feeds the main part and hands the helper part to its helper thread (or runs it itself);
 * `analyzePhoto` runs both parts on the caller's thread. Either way the same code makes the same bytes.
 */

/**
 * Share of the working luma's rows the helper part makes (at least one row). It also makes the colour image
 * and finds the document, which takes several times as long as this thread's luma rows (the browser bench
 * prints both): so it makes none beyond the one, and this thread, which would only wait, makes the rest.
 */
export const HELPER_LUMA_SHARE = 0;

export type { DocumentMasker, PicturePart } from './locate-document';

/**
 * Whether the pipeline follows the document model (doc-mask's `predictDocumentMask`) once it is loaded. On:
 * with the classical finder first and the mask as a second witness (locate-document.ts), the finder gets more
 * framing verdicts right and reports more cut-off documents than the classical finder alone, on the drawn
 * composites of bench/photo-find.bench.ts and on its real backgrounds (FIND_MASK=model against none).
 */
export const DOCUMENT_MODEL = true;

let loadedMasker: DocumentMasker | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads the document model (its code and weights are a chunk of their own, about 265 KB compressed), so that
 * the pipeline follows it from then on. The photo worker calls it when the reader is about to choose a photo,
 * not before: a page where the checker is only seen never fetches the model. Until it has loaded, or if it
 * cannot load, the classical finder works alone. Evaluations that measure what users get call it first.
 */
export function loadDocumentModel(): Promise<void> {
	if (!DOCUMENT_MODEL) return Promise.resolve();
	loading ??= import('./doc-mask').then(
		(model) => {
			loadedMasker = model.predictDocumentMask;
		},
		() => {
			// A chunk that fails to load (offline before it was ever stored) leaves the classical finder.
			loading = null;
		},
	);
	return loading;
}

/** The masker the pipeline uses when the caller names none: the document model once loaded, else none. */
export function defaultMasker(): DocumentMasker | null {
	return loadedMasker;
}

/** The pixels fed to an RgbWork: their stored size, channel order, and the EXIF turn still to apply. */
export interface RgbInput {
	width: number;
	height: number;
	/** B, G, R byte order (BGRA, BGRX) rather than R, G, B. */
	bgr: boolean;
	/** Degrees clockwise (a multiple of 90), then a mirror left–right if `flip`: WebCodecs' orientation. */
	rotation: number;
	flip: boolean;
}

/** What the helper part makes: the colour image (oriented), the document found in it (null if none, or not looked for) and its luma rows (stored orientation). */
export interface HelperResult {
	color: RgbaImage;
	found: DocumentCandidate | null;
	luma: Uint8Array;
}

/** Rows of the working luma, `from` ≤ row < `to`, in stored orientation. */
export interface LumaBand {
	from: number;
	to: number;
}

/**
 * The main part of the path: feed `here` (an AreaResampler) the input rows `here.inputRows`, get the
 * helper part done (`helperBand` is its share of the luma), then `join` (or `analyzeRgbWork`).
 */
export class RgbWork {
	/** The resampler of this part's luma rows; it needs input rows `here.inputRows` only. */
	readonly here: AreaResampler;
	/** The luma rows the helper part makes. */
	readonly helperBand: LumaBand;
	private readonly size: { width: number; height: number };

	/** `longSide` other than WORKING_LONG_SIDE is for the photo worker's warm-up runs on small frames only: the thresholds hold at WORKING_LONG_SIDE. */
	constructor(
		readonly input: RgbInput,
		private readonly longSide = WORKING_LONG_SIDE,
	) {
		this.size = fitLongSide(input.width, input.height, longSide);
		// Each part makes at least one row, but for a one-row image (all of it here).
		const split = Math.max(1, Math.min(this.size.height - 1, Math.round(this.size.height * (1 - HELPER_LUMA_SHARE))));
		this.here = lumaSampler(input.width, input.height, input.bgr, { from: 0, to: split }, longSide);
		this.helperBand = { from: split, to: this.size.height };
	}

	/** The helper part of this work, to run on this thread (the helper thread makes its own from the same input and band). */
	helperPart(find: boolean, masker: DocumentMasker | null = defaultMasker()): HelperPart {
		return new HelperPart(this.input, this.helperBand, find, this.longSide, masker);
	}

	/** The working image (oriented) and the document found by the helper part, once both parts have every row. */
	join(helper: HelperResult): { work: WorkingImage; found: DocumentCandidate | null } {
		const { width, height } = this.size;
		const luma = new Uint8Array(width * height);
		luma.set(this.here.out);
		luma.set(helper.luma, this.here.out.length);
		const turned = orientPlane(luma, width, height, this.input.rotation, this.input.flip);
		return {
			work: { width: turned.width, height: turned.height, luma: turned.data, color: helper.color },
			found: helper.found,
		};
	}
}

/**
 * The helper part: feed every resampler in `samplers` all the input rows (from the top; the luma one
 * skips those above its band), then `result`.
 */
export class HelperPart {
	readonly samplers: readonly AreaResampler[];
	private readonly color: AreaResampler;
	private readonly luma: AreaResampler | null;

	constructor(
		readonly input: RgbInput,
		band: LumaBand,
		private readonly find: boolean,
		longSide = WORKING_LONG_SIDE,
		private readonly masker: DocumentMasker | null = defaultMasker(),
	) {
		this.color = colorSampler(input.width, input.height, input.bgr, longSide);
		this.luma = band.to > band.from ? lumaSampler(input.width, input.height, input.bgr, band, longSide) : null;
		this.samplers = this.luma ? [this.color, this.luma] : [this.color];
	}

	/** Feeds `rows` input rows to both resamplers; row r starts at byte `offset + r * rowStride` (4-byte aligned). */
	addRows(data: Uint8Array, offset: number, rows: number, rowStride: number): void {
		for (const sampler of this.samplers) sampler.addRows(data, offset, rows, rowStride);
	}

	/** The colour image, oriented; the document found in it; the luma rows. */
	result(): HelperResult {
		const { color: sampler, input } = this;
		const color = orient(
			{ width: sampler.outW, height: sampler.outH, data: sampler.rgba() },
			input.rotation,
			input.flip,
		);
		// The model runs here, beside the finder, and only when the document is looked for.
		const found = this.find ? locateDocument(color, this.masker?.(color), this.masker) : null;
		return { color, found, luma: this.luma?.out ?? new Uint8Array(0) };
	}
}

/**
 * Both parts on the caller's thread, for pixels already in memory (4 bytes a pixel, rows `rowStride`
 * bytes apart from `offset`): what `analyzePhoto` runs, and the photo worker's portable path. The
 * document is looked for when `find` is true, guided by `masker`'s mask when there is one.
 */
export function rgbWorkInMemory(
	input: RgbInput,
	data: Uint8Array,
	offset: number,
	rowStride: number,
	find: boolean,
	longSide = WORKING_LONG_SIDE,
	masker: DocumentMasker | null = defaultMasker(),
): { work: RgbWork; helper: HelperResult } {
	const work = new RgbWork(input, longSide);
	const { from, to } = work.here.inputRows;
	work.here.startAt(from);
	work.here.addRows(data, offset + from * rowStride, to - from, rowStride);
	const helper = work.helperPart(find, masker);
	helper.addRows(data, offset, input.height, rowStride);
	return { work, helper: helper.result() };
}

/** The working image of RGBA pixels (ImageData, sharp's raw output), upright, without looking for the document. */
export function workingFromRgba(image: RgbaImage): WorkingImage {
	const input = { width: image.width, height: image.height, bgr: false, rotation: 0, flip: false };
	const { work, helper } = rgbWorkInMemory(input, aligned(image.data), 0, image.width * 4, false);
	return work.join(helper).work;
}

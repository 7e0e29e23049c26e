import type { DocumentMask } from './doc-mask';
import { findDocument, type DocumentCandidate } from './find-document';
import { locateDocument, type DocumentMasker } from './locate-document';
import { aligned, fitLongSide, type AreaResampler } from './resize';
import { WORKING_LONG_SIDE } from './thresholds';
import type { RgbaImage } from './types';
import { colorSampler, lumaSampler, orient, orientPlane, type WorkingImage } from './working';

/**
 * The one path from 4-byte RGB pixels (a decoder's BGRX frame, a canvas strip, sharp's RGBA) to a
 * verdict, split in two parts that may run on two threads:
 * - the main part (`RgbWork`) makes the top rows of the working luma and the colour image, and runs the
 *   document model on the colour image (`look`);
 * - the helper part (`HelperPart`) makes the bottom rows of the luma (HELPER_LUMA_SHARE of them) and, on the
 *   helper thread, a colour image of its own (the same bytes) and the classical finder's answer on it;
 * then `RgbWork.join` joins them, orients them and locates the document (the model's mask and the classical
 * answer combined, locate-document.ts), and `analyzeRgbWork` (analyze.ts) judges them. The photo worker feeds
 * the main part and hands the helper part to its helper thread, so the model and the classical finder run at
 * once; where the helper part runs on the main part's thread (`analyzePhoto`, the photo worker without a
 * helper), it makes its luma rows alone and `join` runs the classical finder. Either way the same code
 * makes the same bytes.
 */

/**
 * Share of the working luma's rows the helper part makes (at least one row). On the helper thread it also
 * makes the colour image and runs the classical finder, which takes longer than this thread's luma rows,
 * colour image and model (the browser bench prints both): so it makes none beyond the one.
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

/**
 * What the helper part makes: its luma rows (stored orientation) and, when it looked for the document on a
 * colour image of its own (the helper thread), the classical finder's answer (null: nothing found). Without
 * `classical`, `RgbWork.join` runs the classical finder itself.
 */
export interface HelperResult {
	classical?: DocumentCandidate | null;
	luma: Uint8Array;
}

/** Rows of the working luma, `from` ≤ row < `to`, in stored orientation. */
export interface LumaBand {
	from: number;
	to: number;
}

/** How an RgbWork looks for the document, and at what size it works. */
export interface RgbWorkOptions {
	/** Look for the document (a selfie or the working image alone: no). */
	find?: boolean;
	/** The document model's masker; by default the pipeline's own once loaded (`defaultMasker`), null for none. */
	masker?: DocumentMasker | null;
	/** Other than WORKING_LONG_SIDE for the photo worker's warm-up runs on small frames only: the thresholds hold at WORKING_LONG_SIDE. */
	longSide?: number;
}

/**
 * The main part of the path: feed `samplers` the input rows (from the top; the luma one skips those below its
 * band), `look` (the model's look at the colour image: the photo worker runs it while its helper runs the
 * classical finder), get the helper part done (`helperBand` is its share of the luma), then `join` (or
 * `analyzeRgbWork`).
 */
export class RgbWork {
	/** The resampler of this part's luma rows; it needs input rows `here.inputRows` only. */
	readonly here: AreaResampler;
	/** Every resampler of this part: the luma rows and the colour image. */
	readonly samplers: readonly AreaResampler[];
	/** The luma rows the helper part makes. */
	readonly helperBand: LumaBand;
	private readonly find: boolean;
	private readonly longSide: number;
	private readonly color: AreaResampler;
	private readonly masker: DocumentMasker | null;
	private readonly size: { width: number; height: number };
	private looked: { color: RgbaImage; mask: DocumentMask | null } | null = null;

	constructor(
		readonly input: RgbInput,
		options: RgbWorkOptions = {},
	) {
		this.find = options.find ?? false;
		this.masker = options.masker === undefined ? defaultMasker() : options.masker;
		this.longSide = options.longSide ?? WORKING_LONG_SIDE;
		this.size = fitLongSide(input.width, input.height, this.longSide);
		// Each part makes at least one row, but for a one-row image (all of it here).
		const split = Math.max(1, Math.min(this.size.height - 1, Math.round(this.size.height * (1 - HELPER_LUMA_SHARE))));
		this.here = lumaSampler(input.width, input.height, input.bgr, { from: 0, to: split }, this.longSide);
		this.color = colorSampler(input.width, input.height, input.bgr, this.longSide);
		this.samplers = [this.here, this.color];
		this.helperBand = { from: split, to: this.size.height };
	}

	/** Feeds `rows` input rows to this part's resamplers; row r starts at byte `offset + r * rowStride` (4-byte aligned). */
	addRows(data: Uint8Array, offset: number, rows: number, rowStride: number): void {
		for (const sampler of this.samplers) sampler.addRows(data, offset, rows, rowStride);
	}

	/** The helper part of this work, to run on this thread: its luma rows alone (`join` then runs the classical finder). */
	helperPart(): HelperPart {
		return new HelperPart(this.input, this.helperBand, false, this.longSide);
	}

	/**
	 * Once every row is in: the colour image (oriented) and, when looking for the document, the model's mask of
	 * it. Made once; `join` makes it if it was not asked for before.
	 */
	look(): { color: RgbaImage; mask: DocumentMask | null } {
		if (this.looked) return this.looked;
		const color = orientedColor(this.color, this.input);
		this.looked = { color, mask: this.find && this.masker ? this.masker(color) : null };
		return this.looked;
	}

	/** The working image (oriented) and the document found in its colour image, once both parts have every row. */
	join(helper: HelperResult): { work: WorkingImage; found: DocumentCandidate | null } {
		const { width, height } = this.size;
		const luma = new Uint8Array(width * height);
		luma.set(this.here.out);
		luma.set(helper.luma, this.here.out.length);
		const turned = orientPlane(luma, width, height, this.input.rotation, this.input.flip);
		const { color, mask } = this.look();
		const found = this.find ? locateDocument(color, mask, this.masker, helper.classical) : null;
		return { work: { width: turned.width, height: turned.height, luma: turned.data, color }, found };
	}
}

/**
 * The helper part: feed every resampler in `samplers` all the input rows (from the top; the luma one
 * skips those above its band), then `result`. With `find` (on the helper thread), it makes a colour image
 * of its own and runs the classical finder on it, while the main part runs the model.
 */
export class HelperPart {
	readonly samplers: readonly AreaResampler[];
	private readonly color: AreaResampler | null;
	private readonly luma: AreaResampler | null;

	constructor(
		readonly input: RgbInput,
		band: LumaBand,
		find: boolean,
		longSide = WORKING_LONG_SIDE,
	) {
		this.color = find ? colorSampler(input.width, input.height, input.bgr, longSide) : null;
		this.luma = band.to > band.from ? lumaSampler(input.width, input.height, input.bgr, band, longSide) : null;
		this.samplers = [this.color, this.luma].filter((s): s is AreaResampler => s !== null);
	}

	/** Feeds `rows` input rows to its resamplers; row r starts at byte `offset + r * rowStride` (4-byte aligned). */
	addRows(data: Uint8Array, offset: number, rows: number, rowStride: number): void {
		for (const sampler of this.samplers) sampler.addRows(data, offset, rows, rowStride);
	}

	/** The luma rows and, with `find`, the classical finder's answer on the colour image. */
	result(): HelperResult {
		const luma = this.luma?.out ?? new Uint8Array(0);
		return this.color ? { classical: findDocument(orientedColor(this.color, this.input)), luma } : { luma };
	}
}

/** A colour resampler's image, once it has every row, turned upright as `input` says. */
function orientedColor(sampler: AreaResampler, input: RgbInput): RgbaImage {
	return orient({ width: sampler.outW, height: sampler.outH, data: sampler.rgba() }, input.rotation, input.flip);
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
	const work = new RgbWork(input, { find, masker, longSide });
	work.addRows(data, offset, input.height, rowStride);
	const helper = work.helperPart();
	helper.addRows(data, offset, input.height, rowStride);
	return { work, helper: helper.result() };
}

/** The working image of RGBA pixels (ImageData, sharp's raw output), upright, without looking for the document. */
export function workingFromRgba(image: RgbaImage): WorkingImage {
	const input = { width: image.width, height: image.height, bgr: false, rotation: 0, flip: false };
	const { work, helper } = rgbWorkInMemory(input, aligned(image.data), 0, image.width * 4, false);
	return work.join(helper).work;
}

/**
 * The recogniser: Tesseract (tesseract-wasm) with `mrz.traineddata` from DoubangoTelecom/tesseractMRZ
 * (BSD-3-Clause), asked for one block of uniform text and for each character's confidence (hOCR).
 * Takes an engine already made (the worker and the tests make it: they know where the files are).
 */
import type { OCREngine } from 'tesseract-wasm';
import { linesOfHocr } from './hocr';
import type { GrayImage } from './gray';
import type { Recognise } from './read';

/** Tesseract page segmentation mode 6: "a single uniform block of text" (the MRZ). */
const PSM_SINGLE_BLOCK = '6';

/** Sets the engine up for MRZ strips (call once, after `loadModel`). */
export function configureEngine(engine: OCREngine): void {
	engine.setVariable('tessedit_pageseg_mode', PSM_SINGLE_BLOCK);
	engine.setVariable('hocr_char_boxes', '1');
	engine.setVariable('tessedit_char_whitelist', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<');
}

/** A `Recognise` that runs `engine` (configured with `configureEngine`) on a strip. */
export function tesseractRecogniser(engine: OCREngine): Recognise {
	return (strip: GrayImage) => {
		const rgba = new Uint8ClampedArray(strip.width * strip.height * 4);
		for (let i = 0, p = 0; i < strip.data.length; i++, p += 4) {
			const v = strip.data[i]!;
			rgba[p] = v;
			rgba[p + 1] = v;
			rgba[p + 2] = v;
			rgba[p + 3] = 255;
		}
		// tesseract-wasm reads `data`, `width` and `height`: an ImageData in a browser, a plain object in Node.
		engine.loadImage({ data: rgba, width: strip.width, height: strip.height } as ImageData);
		const lines = linesOfHocr(engine.getHOCR());
		engine.clearImage();
		return lines;
	};
}

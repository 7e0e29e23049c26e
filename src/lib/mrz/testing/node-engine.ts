/**
 * Tests and benchmarks only: the MRZ recogniser in Node (tesseract-wasm's WebAssembly from
 * node_modules, the recognition data the site ships from public/mrz/), and the real photos'
 * transcriptions.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { createOCREngine } from 'tesseract-wasm';
import { configureEngine, tesseractRecogniser } from '../tesseract';
import { wholePixelBox, type Detail, type Recognise } from '../read';
import { shrinkGray, type GrayImage } from '../gray';
import { SEARCH_LONG_SIDE } from '../find-band';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** The labelled real photos, read in place (absent in a user's clone). */
export const PHOTOS = fileURLToPath(new URL('../../../../../shared/fixtures/photos/', import.meta.url));

/** A recogniser running Tesseract with `mrz.traineddata`, as the worker does. */
export async function nodeRecogniser(): Promise<Recognise> {
	const require = createRequire(import.meta.url);
	const wasm = readFileSync(join(dirname(require.resolve('tesseract-wasm')), 'tesseract-core.wasm'));
	const engine = await createOCREngine({ wasmBinary: wasm });
	engine.loadModel(readFileSync(`${ROOT}public/mrz/mrz.traineddata`));
	configureEngine(engine);
	return tesseractRecogniser(engine);
}

/** The transcribed MRZ of each real photo that has a legible one (testing/transcriptions.tsv). */
export function transcriptions(): Map<string, string[]> {
	const text = readFileSync(fileURLToPath(new URL('./transcriptions.tsv', import.meta.url)), 'utf8');
	const rows = text.split('\n').filter((line) => line && !line.startsWith('#'));
	return new Map(rows.map((row) => row.split('\t')).map(([file, mrz]) => [file!, mrz!.split('|')]));
}

/**
 * What the worker does with a large photo, in Node: the copy searched (long side SEARCH_LONG_SIDE) and
 * a `Detail` cutting bands from the full photo on its own pixel grid (the worker draws the same boxes
 * from its full decode).
 */
export function asTheWorker(full: GrayImage): { search: GrayImage; detail: Detail } {
	const search = shrinkGray(full, SEARCH_LONG_SIDE);
	const ratio = full.width / search.width;
	const detail: Detail = (box, zoom) => {
		const { inPhoto, inSearch } = wholePixelBox(box, ratio, full);
		const { x, y, width: w, height: h } = inPhoto;
		const crop = new Uint8Array(w * h);
		for (let row = 0; row < h; row++)
			crop.set(full.data.subarray((y + row) * full.width + x, (y + row) * full.width + x + w), row * w);
		const shrink = Math.min(zoom, ratio) / ratio;
		const image = shrinkGray({ width: w, height: h, data: crop }, Math.round(Math.max(w, h) * shrink));
		return { image, box: inSearch };
	};
	return { search, detail };
}

/**
 * The part of tesseract-wasm 0.11 (BSD-2-Clause) the MRZ reader uses. The package ships full types
 * in dist/index.d.ts, but its `exports` map does not point to them, so TypeScript cannot find them.
 */
declare module 'tesseract-wasm' {
	/** Synchronous Tesseract engine (see the package's dist/ocr-engine.d.ts). */
	export interface OCREngine {
		setVariable(name: string, value: string): void;
		loadModel(model: Uint8Array | ArrayBuffer): void;
		loadImage(image: ImageBitmap | ImageData): void;
		clearImage(): void;
		getHOCR(onProgress?: (progress: number) => void): string;
		destroy(): void;
	}
	export function createOCREngine(options?: { wasmBinary?: Uint8Array | ArrayBuffer }): Promise<OCREngine>;
	/** Whether the SIMD build runs here; else load tesseract-core-fallback.wasm. */
	export function supportsFastBuild(): boolean;
}

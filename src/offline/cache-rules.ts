/**
 * Which built files the service worker keeps, shared by the build (src/deploy/service-worker-build.ts)
 * and the worker itself (src/offline/service-worker.ts). Paths are relative to the site's base.
 */

/** Vite's output: every name carries a hash of its content, so a file never changes under its name. */
export const HASHED_PREFIX = '_astro/';

/**
 * Large files a checker fetches only when the reader uses it (WebAssembly, face and OCR models):
 * not precached, cached the first time they are fetched. Pagefind's own WebAssembly is named
 * `wasm.<language>.pagefind` and is precached with the search index.
 */
export const ON_DEMAND_EXTENSIONS = ['wasm', 'onnx', 'tflite', 'task', 'traineddata', 'bin', 'gguf'] as const;

/** Whether a path (or URL) is an on-demand file, compressed (`.gz`, `.br`) or not. */
export function isOnDemand(path: string): boolean {
	return new RegExp(`\\.(${ON_DEMAND_EXTENSIONS.join('|')})(\\.(gz|br))?$`, 'i').test(path.split(/[?#]/)[0]!);
}

/**
 * Images in `_astro/` (article pictures) are kept as pages that show them are visited, not on the
 * first visit: a reader on a slow connection pays only for what they read.
 */
export function isImage(path: string): boolean {
	return /\.(png|jpe?g|webp|avif|gif)$/i.test(path.split(/[?#]/)[0]!);
}

/** The file a static host serves for a page URL: `guide/` is `guide/index.html`. */
export function pageFile(url: string): string {
	const clean = url.split(/[?#]/)[0]!;
	return clean.endsWith('/') ? `${clean}index.html` : clean;
}

/** The message a page sends its service worker to ask whether the network answers. */
export const NETWORK_QUESTION = 'kyc-network?';
/** The service worker's answer, also sent unasked when it changes: `{ type, reachable }`. */
export const NETWORK_MESSAGE = 'kyc-network';

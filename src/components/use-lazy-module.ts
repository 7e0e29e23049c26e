import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/**
 * Loads a checker's logic (`() => import('../lib/…')`) as a chunk of its own, when the reader
 * starts using the widget rather than when the island hydrates: the island's UI stays small and
 * renders at once, the logic follows on first focus, pointer press or input.
 *
 * - `load()` starts loading; it does nothing while loading or once loaded, and retries after a
 *   failure (offline before first use), so calling it on every input retries on the next one.
 * - The promise is cached per importer, shared by every island on the page that uses the same
 *   module; a failed one is dropped from the cache so the next `load()` fetches again.
 * - Browsers remember a failed dynamic import of a URL for the life of the page (the HTML module
 *   map; Chromium 150 does), so importing the same URL again fails at once without a request.
 *   A retry therefore imports the chunk the failure names under a fresh query string, which the
 *   module map treats as a new module.
 * - `module` is the loaded module, or null until then; `failed` is true after a failed load,
 *   until the next attempt starts.
 *
 * Pass an importer defined once at module level (not an inline arrow), so the cache can find it.
 */
export interface LazyModule<T> {
	module: T | null;
	failed: boolean;
	load: () => void;
}

const pending = new WeakMap<() => Promise<unknown>, Promise<unknown>>();
const loaded = new WeakMap<() => Promise<unknown>, unknown>();
/** The URL of the chunk whose import failed, by importer, when the browser's message names it. */
const failedUrl = new WeakMap<() => Promise<unknown>, string>();
let retries = 0;

/** The script URL a failed dynamic import names ("Failed to fetch dynamically imported module: …"). */
export function failedModuleUrl(error: unknown): string | undefined {
	const message = error instanceof Error ? error.message : String(error);
	return /(https?:\/\/\S+?\.js)\b/.exec(message)?.[1];
}

/** Imports again after a failure: the same chunk under a new URL when the failure named it. */
function importAgain<T>(importer: () => Promise<T>): Promise<T> {
	const url = failedUrl.get(importer);
	if (!url) return importer();
	const fresh = new URL(url);
	fresh.searchParams.set('retry', String(++retries));
	return import(/* @vite-ignore */ fresh.href) as Promise<T>;
}

export function useLazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
	const [module, setModule] = useState<T | null>(() => (loaded.get(importer) as T | undefined) ?? null);
	const [failed, setFailed] = useState(false);
	/** True while this hook waits for a load it started; stops duplicate handlers. */
	const waiting = useRef(false);
	const alive = useRef(true);
	useEffect(
		() => () => {
			alive.current = false;
		},
		[],
	);

	const load = useCallback(() => {
		if (module !== null || waiting.current) return;
		let promise = pending.get(importer) as Promise<T> | undefined;
		if (!promise) {
			promise = importAgain(importer);
			pending.set(importer, promise);
			const started = promise;
			started.then(
				(value) => loaded.set(importer, value),
				(error: unknown) => {
					if (pending.get(importer) === started) pending.delete(importer);
					const url = failedModuleUrl(error);
					if (url && !failedUrl.has(importer)) failedUrl.set(importer, url.split('?')[0]!);
				},
			);
		}
		waiting.current = true;
		setFailed(false);
		promise.then(
			(value) => {
				waiting.current = false;
				if (alive.current) setModule(() => value);
			},
			() => {
				waiting.current = false;
				if (alive.current) setFailed(true);
			},
		);
	}, [importer, module]);

	return { module, failed, load };
}

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
			promise = importer();
			pending.set(importer, promise);
			const started = promise;
			started.then(
				(value) => loaded.set(importer, value),
				() => {
					if (pending.get(importer) === started) pending.delete(importer);
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

import { useEffect, useRef } from 'preact/hooks';

/**
 * Hands the picture chosen in a widget's file inputs to `start`, for the photo and selfie checkers.
 * `onChange` goes on every file input and `root` on the widget's outer element. Each input is
 * cleared after use, so the same file can be chosen again after a fix.
 *
 * A picture chosen before the widget hydrated (a slow phone) is in an input already, with no change
 * event to come: it is checked at hydration rather than lost. Call the hook after any effect that
 * `start` relies on (effects run in order).
 */
export function useChosenFile(start: (file: File) => void) {
	const root = useRef<HTMLDivElement>(null);

	function take(input: HTMLInputElement) {
		const file = input.files?.[0];
		if (file) start(file);
		input.value = '';
	}

	useEffect(() => {
		root.current?.querySelectorAll<HTMLInputElement>('input[type=file]').forEach(take);
		// Once, at hydration.
	}, []);

	return { root, onChange: (event: Event) => take(event.currentTarget as HTMLInputElement) };
}

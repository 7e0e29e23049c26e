import { useEffect, useRef } from 'preact/hooks';

/**
 * Hands the picture chosen in a widget's file inputs to `start`, for the photo and selfie checkers.
 * `onFile` goes on every FileButton and `root` on the widget's outer element. The inputs are cleared
 * after use, so the same file can be chosen again after a fix.
 *
 * A picture chosen before the widget hydrated (a slow phone) is in an input already, with no change
 * event to come: it is checked at hydration rather than lost. Call the hook after any effect that
 * `start` relies on (effects run in order).
 */
export function useChosenFile(start: (file: File) => void) {
	const root = useRef<HTMLDivElement>(null);
	const inputs = () => root.current?.querySelectorAll<HTMLInputElement>('input[type=file]') ?? [];

	function take(file: File | undefined) {
		if (file) start(file);
		for (const input of inputs()) input.value = '';
	}

	useEffect(() => {
		// Once, at hydration: the last picture chosen wins, as it would have after hydration.
		const chosen = [...inputs()].flatMap((input) => [...(input.files ?? [])].slice(0, 1));
		if (chosen.length > 0) take(chosen[chosen.length - 1]);
	}, []);

	return { root, onFile: take };
}

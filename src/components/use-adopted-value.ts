import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Keeps what a reader typed into a server-rendered field before its island hydrated (islands
 * load late on slow phones): on mount, text already in the field is adopted into state instead
 * of being wiped by the first render. Returns the ref to put on the field.
 */
export function useAdoptedValue<T extends HTMLInputElement | HTMLTextAreaElement>(
	value: string,
	onValue: (value: string) => void,
) {
	const ref = useRef<T>(null);
	useLayoutEffect(() => {
		const typed = ref.current?.value ?? '';
		if (typed !== '' && typed !== value) onValue(typed);
		// Only once, at hydration: afterwards the field and the state move together.
	}, []);
	return ref;
}

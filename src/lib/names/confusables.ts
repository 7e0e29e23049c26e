import { CONFUSABLE_LATIN } from './confusables-data';

/** The ASCII Latin letter a foreign-script letter looks like (Cyrillic а → a), or undefined. */
export function latinLookAlike(letter: string): string | undefined {
	return CONFUSABLE_LATIN[letter];
}

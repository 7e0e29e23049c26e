import type { PluralCategory, PluralMessage } from './format';

/**
 * The shape of a message table made from the English one: every string becomes `string`, every
 * plural message a `PluralMessage`, every group keeps its keys. A table typed with it that misses
 * a key, or adds one English does not have, fails the type check.
 */
export type MessagesOf<T> = T extends string
	? string
	: T extends { readonly other: string }
		? Exclude<keyof T, PluralCategory> extends never
			? PluralMessage
			: { readonly [K in keyof T]: MessagesOf<T[K]> }
		: { readonly [K in keyof T]: MessagesOf<T[K]> };

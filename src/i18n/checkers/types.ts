/**
 * The shape of a checker message table, derived from the English one (`en.ts`): every language's
 * table (`<locale>.ts`) is a `CheckerMessages`, so a missing, misspelt or extra message fails `tsc`.
 */
import type { messages as english } from './en';

/** `Intl.PluralRules` categories (CLDR). */
export type PluralCategory = Intl.LDMLPluralRule;

/**
 * A message with a number in it: one form per plural category the language uses (`other` always),
 * chosen by `Intl.PluralRules(lang).select(count)`. `{count}` is where the number goes.
 */
export type Plural = { readonly other: string } & { readonly [C in Exclude<PluralCategory, 'other'>]?: string };

/** One message: a plain string with `{placeholders}`, or plural forms. */
export type Message = string | Plural;

/** The English table with every string widened to `string` and every plural object to `Plural`. */
type Shape<T> = {
	readonly [K in keyof T]: T[K] extends string
		? string
		: T[K] extends { other: string }
			? Plural
			: T[K] extends object
				? Shape<T[K]>
				: never;
};

/** A whole checker message table. */
export type CheckerMessages = Shape<typeof english>;

/** The table's top-level groups: `common`, `fill`, `date`, `name`, `photo`, `selfie`, `ready`. */
export type MessageGroup = keyof CheckerMessages;

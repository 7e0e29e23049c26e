/**
 * Filling in the site's messages: named placeholders (`{count}`) and plural forms chosen by
 * `Intl.PluralRules`. No tables here, so a browser script can import it without carrying any
 * language's words.
 */

/** A plural category of `Intl.PluralRules` (`zero`, `one`, `two`, `few`, `many`, `other`). */
export type PluralCategory = Intl.LDMLPluralRule;

/**
 * A message that depends on a number: one string per plural category the language uses, `other`
 * always. English needs `one` and `other`; Russian `one`, `few`, `many`, `other`; Arabic all six.
 */
export type PluralMessage = { readonly other: string } & { readonly [K in Exclude<PluralCategory, 'other'>]?: string };

/** Values for a message's placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** The names of a message's placeholders, in order of first appearance. */
export function placeholdersOf(message: string): string[] {
	return [...new Set([...message.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

/**
 * Replaces every `{name}` in `message` with its value; numbers are written the language's way
 * (`lang`, a BCP 47 tag). A placeholder without a value is a programmer's mistake and throws.
 */
export function formatMessage(message: string, values: MessageValues = {}, lang = 'en'): string {
	return message.replace(PLACEHOLDER, (whole, name: string) => {
		const value = values[name];
		if (value === undefined) {
			throw new Error(
				`Message placeholder {${name}} has no value. Pass it in the values: ${JSON.stringify(Object.keys(values))}. Message: ${JSON.stringify(message)}`,
			);
		}
		return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
	});
}

/**
 * The form of a plural message for `count` in language `lang`, with `{count}` and the other
 * placeholders filled in. Falls back to `other` when the language's table has no string for the
 * category `Intl.PluralRules` picks.
 */
export function formatPlural(message: PluralMessage, count: number, values: MessageValues = {}, lang = 'en'): string {
	const category = new Intl.PluralRules(lang).select(count);
	return formatMessage(message[category] ?? message.other, { count, ...values }, lang);
}

/**
 * Splits a message around one placeholder, for markup in the middle of a sentence: the footer's
 * `… read {link}.` becomes the text before the link and the text after it.
 */
export function splitAround(message: string, name: string): [before: string, after: string] {
	const marker = `{${name}}`;
	const at = message.indexOf(marker);
	if (at < 0) throw new Error(`Message has no {${name}} placeholder: ${JSON.stringify(message)}`);
	return [message.slice(0, at), message.slice(at + marker.length)];
}

/**
 * Turning a checker message into the words shown: placeholders filled, the plural form chosen, and
 * numbers, dates and lists written the reader's way, all with `Intl` and the language's tag. Pure: no
 * Preact or DOM, so the rules are tested in Node (format.test.ts).
 */
import { LOCALE_INFO, type Locale } from '../locales';
import type { Message, Plural } from './types';

/** What fills a message's placeholders: numbers are written with `Intl.NumberFormat`, strings as they are. */
export type Values = Readonly<Record<string, string | number>>;

/** `{name}` in a message. */
export const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Dates are written day first in English (12 January 1990): the checker warns about day/month
 * order, so its own dates must not be read month first as `en` (US) would write them.
 */
const DATE_TAG: Partial<Record<Locale, string>> = { en: 'en-GB' };

/** True for a message with plural forms. */
export function isPlural(message: Message): message is Plural {
	return typeof message === 'object';
}

/** The placeholders a message uses (of every plural form), in order of first use. */
export function placeholders(message: Message): string[] {
	const forms = isPlural(message) ? Object.values(message) : [message];
	const names = forms.flatMap((form) => [...(form ?? '').matchAll(PLACEHOLDER)].map((match) => match[1]!));
	return [...new Set(names)];
}

/** The words of one language: its messages' formatting rules, bound to its tag. */
export class CheckerText {
	readonly lang: string;
	readonly dir: 'ltr' | 'rtl';
	private readonly numbers: Intl.NumberFormat;
	private readonly plurals: Intl.PluralRules;
	private readonly dates: Intl.DateTimeFormat;
	private readonly monthYears: Intl.DateTimeFormat;
	private readonly lists: Intl.ListFormat;
	private readonly languages: Intl.DisplayNames | undefined;

	constructor(readonly locale: Locale) {
		const info = LOCALE_INFO[locale];
		this.lang = info.lang;
		this.dir = info.dir;
		const dateTag = DATE_TAG[locale] ?? info.lang;
		this.numbers = new Intl.NumberFormat(info.lang);
		this.plurals = new Intl.PluralRules(info.lang);
		this.dates = new Intl.DateTimeFormat(dateTag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
		this.monthYears = new Intl.DateTimeFormat(dateTag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
		this.lists = new Intl.ListFormat(info.lang, { type: 'conjunction' });
		try {
			this.languages = new Intl.DisplayNames(info.lang, { type: 'language' });
		} catch {
			this.languages = undefined;
		}
	}

	/** A message with its placeholders filled; a placeholder without a value is left empty. */
	format(message: string, values: Values = {}): string {
		return message.replace(PLACEHOLDER, (_, key: string) => this.value(values[key]));
	}

	/** The plural form of `message` for `count`, filled (`{count}` is the number, written the reader's way). */
	plural(message: Message, count: number, values: Values = {}): string {
		return this.format(this.form(message, count), { ...values, count });
	}

	/** A message of either kind: a plural one takes the form for `count` (0 when none is given). */
	text(message: Message, values: Values = {}, count?: number): string {
		return isPlural(message) ? this.plural(message, count ?? 0, values) : this.format(message, values);
	}

	/** The form of a plural message for `count` (`other` when the language's category is missing). */
	form(message: Message, count: number): string {
		if (!isPlural(message)) return message;
		return message[this.plurals.select(count)] ?? message.other;
	}

	/** A number written the reader's way (grouping, digits). */
	number(value: number): string {
		return this.numbers.format(value);
	}

	/** `1990-01-12` as a date in words (12 January 1990), from the string's numbers (never `new Date(string)`). */
	date(iso: string): string {
		const [y, m, d] = iso.split('-').map(Number);
		if (!y || !m || !d) return iso;
		return this.dates.format(utc(y, m, d));
	}

	/** A Gregorian month and year in words (February 1990). */
	monthYear(year: number, month: number): string {
		return this.monthYears.format(utc(year, month, 1));
	}

	/** Items joined as a list (A, B and C). */
	list(items: readonly string[]): string {
		return this.lists.format(items);
	}

	/** A language's name from its ISO 639-1 code, in the reader's language (the code when Intl has no name). */
	languageName(code: string): string {
		return this.languages?.of(code.toLowerCase()) ?? code;
	}

	private value(value: string | number | undefined): string {
		if (value === undefined) return '';
		return typeof value === 'number' ? this.number(value) : value;
	}
}

/** A UTC timestamp for a calendar day (years 0–99 are not moved to 1900–1999 as `Date.UTC` would). */
function utc(year: number, month: number, day: number): Date {
	const date = new Date(Date.UTC(2000, month - 1, day));
	date.setUTCFullYear(year);
	return date;
}

const texts = new Map<Locale, CheckerText>();

/** The (shared) formatter of a language. */
export function checkerText(locale: Locale): CheckerText {
	let text = texts.get(locale);
	if (!text) texts.set(locale, (text = new CheckerText(locale)));
	return text;
}

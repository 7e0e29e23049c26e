/**
 * Checks on a language's checker message table against the English one, for the unit tests: the same
 * keys, the same placeholders, the language's plural categories, and nothing left in English.
 */
import { LOCALE_INFO, type Locale } from '../../locales';
import { isPlural, placeholders } from '../format';
import type { CheckerMessages, Message } from '../types';
import { UNTRANSLATED_WORDS } from '../untranslated';

/** Every message of a table by its dotted path (`date.problems.no-such-day`). */
export function flatten(table: unknown, prefix = ''): Map<string, Message> {
	const out = new Map<string, Message>();
	for (const [key, value] of Object.entries(table as Record<string, unknown>)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string') out.set(path, value);
		else if (value && typeof value === 'object' && 'other' in value) out.set(path, value as Message);
		else if (value && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
		else out.set(path, String(value));
	}
	return out;
}

/** The words of a text: runs of letters (any script), lower case. */
export function wordsOf(text: string): string[] {
	return [...text.toLowerCase().matchAll(/\p{L}[\p{L}\p{M}]*/gu)].map((match) => match[0]);
}

/** Every form of a message. */
function forms(message: Message): string[] {
	return isPlural(message) ? Object.values(message).filter((form): form is string => form !== undefined) : [message];
}

/** What is wrong with `table` as `locale`'s translation of `english`: one line per problem. */
export function tableProblems(locale: Locale, table: CheckerMessages, english: CheckerMessages): string[] {
	const problems: string[] = [];
	const theirs = flatten(table);
	const ours = flatten(english);
	const categories = new Intl.PluralRules(LOCALE_INFO[locale].lang).resolvedOptions().pluralCategories;
	for (const key of ours.keys()) if (!theirs.has(key)) problems.push(`${key}: missing`);
	for (const [key, message] of theirs) {
		const source = ours.get(key);
		if (source === undefined) {
			problems.push(`${key}: not in en.ts`);
			continue;
		}
		if (isPlural(source) !== isPlural(message)) {
			problems.push(`${key}: ${isPlural(source) ? 'needs plural forms' : 'must be a plain string'}`);
			continue;
		}
		const wanted = new Set(placeholders(source));
		for (const name of placeholders(message))
			if (!wanted.has(name)) problems.push(`${key}: {${name}} is not a placeholder of the English message`);
		if (isPlural(message)) {
			const given = Object.keys(message).sort();
			if (given.join() !== [...categories].sort().join())
				problems.push(`${key}: plural forms ${given.join(', ')}; ${locale} needs ${[...categories].sort().join(', ')}`);
			for (const [category, form] of Object.entries(message)) {
				for (const name of wanted) {
					// `{count}` may be left out where the word says the number (one, two, zero).
					if (name === 'count' && category !== 'other') continue;
					if (!form.includes(`{${name}}`)) problems.push(`${key}.${category}: {${name}} is missing`);
				}
			}
		} else {
			for (const name of wanted) if (!message.includes(`{${name}}`)) problems.push(`${key}: {${name}} is missing`);
		}
		if (locale !== 'en' && untranslated(source, message))
			problems.push(`${key}: the same as in English ("${forms(message)[0]}")`);
	}
	return problems;
}

/** A message copied from English, unless all its words are ones every language keeps. */
function untranslated(source: Message, message: Message): boolean {
	const english = forms(source).map((form) => form.replace(/\{\w+\}/g, ''));
	return forms(message).some(
		(form) =>
			english.includes(form.replace(/\{\w+\}/g, '')) &&
			wordsOf(form.replace(/\{\w+\}/g, '')).some((word) => !UNTRANSLATED_WORDS.has(word)),
	);
}

/**
 * A pseudo-translation of a table: every letter outside placeholders swapped for an accented
 * look-alike and each form bracketed, so any English word on screen cannot have come from it. For
 * tests only: it proves the checkers take every word from the table, before any translation exists.
 */
export function pseudoTable<T>(table: T, locale: Locale = 'en'): T {
	const categories = new Intl.PluralRules(LOCALE_INFO[locale].lang).resolvedOptions().pluralCategories;
	const swap: Record<string, string> = {
		a: 'á',
		e: 'ë',
		i: 'ï',
		o: 'ö',
		u: 'ü',
		y: 'ý',
		c: 'ç',
		n: 'ñ',
		s: 'š',
		z: 'ž',
		r: 'ř',
		d: 'ď',
		t: 'ť',
		l: 'ĺ',
		g: 'ğ',
		h: 'ĥ',
		k: 'ķ',
		w: 'ŵ',
		j: 'ĵ',
		b: 'ƀ',
		f: 'ƒ',
		m: 'ɱ',
		p: 'þ',
		v: 'ṽ',
		x: 'ẋ',
		q: 'ʠ',
	};
	const pseudo = (text: string) =>
		text === ''
			? ''
			: `⟦${text
					.split(/(\{\w+\})/)
					.map((part) =>
						/^\{\w+\}$/.test(part)
							? part
							: part.replace(/[a-z]/gi, (ch) => {
									const lower = swap[ch.toLowerCase()] ?? ch;
									return ch === ch.toLowerCase() ? lower : lower.toUpperCase();
								}),
					)
					.join('')}⟧`;
	const walk = (value: unknown): unknown => {
		if (typeof value === 'string') return pseudo(value);
		if (value && typeof value === 'object' && 'other' in value) {
			const plural = value as Record<string, string>;
			return Object.fromEntries(categories.map((category) => [category, pseudo(plural[category] ?? plural.other!)]));
		}
		if (value && typeof value === 'object')
			return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, walk(v)]));
		return value;
	};
	return walk(table) as T;
}

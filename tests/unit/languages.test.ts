/**
 * Every enabled language (ENABLED_LOCALES) against English: the same pages with the same
 * frontmatter contract, its glossary kept (terms used, `avoid` words absent, as whole words in any
 * script), its site table's placeholders and plural forms, and its search data. With English alone
 * the per-language tests have nothing to compare and only the English tables are checked; each
 * language the lead enables is covered from then on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ENABLED_LOCALES, LOCALE_INFO, type Locale } from '../../src/i18n/locales';
import type { Glossary } from '../../src/i18n/glossary/types';
import type { SearchLanguage } from '../../src/i18n/search';
import { availableSiteTables, placeholdersOf, type PluralMessage, type SiteMessages } from '../../src/i18n/site';
import { messages as en } from '../../src/i18n/site/en';
import { IN_SHORT_MAX_LENGTH } from '../../src/lib/in-short';
import { normalizeText } from '../../src/lib/search/normalize';
import { loadContent, type ContentPage } from '../support/content';
import { ROOT } from '../support/dist';
import { SAMPLED_PAGES, browserSample } from '../support/locales';

const OTHERS = ENABLED_LOCALES.filter((locale) => locale !== 'en');
const english = loadContent(['en']);
const pagesOf = (locale: Locale) => loadContent([locale]);

const glossaries = import.meta.glob<{ glossary: Glossary }>(
	['../../src/i18n/glossary/*.ts', '!../../src/i18n/glossary/*.test.ts'],
	{ eager: true },
);
const searchData = import.meta.glob<{ search: SearchLanguage }>(
	[
		'../../src/i18n/search/*.ts',
		'!../../src/i18n/search/*.test.ts',
		'!../../src/i18n/search/index.ts',
		'!../../src/i18n/search/types.ts',
	],
	{ eager: true },
);
/** The checker tables (src/i18n/checkers/, the checkers' engineer's): read as plain strings, whatever their shape. */
const checkerTables = import.meta.glob<Record<string, unknown>>(
	['../../src/i18n/checkers/*.ts', '!../../src/i18n/checkers/*.test.ts'],
	{ eager: true },
);
const tables = availableSiteTables();

/** Every string in a value, with its key path: the words of a message table, whatever its nesting. */
function strings(value: unknown, path = ''): Array<{ path: string; text: string }> {
	if (typeof value === 'string') return [{ path, text: value }];
	if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
	}
	return [];
}

/** A plural message: an object whose keys are all plural categories, `other` among them. */
function isPlural(value: unknown): value is PluralMessage {
	const categories = ['zero', 'one', 'two', 'few', 'many', 'other'];
	return (
		typeof value === 'object' &&
		value !== null &&
		'other' in value &&
		Object.keys(value).every((key) => categories.includes(key))
	);
}

/** Each message of a table by its key path: a string, or a plural message. */
function messagesOf(value: unknown, path = ''): Array<{ path: string; message: string | PluralMessage }> {
	if (typeof value === 'string' || isPlural(value)) return [{ path, message: value }];
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, item]) => messagesOf(item, path ? `${path}.${key}` : key));
	}
	return [];
}

/**
 * Whether an English symptom is a reader's own description rather than a message an app shows:
 * written in the first person ("I used a VPN", "My passport page always shows glare"). Apps address
 * the reader ("Your document is not fully visible") or name the problem ("Glare detected").
 */
function isReaderDescription(symptom: string): boolean {
	return /\b(I|I'm|I've|I'd|me|my|mine)\b/i.test(symptom);
}

/** Text as compared for the glossary: Unicode-normalised and lower-cased the language's way (Turkish İ/ı). */
function fold(text: string, lang: string): string {
	return text.normalize('NFC').toLocaleLowerCase(lang);
}

/** Whether `phrase` occurs in `text` as whole words: no letter, mark or digit of any script on either side. */
function hasWholeWords(text: string, phrase: string, lang: string): boolean {
	const escaped = fold(phrase, lang).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}(?![\\p{L}\\p{M}\\p{N}])`, 'u').test(fold(text, lang));
}

/** The reader-visible text of a page: its frontmatter values and its body, minus imports and code spans. */
function pageText(page: ContentPage): string {
	const body = page.body
		.replace(/^(?:import|export)\s.*$/gm, '')
		.replace(/`[^`\n]*`/g, ' ')
		.replace(/\]\([^)]*\)/g, ']');
	return [...strings(page.data).map((s) => s.text), body].join('\n');
}

describe('the site tables', () => {
	test('English has no empty message', () => {
		expect(strings(en).filter((s) => s.text.trim() === '')).toEqual([]);
	});

	test('every enabled language has its site table', () => {
		expect(ENABLED_LOCALES.filter((locale) => !tables[locale])).toEqual([]);
	});

	const present = (Object.keys(tables) as Locale[]).filter((locale) => locale !== 'en');
	describe.each(present.length > 0 ? present : (['en'] as Locale[]))('%s', (locale) => {
		const table = tables[locale] as SiteMessages;
		const lang = LOCALE_INFO[locale].lang;
		const ownMessages = new Map(messagesOf(table).map((m) => [m.path, m.message]));

		test('keeps every placeholder of every message, and adds none', () => {
			const wrong = messagesOf(en).flatMap(({ path, message }) => {
				const theirs = ownMessages.get(path);
				if (theirs === undefined) return [`${path}: missing`];
				const wanted = placeholdersOf(typeof message === 'string' ? message : message.other).sort();
				if (typeof theirs === 'string') {
					const got = placeholdersOf(theirs).sort();
					return got.join() === wanted.join()
						? []
						: [`${path}: {${got.join('}, {')}} instead of {${wanted.join('}, {')}}`];
				}
				// A plural's `other` keeps them all; another form may write the number as a word ("two pages").
				return Object.entries(theirs).flatMap(([form, text]) => {
					const got = placeholdersOf(text ?? '');
					const extra = got.filter((name) => !wanted.includes(name));
					const missing = form === 'other' ? wanted.filter((name) => !got.includes(name)) : [];
					return extra.length + missing.length === 0
						? []
						: [`${path}.${form}: extra {${extra.join('}, {')}}, missing {${missing.join('}, {')}}`];
				});
			});
			expect(wrong).toEqual([]);
		});

		test("gives a plural exactly the forms its language's plural rules use, and no message is empty", () => {
			const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
			const wrong = [...ownMessages].flatMap(([path, message]) => {
				if (typeof message === 'string') return message.trim() === '' ? [`${path}: empty`] : [];
				const extra = Object.keys(message)
					.filter((form) => !categories.includes(form))
					.map((form) => `${path}.${form}: ${lang} has no "${form}" form (it has ${categories.join(', ')})`);
				const missing = categories
					.filter((form) => !(form in message))
					.map((form) => `${path}.${form}: missing (${lang} uses ${categories.join(', ')})`);
				return [...extra, ...missing];
			});
			expect(wrong).toEqual([]);
		});
	});
});

describe.each(OTHERS.length > 0 ? OTHERS : [null])('the %s pages against the English ones', (locale) => {
	if (locale === null) {
		test('English alone: nothing to compare (enable a language in ENABLED_LOCALES)', () => {
			expect(ENABLED_LOCALES).toEqual(['en']);
		});
		return;
	}
	const pages = pagesOf(locale);
	const byPath = new Map(pages.map((page) => [page.pathInLocale, page]));

	test('every page exists in both, with the same file names', () => {
		const englishPaths = english.map((page) => page.pathInLocale).sort();
		expect(pages.map((page) => page.pathInLocale).sort()).toEqual(englishPaths);
		const fourOhFour = ['404.mdx', '404.md'].some((file) => existsSync(join(ROOT, 'src/content/docs', locale, file)));
		expect(fourOhFour, `src/content/docs/${locale}/404.mdx`).toBe(true);
	});

	test.each(english.map((page) => [page.pathInLocale, page] as const))(
		'%s: same category, checkers, sidebar order, template and review date; every English app message kept',
		(path, source) => {
			const page = byPath.get(path);
			expect(page, `src/content/docs/${locale}/${path}`).toBeDefined();
			const keep = (data: Record<string, unknown>) => ({
				category: data.category,
				checkers: data.checkers,
				order: (data.sidebar as { order?: unknown } | undefined)?.order,
				template: data.template,
				lastReviewed: String(data.lastReviewed ?? ''),
				hasInShort: data.inShort !== undefined,
			});
			expect(keep(page!.data)).toEqual(keep(source.data));
			// The app shows its messages in English to many readers, who paste them: the English ones stay.
			// A reader's own description in the first person ("My ID card keeps failing") is not a message:
			// the language says it its own way instead.
			const symptoms = (page!.data.symptoms ?? []) as string[];
			for (const symptom of (source.data.symptoms ?? []) as string[]) {
				if (!isReaderDescription(symptom)) expect(symptoms).toContain(symptom);
			}
			if (page!.data.inShort !== undefined) {
				expect(String(page!.data.inShort).length).toBeLessThanOrEqual(IN_SHORT_MAX_LENGTH);
			}
			// The same sections: as many `## ` headings as the English page.
			const headings = (body: string) => body.match(/^## /gm)?.length ?? 0;
			expect(headings(page!.body), 'number of ## sections').toBe(headings(source.body));
			expect(String(page!.data.title ?? '').trim()).not.toBe('');
			expect(String(page!.data.description ?? '').trim()).not.toBe('');
		},
	);

	test('every page has a description of its own', () => {
		const descriptions = pages.map((page) => String(page.data.description ?? ''));
		expect(new Set(descriptions).size).toBe(descriptions.length);
	});

	test('checker islands are given the language', () => {
		const missing = pages.flatMap((page) =>
			[...page.body.matchAll(/<([A-Z]\w*)\b([^>]*\bclient:\w+[^>]*)>/g)]
				.filter((match) => !new RegExp(`\\blocale=["']${locale}["']`).test(match[2] ?? ''))
				.map((match) => `${page.file}: <${match[1]}>`),
		);
		expect(missing).toEqual([]);
	});
});

describe.each(OTHERS.length > 0 ? OTHERS : [null])('the %s glossary', (locale) => {
	if (locale === null) {
		test('English alone: no glossary to hold', () => {
			expect(OTHERS).toEqual([]);
		});
		return;
	}
	const lang = LOCALE_INFO[locale].lang;
	const glossary = glossaries[`../../src/i18n/glossary/${locale}.ts`]?.glossary;
	const pages = pagesOf(locale);
	/** Every text the reader of this language meets: pages, the site table, the checkers' table. */
	const texts = [
		...pages.map((page) => ({ where: page.file, text: pageText(page) })),
		...strings(tables[locale]).map((s) => ({ where: `site/${locale}.ts ${s.path}`, text: s.text })),
		...strings(checkerTables[`../../src/i18n/checkers/${locale}.ts`]).map((s) => ({
			where: `checkers/${locale}.ts ${s.path}`,
			text: s.text,
		})),
	];
	const all = texts.map((t) => t.text).join('\n');

	test('exists, with at least the contract’s 20 terms', () => {
		expect(glossary, `src/i18n/glossary/${locale}.ts`).toBeDefined();
		expect(glossary!.length).toBeGreaterThanOrEqual(20);
	});

	test.each((glossary ?? []).map((entry) => [entry.en, entry] as const))('"%s": its term is used', (_en, entry) => {
		expect(hasWholeWords(all, entry.term, lang), `"${entry.term}" nowhere in the ${locale} pages or tables`).toBe(true);
	});

	test('no page or table uses a word the glossary avoids', () => {
		const hits = (glossary ?? []).flatMap((entry) =>
			(entry.avoid ?? []).flatMap((word) =>
				texts
					.filter((t) => hasWholeWords(t.text, word, lang))
					.map((t) => `${t.where}: "${word}" (use "${entry.term}")`),
			),
		);
		expect(hits).toEqual([]);
	});
});

describe.each(OTHERS.length > 0 ? OTHERS : [null])('the %s search data', (locale) => {
	if (locale === null) {
		test('English alone: the English tables are the search library’s own (src/lib/search)', () => {
			expect(OTHERS).toEqual([]);
		});
		return;
	}
	const data = searchData[`../../src/i18n/search/${locale}.ts`]?.search;
	const words = new Set(
		pagesOf(locale).flatMap((page) => normalizeText(pageText(page)).match(/[\p{L}\p{N}]+/gu) ?? []),
	);

	test('exists, with synonyms, stop words and boilerplate', () => {
		expect(data, `src/i18n/search/${locale}.ts`).toBeDefined();
		expect(data!.synonyms.length).toBeGreaterThanOrEqual(10);
		expect(data!.stopWords.length).toBeGreaterThanOrEqual(20);
		expect(data!.boilerplate.length).toBeGreaterThan(0);
	});

	test("every group's guide wording is found in the language's pages (else search drops it)", () => {
		const missing = (data?.synonyms ?? []).flatMap((group) =>
			group.guide
				.filter((entry) => !(normalizeText(entry).match(/[\p{L}\p{N}]+/gu) ?? []).every((word) => words.has(word)))
				.map((entry) => `${group.id}: "${entry}"`),
		);
		// Each group needs at least one wording the index has.
		const dead = (data?.synonyms ?? []).filter((group) =>
			group.guide.every((entry) => missing.includes(`${group.id}: "${entry}"`)),
		);
		expect(dead.map((group) => group.id)).toEqual([]);
	});

	test('group ids are unique and no stop word is a one-word guide wording', () => {
		const ids = (data?.synonyms ?? []).map((group) => group.id);
		expect(new Set(ids).size).toBe(ids.length);
		const oneWord = new Set((data?.synonyms ?? []).flatMap((group) => group.guide.map(normalizeText)));
		expect((data?.stopWords ?? []).map(normalizeText).filter((word) => oneWord.has(word))).toEqual([]);
	});

	test('has its evaluation queries (tests/search/queries.<locale>.tsv, at least 20)', () => {
		const file = join(ROOT, `tests/search/queries.${locale}.tsv`);
		expect(existsSync(file), file).toBe(true);
		const rows = readFileSync(file, 'utf8')
			.split(/\r?\n/)
			.filter((line) => line.trim() !== '' && !line.startsWith('#'));
		expect(rows.length - 1).toBeGreaterThanOrEqual(20);
	});
});

describe('the browser runs’ sample of each language', () => {
	test('names pages the guide has (a renamed article would otherwise drop out of the sample silently)', () => {
		const routes = new Set(english.map((page) => page.route));
		expect(SAMPLED_PAGES.filter((path) => path !== 'search/' && !routes.has(path))).toEqual([]);
	});

	test('keeps every English page, and every checker page and the sample in another language', () => {
		const paths = ['', 'stay-safe/', 'es/', 'es/stay-safe/', 'es/checkers/date/', 'ar/search/', '404.html'];
		expect(browserSample(paths)).toEqual(['', 'stay-safe/', 'es/', 'es/checkers/date/', 'ar/search/', '404.html']);
	});
});

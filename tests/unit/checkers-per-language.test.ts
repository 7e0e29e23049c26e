/**
 * Every checker, rendered in every language that has a message table, driven into its main states
 * with sample input (dates, names, MRZ, photo and selfie results, report items): every word on
 * screen must come from that language's table, the reader's own input, `Intl` (month and language
 * names) or the short list of words every language keeps (src/i18n/checkers/untranslated.ts). In a
 * language other than English, that means no English word.
 *
 * Until the translations land, one language without a table is rendered with a pseudo-translation of
 * the English table (every letter accented): any English word on screen then is one an island wrote
 * itself instead of taking it from the table.
 */
import { describe, expect, test, vi } from 'vitest';
import { h, type VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { LOCALE_INFO, LOCALES, type Locale } from '../../src/i18n/locales';
import { messages as english } from '../../src/i18n/checkers/en';
import { checkerText } from '../../src/i18n/checkers/format';
import { localesWithTable, serverMessages } from '../../src/i18n/checkers/tables';
import { flatten, pseudoTable, wordsOf } from '../../src/i18n/checkers/testing/tables';
import { UNTRANSLATED_WORDS } from '../../src/i18n/checkers/untranslated';
import type { CheckerMessages } from '../../src/i18n/checkers/types';
import DateChecker, { CompareResult, ValidityResult, problemText } from '../../src/components/DateChecker';
import NameMatcher, { MrzSection, VerdictSection } from '../../src/components/NameMatcher';
import PhotoChecker, { PhotoChecks, PhotoVerdict, fileProblemText } from '../../src/components/PhotoChecker';
import SelfieChecker, { SelfieChecks, selfieErrorText } from '../../src/components/SelfieChecker';
import ReadinessReport, { ReportList } from '../../src/components/ReadinessReport';
import { checkDocumentDates, compareDates, formatForForm, parseDate } from '../../src/lib/dates';
import { compareNames } from '../../src/lib/names';
import { buildReport, REPORT_CODES, REPORT_ITEMS, type ReportItem } from '../../src/lib/ready';
import { decideTyped } from '../../src/lib/mrz';
import { countryOptions } from '../../src/lib/ready/countries';
import type { FileProblem, PhotoAnalysis, PhotoCheck, CheckId, ProblemCode } from '../../src/lib/photo';
import type { FaceCheck, FaceCheckId, FaceProblem, SelfieAnalysis } from '../../src/lib/face';

vi.mock('../../src/i18n/checkers/tables', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../src/i18n/checkers/tables')>();
	const { messages } = await import('../../src/i18n/checkers/en');
	const testing = await import('../../src/i18n/checkers/testing/tables');
	const { LOCALES: all } = await import('../../src/i18n/locales');
	const missing = all.filter((locale) => locale !== 'en' && !real.localesWithTable().includes(locale));
	const stand = missing.includes('ar') ? 'ar' : missing[0];
	const table = stand ? testing.pseudoTable(messages, stand) : undefined;
	return {
		...real,
		serverMessages: (locale: Locale) => (locale === stand && table ? table : real.serverMessages(locale)),
	};
});

const TODAY = '2026-12-06';

const missing = LOCALES.filter((locale) => locale !== 'en' && !localesWithTable().includes(locale));
/** Arabic while it has no table (right to left, six plural forms), else the first language without one. */
const pseudo = missing.includes('ar') ? 'ar' : missing[0];
/** Every language to render: those with a table, and one with the pseudo-translation. */
const RENDERED: Locale[] = [...localesWithTable(), ...(pseudo ? [pseudo] : [])];

// ---- Sample input, as readers type it. ----

/** Date pairs (account, document): each drives the compare task into one state or problem. */
const DATE_PAIRS: Array<[string, string, { order?: 'DMY' | 'MDY' | 'YMD' }]> = [
	['12/01/1990', '12 JAN 1990', {}], // same date
	['01/12/1990', '12/01/1990', { order: 'DMY' }], // US order typed into a day-first form
	['03/04/1990', '04/03/1990', {}], // ambiguous both ways
	['12/01/90', '1990-01-12', {}], // two-digit year
	['12/01/1990', '12/01/2533', {}], // Thai Buddhist year
	['12/01/1990', '平成2年1月12日', {}], // Japanese era
	['12/01/1990', '900112', {}], // MRZ date
	['12/01/1990', '12 Janury 1990', {}], // misspelt month
	['31/02/1990', '12/01/1990', {}], // no such day
	['01/1990', 'hello', {}], // incomplete, not a date
	['XX XX 1942', '12/02/1991', {}], // partly unknown
	['12/01/1990', '12/02/1991', {}], // different
	['32/01/1990', '13/13/1990', {}], // day and month out of range
	['12/01/1800', '12 MAR/MAI 1990', {}], // year out of range, months disagree
	['12'.repeat(150), ' ', {}], // too long, empty
	['平成1年1月7日', '15/06/1410 AH', {}], // not in era, Hijri
];

/** A document's dates: each drives the validity task into one problem. */
const VALIDITY: Array<{ birth?: string; issue?: string; expiry?: string }> = [
	{ birth: '12/01/1990', expiry: '01/01/2020' }, // expired
	{ expiry: '20/12/2026' }, // expires soon
	{ expiry: '06/12/2026' }, // expires today
	{ birth: '01/01/2015' }, // under age
	{ birth: '01/01/2030' }, // born in the future
	{ issue: '01/01/2030' }, // issued in the future
	{ issue: '01/01/2025', expiry: '01/01/2024' }, // swapped
	{ birth: '01/01/2000', issue: '01/01/1990' }, // born after issue
	{ birth: '12/01/1990', issue: '01/01/2020', expiry: '01/01/2030' }, // fine
	{ birth: '31/02/1990', expiry: '2030' }, // unreadable fields
];

/** ICAO 9303 Part 4's specimen passport (TD3) and PassportEye's German ID card (TD1). */
const PASSPORT = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10';
const CARD = 'IDD<<T220001293<<<<<<<<<<<<<<<\n6408125<2010315D<<<<<<<<<<<<<4\nMUSTERMANN<<ERIKA<<<<<<<<<<<<<';

/** Name pairs (account, ID, MRZ): each drives the tester into one kind of difference. */
const NAME_PAIRS: Array<[string, string, string?]> = [
	['Jose Garcia', 'José García'], // accents
	['Hans Mueller', 'Hans Müller'], // transliteration
	['Anna Schmidt', 'Anna Maria Schmidt'], // missing
	['Anna Maria Schmidt', 'Anna Schmidt'], // extra
	['A. Schmidt', 'Anna Schmidt'], // initial
	['Schmidt Anna', 'Anna Schmidt'], // order
	['anna schmidt', 'ANNA SCHMIDT'], // case
	['Anna\u200B Schmidt', 'Anna Schmidt'], // invisible, on the account
	['Anna Schmidt', 'Anna Schmidt\u00A0'], // odd space, on the ID
	['\u0410nna Schmidt', 'Anna Schmidt'], // Cyrillic А
	['Mr John Smith', 'John Smith'], // title
	['John Smith ★', 'John Smith'], // symbol
	['Ｊｏｈｎ Smith', 'John Smith'], // full width
	['Jon Smith', 'John Smith'], // spelling
	['Иван Петров', 'Ivan Petrov'], // script
	['Юлия Иванова', 'Yuliya Ivanova'], // Cyrillic
	['Iuliia Ivanova', 'Yuliya Ivanova'], // older Russian passport
	['Mohammed Ali', 'Muhammad Ali'], // romanisation variant
	['Олена Гнатюк', 'Olena Hnatiuk'], // Ukrainian exception
	['John  Smith ', 'John Smith'], // spacing
	["Sean O'Brien", 'Sean OBrien'], // punctuation
	['van der Berg Jan', 'Jan van der Berg'], // particle
	['Anna Eriksson', 'Anna Maria Eriksson', PASSPORT], // with an MRZ
	['Erika Mustermann', 'Erika Mustermann', CARD],
	['Erika Mustermann', 'Erika Mustermann', CARD.replace('6408125', '6408124')], // a wrong check digit
	['x'.repeat(1100), 'John'], // too long (only the first 1000 are compared)
	['123', '---'], // no letters
	['محمد علي', 'Mohammed Ali'], // right to left
	['Anna', 'Anna', 'P<UTO'], // wrong line count
	['Anna', 'Anna', 'P<UTOERIKSSON<<ANNA\nL898902C36UTO'], // wrong line length
	['Anna', 'Anna', 'p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<\nl898902c36uto7408122f1204159ze184226b<<<<<10'],
	['Anna', 'Anna', '1234567890\n1234567890'], // unreadable
];

const PHOTO_PROBLEMS = Object.keys(english.photo.problems) as ProblemCode[];
const PHOTO_CHECKS = Object.keys(english.photo.checks) as CheckId[];
const FACE_PROBLEMS = Object.keys(english.selfie.problems) as FaceProblem[];
const FACE_CHECKS = Object.keys(english.selfie.checks) as FaceCheckId[];

// ---- Rendering and reading back what a reader sees or hears. ----

/** The text a reader sees or hears: text nodes and labels (aria-label, alt, title), not the JSON data block. */
function shown(html: string): string {
	const decode = (s: string) =>
		s
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&amp;/g, '&');
	const labelsInNames: string[] = [];
	const withoutData = html
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ' ')
		// A character spelled out inside a name ("[Cyrillic А, looks like Latin A]"): moved out of the name.
		.replace(/<span class="name-matcher__char-label">([^<]*)<\/span>/g, (_, label: string) => {
			labelsInNames.push(label);
			return '';
		});
	const labels = [...withoutData.matchAll(/\s(?:aria-label|alt|title|placeholder)="([^"]*)"/g)].map((m) => m[1]!);
	// Inline elements (a highlighted letter in a name) join their text; the others separate it.
	const text = withoutData.replace(/<\/?(?:mark|bdi|strong|code|span|a)\b[^>]*>/g, '').replace(/<[^>]*>/g, ' ');
	return decode([text, ...labels, ...labelsInNames].join(' '));
}

/** Every screen of every checker in `locale`, as HTML. */
function screens(locale: Locale): string[] {
	const words = { m: serverMessages(locale), t: checkerText(locale) };
	const out: string[] = [];
	const render = <P>(node: VNode<P>) => out.push(renderToString(node as VNode));

	// First screens, as the server renders them.
	render(h(DateChecker, { locale }));
	render(h(NameMatcher, { locale }));
	render(h(PhotoChecker, { locale }));
	render(h(SelfieChecker, { locale }));
	render(h(ReadinessReport, { locale }));

	// Dates.
	for (const [account, document, options] of DATE_PAIRS) {
		for (const role of ['birth', 'expiry'] as const) {
			const result = compareDates(account, document, { role, today: TODAY, ...options });
			render(h(CompareResult, { words, result, order: options.order ?? '', formatForForm }));
			render(h(CompareResult, { words, result, order: 'YMD', formatForForm }));
		}
		for (const text of [account, document]) {
			const parsed = parseDate(text);
			if (!parsed.ok) out.push(problemText(words, parsed));
		}
	}
	for (const dates of VALIDITY) {
		const check = checkDocumentDates({ ...dates, today: TODAY });
		render(h(ValidityResult, { words, check }));
		for (const field of Object.values(check.fields)) if (field && !field.ok) out.push(problemText(words, field));
	}

	// Names.
	for (const [account, document, mrz] of NAME_PAIRS) {
		const result = compareNames(account, document, mrz ? { mrz } : {});
		render(h(VerdictSection, { words, result }));
		render(h(MrzSection, { words, result }));
	}

	// Photos: every problem, every passing check, every verdict and file problem.
	const photoChecks: PhotoCheck[] = [
		...PHOTO_PROBLEMS.map((problem, i) => check(PHOTO_CHECKS[i % PHOTO_CHECKS.length]!, 'fail', problem)),
		...PHOTO_CHECKS.map((id) => check(id, 'pass', null)),
	];
	render(h(PhotoChecks, { words, analysis: { checks: photoChecks } as PhotoAnalysis, locale }));
	// Framing measures too close to call (alone, and beside a problem), and glare judged on the middle of the picture.
	const unsure = (status: PhotoCheck['status'], problem: ProblemCode | null): PhotoCheck => ({
		...check('framing', status, problem),
		details: { marginUnsure: 1, fillUnsure: 1, tiltUnsure: 1 },
	});
	const centre: PhotoCheck = { ...check('glare', 'pass', null), details: { onDocument: 0 } };
	for (const framing of [unsure('pass', null), unsure('warn', 'too-small-in-frame')])
		render(
			h(PhotoChecks, { words, analysis: { checks: [framing, centre], measuredOn: 'centre' } as PhotoAnalysis, locale }),
		);
	for (const verdict of ['good', 'fix', 'retake'] as const)
		render(h(PhotoVerdict, { words, analysis: { verdict, score: 87 } as PhotoAnalysis }));
	for (const problem of Object.keys(english.photo.fileProblems) as FileProblem[])
		out.push(fileProblemText(words, problem));

	// Selfies.
	const faceChecks: FaceCheck[] = [
		...FACE_PROBLEMS.map((problem, i) => faceCheck(FACE_CHECKS[i % FACE_CHECKS.length]!, 'warn', problem)),
		...FACE_CHECKS.map((id) => faceCheck(id, 'pass', null)),
	];
	render(h(SelfieChecks, { words, analysis: { checks: faceChecks } as SelfieAnalysis, locale }));
	render(h(SelfieChecks, { words, analysis: { checks: faceChecks.slice(0, 1) } as SelfieAnalysis, locale }));
	for (const problem of Object.keys(english.selfie.errors) as Array<keyof typeof english.selfie.errors>)
		out.push(selfieErrorText(words, problem));

	// The readiness report: real reports, and every code once.
	const card = decideTyped(CARD.split('\n'));
	for (const account of [
		{ name: 'Erika Mustermann', birth: '12/08/1964', country: 'DEU' },
		{ name: 'Anna Schmidt', birth: '21/08/1964', country: 'D' },
		{ name: '', birth: '', country: '' },
	]) {
		render(h(ReportList, { words, items: buildReport(account, card, TODAY), locale }));
		render(h(ReportList, { words, items: buildReport(account, null, TODAY), locale }));
	}
	const every: ReportItem[] = REPORT_CODES.map((code, i) => ({
		id: REPORT_ITEMS[i % REPORT_ITEMS.length]!,
		status: (['pass', 'warn', 'fail', 'todo', 'note'] as const)[i % 5]!,
		code,
	}));
	render(h(ReportList, { words, items: every, locale }));
	// The photo item with its problems, and the country note with both countries named.
	const photos = [
		{
			status: 'fail' as const,
			problems: [
				{ check: 'sharpness' as const, status: 'fail' as const, problem: 'blurry' as const },
				{ check: 'glare' as const, status: 'warn' as const, problem: 'glare' as const },
				{ check: 'framing' as const, status: 'warn' as const, problem: 'near-edge' as const },
			],
		},
	];
	render(
		h(ReportList, { words, items: buildReport({ name: '', birth: '', country: 'FRA' }, card, TODAY, photos), locale }),
	);
	return out;
}

function check(id: CheckId, status: PhotoCheck['status'], problem: ProblemCode | null): PhotoCheck {
	return { id, status, problem, value: 0, threshold: { direction: 'min', warn: 1, fail: 0 }, unit: '' };
}

function faceCheck(id: FaceCheckId, status: FaceCheck['status'], problem: FaceProblem | null): FaceCheck {
	return { id, status, problem, value: 0, unit: '' };
}

/** Words the reader's input brings (names, month words typed, MRZ names), which appear in any language. */
function inputWords(): Set<string> {
	const texts: string[] = [
		...DATE_PAIRS.flatMap(([a, b]) => [a, b]),
		...VALIDITY.flatMap((v) => Object.values(v)),
		...NAME_PAIRS.flatMap(([a, b, mrz]) => [a, b, mrz ?? '']),
	];
	for (const [account, document] of DATE_PAIRS)
		for (const text of [account, document]) {
			const parsed = parseDate(text);
			if (!parsed.ok && parsed.suggestion) texts.push(parsed.suggestion);
		}
	for (const [account, document, mrz] of NAME_PAIRS) {
		const result = compareNames(account, document, mrz ? { mrz } : {});
		for (const d of result.differences)
			texts.push(...(d.rules ?? []).map((r) => r.label), d.account.text, d.document.text);
		texts.push(result.mrz?.name?.primary ?? '', result.mrz?.name?.secondary ?? '', result.mrz?.format ?? '');
	}
	// The examples the date checker's hints show (as IDs print them), and the report's account.
	texts.push('12 JAN/JANV 1990', 'Erika Mustermann Anna Schmidt DEU');
	const words = new Set(texts.flatMap((text) => wordsOf(text)));
	words.add('x'.repeat(1000));
	return words;
}

/** Words `Intl` writes in `locale`: month names (dates), language names, list words, country names. */
function intlWords(locale: Locale): Set<string> {
	const t = checkerText(locale);
	const languages = ['BE', 'BG', 'MK', 'SR', 'UK'].map((code) => t.languageName(code));
	const texts = [
		...countryOptions(LOCALE_INFO[locale].lang).map((option) => option.name),
		...Array.from({ length: 12 }, (_, i) => t.monthYear(1990, i + 1)),
		...Array.from({ length: 12 }, (_, i) => t.date(`1990-${String(i + 1).padStart(2, '0')}-12`)),
		// Language names, alone and in lists (Arabic joins "and" to the next word).
		...languages.flatMap((a) => languages.map((b) => t.list([a, b]))),
		t.list(languages),
	];
	return new Set(texts.flatMap((text) => wordsOf(text)));
}

function tableWords(table: CheckerMessages): Set<string> {
	const texts = [...flatten(table).values()].flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)));
	return new Set(texts.flatMap((text) => wordsOf((text ?? '').replace(/\{\w+\}/g, ' '))));
}

const englishWords = tableWords(english);
const fromInput = inputWords();

describe.each(RENDERED)('checkers in %s', (locale) => {
	const html = screens(locale);
	const text = html.map(shown).join('\n');
	const allowed = new Set([
		...tableWords(serverMessages(locale)),
		...intlWords(locale),
		...fromInput,
		...UNTRANSLATED_WORDS,
	]);

	test('every word shown comes from the table, the input, Intl or the allow-list', () => {
		// Single letters are not words here (U+200B, a letter spelled out); every longer run of letters is.
		const stray = [...new Set(wordsOf(text))].filter((word) => word.length > 1 && !allowed.has(word));
		expect(stray).toEqual([]);
	});

	test.skipIf(locale === 'en')('no English word', () => {
		const own = tableWords(serverMessages(locale));
		const english = [...new Set(wordsOf(text))].filter(
			(word) => englishWords.has(word) && !own.has(word) && !fromInput.has(word) && !UNTRANSLATED_WORDS.has(word),
		);
		expect(english).toEqual([]);
	});

	test('the screens reach the main states (verdicts, problems, advice, report)', () => {
		const m = serverMessages(locale);
		const t = checkerText(locale);
		// A few messages from deep states, as the island writes them.
		for (const expected of [
			m.date.verdicts.same,
			m.date.verdicts['same-if-reordered'],
			m.name.verdicts.equivalent,
			m.name.headlines.confusable.split('{')[0]!,
			m.name.explanations['older-russian-passport'],
			m.photo.problems.glare,
			m.photo.unsure.badge,
			m.photo.unsure.tilt,
			m.photo.measuredOnCentre,
			m.photo.glareOkCentre,
			m.selfie.problems['several-faces'],
			m.ready.codes['other-country'],
			t.format(m.name.checkOk, { field: m.name.checkDigits.birthDateCheckDigit }),
		])
			expect(text).toContain(expected.trim());
	});

	test('the data block holds only this language', () => {
		const blocks = html.join('').match(/<script type="application\/json" data-checker-messages="([^"]+)"/g) ?? [];
		// One a first screen: date, name, photo, selfie, readiness.
		expect(blocks.length).toBeGreaterThanOrEqual(5);
		for (const block of blocks) expect(block).toContain(`"${locale}:`);
	});
});

describe('right to left', () => {
	const locale: Locale = 'ar';
	const html = screens(locale).join('\n');

	test('names the reader types take their own direction', () => {
		const inputs = [...html.matchAll(/<input\b[^>]*>/g)].map((m) => m[0]);
		const nameInputs = inputs.filter((tag) => /-(account|document|name)"/.test(tag) && !/type="file"/.test(tag));
		expect(nameInputs.length).toBeGreaterThanOrEqual(3);
		for (const tag of nameInputs) expect(tag).toContain('dir="auto"');
	});

	test('MRZ, ISO dates, dates to type and spelling rules stay left to right', () => {
		expect(html).toMatch(/<textarea\b[^>]*dir="ltr"/); // the MRZ the reader pastes
		expect(html).toMatch(/<code dir="ltr">1990-01-12<\/code>/);
		expect(html).toMatch(/<bdi dir="ltr">Ü→UE<\/bdi>/);
		expect(html).toMatch(/<bdi dir="ltr">TD3<\/bdi>/);
	});

	test('names inside sentences and highlighted names are isolated', () => {
		expect(html).toMatch(/<bdi dir="auto">José<\/bdi>/);
		expect(html).toMatch(/<bdi class="name-matcher__name" dir="auto">/);
	});
});

test('a language is rendered besides English (its table, or the pseudo-translation)', () => {
	expect(RENDERED.length).toBeGreaterThanOrEqual(LOCALES.length > 1 ? 2 : 1);
});

test('the pseudo-translation really replaces the English words', () => {
	const table = pseudoTable(english);
	expect(table.photo.choose).not.toContain('Choose');
	expect(table.date.verdicts.different).toMatchObject({ other: expect.stringContaining('{count}') });
});

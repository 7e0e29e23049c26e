import { describe, expect, test } from 'vitest';
import { ENABLED_LOCALES } from '../locales';
import { messages as en } from './en';
import { localesWithTable, serverMessages } from './tables';
import { flatten, pseudoTable, tableProblems } from './testing/tables';
import type { CheckerMessages } from './types';

describe('every language table matches the English one', () => {
	test.each(localesWithTable())('%s: same keys, placeholders and plural forms; nothing left in English', (locale) => {
		expect(tableProblems(locale, serverMessages(locale), en)).toEqual([]);
	});

	test('every enabled language has a table', () => {
		expect(localesWithTable()).toEqual(expect.arrayContaining([...ENABLED_LOCALES]));
	});

	test('a language without a table gets English on the server, never nothing', () => {
		const missing = (['es', 'pt-br', 'tr', 'ru', 'vi', 'id', 'ar'] as const).find(
			(l) => !localesWithTable().includes(l),
		);
		if (missing) expect(serverMessages(missing)).toBe(en);
	});
});

describe('English table', () => {
	test('no message is empty', () => {
		expect([...flatten(en)].filter(([, message]) => message === '').map(([key]) => key)).toEqual([]);
	});

	test('plural messages have a {count} in their other form', () => {
		const plural = [...flatten(en)].filter(([, m]) => typeof m === 'object');
		expect(plural.length).toBeGreaterThan(5);
		for (const [key, message] of plural) expect(typeof message === 'object' && message.other, key).toContain('{count}');
	});
});

describe('tableProblems finds what a translation gets wrong', () => {
	// A correct Russian-shaped table: every message changed, plural forms one, few, many, other.
	const ru = pseudoTable(en, 'ru') as CheckerMessages;
	const edit = (change: (table: Record<string, Record<string, unknown>>) => void): CheckerMessages => {
		const copy = structuredClone(ru) as unknown as Record<string, Record<string, unknown>>;
		change(copy);
		return copy as unknown as CheckerMessages;
	};

	test('a complete translation passes', () => {
		expect(tableProblems('ru', ru, en)).toEqual([]);
	});

	test.each<{ what: string; change: (t: Record<string, Record<string, unknown>>) => void; problem: RegExp }>([
		// A message left out.
		{ what: 'missing', change: (t) => delete t.date!.privacy, problem: /^date\.privacy: missing$/ },
		// A key the English table does not have (a typo in a key).
		{ what: 'extra', change: (t) => (t.date!.privacyy = 'x'), problem: /^date\.privacyy: not in en\.ts$/ },
		// A placeholder translated as if it were a word.
		{
			what: 'renamed placeholder',
			change: (t) => (t.name!.looksLike = 'похожа на латинскую {буква}'),
			problem: /name\.looksLike: \{letter\} is missing/,
		},
		// Plural forms where English has a plain string.
		{
			what: 'plural for plain',
			change: (t) => (t.date!.ambiguous = { other: 'x' }),
			problem: /must be a plain string/,
		},
		// English plural forms copied into Russian.
		{
			what: 'English plural forms',
			change: (t) => (t.date!.validFor = { one: '{count} день', other: '{count} дней' }),
			problem: /date\.validFor: plural forms one, other; ru needs few, many, one, other/,
		},
		// A message copied from English.
		{
			what: 'untranslated',
			change: (t) => (t.photo!.choose = 'Choose a photo'),
			problem: /photo\.choose: the same as in English/,
		},
	])('$what', ({ change, problem }) => {
		const problems = tableProblems('ru', edit(change), en);
		expect(
			problems.some((p) => problem.test(p)),
			problems.join('\n'),
		).toBe(true);
	});

	test('a message of allowed words only may stay as it is (ISO 8601)', () => {
		const table = edit((t) => ((t.date!.formats as Record<string, string>).iso = 'ISO 8601'));
		expect(tableProblems('ru', table, en)).toEqual([]);
	});
});

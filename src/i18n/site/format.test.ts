import { describe, expect, test } from 'vitest';
import { formatMessage, formatPlural, placeholdersOf, splitAround, type PluralMessage } from './format';

describe('formatMessage', () => {
	test('fills named placeholders, in any order, any number of times', () => {
		expect(formatMessage('{a} and {b}, again {a}', { a: 'x', b: 'y' })).toBe('x and y, again x');
	});

	test("writes numbers the language's way", () => {
		expect(formatMessage('{count} pages', { count: 12345 }, 'en')).toBe('12,345 pages');
		expect(formatMessage('{count} páginas', { count: 12345 }, 'es')).toBe('12.345 páginas');
		// Arabic digits as Intl writes them for `ar`
		expect(formatMessage('{count}', { count: 3 }, 'ar')).toBe(new Intl.NumberFormat('ar').format(3));
	});

	test('a placeholder without a value throws with the message', () => {
		expect(() => formatMessage('No page matches “{query}”.', {})).toThrow(/\{query\}/);
	});

	test('text that only looks like a placeholder is left alone', () => {
		expect(formatMessage('{ not one } {1x}', {})).toBe('{ not one } {1x}');
	});
});

describe('formatPlural', () => {
	const english: PluralMessage = { one: '{count} page matches.', other: '{count} pages match.' };
	const russian: PluralMessage = {
		one: '{count} страница',
		few: '{count} страницы',
		many: '{count} страниц',
		other: '{count} страницы',
	};
	const arabic: PluralMessage = {
		zero: 'لا صفحات',
		one: 'صفحة واحدة',
		two: 'صفحتان',
		few: '{count} صفحات',
		many: '{count} صفحة',
		other: '{count} صفحة',
	};

	test.each<{ message: PluralMessage; lang: string; count: number; expected: string }>([
		{ message: english, lang: 'en', count: 1, expected: '1 page matches.' },
		{ message: english, lang: 'en', count: 2, expected: '2 pages match.' },
		{ message: english, lang: 'en', count: 0, expected: '0 pages match.' },
		// Russian: 1, 21 → one; 2–4, 22 → few; 5–20 → many
		{ message: russian, lang: 'ru', count: 21, expected: '21 страница' },
		{ message: russian, lang: 'ru', count: 3, expected: '3 страницы' },
		{ message: russian, lang: 'ru', count: 11, expected: '11 страниц' },
		// Arabic has all six; `one` and `two` may leave the number out
		{ message: arabic, lang: 'ar', count: 2, expected: 'صفحتان' },
		{ message: arabic, lang: 'ar', count: 0, expected: 'لا صفحات' },
	])('$lang, $count → $expected', ({ message, lang, count, expected }) => {
		expect(formatPlural(message, count, {}, lang)).toBe(expected);
	});

	test("falls back to `other` when a table lacks the form the language's rules pick", () => {
		expect(formatPlural({ other: '{count} páginas' }, 1000000, {}, 'es')).toBe('1.000.000 páginas');
	});

	test('fills the other placeholders too', () => {
		const message: PluralMessage = { one: '{count} in {category}', other: '{count} in {category}' };
		expect(formatPlural(message, 4, { category: 'Glare' })).toBe('4 in Glare');
	});
});

describe('placeholdersOf and splitAround', () => {
	test('lists each placeholder once, in order', () => {
		expect(placeholdersOf('{b} {a} {b}')).toEqual(['b', 'a']);
		expect(placeholdersOf('none')).toEqual([]);
	});

	test('splits a sentence around its link', () => {
		expect(splitAround('Read {link} first.', 'link')).toEqual(['Read ', ' first.']);
		expect(() => splitAround('Read it.', 'link')).toThrow(/\{link\}/);
	});
});

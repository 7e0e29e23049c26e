import { describe, expect, test } from 'vitest';
import { CheckerText, placeholders } from './format';

describe('CheckerText', () => {
	const en = new CheckerText('en');

	test('fills placeholders; numbers through Intl, strings as they are', () => {
		expect(en.format('Only its first {max} characters of {name}.', { max: 1000, name: '1990' })).toBe(
			'Only its first 1,000 characters of 1990.',
		);
		expect(new CheckerText('es').format('{n}', { n: 12345 })).toBe('12.345');
	});

	test('a placeholder without a value is left empty, and unknown text stays', () => {
		expect(en.format('a {missing} b {{x}}', {})).toBe('a  b {}');
	});

	test.each<{ locale: 'en' | 'ru' | 'ar'; count: number; form: string }>([
		// English: one and other.
		{ locale: 'en', count: 1, form: 'one' },
		{ locale: 'en', count: 0, form: 'other' },
		// Russian: 21 takes the "one" form, 3 "few", 11 "many".
		{ locale: 'ru', count: 21, form: 'one' },
		{ locale: 'ru', count: 3, form: 'few' },
		{ locale: 'ru', count: 11, form: 'many' },
		// Arabic: six forms.
		{ locale: 'ar', count: 0, form: 'zero' },
		{ locale: 'ar', count: 2, form: 'two' },
		{ locale: 'ar', count: 5, form: 'few' },
		{ locale: 'ar', count: 11, form: 'many' },
		{ locale: 'ar', count: 100, form: 'other' },
	])('$locale: $count takes the $form form', ({ locale, count, form }) => {
		const message = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
		expect(new CheckerText(locale).form(message, count)).toBe(form);
	});

	test('a missing plural category falls back to other', () => {
		expect(new CheckerText('ru').plural({ one: '{count} день', other: '{count} дня' }, 5)).toBe('5 дня');
	});

	test('plural fills {count} and the other placeholders', () => {
		expect(en.plural({ one: '{count} day in {where}', other: '{count} days in {where}' }, 3, { where: 'March' })).toBe(
			'3 days in March',
		);
		expect(en.text('plain {x}', { x: 'y' }, 5)).toBe('plain y');
	});

	test('dates are day first in English, in words, whatever the time zone', () => {
		expect(en.date('1990-01-12')).toBe('12 January 1990');
		expect(new CheckerText('es').date('1990-01-12')).toBe('12 de enero de 1990');
		expect(en.monthYear(1990, 2)).toBe('February 1990');
		// Years below 100 are not moved into the 1900s.
		expect(en.date('0050-03-01')).toMatch(/^1 March 50$/);
		expect(en.date('not a date')).toBe('not a date');
	});

	test('lists and language names are in the reader language', () => {
		expect(en.list(['Ukrainian', 'Belarusian'])).toBe('Ukrainian and Belarusian');
		expect(en.languageName('UK')).toBe('Ukrainian');
		expect(new CheckerText('es').languageName('UK')).toBe('ucraniano');
	});

	test('Arabic is right to left', () => {
		expect(new CheckerText('ar').dir).toBe('rtl');
		expect(new CheckerText('ar').lang).toBe('ar');
	});
});

describe('placeholders', () => {
	test('of a plain message, in order of first use', () => {
		expect(placeholders('{b} and {a} and {b}')).toEqual(['b', 'a']);
	});
	test('of every form of a plural message', () => {
		expect(placeholders({ one: 'one day', other: '{count} days in {month}' })).toEqual(['count', 'month']);
	});
});

/**
 * Property tests: dates written by `Intl.DateTimeFormat` in the supported locales and calendars
 * read back to themselves; random text never throws.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkDocumentDates } from './document-checks';
import { compareDates } from './compare';
import { daysBetween } from './iso-date';
import { parseDate } from './parse';
import type { FormOrder } from './types';

/** Today for the round trip: two-digit birth years 31-99 are 19YY and 00-30 are 20YY. */
const ROUND_TRIP_TODAY = '2030-12-31';

interface Style {
	locale: string;
	style: 'long' | 'medium' | 'short';
	order: FormOrder;
}

const styles = (locale: string, order: FormOrder, list: Style['style'][] = ['long', 'medium', 'short']): Style[] =>
	list.map((style) => ({ locale, style, order }));

const STYLES: Style[] = [
	...styles('en-US', 'MDY'),
	...styles('en-GB', 'DMY'),
	...[
		'fr-FR',
		'es-ES',
		'pt-BR',
		'de-DE',
		'it-IT',
		'nl-NL',
		'tr-TR',
		'ru-RU',
		'uk-UA',
		'id-ID',
		'ms-MY',
		'vi-VN',
	].flatMap((locale) => styles(locale, 'DMY')),
	...styles('ja-JP', 'YMD'),
	...styles('zh-CN', 'YMD'),
	...styles('ko-KR', 'YMD'),
	...styles('ja-JP-u-ca-japanese', 'YMD'),
	// Thai short dates carry two-digit Buddhist years (12/1/33), which cannot be told from
	// Gregorian ones without knowing the document is Thai: long and medium only.
	...styles('th-TH', 'DMY', ['long', 'medium']),
	...styles('fa-IR', 'YMD'),
	...styles('ar-SA-u-ca-islamic-umalqura', 'DMY'),
	...styles('en-u-ca-islamic-umalqura', 'MDY'),
	...styles('en-u-ca-persian', 'MDY'),
	...styles('en-u-ca-buddhist', 'MDY'),
	...styles('ar-EG', 'DMY'),
];

const formatters = new Map<string, Intl.DateTimeFormat>();
function format({ locale, style }: Style, y: number, m: number, d: number): string {
	const key = `${locale}|${style}`;
	let formatter = formatters.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
		formatters.set(key, formatter);
	}
	// Date.UTC from numbers: no string is parsed and the time zone is fixed to UTC.
	return formatter.format(Date.UTC(y, m - 1, d));
}

const isoOf = (y: number, m: number, d: number): string =>
	`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const gregorianDate = fc
	.record({
		y: fc.integer({ min: 1931, max: 2030 }),
		m: fc.integer({ min: 1, max: 12 }),
		d: fc.integer({ min: 1, max: 31 }),
	})
	.filter(({ y, m, d }) => new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d);

describe('Intl.DateTimeFormat output reads back to the same day', () => {
	test.each(STYLES.map((s) => [`${s.locale} ${s.style}`, s] as const))('%s', (_, style) => {
		fc.assert(
			fc.property(gregorianDate, ({ y, m, d }) => {
				const text = format(style, y, m, d);
				const result = parseDate(text, { order: style.order, role: 'birth', today: ROUND_TRIP_TODAY });
				if (!result.ok) throw new Error(`${text}: ${result.problem}`);
				const first = result.readings[0];
				if (!first) throw new Error(`${text}: no reading`);
				// Hijri: ICU's and the library's Umm al-Qura tables may differ by a day, as documents do.
				expect(Math.abs(daysBetween(isoOf(y, m, d), first.iso)), text).toBeLessThanOrEqual(first.uncertainDays);
			}),
			{ numRuns: 60 },
		);
	});
});

const dateAlphabet = fc.constantFrom(
	...'0123456789/.-, 年月日년월일<XxHhSsRr元平成令和'.split(''),
	...[
		'Jan',
		'JANV',
		'de',
		'th',
		'พ.ศ.',
		'هـ',
		'AH',
		'BE',
		'٣',
		'۷',
		'๕',
		'１',
		'\u200f',
		' ',
		'T10:00',
		'ngày',
		'tháng',
		'Heisei',
	],
);

describe('random text never throws', () => {
	test('any string up to 300 characters', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (text) => {
				parseDate(text);
				parseDate(text, { order: 'MDY', role: 'expiry', today: '2026-05-01' });
			}),
			{ numRuns: 2000 },
		);
	});
	test('date-like noise', () => {
		fc.assert(
			fc.property(fc.array(dateAlphabet, { maxLength: 40 }), (pieces) => {
				const text = pieces.join('');
				const result = parseDate(text, { role: 'birth', today: '2026-05-01' });
				if (result.ok) {
					for (const r of result.readings) expect(r.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				} else {
					expect(typeof result.problem).toBe('string');
				}
				compareDates(text, text.split('').reverse().join(''), { today: '2026-05-01' });
				checkDocumentDates({ birth: text, issue: text, expiry: text, today: '2026-05-01' });
			}),
			{ numRuns: 3000 },
		);
	});
});

import { describe, expect, test } from 'vitest';
import { parseDate } from './parse';
import { TODAY, isos } from './test-helpers';
import type { CalendarName } from './calendars';
import type { DateFormat, DateRole, FieldOrder, FormOrder } from './types';

interface Row {
	text: string;
	/** Every reading, likely first. */
	expected: string[];
	order?: FieldOrder;
	format?: DateFormat;
	calendar?: CalendarName;
	formOrder?: FormOrder;
	role?: DateRole;
}

function check({ text, expected, order, format, calendar, formOrder, role }: Row): void {
	const result = parseDate(text, {
		today: TODAY,
		...(formOrder ? { order: formOrder } : {}),
		...(role ? { role } : {}),
	});
	expect(result.ok ? result.readings.map((r) => r.iso) : result.problem).toEqual(expected);
	if (!result.ok) return;
	const first = result.readings[0];
	if (order) expect(first?.order).toBe(order);
	if (format) expect(first?.format).toBe(format);
	if (calendar) expect(first?.calendar).toBe(calendar);
	expect(result.ambiguous).toBe(expected.length > 1);
}

describe.each<Row>([
	// Day first with slashes: most of the world; a day over 12 leaves one reading.
	{ text: '13/01/1990', expected: ['1990-01-13'], order: 'DMY', format: 'numeric' },
	// US month first: only one order makes sense when the middle number is over 12.
	{ text: '01/13/1990', expected: ['1990-01-13'], order: 'MDY' },
	// German, Russian, Turkish dots.
	{ text: '13.01.1990', expected: ['1990-01-13'], order: 'DMY' },
	// Dutch dashes (Intl nl-NL short: 12-01-1990).
	{ text: '13-01-1990', expected: ['1990-01-13'] },
	// Spaces, as on ICAO numeric VIZ dates (`12 07 1942`).
	{ text: '13 01 1990', expected: ['1990-01-13'] },
	// Year first with slashes (Japan, China: Intl ja-JP medium 1990/01/12).
	{ text: '1990/01/13', expected: ['1990-01-13'], order: 'YMD' },
	// Korean medium style: dots and spaces with a trailing dot (Intl ko-KR: 1990. 1. 12.).
	{ text: '1990. 1. 12.', expected: ['1990-01-12'], order: 'YMD' },
	// Single digits without padding.
	{ text: '5/9/1990', expected: ['1990-09-05', '1990-05-09'] },
	// Mixed separators and stray spaces are read the same way.
	{ text: ' 13 / 01 - 1990 ', expected: ['1990-01-13'] },
	// Comma after the month name, as US dates are written.
	{ text: 'January 13, 1990', expected: ['1990-01-13'], order: 'MDY', format: 'month-name' },
])('numeric and separators: $text', (row) => test('reads', () => check(row)));

describe.each<Row>([
	// ISO 8601 extended form.
	{ text: '1990-01-12', expected: ['1990-01-12'], format: 'iso', order: 'YMD' },
	// ISO 8601 with a time and zone, pasted from an API: the time is not part of the date.
	{ text: '1990-01-12T10:00:00Z', expected: ['1990-01-12'], format: 'iso' },
	// ISO 8601 basic form YYYYMMDD (Signicat's identity matching normalises dates to this form).
	{ text: '19900112', expected: ['1990-01-12'], format: 'compact', order: 'YMD' },
	// Eight digits typed day first with no separators.
	{ text: '12011990', expected: ['1990-01-12', '1990-12-01'], format: 'compact', order: 'DMY' },
	// MRZ YYMMDD (ICAO 9303 §4.8: 12 July 1942 is 420712), birth date.
	{ text: '420712', expected: ['1942-07-12'], format: 'mrz', role: 'birth' },
	// MRZ date of birth from the TD1 check-digit example of ICAO Doc 9303 (line 2 `3407127M9507122YTO…`).
	{ text: '340712', expected: ['1934-07-12'], format: 'mrz', role: 'birth' },
	// MRZ expiry from the Utopia specimen: 120415 is 15 April 2012 (expiry takes 20YY).
	// Six digits can also be DDMMYY and MMDDYY: those stay as less likely readings.
	{ text: '120415', expected: ['2012-04-15', '2015-04-12', '2015-12-04'], format: 'mrz', role: 'expiry' },
	// Six digits that are no MRZ date (day 90) but a day-first date.
	{ text: '120190', expected: ['1990-01-12', '1990-12-01'], format: 'compact', order: 'DMY', role: 'birth' },
])('ISO, compact and MRZ: $text', (row) => test('reads', () => check(row)));

describe.each<Row>([
	// Birth date: the century that puts it in the past.
	{ text: '12/01/90', expected: ['1990-01-12', '1990-12-01'], role: 'birth' },
	// A birth year 05 is 2005 when that is already past … (all-two-digit dates can also be
	// year first, as Korean and Japanese short dates are: that reading comes last)
	{ text: '13/01/05', expected: ['2005-01-13', '2013-01-05'], role: 'birth' },
	// … and 1930 when 2030 is still to come.
	{ text: '13/01/30', expected: ['1930-01-13', '2013-01-30'], role: 'birth' },
	// Expiry: 20YY (ICAO Doc 9303 gives no century rule; own inference: a document in use expires this century).
	{ text: '13/01/30', expected: ['2030-01-13', '2013-01-30'], role: 'expiry' },
	// Issue date: in the past, like a birth date.
	{ text: '13/01/99', expected: ['1999-01-13'], role: 'issue' },
	// 29 February 00 exists in 2000 (a leap year).
	{ text: '29/02/00', expected: ['2000-02-29'], role: 'birth' },
	// No role: the century nearest today.
	{ text: '13/01/31', expected: ['2031-01-13', '2013-01-31'] },
	{ text: '13/01/90', expected: ['1990-01-13'] },
])('two-digit years: $text ($role)', (row) => test('reads', () => check(row)));

describe.each<Row>([
	// English, full and abbreviated, with and without a period.
	{ text: '12 January 1990', expected: ['1990-01-12'], format: 'month-name', order: 'DMY' },
	{ text: '12 Jan. 1990', expected: ['1990-01-12'] },
	{ text: 'Sept 3, 1990', expected: ['1990-09-03'], order: 'MDY' },
	{ text: '1990 Jan 12', expected: ['1990-01-12'], order: 'YMD' },
	// Upper case, as printed on passports.
	{ text: '12 JAN 1990', expected: ['1990-01-12'] },
	// Month name between slashes (chrono en_slash: 8/Oct/2012).
	{ text: '8/Oct/2012', expected: ['2012-10-08'] },
	// French: janv., févr. (CLDR), with and without accents; "1er".
	{ text: '12 janv. 1990', expected: ['1990-01-12'] },
	{ text: '12 FÉVR 1990', expected: ['1990-02-12'] },
	{ text: '12 fevr 1990', expected: ['1990-02-12'] },
	{ text: '1er août 1990', expected: ['1990-08-01'] },
	// Spanish with "de".
	{ text: '12 de enero de 1990', expected: ['1990-01-12'] },
	{ text: '3 setiembre 1990', expected: ['1990-09-03'] },
	// Portuguese: "1º de janeiro", abbreviation with a period (Intl pt-BR medium).
	{ text: '1º de janeiro de 1990', expected: ['1990-01-01'] },
	{ text: '12 de jan. de 1990', expected: ['1990-01-12'] },
	// German: day with a period, Austrian "Jänner".
	{ text: '12. Januar 1990', expected: ['1990-01-12'] },
	{ text: '12. Jänner 1990', expected: ['1990-01-12'] },
	{ text: '3. März 1990', expected: ['1990-03-03'] },
	// Italian.
	{ text: '12 gennaio 1990', expected: ['1990-01-12'] },
	{ text: '12 LUG 1942', expected: ['1942-07-12'] },
	// Dutch.
	{ text: '12 maart 1990', expected: ['1990-03-12'] },
	{ text: '12 mrt 1990', expected: ['1990-03-12'] },
	// Turkish, upper case with Ş and dotless ı.
	{ text: '12 ŞUBAT 1990', expected: ['1990-02-12'] },
	{ text: '12 MAYIS 1990', expected: ['1990-05-12'] },
	{ text: '12 Ocak 1990', expected: ['1990-01-12'] },
	// Russian: genitive (as in dates) and nominative, with "г.".
	{ text: '12 января 1990 г.', expected: ['1990-01-12'] },
	{ text: '12 янв. 1990 г.', expected: ['1990-01-12'] },
	{ text: 'май 12 1990', expected: ['1990-05-12'] },
	// Ukrainian: genitive with "р.".
	{ text: '12 січня 1990 р.', expected: ['1990-01-12'] },
	{ text: '12 серп. 1990 р.', expected: ['1990-08-12'] },
	// Indonesian and Malay.
	{ text: '12 Agustus 1990', expected: ['1990-08-12'] },
	{ text: '17 Ogos 1990', expected: ['1990-08-17'] },
	{ text: '1 Mac 1990', expected: ['1990-03-01'] },
	// Vietnamese: the month as "tháng 1" / "thg 1" (Intl vi-VN) and as a word.
	{ text: '12 tháng 1, 1990', expected: ['1990-01-12'], format: 'marked' },
	{ text: '12 thg 8, 1990', expected: ['1990-08-12'] },
	{ text: 'ngày 12 tháng 1 năm 1990', expected: ['1990-01-12'] },
	{ text: '12 tháng mười hai 1990', expected: ['1990-12-12'] },
	// Arabic Gregorian month names (Egypt, Gulf) and Levantine names.
	{ text: '12 يناير 1990', expected: ['1990-01-12'] },
	{ text: '12 كانون الثاني 1990', expected: ['1990-01-12'] },
	// A weekday before the date is skipped and reported.
	{ text: 'Friday, January 12, 1990', expected: ['1990-01-12'] },
])('month names: $text', (row) => test('reads', () => check(row)));

describe.each<Row>([
	// ICAO 9303 Part 3 §3.8, the standard's own examples (all 12 July 1942).
	{ text: '12 LUG/JUIL 1942', expected: ['1942-07-12'] },
	{ text: '12 LUG/JUIL 42', expected: ['1942-07-12'], role: 'birth' },
	{ text: '12 July 1942', expected: ['1942-07-12'] },
	{ text: '12 July 42', expected: ['1942-07-12'], role: 'birth' },
	{ text: '12JUIL1942', expected: ['1942-07-12'] },
	{ text: '12JUIL42', expected: ['1942-07-12'], role: 'birth' },
	{ text: '12JUL 1942', expected: ['1942-07-12'] },
	{ text: '12JUL 42', expected: ['1942-07-12'], role: 'birth' },
	{ text: '12 07 1942', expected: ['1942-07-12', '1942-12-07'] },
	{ text: '12.07.1942', expected: ['1942-07-12', '1942-12-07'] },
	{ text: '12 07 42', expected: ['1942-07-12', '1942-12-07'], role: 'birth' },
	{ text: '12.07.42', expected: ['1942-07-12', '1942-12-07'], role: 'birth' },
	// ICAO specimen page.
	{ text: '12 AUG/AOÛT 74', expected: ['1974-08-12'], role: 'birth' },
	// Bilingual forms that chrono-node 2.10 misreads (12 JAN/JANV 1990 as 12 January of the current year).
	{ text: '12 JAN/JANV 1990', expected: ['1990-01-12'] },
	{ text: '12 FÉV/FEB 1990', expected: ['1990-02-12'] },
	{ text: '12 ENE/JAN 1990', expected: ['1990-01-12'] },
])('ICAO VIZ examples: $text', (row) => test('reads', () => check(row)));

describe.each<Row>([
	// English ordinals.
	{ text: '12th January 1990', expected: ['1990-01-12'] },
	{ text: 'January 1st, 1990', expected: ['1990-01-01'] },
	{ text: '2nd Feb 1990', expected: ['1990-02-02'] },
	{ text: '3rd March 1990', expected: ['1990-03-03'] },
])('ordinals: $text', (row) => test('reads', () => check(row)));

describe.each<Row>([
	// Chinese / Japanese units.
	{ text: '1990年1月12日', expected: ['1990-01-12'], format: 'marked', order: 'YMD' },
	// Korean units with spaces (Intl ko-KR long).
	{ text: '1990년 1월 12일', expected: ['1990-01-12'], format: 'marked' },
	// Full-width digits (chrono ja_standard: ２０１３年１２月２６日).
	{ text: '２０１３年１２月２６日', expected: ['2013-12-26'] },
	// Japanese eras: kanji, one-letter with dots, 元年 (first year), across the Shōwa/Heisei change.
	{ text: '平成2年1月12日', expected: ['1990-01-12'], calendar: 'japanese' },
	{ text: 'H2.01.12', expected: ['1990-01-12'], calendar: 'japanese', order: 'YMD' },
	{ text: 'H2/1/12', expected: ['1990-01-12'], calendar: 'japanese' },
	{ text: '令和元年5月1日', expected: ['2019-05-01'], calendar: 'japanese' },
	{ text: '平成元年1月8日', expected: ['1989-01-08'] },
	{ text: '昭和64年1月7日', expected: ['1989-01-07'] },
	{ text: 'S64.1.7', expected: ['1989-01-07'] },
	// English era after the year (Intl en-u-ca-japanese: "January 12, 2 Heisei").
	{ text: 'January 12, 2 Heisei', expected: ['1990-01-12'] },
])('CJK, Korean and Japanese eras: $text', (row) => test('reads', () => check(row)));

describe.each<Row>([
	// Thai month names with Buddhist-era years (Intl th-TH).
	{ text: '12 มกราคม 2533', expected: ['1990-01-12'], calendar: 'buddhist' },
	{ text: '12 ม.ค. 2533', expected: ['1990-01-12'], calendar: 'buddhist' },
	{ text: '12 มกราคม พ.ศ. 2533', expected: ['1990-01-12'], calendar: 'buddhist' },
	// Thai digits.
	{ text: '๑๒ มกราคม ๒๕๓๓', expected: ['1990-01-12'] },
	// A Buddhist-era year in a numeric date (Thai IDs): the year's size tells the calendar.
	{ text: '13/01/2533', expected: ['1990-01-13'], calendar: 'buddhist' },
	// English marker.
	{ text: 'January 12, 2533 BE', expected: ['1990-01-12'], calendar: 'buddhist' },
])('Thai Buddhist era: $text', (row) => test('reads', () => check(row)));

describe.each<Row>([
	// Solar Hijri: Persian month name and digits (Intl fa-IR long).
	{ text: '۲۲ دی ۱۳۶۸', expected: ['1990-01-12'], calendar: 'persian' },
	// Latin month name with "AP" (Intl en-u-ca-persian).
	{ text: 'Dey 22, 1368 AP', expected: ['1990-01-12'], calendar: 'persian' },
	// Numeric year-first with Persian digits (Intl fa-IR short): Persian first, Hijri as a second reading.
	{ text: '۱۳۶۸/۱۰/۲۲', expected: ['1990-01-12', '1949-08-17'], calendar: 'persian' },
	// With the Solar Hijri marker ه.ش. only the Persian reading stays.
	{ text: '۱۳۶۸/۱۰/۲۲ ه.ش.', expected: ['1990-01-12'], calendar: 'persian' },
	// dateparser tests/test_jalali.py: "یکشنبه سوم فروردین ۱۳۹۳" is 2014-03-23 (here with digits).
	{ text: '۳ فروردین ۱۳۹۳', expected: ['2014-03-23'] },
	// dateparser tests/test_jalali.py: "پنجشنبه 11 تیر 1394" is 2015-07-02 (weekday skipped).
	{ text: 'پنجشنبه 11 تیر 1394', expected: ['2015-07-02'] },
])('Persian (Solar Hijri): $text', (row) => test('reads', () => check(row)));

describe.each<Row>([
	// Umm al-Qura 1410-06-14 is 1990-01-12 (@internationalized/date), Arabic month name and marker (Intl ar-SA).
	{ text: '١٤ جمادى الآخرة ١٤١٠ هـ', expected: ['1990-01-12'], calendar: 'islamic-umalqura' },
	// Numeric with the marker and bidi marks (Intl ar-SA-u-ca-islamic-umalqura short).
	{ text: '١٤‏/٦‏/١٤١٠ هـ', expected: ['1990-01-12'] },
	// English names (Intl en-u-ca-islamic-umalqura long and short).
	{ text: 'Jumada II 14, 1410 AH', expected: ['1990-01-12'] },
	{ text: 'Jum. II 14, 1410 AH', expected: ['1990-01-12'] },
	{ text: 'Rabiʻ I 8, 1422 AH', expected: ['2001-05-31'] },
	// Indonesian form and "H" marker (Intl id-u-ca-islamic-umalqura).
	{ text: '8 Rabiulawal 1422 H', expected: ['2001-05-31'] },
	// Turkish names, after the era word (Intl tr-u-ca-islamic-umalqura long and medium), and as Turkish calendars print them.
	{ text: 'Hicri 14 Cemaziyelahir 1410', expected: ['1990-01-12'], calendar: 'islamic-umalqura' },
	{ text: 'Hicri 14 C.ahir 1410', expected: ['1990-01-12'] },
	{ text: '8 Rebiülevvel 1422', expected: ['2001-05-31'] },
	// Persian-script Hijri with ه‍.ق. and a zero-width non-joiner inside the month (Intl fa-u-ca-islamic-umalqura).
	{ text: '۸ ربیع‌الاول ۱۴۲۲ ه‍.ق.', expected: ['2001-05-31'] },
	// Arabic-Indic digits without a marker, day first: Hijri first, Persian second.
	{ text: '١٤/٠٦/١٤١٠', expected: ['1990-01-12', '2031-09-05'], calendar: 'islamic-umalqura' },
])('Hijri: $text', (row) => test('reads', () => check(row)));

describe('Hijri readings say they may be a day off', () => {
	test('uncertainDays is 1 for Hijri and 0 for Gregorian', () => {
		const hijri = parseDate('14/6/1410 AH');
		const gregorian = parseDate('12/01/1990');
		expect(hijri.ok && hijri.readings[0]?.uncertainDays).toBe(1);
		expect(gregorian.ok && gregorian.readings[0]?.uncertainDays).toBe(0);
	});
});

describe.each<{ text: string }>([
	// Full-width digits and slashes.
	{ text: '１２／０１／１９９０' },
	// Persian digits.
	{ text: '۱۲/۰۱/۱۹۹۰' },
	// Arabic-Indic digits with right-to-left marks (Intl ar-SA medium).
	{ text: '١٢‏/٠١‏/١٩٩٠' },
	// Digits of several scripts mixed in one date.
	{ text: '١٢/01/۱۹۹۰' },
	// No-break and thin spaces.
	{ text: '12\u00a001\u2009 1990' },
])('digits and spaces of other scripts: $text', ({ text }) => {
	test('reads as 12 January 1990 day first', () => {
		expect(isos(text)).toEqual(['1990-01-12', '1990-12-01']);
	});
});

/**
 * Cases taken from public date-parser test suites, with their expected dates. Where the peer
 * relies on a locale setting we pass the matching `order`; where it guesses a missing year we
 * expect `incomplete`, since a date on an ID always has one.
 */
import { describe, expect, test } from 'vitest';
import { isos } from './test-helpers';
import type { FormOrder } from './types';

interface Row {
	text: string;
	expected: string[] | string;
	order?: FormOrder;
}

const check = ({ text, expected, order }: Row): void => {
	const result = isos(text, order ? { order } : {});
	expect(typeof expected === 'string' ? result : Array.isArray(result) ? result.slice(0, 1) : result).toEqual(expected);
};

// wanasit/chrono · test/en/en_slash.test.ts (MIT)
describe.each<Row>([
	{ text: '8/10/2012', order: 'MDY', expected: ['2012-08-10'] },
	// chrono.en.GB reads the same text day first.
	{ text: '8/10/2012', order: 'DMY', expected: ['2012-10-08'] },
	{ text: ': 8/1/2012', order: 'MDY', expected: ['2012-08-01'] },
	{ text: '2/28/2014', expected: ['2014-02-28'] },
	{ text: '12-30-16', expected: ['2016-12-30'] },
	{ text: '30-12-16', expected: ['2016-12-30'] },
	{ text: '8/Oct/2012', expected: ['2012-10-08'] },
	{ text: '2012/8/10', expected: ['2012-08-10'] },
	{ text: '2012/Aug/10', expected: ['2012-08-10'] },
	{ text: '2012/aug/10', expected: ['2012-08-10'] },
	{ text: '2014/12/28', expected: ['2014-12-28'] },
	// "Splitter variances patterns": all 25 May 2015.
	{ text: '2015-05-25', expected: ['2015-05-25'] },
	{ text: '2015/05/25', expected: ['2015-05-25'] },
	{ text: '2015.05.25', expected: ['2015-05-25'] },
	{ text: '05-25-2015', expected: ['2015-05-25'] },
	{ text: '05/25/2015', expected: ['2015-05-25'] },
	{ text: '05.25.2015', expected: ['2015-05-25'] },
	{ text: '25/05/2015', expected: ['2015-05-25'] },
	// "Impossible Dates and Unexpected Results".
	{ text: '8/32/2014', expected: 'day-out-of-range' },
	{ text: '2/29/2014', expected: 'no-such-day' },
	{ text: '2014/22/29', expected: 'month-out-of-range' },
	{ text: '2014/13/22', expected: 'month-out-of-range' },
	{ text: '80-32-89-89', expected: 'not-a-date' },
	// chrono guesses the year; an ID date always has one.
	{ text: '8/10', expected: 'incomplete' },
	{ text: '04/2016', expected: 'incomplete' },
])('chrono en_slash: $text', (row) => test('reads', () => check(row)));

// wanasit/chrono · test/ja/ja_standard.test.ts (MIT)
describe.each<Row>([
	{ text: '主な株主（2012年3月31日現在）', expected: ['2012-03-31'] },
	{ text: '2012年９月3日', expected: ['2012-09-03'] },
	{ text: '2020年2月29日', expected: ['2020-02-29'] },
	{ text: '平成26年12月29日', expected: ['2014-12-29'] },
	{ text: '昭和６４年１月７日', expected: ['1989-01-07'] },
	{ text: '令和元年5月1日', expected: ['2019-05-01'] },
	{ text: '令和2年5月1日', expected: ['2020-05-01'] },
	{ text: '7月27日', expected: 'incomplete' },
])('chrono ja_standard: $text', (row) => test('reads', () => check(row)));

// scrapinghub/dateparser · tests/test_hijri.py (BSD-3-Clause); the tests set DATE_ORDER = 'DMY'.
describe.each<Row>([
	{ text: '14-09-1432 هـ, 09:40 صباحاً', expected: ['2011-08-14'] },
	{ text: '20-02-1430 هـ, 07:21 صباحاً', expected: ['2009-02-15'] },
	{ text: '11-08-1434 هـ, 09:38 صباحاً', expected: ['2013-06-20'] },
	{ text: ' 17-01-1437 هـ 08:30 مساءً', expected: ['2015-10-30'] },
	{ text: '29-02-1433 هـ, 06:22 صباحاً', expected: ['2012-01-23'] },
	// A 30th where Umm al-Qura has 29 days: read as the day after the 29th.
	{ text: '30-02-1433 هـ', expected: ['2012-01-24'] },
	{ text: '04-03-1433 هـ, 10:08 مساءً', order: 'DMY', expected: ['2012-01-27'] },
])('dateparser test_hijri: $text', (row) => test('reads', () => check(row)));

// scrapinghub/dateparser · tests/test_jalali.py (BSD-3-Clause): the cases written with digits.
describe.each<Row>([
	{ text: 'پنجشنبه ۲۶ شهريور ۱۳۹۴ ساعت ۹:۳۲', expected: ['2015-09-17'] },
	{ text: 'دوشنبه ۲۳ شهريور ۱۳۹۴ ساعت ۱۹:۱۱', expected: ['2015-09-14'] },
	{ text: 'پنجشنبه 11 تیر 1394', expected: ['2015-07-02'] },
	{ text: 'سه شنبه 17 شهریور 1394', expected: ['2015-09-08'] },
])('dateparser test_jalali: $text', (row) => test('reads', () => check(row)));

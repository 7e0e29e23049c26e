/**
 * The words around a date that are not months: little words to skip, calendar markers, Japanese
 * era names, ordinal suffixes and the words that mark which number is the day, month or year.
 * Data only; `parts.ts` reads it. Spellings are folded the same way as the month lexicon.
 */

/** The calendars a marker or era can name. */
export type MarkedCalendar = 'gregory' | 'buddhist' | 'persian' | 'islamic';

/**
 * Words to skip: prepositions inside dates ("12 de enero de 1990", "le 12 janvier"), the
 * year abbreviations after a year ("1990 г.", "1990 р."), and the Indonesian "tanggal" (date).
 * Sources: the `skip` lists of dateparser es.py, fr.py, ru.py, uk.py, id.py.
 */
export const FILLER_WORDS: readonly string[] = [
	'de',
	'del',
	'of',
	'the',
	'le',
	'el',
	'den',
	'der',
	'am',
	'г',
	'гг',
	'год',
	'года',
	'р',
	'рік',
	'року',
	'tanggal',
	'tgl',
	'hicri',
];

/**
 * Calendar markers. Buddhist era: Thai "พ.ศ." and English "BE"; Hijri: Arabic "هـ", Persian
 * "ه‍.ق.", Indonesian/Malay "H" (after a year), English "AH"; Solar Hijri: Persian "ه‍.ش.", English
 * "AP"/"SH"; Gregorian: "AD", "CE", Thai "ค.ศ.", Arabic "م". Seen in Intl.DateTimeFormat output
 * (th-TH, ar-SA-u-ca-islamic-umalqura, fa-u-ca-islamic-umalqura, id-u-ca-islamic-umalqura,
 * en-u-ca-persian, en-u-ca-buddhist).
 */
export const CALENDAR_MARKERS: Readonly<Record<string, MarkedCalendar>> = {
	พศ: 'buddhist',
	be: 'buddhist',
	ه: 'islamic',
	هق: 'islamic',
	ah: 'islamic',
	h: 'islamic',
	هجری: 'islamic',
	هجري: 'islamic',
	هش: 'persian',
	ap: 'persian',
	sh: 'persian',
	ad: 'gregory',
	ce: 'gregory',
	คศ: 'gregory',
	م: 'gregory',
};

/** Japanese era names as `@internationalized/date` spells them. */
export type JapaneseEra = 'meiji' | 'taisho' | 'showa' | 'heisei' | 'reiwa';

/**
 * Japanese era names, in kanji, romaji and the one-letter forms printed before numeric dates
 * (`H2.01.12`, `S64.1.7`, Intl 'ja-JP-u-ca-japanese' short: `H2/1/12`). One-letter forms count
 * only when a number follows without a space.
 */
export const ERA_WORDS: Readonly<Record<string, JapaneseEra>> = {
	明治: 'meiji',
	大正: 'taisho',
	昭和: 'showa',
	平成: 'heisei',
	令和: 'reiwa',
	meiji: 'meiji',
	taisho: 'taisho',
	showa: 'showa',
	heisei: 'heisei',
	reiwa: 'reiwa',
	m: 'meiji',
	t: 'taisho',
	s: 'showa',
	h: 'heisei',
	r: 'reiwa',
};

/** Suffixes glued to a day number: 12th, 1st, 1er, 1º (folded to "o"), 2ª ("a"), 3e. */
export const ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th', 'er', 're', 'e', 'eme', 'o', 'a'];

/** Which date field a marker names. */
export type DateField = 'day' | 'month' | 'year';

/**
 * Units written after a number: Chinese/Japanese 年 月 日 and Korean 년 월 일
 * (`1990年1月12日`, `1990년 1월 12일`).
 */
export const UNIT_CHARACTERS: Readonly<Record<string, DateField>> = {
	年: 'year',
	月: 'month',
	日: 'day',
	년: 'year',
	월: 'month',
	일: 'day',
};

/**
 * Words written before a number: Vietnamese "ngày 12 tháng 1 năm 1990" and the short "thg 1"
 * (dateparser vi.py; Intl 'vi-VN' medium: "12 thg 1, 1990").
 */
export const FIELD_PREFIX_WORDS: Readonly<Record<string, DateField>> = {
	ngay: 'day',
	thang: 'month',
	thg: 'month',
	nam: 'year',
};

/** 元年: the first year of a Japanese era, written as a word (令和元年 = Reiwa 1). */
export const FIRST_ERA_YEAR = '元';

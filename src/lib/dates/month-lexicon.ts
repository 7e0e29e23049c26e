/**
 * Month names and abbreviations, as data. Each list holds twelve entries (month 1 first); an entry
 * lists the spellings of that month: full names in the nominative and, where the language has
 * one, the genitive ("12 января"), then abbreviations. Accents, case, periods, spaces inside
 * multi-word names and the Arabic/Persian letter variants are folded away before lookup (see
 * `foldWord`), so `FÉVR.`, `fevr` and `Févr` all find "févr".
 *
 * Typed by hand, not generated: each block merges several sources and adds the variants seen on
 * documents, so no one file reproduces it. Sources, per block:
 * - ICAO Doc 9303 Part 3 (8th ed. 2021) §3.8, Table 1 (EN/FR/ES abbreviations on passports).
 * - scrapinghub/dateparser · dateparser/data/date_translation_data/<locale>.py (BSD-3-Clause),
 *   the "january" … "december" lists of fr, es, pt, de, it, nl, tr, ru, uk, id, ms, vi, th, fa.
 * - CLDR month names as printed by `Intl.DateTimeFormat` (Node 24, ICU 78) for the Persian calendar
 *   in en and fa and the Hijri (islamic-umalqura) calendar in en, ar and tr (month-lexicon.test.ts
 *   checks that every long and short name Intl prints there is found), plus Indonesian Hijri forms
 *   ("Rabiulawal").
 */

/** The calendar a month word belongs to. Thai and Arabic Gregorian names are `gregory`. */
export type LexiconCalendar = 'gregory' | 'persian' | 'islamic';

/** The month words of one language in one calendar. */
export interface MonthNames {
	/** BCP 47 language of the words. */
	readonly language: string;
	readonly calendar: LexiconCalendar;
	/** Twelve entries, month 1 first; each lists that month's spellings. */
	readonly months: readonly (readonly string[])[];
}

/** Every month word the checker knows. */
export const MONTH_NAMES: readonly MonthNames[] = [
	// ICAO Doc 9303 Part 3 Table 1 (EN column) plus the full English names.
	{
		language: 'en',
		calendar: 'gregory',
		months: [
			['January', 'Jan'],
			['February', 'Feb'],
			['March', 'Mar'],
			['April', 'Apr'],
			['May'],
			['June', 'Jun'],
			['July', 'Jul'],
			['August', 'Aug'],
			['September', 'Sep', 'Sept'],
			['October', 'Oct'],
			['November', 'Nov'],
			['December', 'Dec'],
		],
	},
	// dateparser fr.py (+ fr-CA "juill") and ICAO Table 1 (FR column: FÉV, MARS, AVR, JUIN, JUIL, AOÛT).
	{
		language: 'fr',
		calendar: 'gregory',
		months: [
			['janvier', 'janv', 'jan'],
			['février', 'févr', 'fév'],
			['mars'],
			['avril', 'avr'],
			['mai'],
			['juin', 'jun'],
			['juillet', 'juil', 'juill', 'jul'],
			['août', 'aoû'],
			['septembre', 'sept', 'sep'],
			['octobre', 'oct'],
			['novembre', 'nov'],
			['décembre', 'déc'],
		],
	},
	// dateparser es.py (+ es-PE/es-UY "setiembre", "set") and ICAO Table 1 (ES column: ENE, ABR, MAYO, AGO, DIC).
	{
		language: 'es',
		calendar: 'gregory',
		months: [
			['enero', 'ene'],
			['febrero', 'feb'],
			['marzo', 'mar'],
			['abril', 'abr'],
			['mayo', 'may'],
			['junio', 'jun'],
			['julio', 'jul'],
			['agosto', 'ago'],
			['septiembre', 'setiembre', 'sept', 'sep', 'set'],
			['octubre', 'oct'],
			['noviembre', 'nov'],
			['diciembre', 'dic'],
		],
	},
	// dateparser pt.py.
	{
		language: 'pt',
		calendar: 'gregory',
		months: [
			['janeiro', 'jan'],
			['fevereiro', 'fev'],
			['março', 'mar'],
			['abril', 'abr'],
			['maio', 'mai'],
			['junho', 'jun'],
			['julho', 'jul'],
			['agosto', 'ago'],
			['setembro', 'septembro', 'set'],
			['outubro', 'out'],
			['novembro', 'nov'],
			['dezembro', 'dez'],
		],
	},
	// dateparser de.py (+ de-AT "Jänner", "Jän").
	{
		language: 'de',
		calendar: 'gregory',
		months: [
			['Januar', 'Jänner', 'Jan', 'Jän'],
			['Februar', 'Feber', 'Feb'],
			['März', 'Mär', 'Mrz'],
			['April', 'Apr'],
			['Mai'],
			['Juni', 'Jun'],
			['Juli', 'Jul'],
			['August', 'Aug'],
			['September', 'Sep', 'Sept'],
			['Oktober', 'Okt'],
			['November', 'Nov'],
			['Dezember', 'Dez'],
		],
	},
	// dateparser it.py; ICAO's own example `12 LUG/JUIL 1942` uses the Italian abbreviation.
	{
		language: 'it',
		calendar: 'gregory',
		months: [
			['gennaio', 'gen'],
			['febbraio', 'feb'],
			['marzo', 'mar'],
			['aprile', 'apr'],
			['maggio', 'mag'],
			['giugno', 'giu'],
			['luglio', 'lug'],
			['agosto', 'ago'],
			['settembre', 'set'],
			['ottobre', 'ott'],
			['novembre', 'nov'],
			['dicembre', 'dic'],
		],
	},
	// dateparser nl.py.
	{
		language: 'nl',
		calendar: 'gregory',
		months: [
			['januari', 'jan'],
			['februari', 'feb'],
			['maart', 'mrt'],
			['april', 'apr'],
			['mei'],
			['juni', 'jun'],
			['juli', 'jul'],
			['augustus', 'aug'],
			['september', 'sep'],
			['oktober', 'okt'],
			['november', 'nov'],
			['december', 'dec'],
		],
	},
	// dateparser tr.py (the two-letter forms such as "Ka" and "Ha" are left out: too easy to hit by accident).
	{
		language: 'tr',
		calendar: 'gregory',
		months: [
			['Ocak', 'Oca'],
			['Şubat', 'Şub'],
			['Mart', 'Mar'],
			['Nisan', 'Nis'],
			['Mayıs', 'May'],
			['Haziran', 'Haz'],
			['Temmuz', 'Tem'],
			['Ağustos', 'Ağu'],
			['Eylül', 'Eyl'],
			['Ekim', 'Eki'],
			['Kasım', 'Kas'],
			['Aralık', 'Ara'],
		],
	},
	// dateparser ru.py: nominative, genitive ("12 января"), abbreviations.
	{
		language: 'ru',
		calendar: 'gregory',
		months: [
			['январь', 'января', 'янв'],
			['февраль', 'февраля', 'февр', 'фев'],
			['март', 'марта', 'мар'],
			['апрель', 'апреля', 'апр'],
			['май', 'мая'],
			['июнь', 'июня', 'июн'],
			['июль', 'июля', 'июл'],
			['август', 'августа', 'авг'],
			['сентябрь', 'сентября', 'сент', 'сен'],
			['октябрь', 'октября', 'окт'],
			['ноябрь', 'ноября', 'нояб', 'ноя'],
			['декабрь', 'декабря', 'дек'],
		],
	},
	// dateparser uk.py: nominative, genitive ("12 січня"), abbreviations.
	{
		language: 'uk',
		calendar: 'gregory',
		months: [
			['січень', 'січня', 'січ'],
			['лютий', 'лютого', 'лют'],
			['березень', 'березня', 'берез', 'бер'],
			['квітень', 'квітня', 'квіт', 'кві'],
			['травень', 'травня', 'трав', 'тра'],
			['червень', 'червня', 'черв', 'чер'],
			['липень', 'липня', 'лип'],
			['серпень', 'серпня', 'серп', 'сер'],
			['вересень', 'вересня', 'верес', 'вер'],
			['жовтень', 'жовтня', 'жовт', 'жов'],
			['листопад', 'листопада', 'листоп', 'лист', 'лис'],
			['грудень', 'грудня', 'груд', 'гру'],
		],
	},
	// dateparser id.py.
	{
		language: 'id',
		calendar: 'gregory',
		months: [
			['Januari', 'Jan'],
			['Februari', 'Feb'],
			['Maret', 'Mar'],
			['April', 'Apr'],
			['Mei'],
			['Juni', 'Jun'],
			['Juli', 'Jul'],
			['Agustus', 'Agt', 'Agu'],
			['September', 'Sep', 'Sept'],
			['Oktober', 'Okt'],
			['November', 'Nov'],
			['Desember', 'Des'],
		],
	},
	// dateparser ms.py.
	{
		language: 'ms',
		calendar: 'gregory',
		months: [
			['Januari', 'Jan'],
			['Februari', 'Feb'],
			['Mac'],
			['April', 'Apr'],
			['Mei'],
			['Jun'],
			['Julai', 'Jul'],
			['Ogos', 'Ogo'],
			['September', 'Sep'],
			['Oktober', 'Okt'],
			['November', 'Nov'],
			['Disember', 'Dis'],
		],
	},
	// dateparser vi.py ("Tháng một" … "Tháng mười hai"); "tháng giêng" is the traditional first month.
	// "tháng 1" / "thg 1" (a number after the word) is read by the tokenizer's field markers.
	{
		language: 'vi',
		calendar: 'gregory',
		months: [
			['tháng một', 'tháng giêng'],
			['tháng hai'],
			['tháng ba'],
			['tháng tư'],
			['tháng năm'],
			['tháng sáu'],
			['tháng bảy'],
			['tháng tám'],
			['tháng chín'],
			['tháng mười'],
			['tháng mười một'],
			['tháng mười hai', 'tháng chạp'],
		],
	},
	// dateparser th.py; the dotted abbreviations (ม.ค.) fold to the undotted ones (มค).
	{
		language: 'th',
		calendar: 'gregory',
		months: [
			['มกราคม', 'มกรา', 'มค'],
			['กุมภาพันธ์', 'กุมภา', 'กพ'],
			['มีนาคม', 'มีนา', 'มีค'],
			['เมษายน', 'เมษา', 'เมย'],
			['พฤษภาคม', 'พฤษภา', 'พค'],
			['มิถุนายน', 'มิถุนา', 'มิย'],
			['กรกฎาคม', 'กรกฎา', 'กค'],
			['สิงหาคม', 'สิงหา', 'สค'],
			['กันยายน', 'กันยา', 'กย'],
			['ตุลาคม', 'ตุลา', 'ตค'],
			['พฤศจิกายน', 'พฤศจิ', 'พย'],
			['ธันวาคม', 'ธันวา', 'ธค'],
		],
	},
	// dateparser ar.py (Egyptian/Gulf names) and the Levantine names used on Syrian, Jordanian,
	// Lebanese and Iraqi documents.
	{
		language: 'ar',
		calendar: 'gregory',
		months: [
			['يناير', 'كانون الثاني'],
			['فبراير', 'شباط'],
			['مارس', 'آذار'],
			['أبريل', 'ابريل', 'نيسان'],
			['مايو', 'أيار'],
			['يونيو', 'يونيه', 'حزيران'],
			['يوليو', 'يوليه', 'تموز'],
			['أغسطس', 'آب'],
			['سبتمبر', 'أيلول'],
			['أكتوبر', 'تشرين الأول'],
			['نوفمبر', 'تشرين الثاني'],
			['ديسمبر', 'كانون الأول'],
		],
	},
	// dateparser fa.py (Gregorian month names in Persian).
	{
		language: 'fa',
		calendar: 'gregory',
		months: [
			['ژانویه', 'ژانویهٔ'],
			['فوریه', 'فوریهٔ'],
			['مارس'],
			['آوریل'],
			['مه', 'مهٔ'],
			['ژوئن'],
			['ژوئیه', 'ژوئیهٔ', 'جولای'],
			['اوت'],
			['سپتامبر'],
			['اکتبر'],
			['نوامبر'],
			['دسامبر'],
		],
	},
	// Solar Hijri months: dateparser tests/test_jalali.py (Persian and Latin pairs) and
	// Intl.DateTimeFormat('en-u-ca-persian').
	{
		language: 'fa',
		calendar: 'persian',
		months: [
			['فروردین'],
			['اردیبهشت'],
			['خرداد'],
			['تیر'],
			['مرداد'],
			['شهریور'],
			['مهر'],
			['آبان'],
			['آذر'],
			['دی'],
			['بهمن'],
			['اسفند'],
		],
	},
	{
		language: 'en',
		calendar: 'persian',
		months: [
			['Farvardin'],
			['Ordibehesht'],
			['Khordad'],
			['Tir'],
			['Mordad', 'Amordad'],
			['Shahrivar'],
			['Mehr'],
			['Aban'],
			['Azar'],
			['Dey'],
			['Bahman'],
			['Esfand'],
		],
	},
	// Hijri months in Arabic: Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura') plus the common
	// variants (الثاني for الآخر, ذي for ذو) seen on Saudi and Gulf documents.
	{
		language: 'ar',
		calendar: 'islamic',
		months: [
			['محرم'],
			['صفر'],
			['ربيع الأول', 'ربيع أول'],
			['ربيع الآخر', 'ربيع الثاني', 'ربيع ثاني'],
			['جمادى الأولى', 'جمادى الأول', 'جمادى أولى'],
			['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر', 'جمادى ثاني'],
			['رجب'],
			['شعبان'],
			['رمضان'],
			['شوال'],
			['ذو القعدة', 'ذي القعدة'],
			['ذو الحجة', 'ذي الحجة'],
		],
	},
	// Hijri months in Latin letters: Intl.DateTimeFormat('en-u-ca-islamic-umalqura') long and short
	// forms, the usual English transliterations, and the Indonesian/Malay forms
	// (Intl 'id-u-ca-islamic-umalqura': "Rabiulawal").
	{
		language: 'en',
		calendar: 'islamic',
		months: [
			['Muharram', 'Muh'],
			['Safar', 'Saf'],
			['Rabiʻ I', 'Rabi al-Awwal', 'Rabiul Awal', 'Rabiulawal', 'Rab I'],
			['Rabiʻ II', 'Rabi al-Thani', 'Rabi al-Akhir', 'Rabiul Akhir', 'Rabiulakhir', 'Rab II'],
			['Jumada I', 'Jumada al-Ula', 'Jumada al-Awwal', 'Jumadil Awal', 'Jumadilawal', 'Jum I'],
			['Jumada II', 'Jumada al-Akhirah', 'Jumada al-Thani', 'Jumadil Akhir', 'Jumadilakhir', 'Jum II'],
			['Rajab', 'Raj'],
			['Shaʻban', 'Shaban', 'Syaban', 'Syakban', 'Sha'],
			['Ramadan', 'Ramadhan', 'Ram'],
			['Shawwal', 'Syawal', 'Shaw'],
			['Dhuʻl-Qiʻdah', 'Dhu al-Qadah', 'Dhul Qadah', 'Zulkaidah', 'Dhuʻl-Q'],
			['Dhuʻl-Hijjah', 'Dhu al-Hijjah', 'Dhul Hijjah', 'Zulhijah', 'Dhuʻl-H'],
		],
	},
	// Hijri months in Turkish: Intl.DateTimeFormat('tr-u-ca-islamic-umalqura') long and short forms
	// (the long ones are also how Turkish calendars print them) and the "Rebiyül-"/"Cemaziyül-"
	// spellings. The date reader already takes Turkish "hicri" after a year, so a Turkish reader's
	// Hijri date is read whole rather than stopping at its month. After the English block, so a typo
	// as close to both (Muharam) is completed in English.
	{
		language: 'tr',
		calendar: 'islamic',
		months: [
			['Muharrem', 'Muhar.'],
			['Safer'],
			['Rebiülevvel', 'Rebiyülevvel', 'R.evvel'],
			['Rebiülahir', 'Rebiyülahir', 'R.ahir'],
			['Cemaziyelevvel', 'Cemaziyülevvel', 'C.evvel'],
			['Cemaziyelahir', 'Cemaziyülahir', 'C.ahir'],
			['Recep'],
			['Şaban'],
			['Ramazan', 'Ram.'],
			['Şevval'],
			['Zilkade'],
			['Zilhicce'],
		],
	},
];

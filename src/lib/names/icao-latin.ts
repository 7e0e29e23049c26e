/**
 * ICAO Doc 9303 Part 3 (8th edition, 2021), §6 "Transliterations recommended for use by States",
 * table A (Latin characters), as data. Keys are upper case (Doc 9303 transliterates after upper-
 * casing); the alternatives keep ICAO's order, so the first is the usual MRZ form: Ü is UE, UXX or U.
 *
 * Typed by hand from the standard (ICAO publishes Doc 9303 as PDF only, at icao.int, so there is no
 * file to generate it from). A machine-readable copy of the same table, corona-warn-app/cwa-icao-
 * transliteration `src/json/icao.json` (Apache-2.0), could serve as a cross-check; this table has not
 * been compared with it.
 *
 * Letters a plain Unicode decomposition already explains (É = E + ´) are listed too, so that the
 * tester can say the rule is ICAO's; letters outside this table (Romanian Ș, Vietnamese Ệ) fall back
 * to their decomposition and are labelled "not in the ICAO table".
 */
export const ICAO_LATIN: Readonly<Record<string, readonly string[]>> = {
	À: ['A'],
	Á: ['A'],
	Â: ['A'],
	Ã: ['A'],
	Ä: ['AE', 'A'],
	Å: ['AA', 'A'],
	Æ: ['AE'],
	Ç: ['C'],
	È: ['E'],
	É: ['E'],
	Ê: ['E'],
	Ë: ['E'],
	Ì: ['I'],
	Í: ['I'],
	Î: ['I'],
	Ï: ['I'],
	Ð: ['D'],
	Ñ: ['N', 'NXX'],
	Ò: ['O'],
	Ó: ['O'],
	Ô: ['O'],
	Õ: ['O'],
	Ö: ['OE', 'O'],
	Ø: ['OE'],
	Ù: ['U'],
	Ú: ['U'],
	Û: ['U'],
	Ü: ['UE', 'UXX', 'U'],
	Ý: ['Y'],
	Þ: ['TH'],
	ẞ: ['SS'],
	Ā: ['A'],
	Ă: ['A'],
	Ą: ['A'],
	Ć: ['C'],
	Ĉ: ['C'],
	Ċ: ['C'],
	Č: ['C'],
	Ď: ['D'],
	Đ: ['D'],
	Ē: ['E'],
	Ĕ: ['E'],
	Ė: ['E'],
	Ę: ['E'],
	Ě: ['E'],
	Ĝ: ['G'],
	Ğ: ['G'],
	Ġ: ['G'],
	Ģ: ['G'],
	Ĥ: ['H'],
	Ħ: ['H'],
	Ĩ: ['I'],
	Ī: ['I'],
	Ĭ: ['I'],
	Į: ['I'],
	İ: ['I'],
	Ĳ: ['IJ'],
	Ĵ: ['J'],
	Ķ: ['K'],
	Ĺ: ['L'],
	Ļ: ['L'],
	Ľ: ['L'],
	Ŀ: ['L'],
	Ł: ['L'],
	Ń: ['N'],
	Ņ: ['N'],
	Ň: ['N'],
	Ŋ: ['N'],
	Ō: ['O'],
	Ŏ: ['O'],
	Ő: ['O'],
	Œ: ['OE'],
	Ŕ: ['R'],
	Ŗ: ['R'],
	Ř: ['R'],
	Ś: ['S'],
	Ŝ: ['S'],
	Ş: ['S'],
	Š: ['S'],
	Ţ: ['T'],
	Ť: ['T'],
	Ŧ: ['T'],
	Ũ: ['U'],
	Ū: ['U'],
	Ŭ: ['U'],
	Ů: ['U'],
	Ű: ['U'],
	Ų: ['U'],
	Ŵ: ['W'],
	Ŷ: ['Y'],
	Ÿ: ['Y'],
	Ź: ['Z'],
	Ż: ['Z'],
	Ž: ['Z'],
};

/**
 * Lower-case letters whose upper case is not a single letter of the table: German ß upper-cases to
 * "SS" in JavaScript (ICAO lists capital ẞ → SS) and Turkish dotless ı to plain I (ICAO: ı → I).
 */
export const ICAO_LATIN_LOWER: Readonly<Record<string, readonly string[]>> = {
	ß: ['SS'],
	ı: ['I'],
};

/**
 * Spellings people use that the ICAO table does not give, so the tester can recognise them but
 * must say they are not the passport's: Danish/Norwegian Ø written as O, Icelandic Ð as DH.
 */
export const NOT_ICAO_LATIN: Readonly<Record<string, readonly string[]>> = {
	Ø: ['O'],
	Ð: ['DH'],
	Æ: ['A'],
	Œ: ['O'],
};

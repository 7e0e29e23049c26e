/**
 * Look-alike letters from other scripts that a name typed in Latin letters can pick up, each with the
 * Latin letter it is confused with. Extracted from the Unicode confusables data:
 *
 *   source: unicode-org/unicodetools, unicodetools/data/security/dev/confusables.txt
 *   header: "# Version: 18.0.0", "# Date: 2025-09-12, 01:36:00 GMT" (Unicode Security Mechanisms, UTS #39)
 *   licence: Unicode License v3 (https://www.unicode.org/terms_of_use.html)
 *
 * Kept: every row whose source is a Cyrillic, Greek or Armenian letter and whose target is a single
 * ASCII letter (A–Z, a–z); those are the scripts whose letters pass for Latin ones in names. Rows that
 * map to a Latin small capital (Cyrillic в → ʙ, н → ʜ, т → ᴛ) or to a letter plus a mark are left out:
 * they do not look like a plain Latin letter in upper or lower case text.
 *
 * One deliberate change: the file skeletons capital I as "l" (its "I → l" row), so the upper-case
 * look-alikes of I (Greek Ι U+0399, Cyrillic І U+0406 and Ӏ U+04C0) are stored here as "I", the letter
 * a reader takes them for in a name. Regenerate by filtering the file the same way.
 */

/** Source letter (one code point) → the ASCII Latin letter it looks like. */
export const CONFUSABLE_LATIN: Readonly<Record<string, string>> = {
	'\u037F': 'J', // Ϳ GREEK CAPITAL LETTER YOT
	'\u0391': 'A', // Α GREEK CAPITAL LETTER ALPHA
	'\u0392': 'B', // Β GREEK CAPITAL LETTER BETA
	'\u0395': 'E', // Ε GREEK CAPITAL LETTER EPSILON
	'\u0396': 'Z', // Ζ GREEK CAPITAL LETTER ZETA
	'\u0397': 'H', // Η GREEK CAPITAL LETTER ETA
	'\u0399': 'I', // Ι GREEK CAPITAL LETTER IOTA
	'\u039A': 'K', // Κ GREEK CAPITAL LETTER KAPPA
	'\u039C': 'M', // Μ GREEK CAPITAL LETTER MU
	'\u039D': 'N', // Ν GREEK CAPITAL LETTER NU
	'\u039F': 'O', // Ο GREEK CAPITAL LETTER OMICRON
	'\u03A1': 'P', // Ρ GREEK CAPITAL LETTER RHO
	'\u03A4': 'T', // Τ GREEK CAPITAL LETTER TAU
	'\u03A5': 'Y', // Υ GREEK CAPITAL LETTER UPSILON
	'\u03A7': 'X', // Χ GREEK CAPITAL LETTER CHI
	'\u03B1': 'a', // α GREEK SMALL LETTER ALPHA
	'\u03B3': 'y', // γ GREEK SMALL LETTER GAMMA
	'\u03B9': 'i', // ι GREEK SMALL LETTER IOTA
	'\u03BD': 'v', // ν GREEK SMALL LETTER NU
	'\u03BF': 'o', // ο GREEK SMALL LETTER OMICRON
	'\u03C1': 'p', // ρ GREEK SMALL LETTER RHO
	'\u03C3': 'o', // σ GREEK SMALL LETTER SIGMA
	'\u03C5': 'u', // υ GREEK SMALL LETTER UPSILON
	'\u03D2': 'Y', // ϒ GREEK UPSILON WITH HOOK SYMBOL
	'\u03DC': 'F', // Ϝ GREEK LETTER DIGAMMA
	'\u03F2': 'c', // ϲ GREEK LUNATE SIGMA SYMBOL
	'\u03F3': 'j', // ϳ GREEK LETTER YOT
	'\u03F9': 'C', // Ϲ GREEK CAPITAL LUNATE SIGMA SYMBOL
	'\u03FA': 'M', // Ϻ GREEK CAPITAL LETTER SAN
	'\u0405': 'S', // Ѕ CYRILLIC CAPITAL LETTER DZE
	'\u0406': 'I', // І CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I
	'\u0408': 'J', // Ј CYRILLIC CAPITAL LETTER JE
	'\u0410': 'A', // А CYRILLIC CAPITAL LETTER A
	'\u0412': 'B', // В CYRILLIC CAPITAL LETTER VE
	'\u0415': 'E', // Е CYRILLIC CAPITAL LETTER IE
	'\u041A': 'K', // К CYRILLIC CAPITAL LETTER KA
	'\u041C': 'M', // М CYRILLIC CAPITAL LETTER EM
	'\u041D': 'H', // Н CYRILLIC CAPITAL LETTER EN
	'\u041E': 'O', // О CYRILLIC CAPITAL LETTER O
	'\u0420': 'P', // Р CYRILLIC CAPITAL LETTER ER
	'\u0421': 'C', // С CYRILLIC CAPITAL LETTER ES
	'\u0422': 'T', // Т CYRILLIC CAPITAL LETTER TE
	'\u0423': 'Y', // У CYRILLIC CAPITAL LETTER U
	'\u0425': 'X', // Х CYRILLIC CAPITAL LETTER HA
	'\u042C': 'b', // Ь CYRILLIC CAPITAL LETTER SOFT SIGN
	'\u0430': 'a', // а CYRILLIC SMALL LETTER A
	'\u0433': 'r', // г CYRILLIC SMALL LETTER GHE
	'\u0435': 'e', // е CYRILLIC SMALL LETTER IE
	'\u043E': 'o', // о CYRILLIC SMALL LETTER O
	'\u0440': 'p', // р CYRILLIC SMALL LETTER ER
	'\u0441': 'c', // с CYRILLIC SMALL LETTER ES
	'\u0443': 'y', // у CYRILLIC SMALL LETTER U
	'\u0445': 'x', // х CYRILLIC SMALL LETTER HA
	'\u0448': 'w', // ш CYRILLIC SMALL LETTER SHA
	'\u0455': 's', // ѕ CYRILLIC SMALL LETTER DZE
	'\u0456': 'i', // і CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I
	'\u0458': 'j', // ј CYRILLIC SMALL LETTER JE
	'\u0461': 'w', // ѡ CYRILLIC SMALL LETTER OMEGA
	'\u0474': 'V', // Ѵ CYRILLIC CAPITAL LETTER IZHITSA
	'\u0475': 'v', // ѵ CYRILLIC SMALL LETTER IZHITSA
	'\u04AE': 'Y', // Ү CYRILLIC CAPITAL LETTER STRAIGHT U
	'\u04AF': 'y', // ү CYRILLIC SMALL LETTER STRAIGHT U
	'\u04BB': 'h', // һ CYRILLIC SMALL LETTER SHHA
	'\u04BD': 'e', // ҽ CYRILLIC SMALL LETTER ABKHASIAN CHE
	'\u04C0': 'I', // Ӏ CYRILLIC LETTER PALOCHKA
	'\u04CF': 'l', // ӏ CYRILLIC SMALL LETTER PALOCHKA
	'\u0501': 'd', // ԁ CYRILLIC SMALL LETTER KOMI DE
	'\u050C': 'G', // Ԍ CYRILLIC CAPITAL LETTER KOMI SJE
	'\u051B': 'q', // ԛ CYRILLIC SMALL LETTER QA
	'\u051C': 'W', // Ԝ CYRILLIC CAPITAL LETTER WE
	'\u051D': 'w', // ԝ CYRILLIC SMALL LETTER WE
	'\u054D': 'U', // Ս ARMENIAN CAPITAL LETTER SEH
	'\u054F': 'S', // Տ ARMENIAN CAPITAL LETTER TIWN
	'\u0555': 'O', // Օ ARMENIAN CAPITAL LETTER OH
	'\u0561': 'w', // ա ARMENIAN SMALL LETTER AYB
	'\u0563': 'q', // գ ARMENIAN SMALL LETTER GIM
	'\u0566': 'q', // զ ARMENIAN SMALL LETTER ZA
	'\u0570': 'h', // հ ARMENIAN SMALL LETTER HO
	'\u0578': 'n', // ո ARMENIAN SMALL LETTER VO
	'\u057C': 'n', // ռ ARMENIAN SMALL LETTER RA
	'\u057D': 'u', // ս ARMENIAN SMALL LETTER SEH
	'\u0581': 'g', // ց ARMENIAN SMALL LETTER CO
	'\u0582': 'i', // ւ ARMENIAN SMALL LETTER YIWN
	'\u0584': 'f', // ք ARMENIAN SMALL LETTER KEH
	'\u0585': 'o', // օ ARMENIAN SMALL LETTER OH
	'\uA647': 'i', // ꙇ CYRILLIC SMALL LETTER IOTA
};

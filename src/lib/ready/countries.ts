/**
 * Countries by code and by name: the MRZ writes a three-letter code (ISO 3166-1 alpha-3, plus a few
 * codes of its own), the reader picks a country by its name in their language, and the browser names
 * regions by their two-letter code (Intl.DisplayNames). Pure: Intl only, no DOM.
 */
import { ISO_ALPHA2_OF } from './country-codes';

/**
 * MRZ codes that are not ISO 3166-1 alpha-3 (ICAO Doc 9303 Part 3, "Codes for nationality, place of
 * birth or location of issuing State/authority"), with the region Intl.DisplayNames names them by.
 * Germany writes `D`; the British Overseas Territories' and other British nationalities' passports
 * are issued by the United Kingdom; the EU's and the UN's own travel documents; Kosovo, which has no
 * ISO code, uses RKS, and CLDR names it by XK. Codes with no region (XXA stateless, XXB refugee, …) are
 * shown as they are.
 */
export const MRZ_ONLY_CODES: Readonly<Record<string, string>> = {
	D: 'DE',
	GBD: 'GB',
	GBN: 'GB',
	GBO: 'GB',
	GBP: 'GB',
	GBS: 'GB',
	EUE: 'EU',
	UNO: 'UN',
	UNA: 'UN',
	UNK: 'UN',
	RKS: 'XK',
};

/** The two-letter region of an MRZ or ISO three-letter code, or null for a code that names none. */
export function regionOf(code: string): string | null {
	const clean = code.replace(/</g, '').trim().toUpperCase();
	return ISO_ALPHA2_OF[clean] ?? MRZ_ONLY_CODES[clean] ?? null;
}

/** True when two codes name the same country (`D` and `DEU`, `GBD` and `GBR`); an unknown code only matches itself. */
export function sameCountry(a: string, b: string): boolean {
	const ra = regionOf(a);
	const rb = regionOf(b);
	if (ra && rb) return ra === rb;
	return a.replace(/</g, '').trim().toUpperCase() === b.replace(/</g, '').trim().toUpperCase();
}

/** One choice of the country picker: the ISO alpha-3 code and the country's name in the page's language. */
export interface CountryOption {
	code: string;
	name: string;
}

/** Names of regions in `lang` (a BCP 47 tag), or null where the browser has no Intl.DisplayNames. */
function regionNames(lang: string): Intl.DisplayNames | null {
	try {
		return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
	} catch {
		return null;
	}
}

/** The country's name in `lang` (its code where the browser has no name for it). */
export function countryName(code: string, lang: string): string {
	const region = regionOf(code);
	const clean = code.replace(/</g, '').trim().toUpperCase();
	if (!region) return clean;
	const name = regionNames(lang)?.of(region);
	return name && name !== region ? name : clean;
}

/** Every ISO 3166-1 country, named in `lang` and sorted as that language sorts (Intl.Collator). */
export function countryOptions(lang: string): CountryOption[] {
	const names = regionNames(lang);
	const collator = new Intl.Collator(lang);
	return Object.entries(ISO_ALPHA2_OF)
		.map(([code, region]) => ({ code, name: names?.of(region) ?? code }))
		.sort((a, b) => collator.compare(a.name, b.name) || (a.code < b.code ? -1 : 1));
}

/**
 * The ISO alpha-3 code of what the reader typed: a country's name in `lang` or in English (case and
 * accents aside), or a two- or three-letter code. Null when it names no country (yet).
 */
export function countryFromInput(typed: string, lang: string, options: readonly CountryOption[]): string | null {
	const text = typed.trim();
	if (!text) return null;
	const same = new Intl.Collator(lang, { sensitivity: 'base', usage: 'search' });
	const local = options.find((option) => same.compare(option.name, text) === 0);
	if (local) return local.code;
	if (/^[a-z]{2,3}$/i.test(text)) {
		const upper = text.toUpperCase();
		if (ISO_ALPHA2_OF[upper]) return upper;
		const byRegion = Object.entries(ISO_ALPHA2_OF).find(([, region]) => region === upper);
		if (byRegion) return byRegion[0];
	}
	const english = regionNames('en');
	const englishSame = new Intl.Collator('en', { sensitivity: 'base', usage: 'search' });
	if (english) {
		const found = Object.entries(ISO_ALPHA2_OF).find(
			([, region]) => englishSame.compare(english.of(region) ?? '', text) === 0,
		);
		if (found) return found[0];
	}
	return null;
}

import { describe, expect, test } from 'vitest';
import { countryFromInput, countryName, countryOptions, regionOf, sameCountry } from './countries';
import { ISO_ALPHA2_OF } from './country-codes';

describe('codes', () => {
	test.each<{ code: string; region: string | null }>([
		{ code: 'DEU', region: 'DE' },
		// Germany's own MRZ code (ICAO Doc 9303 Part 3).
		{ code: 'D', region: 'DE' },
		{ code: 'D<<', region: 'DE' },
		// British citizens of overseas territories: passports issued by the United Kingdom.
		{ code: 'GBD', region: 'GB' },
		{ code: 'RKS', region: 'XK' },
		// Stateless person: no region.
		{ code: 'XXA', region: null },
		{ code: 'utopia', region: null },
	])('$code → $region', ({ code, region }) => {
		expect(regionOf(code)).toBe(region);
	});

	test('the same country under two codes, and different ones', () => {
		expect(sameCountry('D', 'DEU')).toBe(true);
		expect(sameCountry('GBD', 'GBR')).toBe(true);
		expect(sameCountry('FRA', 'DEU')).toBe(false);
		expect(sameCountry('XXA', 'XXA')).toBe(true);
		expect(sameCountry('XXA', 'DEU')).toBe(false);
	});
});

describe('names', () => {
	test.each(['en', 'es', 'pt-BR', 'tr', 'ru', 'vi', 'id', 'ar'])('every country, sorted as %s sorts', (lang) => {
		const options = countryOptions(lang);
		expect(options).toHaveLength(Object.keys(ISO_ALPHA2_OF).length);
		const collator = new Intl.Collator(lang);
		for (let i = 1; i < options.length; i++)
			expect(collator.compare(options[i - 1]!.name, options[i]!.name)).toBeLessThanOrEqual(0);
		// Named, not left as codes.
		expect(options.find((o) => o.code === 'DEU')!.name).not.toBe('DE');
	});

	test('Turkish sorts Ç after C (Çin after Cezayir, before Danimarka), as a Turkish reader expects', () => {
		const names = countryOptions('tr').map((o) => o.name);
		expect(names.indexOf('Çin')).toBeGreaterThan(names.indexOf('Cezayir'));
		expect(names.indexOf('Çin')).toBeLessThan(names.indexOf('Danimarka'));
	});

	test('the MRZ’s own codes are named too; a code without a country stays a code', () => {
		expect(countryName('D', 'es')).toBe('Alemania');
		expect(countryName('GBD', 'en')).toBe('United Kingdom');
		expect(countryName('XXA', 'en')).toBe('XXA');
	});
});

describe('countryFromInput', () => {
	const es = countryOptions('es');
	const ar = countryOptions('ar');
	test.each<{ typed: string; lang: string; code: string | null; options: typeof es }>([
		// The name in the page's language, whatever the case and accents.
		{ typed: 'Alemania', lang: 'es', code: 'DEU', options: es },
		{ typed: '  alemania ', lang: 'es', code: 'DEU', options: es },
		{ typed: 'Mexico', lang: 'es', code: 'MEX', options: es },
		// The English name on a Spanish page (a reader copying from an English account page).
		{ typed: 'Germany', lang: 'es', code: 'DEU', options: es },
		// A code typed as before: three or two letters.
		{ typed: 'deu', lang: 'es', code: 'DEU', options: es },
		{ typed: 'DE', lang: 'es', code: 'DEU', options: es },
		{ typed: 'ألمانيا', lang: 'ar', code: 'DEU', options: ar },
		// Half a name, or none.
		{ typed: 'Alem', lang: 'es', code: null, options: es },
		{ typed: '', lang: 'es', code: null, options: es },
		{ typed: 'Utopia', lang: 'es', code: null, options: es },
	])('$typed ($lang) → $code', ({ typed, lang, code, options }) => {
		expect(countryFromInput(typed, lang, options)).toBe(code);
	});
});

import { describe, expect, it } from 'vitest';
import { ICAO_CYRILLIC } from './cyrillic';
import { compareNames } from './index';

// nalgeon/iuliia `icao_doc_9303.json` (MIT): the "samples" pairs of the ICAO Doc 9303 schema.
// The long pangram sample is left out: it is a sentence, not a name.
const IULIIA_ICAO_SAMPLES: ReadonlyArray<readonly [string, string]> = [
	['Юлия Щеглова', 'Iuliia Shcheglova'],
	['Гайа Васильева', 'Gaia Vasileva'],
	['Андрей Видный', 'Andrei Vidnyi'],
	['Артём Краевой', 'Artem Kraevoi'],
	['Мадыр Чёткий', 'Madyr Chetkii'],
	['Оксана Клеёнкина', 'Oksana Kleenkina'],
	['Игорь Ильин', 'Igor Ilin'],
	['Ян Разъездной', 'Ian Razieezdnoi'],
];

describe.each(IULIIA_ICAO_SAMPLES)('iuliia ICAO sample %s → %s', (cyrillic, latin) => {
	it('is the same name written in ICAO transliteration', () => {
		const result = compareNames(cyrillic, latin);
		expect(result.verdict).toBe('equivalent');
		expect(result.differences.every((d) => d.kind === 'transliteration' || d.kind === 'case')).toBe(true);
		expect(result.differences.filter((d) => d.kind === 'transliteration').every((d) => d.scheme === 'icao')).toBe(true);
	});
});

describe('the ICAO Cyrillic table agrees with iuliia for Russian', () => {
	// nalgeon/iuliia `icao_doc_9303.json` "mapping" (lower case there).
	const mapping: Record<string, string> = {
		а: 'a',
		б: 'b',
		в: 'v',
		г: 'g',
		д: 'd',
		е: 'e',
		ё: 'e',
		ж: 'zh',
		з: 'z',
		и: 'i',
		й: 'i',
		к: 'k',
		л: 'l',
		м: 'm',
		н: 'n',
		о: 'o',
		п: 'p',
		р: 'r',
		с: 's',
		т: 't',
		у: 'u',
		ф: 'f',
		х: 'kh',
		ц: 'ts',
		ч: 'ch',
		ш: 'sh',
		щ: 'shch',
		ъ: 'ie',
		ы: 'y',
		ь: '',
		э: 'e',
		ю: 'iu',
		я: 'ia',
	};
	it.each(Object.entries(mapping))('%s → %s', (letter, latin) => {
		expect(ICAO_CYRILLIC[letter.toUpperCase()]?.icao).toBe(latin.toUpperCase());
	});
});

// nalgeon/iuliia `mvd_310.json` and `mvd_782.json` (MIT) "samples": the older Russian passport
// spellings, paired here with the ICAO spelling of the same Cyrillic (from icao_doc_9303.json).
const OLDER_SAMPLES: ReadonlyArray<readonly [string, string, string]> = [
	['mvd_310', 'Yuliya Shcheglova', 'Iuliia Shcheglova'],
	['mvd_310', 'Gaya Vasilyeva', 'Gaia Vasileva'],
	['mvd_310', 'Andrey Vidnyy', 'Andrei Vidnyi'],
	['mvd_782', 'Artyem Krayevoy', 'Artem Kraevoi'],
	['mvd_782', 'Madyr Chetkiy', 'Madyr Chetkii'],
	['mvd_782', 'Oksana Kleyonkina', 'Oksana Kleenkina'],
	['mvd_782', "Igor' Ilyin", 'Igor Ilin'],
];

describe.each(OLDER_SAMPLES)('iuliia %s sample %s ↔ ICAO %s', (_, older, icao) => {
	it('is explained as the older Russian passport spelling', () => {
		const result = compareNames(older, icao);
		expect(result.verdict).toBe('equivalent');
		expect(result.differences.some((d) => d.explanation === 'older-russian-passport')).toBe(true);
	});
});

// The same mvd_310 samples against their Cyrillic originals.
describe.each([
	['Юлия Щеглова', 'Yuliya Shcheglova'],
	['Гайа Васильева', 'Gaya Vasilyeva'],
	['Андрей Видный', 'Andrey Vidnyy'],
] as const)('iuliia mvd_310: %s → %s', (cyrillic, older) => {
	it('matches through the older Russian rules', () => {
		const result = compareNames(cyrillic, older);
		expect(result.verdict).toBe('equivalent');
		expect(result.differences.some((d) => d.scheme === 'older-russian')).toBe(true);
	});
});

// ICAO Doc 9303 Part 3 (8th ed., 2021) §4.6: how punctuation in the printed name (VIZ) is written in the MRZ.
describe.each<{ viz: string; mrzName: string; kind: 'punctuation' | 'order' | 'case' }>([
	// Apostrophe dropped and the parts joined.
	{ viz: "D'ARTAGNAN", mrzName: 'DARTAGNAN', kind: 'punctuation' },
	{ viz: "O'BRIEN", mrzName: 'OBRIEN', kind: 'punctuation' },
	// Hyphen becomes a filler (a space once read).
	{ viz: 'MARIE-ELISE', mrzName: 'MARIE ELISE', kind: 'punctuation' },
	// Primary/secondary comma: the MRZ text the tester builds puts given names first.
	{ viz: 'ERIKSSON, ANNA MARIA', mrzName: 'ANNA MARIA ERIKSSON', kind: 'order' },
])('ICAO 9303 example $viz', ({ viz, mrzName, kind }) => {
	it(`matches the MRZ form ${mrzName} with a ${kind} difference`, () => {
		const result = compareNames(viz, mrzName);
		expect(result.verdict).toBe('equivalent');
		expect(result.differences.map((d) => d.kind)).toContain(kind);
	});
});

// cheminfo/mrz `src/parse/__tests__/td1.test.ts`, `td2.test.ts`, `td3.test.ts` (MIT): specimen MRZs.
describe.each<{
	label: string;
	mrz: string;
	format: string;
	valid: boolean;
	primary: string;
	secondary: string;
	truncated: boolean;
	account: string;
}>([
	{
		label: 'TD3 Utopia (invalid: UTO is not a country)',
		mrz: 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10',
		format: 'TD3',
		valid: false,
		primary: 'ERIKSSON',
		secondary: 'ANNA MARIA',
		truncated: false,
		account: 'Anna Maria Eriksson',
	},
	{
		label: 'TD3 German specimen',
		mrz: 'P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\nC01X0006H1D<<6408125F1710319<<<<<<<<<<<<<<<0',
		format: 'TD3',
		valid: true,
		primary: 'MUSTERMANN',
		secondary: 'ERIKA',
		truncated: false,
		account: 'Erika Mustermann',
	},
	{
		label: 'TD1 Swiss specimen',
		mrz: 'IDCHEA1234567<6<<<<<<<<<<<<<<<\n7510256M2009018CHE<<<<<<<<<<<8\nSMITH<<JOHN<ALBERT<<<<<<<<<<<<',
		format: 'TD1',
		valid: true,
		primary: 'SMITH',
		secondary: 'JOHN ALBERT',
		truncated: false,
		account: 'John Albert Smith',
	},
	{
		label: 'TD1 Portuguese PRT-BO-04001 (truncated name)',
		mrz: 'I<PRT007666667<ZZ00<<<<<<<<<<<\n8303143M3405293PRT<<<<<<<<<<<4\nCACADOR<DE<ARAUJO<<ANDRE<ESTEV',
		format: 'TD1',
		valid: true,
		primary: 'CACADOR DE ARAUJO',
		secondary: 'ANDRE ESTEV',
		truncated: true,
		account: 'André Estevão Caçador de Araújo',
	},
	{
		label: 'TD1 Finnish FIN-BO-12001',
		mrz: 'I<FINXA10000585010195<112X<<<<\n9501016F2803135FIN<<<<<<<<<<<7\nSPECIMEN<TRAVEL<<VILMA<SOFIA<<',
		format: 'TD1',
		valid: true,
		primary: 'SPECIMEN TRAVEL',
		secondary: 'VILMA SOFIA',
		truncated: false,
		account: 'Vilma Sofia Specimen Travel',
	},
	{
		label: 'TD2 Utopia',
		mrz: 'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6',
		format: 'TD2',
		valid: false,
		primary: 'ERIKSSON',
		secondary: 'ANNA MARIA',
		truncated: false,
		account: 'Anna-Maria Eriksson',
	},
])('$label', ({ mrz, format, valid, primary, secondary, truncated, account }) => {
	const result = compareNames(account, account, { mrz });
	it('is read with its format and validity', () => {
		expect(result.mrz?.status).toBe('ok');
		expect(result.mrz?.format).toBe(format);
		expect(result.mrz?.valid).toBe(valid);
	});
	it('yields the name', () => {
		expect(result.mrz?.name?.primary).toBe(primary);
		expect(result.mrz?.name?.secondary).toBe(secondary);
		expect(result.mrz?.name?.truncated).toBe(truncated);
	});
	it('matches the account name', () => {
		expect(result.mrz?.account?.verdict).toBe('equivalent');
	});
	if (truncated) {
		it('explains the cut-off part as truncation', () => {
			expect(result.mrz?.account?.differences.map((d) => d.kind)).toContain('truncation');
		});
	}
});

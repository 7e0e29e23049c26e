import { describe, expect, test } from 'vitest';
import { MONTH_NAMES } from './month-lexicon';
import { closestMonthWord, foldPhrase, lookupMonth } from './month-lookup';

describe('the month lexicon', () => {
	test.each(MONTH_NAMES.map((names) => [`${names.language} ${names.calendar}`, names] as const))(
		'%s lists twelve months, each with a spelling',
		(_, names) => {
			expect(names.months).toHaveLength(12);
			for (const spellings of names.months) expect(spellings.length).toBeGreaterThan(0);
		},
	);

	test('no word names two different months of the same calendar', () => {
		for (const names of MONTH_NAMES) {
			for (const spellings of names.months) {
				for (const spelling of spellings) {
					const matches = lookupMonth(foldPhrase(spelling)).filter((m) => m.calendar === names.calendar);
					expect(matches, spelling).toHaveLength(1);
				}
			}
		}
	});

	test('accents, case and periods fold away', () => {
		expect(lookupMonth(foldPhrase('FÉVR.'))).toEqual([{ calendar: 'gregory', month: 2 }]);
		expect(lookupMonth(foldPhrase('aout'))).toEqual([{ calendar: 'gregory', month: 8 }]);
		expect(lookupMonth(foldPhrase('AĞUSTOS'))).toEqual([{ calendar: 'gregory', month: 8 }]);
	});

	test('Thai abbreviations keep their vowel marks: มีค is March, มค is January', () => {
		expect(lookupMonth(foldPhrase('มีค'))).toEqual([{ calendar: 'gregory', month: 3 }]);
		expect(lookupMonth(foldPhrase('มค'))).toEqual([{ calendar: 'gregory', month: 1 }]);
	});

	test.each([
		['Jamuary', 'January'],
		['Decmber', 'December'],
		['Agust', 'August'],
		['janvir', 'janvier'],
		['Ramadhn', 'Ramadan'],
		['Muharam', 'Muharram'],
		['Rebiül', 'Rebiülevvel'],
	])('suggests %s → %s', (typed, suggestion) => {
		expect(closestMonthWord(typed)).toBe(suggestion);
	});
});

/** A date in each month (1–12) of a calendar, found by walking through 2024 and 2025 day by day. */
function oneDayPerMonth(calendar: string): Map<number, Date> {
	const monthOf = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { month: 'numeric', timeZone: 'UTC' });
	const days = new Map<number, Date>();
	for (let offset = 0; days.size < 12 && offset < 800; offset++) {
		const date = new Date(Date.UTC(2024, 0, 1 + offset));
		const month = Number(monthOf.format(date));
		if (!days.has(month)) days.set(month, date);
	}
	return days;
}

// The CLDR blocks of the lexicon were copied from what Intl.DateTimeFormat prints (Node 24's ICU): every long
// and short month name it prints in these languages and calendars is found as that month.
describe.each([
	{ language: 'en', calendar: 'persian', intl: 'persian' },
	{ language: 'fa', calendar: 'persian', intl: 'persian' },
	{ language: 'en', calendar: 'islamic', intl: 'islamic-umalqura' },
	{ language: 'ar', calendar: 'islamic', intl: 'islamic-umalqura' },
	{ language: 'tr', calendar: 'islamic', intl: 'islamic-umalqura' },
] as const)('Intl $language $intl month names', ({ language, calendar, intl }) => {
	test.each(['long', 'short'] as const)('%s names are in the lexicon', (width) => {
		const name = new Intl.DateTimeFormat(`${language}-u-ca-${intl}`, { month: width, timeZone: 'UTC' });
		const days = oneDayPerMonth(intl);
		expect(days.size).toBe(12);
		for (const [month, date] of days) {
			const word = name.format(date);
			expect(lookupMonth(foldPhrase(word)), word).toContainEqual({ calendar, month });
		}
	});
});

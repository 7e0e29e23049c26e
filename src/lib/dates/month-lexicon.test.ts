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
		['Muhar', 'Muharram'],
	])('suggests %s → %s', (typed, suggestion) => {
		expect(closestMonthWord(typed)).toBe(suggestion);
	});
});

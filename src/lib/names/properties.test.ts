import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from './index';

/** Name parts in several scripts, as people type them. */
const part = fc.oneof(
	fc.stringMatching(/^[A-Z][a-z]{1,9}$/),
	fc.constantFrom(
		'José',
		'Müller',
		'Øyvind',
		'Łukasz',
		'Şükrü',
		'Nguyễn',
		'Þór',
		'Юлия',
		'Олег',
		"O'Brien",
		'Marie-Elise',
		'van',
		'de',
		'Ἀλέξανδρος',
		'王',
		'محمد',
	),
);
const name = fc.array(part, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));

/** Any text at all: full Unicode, controls, lone surrogates, emoji. */
const anything = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.string({ unit: 'grapheme', maxLength: 100 }),
	fc.string({ maxLength: 300 }),
);

describe('properties', () => {
	it('a name compared with itself is exact', () => {
		fc.assert(
			fc.property(fc.oneof(name, anything), (n) => {
				expect(compareNames(n, n).verdict).toBe('exact');
			}),
		);
	});

	it('changing only case never gives different', () => {
		fc.assert(
			fc.property(name, fc.boolean(), (n, upper) => {
				const other = upper ? n.toUpperCase() : n.toLowerCase();
				// JavaScript case mapping changes a few letters' spelling (ß → SS, İ → i̇); both are
				// still the same name.
				expect(compareNames(n, other).verdict).not.toBe('different');
			}),
		);
	});

	it('changing only the order of parts never gives different', () => {
		fc.assert(
			fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 1000 }), (parts, seed) => {
				const shuffled = [...parts];
				for (let i = shuffled.length - 1; i > 0; i--) {
					const j = (seed * (i + 7)) % (i + 1);
					[shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
				}
				expect(compareNames(parts.join(' '), shuffled.join(' ')).verdict).not.toBe('different');
			}),
		);
	});

	it('random Unicode never throws and ranges stay inside the strings', () => {
		fc.assert(
			fc.property(anything, anything, fc.option(anything, { nil: undefined }), (a, b, mrz) => {
				const result = compareNames(a, b, mrz === undefined ? {} : { mrz });
				for (const d of result.differences) {
					for (const r of d.account.ranges) expect(0 <= r.start && r.start < r.end && r.end <= a.length).toBe(true);
					for (const r of d.document.ranges) expect(0 <= r.start && r.start < r.end && r.end <= b.length).toBe(true);
				}
				expect(result.similarity).toBeGreaterThanOrEqual(0);
				expect(result.similarity).toBeLessThanOrEqual(1);
			}),
			{ numRuns: 300 },
		);
	});
});

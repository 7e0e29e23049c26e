import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH } from './constants';
import { compareNames } from './index';
import type { InputProblem } from './types';

describe.each<{ situation: string; account: string; document: string; problems: InputProblem[] }>([
	// The island calls the core before the user has typed anything.
	{ situation: 'both empty', account: '', document: '', problems: ['account-empty', 'document-empty'] },
	{ situation: 'account empty', account: '', document: 'JOHN SMITH', problems: ['account-empty'] },
	{ situation: 'only spaces', account: '   ', document: 'JOHN SMITH', problems: ['account-empty'] },
	// Punctuation or emoji only.
	{ situation: 'no letters', account: '🙂 --', document: 'JOHN SMITH', problems: ['account-no-letters'] },
	// A whole document pasted into the field.
	{
		situation: '10,000 characters',
		account: 'a '.repeat(5000),
		document: 'JOHN SMITH',
		problems: ['account-too-long'],
	},
	// Arabic and Hebrew are written right to left.
	{ situation: 'right-to-left text', account: 'محمد علي', document: 'MOHAMMED ALI', problems: ['right-to-left'] },
	{
		situation: 'a right-to-left mark',
		account: '\u200FJohn Smith',
		document: 'JOHN SMITH',
		problems: ['right-to-left'],
	},
])('$situation', ({ account, document, problems }) => {
	it(`reports ${problems.join(', ')} and still gives a verdict`, () => {
		const result = compareNames(account, document);
		expect(result.problems).toEqual(problems);
		expect(['exact', 'equivalent', 'partial', 'different']).toContain(result.verdict);
	});
});

describe('strange input', () => {
	it('compares control characters as spacing or invisible characters', () => {
		const result = compareNames('John\tSmith\u0007', 'John Smith');
		expect(result.verdict).toBe('equivalent');
		expect(result.differences.map((d) => d.kind).sort()).toEqual(['invisible', 'spacing']);
	});
	it('does not cut a surrogate pair when trimming long input', () => {
		const long = 'a'.repeat(MAX_NAME_LENGTH - 1) + '😀'.repeat(10);
		const result = compareNames(long, 'A');
		expect(result.problems).toEqual(['account-too-long']);
		// Every range the island will highlight ends on a whole character, within the compared length.
		for (const range of [...result.account.parts, ...result.account.characters]) {
			expect(range.end).toBeLessThanOrEqual(MAX_NAME_LENGTH + 1);
			expect(long.slice(range.start, range.end)).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
		}
		// The document's "A" reads as the initial of the long part.
		expect(result.verdict).toBe('partial');
	});
	it('keeps an emoji with joiners as one symbol', () => {
		const result = compareNames('Anna 👩‍👩‍👧 Rossi', 'Anna Rossi');
		expect(result.differences.filter((d) => d.kind === 'symbol')).toHaveLength(1);
		expect(result.differences.some((d) => d.kind === 'invisible')).toBe(false);
	});
	it('throws for a programmer mistake, with what, rule, received and fix', () => {
		expect(() => compareNames(undefined as unknown as string, 'x')).toThrow(
			/must be strings. Received undefined and string/,
		);
	});
	it('answers for a malformed MRZ with a status', () => {
		expect(compareNames('A', 'A', { mrz: 'hello' }).mrz?.status).toBe('wrong-line-count');
	});
});

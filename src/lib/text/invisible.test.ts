import { describe, expect, it } from 'vitest';
import { isInvisible, removeInvisible } from './invisible';

describe.each<{ code: number; invisible: boolean }>([
	{ code: 0x200b, invisible: true }, // zero-width space, pasted from chats
	{ code: 0x200d, invisible: true }, // zero-width joiner (Persian "ه‍.ق.")
	{ code: 0x200f, invisible: true }, // right-to-left mark: Intl's ar-SA dates carry one before each slash
	{ code: 0x061c, invisible: true }, // Arabic letter mark
	{ code: 0x2066, invisible: true }, // left-to-right isolate
	{ code: 0x202e, invisible: true }, // right-to-left override
	{ code: 0xfeff, invisible: true }, // byte-order mark at the start of a pasted line
	{ code: 0x00ad, invisible: true }, // soft hyphen from a PDF
	{ code: 0x034f, invisible: true }, // combining grapheme joiner
	{ code: 0x3164, invisible: true }, // Hangul filler
	{ code: 0xfe0f, invisible: true }, // variation selector 16
	{ code: 0x0020, invisible: false }, // a space is seen
	{ code: 0x00a0, invisible: false }, // a no-break space is an odd space, not an invisible one
	{ code: 0x0640, invisible: false }, // Arabic tatweel is drawn (a stroke)
	{ code: 0x0301, invisible: false }, // a combining accent changes the letter
	{ code: 0x0041, invisible: false },
])('U+$code', ({ code, invisible }) => {
	it(invisible ? 'is invisible' : 'is not invisible', () => {
		expect(isInvisible(String.fromCodePoint(code))).toBe(invisible);
	});
});

describe('removeInvisible', () => {
	it('drops every invisible character and keeps the rest', () => {
		expect(removeInvisible('\uFEFF12\u200F/05\u200B/1990\u00AD')).toBe('12/05/1990');
		expect(removeInvisible('Jos\u0065\u0301')).toBe('Jose\u0301');
	});
	it('can be called again on the same text (no regex state carried over)', () => {
		expect(removeInvisible('a\u200Bb')).toBe('ab');
		expect(removeInvisible('a\u200Bb')).toBe('ab');
	});
});

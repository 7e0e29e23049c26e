import { describe, expect, test } from 'vitest';
import { localToday } from './local-today';

describe('localToday', () => {
	test('the local calendar date, zero-padded', () => {
		expect(localToday(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
		expect(localToday(new Date(1999, 11, 31, 23, 59))).toBe('1999-12-31');
	});
});

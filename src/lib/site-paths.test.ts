import { describe, expect, it } from 'vitest';
import { normalizeBasePath, withTrailingSlash } from './site-paths';

describe('normalizeBasePath', () => {
	it.each<{ value: string | undefined; base: string }>([
		{ value: undefined, base: '/' }, // not set: the root
		{ value: '', base: '/' },
		{ value: '  ', base: '/' },
		{ value: 'kyc', base: '/kyc/' },
		{ value: '/kyc', base: '/kyc/' },
		{ value: '/kyc/', base: '/kyc/' },
		{ value: '//guides/kyc//', base: '/guides/kyc/' },
	])('$value → $base', ({ value, base }) => {
		expect(normalizeBasePath(value)).toBe(base);
	});
});

describe('withTrailingSlash', () => {
	it.each([
		['/', '/'],
		['/kyc', '/kyc/'],
		['/kyc//', '/kyc/'],
		['', '/'],
	])('%s → %s', (value, expected) => {
		expect(withTrailingSlash(value)).toBe(expected);
	});
});

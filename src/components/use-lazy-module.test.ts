import { describe, expect, it } from 'vitest';
import { failedModuleUrl } from './use-lazy-module';

describe('failedModuleUrl', () => {
	it.each<{ message: string; url: string | undefined }>([
		// Chromium
		{
			message: 'Failed to fetch dynamically imported module: http://127.0.0.1:4321/_astro/index.B1x2.js',
			url: 'http://127.0.0.1:4321/_astro/index.B1x2.js',
		},
		// Firefox
		{
			message: 'error loading dynamically imported module: https://example.org/kyc/_astro/index.C3.js',
			url: 'https://example.org/kyc/_astro/index.C3.js',
		},
		// Safari names no URL: the retry imports the same way again
		{ message: 'Importing a module script failed.', url: undefined },
	])('$message', ({ message, url }) => {
		expect(failedModuleUrl(new TypeError(message))).toBe(url);
	});
});

import { defineConfig } from 'vitest/config';

/**
 * Three projects, run together by `npm test`:
 * - unit: the pure checkers and search logic in `src/lib`, in Node;
 * - site: checks on the built output in `dist/` (and `dist-kyc/` for the sub-path build);
 * - browser: real Chromium (Debian's, driven by playwright-core) against the built site served locally.
 * A fourth project, bench, holds the benchmarks that `npm run bench` runs.
 */
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					environment: 'node',
					// The photo pipeline as users get it (with the document model when it is on).
					setupFiles: ['tests/setup/document-model.ts'],
				},
			},
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					environment: 'node',
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// A busy two-core machine can take seconds to hydrate an island: poll patiently.
					expect: { poll: { timeout: 10_000, interval: 100 } },
					// One Chromium at a time: the machines have two cores.
					fileParallelism: false,
				},
			},
			{
				// Benchmarks print numbers; they are not part of `npm test` (see `npm run bench`).
				test: {
					name: 'bench',
					include: ['bench/**/*.bench.ts'],
					environment: 'node',
					setupFiles: ['tests/setup/document-model.ts'],
					testTimeout: 300_000,
					hookTimeout: 300_000,
					fileParallelism: false,
				},
			},
		],
	},
});

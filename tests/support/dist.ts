import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project's root folder. */
export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The built site under test: `DIST_DIR` or `dist/`. `npm test` builds it first; running a test
 * file alone needs `npm run build` (or `astro build --outDir …` with `DIST_DIR` set) before.
 */
export const DIST_DIR = resolve(ROOT, process.env.DIST_DIR ?? 'dist');

/** The same site built with `BASE_PATH=/kyc/`: `DIST_KYC_DIR` or `dist-kyc/`. */
export const DIST_KYC_DIR = resolve(ROOT, process.env.DIST_KYC_DIR ?? 'dist-kyc');

/** Throws a clear message when a built site is missing, instead of failing on a missing file later. */
export function assertBuilt(dir: string): void {
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(
			`No built site in ${dir}. Run \`npm test\` (which builds first) or \`npm run build\` before running this test alone.`,
		);
	}
}

/** Every file under a folder (the build's own walker, which the deploy files are made from). */
export { listFiles } from '../../src/deploy/list-files';

/**
 * Lets Node run the project's TypeScript as it is (Node strips the types itself): the source imports
 * modules without an extension, as a bundler resolves them, so this hook tries `.ts` and `/index.ts`.
 * Used as `node --import ./scripts/doc-model/ts-resolve.mjs scripts/doc-model/export-data.ts`.
 */
import { registerHooks } from 'node:module';

registerHooks({
	resolve(specifier, context, next) {
		try {
			return next(specifier, context);
		} catch (error) {
			if (!specifier.startsWith('.') || /\.[cm]?[jt]s$/.test(specifier)) throw error;
			for (const suffix of ['.ts', '/index.ts']) {
				try {
					return next(specifier + suffix, context);
				} catch {
					// Try the next form.
				}
			}
			throw error;
		}
	},
});

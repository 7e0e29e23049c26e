/**
 * The site's Content-Security-Policy, for Astro's `security.csp` (a `<meta>` on every page).
 *
 * The promise behind it: nothing a reader types or chooses leaves their device. So nothing may be
 * loaded from, sent to or submitted to another origin: every fetch directive allows only the
 * site itself ('self'), plus `data:` and `blob:` where the page makes its own images and workers
 * (Starlight draws icons with `data:` SVG masks; the photo checker previews a chosen file as a
 * `blob:` URL). `tests/site/csp.test.ts` checks every built page against this.
 */
import type { AstroUserConfig } from 'astro';
import { inlineScriptHashes } from './inline-scripts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** Directives besides `script-src` and `style-src`, which Astro writes from the options below. */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data: blob:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self' blob:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] satisfies CspConfig['directives'];

/** `security.csp` for a project whose root folder is `projectRoot`. */
export function contentSecurityPolicy(projectRoot: string): CspConfig {
	return {
		algorithm: 'SHA-256',
		directives: CSP_DIRECTIVES,
		scriptDirective: {
			// Pagefind searches in a worker, which this <meta> policy does not govern; when the worker
			// fails it compiles its WebAssembly on the page, which needs 'wasm-unsafe-eval'. That
			// keyword allows WebAssembly compilation only, never eval() of JavaScript.
			resources: ["'self'", "'wasm-unsafe-eval'"],
			hashes: inlineScriptHashes(projectRoot),
		},
		styleDirective: {
			// Starlight and Astro write `style="…"` attributes (icon sizes, hidden hints) that Astro
			// does not hash; 'unsafe-inline' on `style-src-attr` allows only those attributes,
			// while `<style>` elements stay limited to 'self' and Astro's own hashes.
			resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
		},
	};
}

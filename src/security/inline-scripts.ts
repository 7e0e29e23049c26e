/**
 * The CSP hashes of the `<script is:inline>` blocks the site renders, computed from the component
 * sources at config time.
 *
 * Astro hashes the scripts and styles it bundles, but not `is:inline` scripts, which it copies into
 * the page verbatim: Starlight's theme, search-shortcut and sidebar scripts, and our own (see
 * `Search.astro`). Without their hashes the browser blocks them under `security.csp`. Reading them
 * from the `.astro` sources keeps the hashes in step with the installed Starlight on every build,
 * while still allowing only scripts that a component we install or write contains: a script pasted
 * into an article, or one built from an expression (`define:vars`, `set:html`), is not allowed.
 * `tests/site/csp.test.ts` re-hashes every inline script in the built pages and fails if one is
 * missing from its page's policy, so a change in how Astro or Starlight emits them cannot slip by.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A CSP hash source, in the form `security.csp.scriptDirective.hashes` takes. */
export type Sha256Source = `sha256-${string}`;

/** An opening `<script …>` tag, its body and the closing tag, in an `.astro` source. */
const SCRIPT_BLOCK = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/** Attributes that make Astro rewrite or fill the body, so the source text is not what ships. */
const TRANSFORMED = /\b(define:vars|set:html|set:text|src)\b/;

/** The sha256 CSP source of a script body, exactly as the browser hashes it (UTF-8, no trimming). */
export function sha256Source(body: string): Sha256Source {
	return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}

/** The bodies of the `is:inline` scripts in one `.astro` source whose text ships unchanged. */
export function inlineScriptBodies(astroSource: string): string[] {
	const bodies: string[] = [];
	for (const [, attributes = '', body = ''] of astroSource.matchAll(SCRIPT_BLOCK)) {
		if (!/\bis:inline\b/.test(attributes) || TRANSFORMED.test(attributes)) continue;
		if (/\btype\s*=\s*["'](module|application\/(ld\+)?json)["']/.test(attributes)) continue;
		bodies.push(body);
	}
	return bodies;
}

/** Every `.astro` file under a folder. */
function astroFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : astroFiles(path);
		return name.endsWith('.astro') ? [path] : [];
	});
}

/** The folder of the installed `@astrojs/starlight` package, found the way Node resolves it. */
export function starlightPackageDir(projectRoot: string): string {
	// `./components` is one of the package's exports; it sits in `dist/` under the package root.
	const entry = createRequire(join(projectRoot, 'package.json')).resolve('@astrojs/starlight/components');
	return dirname(dirname(entry));
}

/**
 * The sha256 sources of every inline script in Starlight's components and in `src/`, sorted and
 * without duplicates. Throws when none is found: that means Starlight moved its components, and
 * a policy without them would silently break theme switching.
 */
export function inlineScriptHashes(projectRoot: string): Sha256Source[] {
	const dirs = [starlightPackageDir(projectRoot), join(projectRoot, 'src')];
	const hashes = new Set<Sha256Source>();
	for (const file of dirs.flatMap(astroFiles)) {
		for (const body of inlineScriptBodies(readFileSync(file, 'utf8'))) hashes.add(sha256Source(body));
	}
	if (hashes.size === 0) {
		throw new Error(
			`No inline scripts found in ${dirs.join(' or ')}. Expected Starlight's components there; check where @astrojs/starlight keeps its .astro files.`,
		);
	}
	return [...hashes].sort();
}

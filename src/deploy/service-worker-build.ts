/**
 * Writes `sw.js` into a built site: src/offline/service-worker.ts bundled with the list of files it
 * stores on the first visit, made by workbox-build's `getManifest` over the built files (so it does
 * not depend on Astro's or Vite's version).
 *
 * Stored on the first visit (what a reader on a slow connection can afford, ≈ the numbers the build
 * prints): every page, every script and stylesheet (the checkers' code and workers, Pagefind's
 * runtime and the search dialog's wrapper of it), the icons and web app manifest, the search
 * vocabulary, and Pagefind's index, of the reader's language only (the language of the page that
 * registered the worker: see `splitByLanguage`; other languages' pages are kept as they are
 * visited). Not stored until used: images in `_astro/` (kept as pages that show them are visited),
 * large on-demand files (models, OCR data: see ON_DEMAND_EXTENSIONS), Pagefind's unused UI bundles,
 * sitemaps and anything bigger than MAX_PRECACHED_FILE.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';
import { ON_DEMAND_EXTENSIONS } from '../offline/cache-rules';
import { LOCALE_INFO, LOCALES, type Locale } from '../i18n/locales';
import { localeOfPath } from '../i18n/paths';

/** A file bigger than this is fetched when used, not on the first visit (Workbox warns when it skips one). */
export const MAX_PRECACHED_FILE = 1024 * 1024;

/** One file to store: its path relative to the site's base, and Workbox's revision (null for hashed names). */
export interface PrecacheEntry {
	url: string;
	revision: string | null;
}

export interface PrecacheList {
	entries: PrecacheEntry[];
	/** What Workbox left out and why (e.g. a file over MAX_PRECACHED_FILE). */
	warnings: string[];
}

/** The Pagefind WebAssembly files of the languages the index has (`pagefind-entry.json`). */
function pagefindWasm(dir: string): string[] {
	try {
		const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			languages?: Record<string, { wasm?: string }>;
		};
		return Object.values(entry.languages ?? {}).map(
			(language) => `pagefind/wasm.${language.wasm ?? 'unknown'}.pagefind`,
		);
	} catch {
		return [];
	}
}

/** The files of a built site in `dir` that the service worker stores on the first visit. */
export async function precacheList(dir: string): Promise<PrecacheList> {
	const { manifestEntries, warnings } = await getManifest({
		globDirectory: dir,
		globPatterns: [
			'**/*.html',
			// Every script and stylesheet, wherever it is: Vite's in `_astro/`, Pagefind's runtime and the
			// search dialog's re-export of it (public/pagefind-understood/).
			'**/*.{js,mjs,css}',
			'_astro/**/*.svg',
			'favicon.svg',
			'icons/*.png',
			'manifest.webmanifest',
			'search-vocabulary.json',
			'pagefind/pagefind-entry.json',
			'pagefind/*.pf_meta',
			'pagefind/{index,fragment,filter}/**/*',
			...pagefindWasm(dir),
		],
		globIgnores: [
			`**/*.{${ON_DEMAND_EXTENSIONS.join(',')}}`,
			`**/*.{${ON_DEMAND_EXTENSIONS.join(',')}}.{gz,br}`,
			// Pagefind's own UI bundles, which the site does not use (Starlight bundles its UI in `_astro/`).
			'pagefind/pagefind-*ui.*',
			'pagefind/pagefind-highlight.js',
			'sw.js',
		],
		// Vite's names carry a content hash: no revision needed.
		dontCacheBustURLsMatching: /^_astro\//,
		maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE,
	});
	return { entries: (manifestEntries ?? []).map(({ url, revision }) => ({ url, revision })), warnings };
}

/** The locale whose BCP 47 tag Pagefind lower-cased into a file name (`pt-br` → `pt-br`), if any. */
function localeOfTag(tag: string): Locale | undefined {
	return LOCALES.find((locale) => LOCALE_INFO[locale].lang.toLowerCase() === tag.toLowerCase());
}

/**
 * Which language a stored file belongs to, or null for a file every language needs (scripts,
 * styles, icons, Pagefind's runtime, the 404 page). A page and the search vocabulary belong to
 * the language of their folder; Pagefind's index files carry the language in their names
 * (`index/es_….pf_index`, `pagefind.es_….pf_meta`, `wasm.es.pagefind`).
 */
export function languageOfFile(url: string): Locale | null {
	const pagefind =
		/^pagefind\/(?:(?:index|fragment|filter)\/|pagefind\.)([a-z]{2,3}(?:-[a-z0-9]+)*)_[0-9a-f]+\.pf_/i.exec(url);
	const wasm = /^pagefind\/wasm\.([a-z]{2,3}(?:-[a-z0-9]+)*)\.pagefind$/i.exec(url);
	const tag = pagefind?.[1] ?? wasm?.[1];
	if (tag) return localeOfTag(tag) ?? null;
	if (url === '404.html') return null;
	if (url.endsWith('.html') || url.endsWith('search-vocabulary.json')) return localeOfPath(url);
	return null;
}

/** The stored files split into those every language needs and those of each language. */
export function splitByLanguage(entries: readonly PrecacheEntry[]): {
	shared: PrecacheEntry[];
	languages: Partial<Record<Locale, PrecacheEntry[]>>;
} {
	const shared: PrecacheEntry[] = [];
	const languages: Partial<Record<Locale, PrecacheEntry[]>> = {};
	for (const entry of entries) {
		const locale = languageOfFile(entry.url);
		if (locale === null) shared.push(entry);
		else (languages[locale] ??= []).push(entry);
	}
	return { shared, languages };
}

/** Writes `sw.js` into the built site in `dir` and says what it stores (every language's files; a reader stores the shared ones and one language's). */
export async function writeServiceWorker(dir: string): Promise<PrecacheList> {
	const list = await precacheList(dir);
	const { shared, languages } = splitByLanguage(list.entries);
	const result = await build({
		entryPoints: [fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url))],
		bundle: true,
		format: 'iife',
		target: 'es2022',
		minify: true,
		write: false,
		legalComments: 'none',
		define: {
			// Workbox's modules log only when NODE_ENV is not production.
			'process.env.NODE_ENV': '"production"',
			// What every reader stores, and what each language adds (src/offline/service-worker.ts picks one).
			'self.__WB_MANIFEST': JSON.stringify(shared),
			__KYC_LANGUAGE_MANIFESTS: JSON.stringify(languages),
		},
	});
	writeFileSync(join(dir, 'sw.js'), result.outputFiles[0]!.text);
	return list;
}

/**
 * What a first visit in each language stores: the shared files and that language's, in bytes on disk
 * and with gzip (what most hosts send). Each file is read and compressed once, though the shared files
 * count in every language.
 */
export function firstVisitByLanguage(
	dir: string,
	list: PrecacheList,
): Record<string, { files: number; bytes: number; gzipBytes: number }> {
	const { shared, languages } = splitByLanguage(list.entries);
	const sizes = new Map<string, { bytes: number; gzipBytes: number }>();
	const sizeOf = (url: string) => {
		let size = sizes.get(url);
		if (!size) {
			const content = readFileSync(join(dir, decodeURIComponent(url)));
			size = { bytes: content.length, gzipBytes: gzipSync(content).length };
			sizes.set(url, size);
		}
		return size;
	};
	const measure = (entries: readonly PrecacheEntry[]) => {
		let bytes = 0;
		let gzipBytes = 0;
		for (const { url } of entries) {
			const size = sizeOf(url);
			bytes += size.bytes;
			gzipBytes += size.gzipBytes;
		}
		return { files: entries.length, bytes, gzipBytes };
	};
	const locales = Object.keys(languages).length > 0 ? Object.keys(languages) : ['en'];
	return Object.fromEntries(
		locales.map((locale) => [locale, measure([...shared, ...(languages[locale as Locale] ?? [])])]),
	);
}

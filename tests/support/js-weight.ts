/**
 * How much JavaScript a built page makes the reader download, gzipped, split the way the budgets
 * are: what every page loads before any widget hydrates, and what each widget adds.
 *
 * Read from the HTML and the built chunks, no browser:
 * - the page's own JavaScript: its `<script type="module" src>` files, the files its inline module
 *   scripts import, and every chunk those import, statically or dynamically (Starlight's search UI
 *   is a dynamic import fired on idle, so it is counted: the reader downloads it without asking),
 *   plus the inline scripts themselves;
 * - a widget's own JavaScript, minus what the page already loads: the `component-url` and
 *   `renderer-url` of its `<astro-island>` and everything they import statically (what Astro
 *   fetches to hydrate it, when it scrolls into view), plus everything the component imports
 *   dynamically (`onUse`: fetched when the reader uses it; deferring a download does not make it
 *   free). The renderer's own dynamic imports are framework options loaded only in some cases
 *   (Astro's Preact client fetches `@preact/signals` only for signal props): reported as
 *   `optional`, not counted;
 * - a widget's workers (`new Worker(new URL("…", import.meta.url))` in its chunks) are reported on
 *   their own, with their imports.
 * Pagefind's runtime (`pagefind/*.js`, wasm, index) loads on the first search, from a computed URL,
 * so it is in none of these numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** Every page, before any widget hydrates. Starlight alone is ≈ 31 kB, most of it the search UI. */
export const PAGE_BUDGET = 40_000;
/**
 * Each widget's own JavaScript when it hydrates: its component, what it imports statically, the
 * Preact runtime; not what the page already loads. Own budget (15 kB gzip), so that a widget stays
 * cheap to download and parse on a slow phone.
 */
export const WIDGET_BUDGET = 15_000;
/**
 * The checking logic a widget fetches when the reader first uses it (the date parser with its
 * calendars and month names; the name matcher with the ICAO tables and the MRZ parser). Like the
 * photo worker, it is held to a budget of its own rather than added to the 15 kB: a reader who
 * never touches a widget never downloads it, and no page waits for it.
 */
export const WIDGET_LOGIC_BUDGET = 20_000;
/** The widgets the guide embeds; each is checked from the moment it appears on a built page. */
export const EXPECTED_WIDGETS = [
	'DateChecker',
	'NameMatcher',
	'PhotoChecker',
	'SelfieChecker',
	'ReadinessReport',
] as const;

/** The gzip size of a buffer or string at zlib's default level, what most hosts send. */
export function gzipSize(content: string | Buffer): number {
	return gzipSync(content).length;
}

/** Imports in a built ES module: `import … from "x"`, `import "x"`, `export … from "x"`, and `import("x")`. */
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`]([^"'`]+\.m?js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g;
/** `new Worker(new URL("x", import.meta.url))`; Vite writes the base as ``"" + import.meta.url``. */
// In a worker, Vite writes the base as `"" + self.location.href` and may put a comment before the path.
const WORKER =
	/new\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*(?:\/\*[^*]*\*\/\s*)?["'`]([^"'`]+)["'`]\s*,\s*(?:["'`]{2}\s*\+\s*)?(?:import\.meta\.url|self\.location\.href)\s*\)/g;

/** A set of built JavaScript files with their gzip sizes. */
export interface Bundle {
	/** Files, as paths under the build folder (`_astro/page.abc.js`), to their gzip size. */
	files: Map<string, number>;
	/** Their total gzip size in bytes. */
	gzip: number;
}

export interface WidgetWeight extends Bundle {
	/** The island's component name (`opts.name` on `<astro-island>`), e.g. `DateChecker`. */
	name: string;
	/** The part of `files` the component imports dynamically: fetched on first use, not on hydration. */
	onUse: Bundle;
	/** The renderer's dynamic imports, fetched only in some cases; not in `files`. */
	optional: Bundle;
	/** Workers the widget starts, each with its own imports. */
	workers: Array<Bundle & { file: string }>;
}

export interface PageWeight extends Bundle {
	/** The HTML file, e.g. `document-quality/glare/index.html`. */
	page: string;
	/** Gzip size of the page's inline scripts (theme, search hint, island bootstrap), included in `gzip`. */
	inlineGzip: number;
	/** The widgets on the page and what each adds. */
	widgets: WidgetWeight[];
}

/** Reads and measures built files, following imports; one instance per build folder. */
export class BuildReader {
	private readonly sizes = new Map<string, number>();
	private readonly sources = new Map<string, string>();

	/** `dir` is the build folder; `base` the base path it was built for (`/` or `/kyc/`). */
	constructor(
		readonly dir: string,
		readonly base = '/',
	) {}

	/** A URL from a page or chunk, resolved to a file path under the build folder, or undefined if it leaves the site. */
	resolve(url: string, from: string): string | undefined {
		// A template literal with an expression is a computed URL (Pagefind's runtime): not a static dependency.
		if (url.includes('${')) return undefined;
		const resolved = new URL(url, new URL(from, `http://site${this.base}`));
		if (resolved.origin !== 'http://site' || !resolved.pathname.startsWith(this.base)) return undefined;
		return decodeURIComponent(resolved.pathname.slice(this.base.length));
	}

	private source(file: string): string {
		let text = this.sources.get(file);
		if (text === undefined) {
			text = readFileSync(join(this.dir, file), 'utf8');
			this.sources.set(file, text);
		}
		return text;
	}

	/** The gzip size of one built file. */
	size(file: string): number {
		let size = this.sizes.get(file);
		if (size === undefined) {
			size = gzipSize(readFileSync(join(this.dir, file)));
			this.sizes.set(file, size);
		}
		return size;
	}

	/** The files a module imports: statically, and also dynamically when `dynamic` is set. */
	imports(file: string, dynamic: boolean): string[] {
		const text = this.source(file);
		return [...text.matchAll(STATIC_IMPORT), ...(dynamic ? text.matchAll(DYNAMIC_IMPORT) : [])]
			.map((match) => this.resolve(match[1]!, file))
			.filter((path): path is string => path !== undefined);
	}

	/** The workers a module starts. */
	workers(file: string): string[] {
		return [...this.source(file).matchAll(WORKER)]
			.map((match) => this.resolve(match[1]!, file))
			.filter((path): path is string => path !== undefined);
	}

	/** The entries and everything they import, transitively (dynamic imports too when `dynamic` is set). */
	closure(entries: Iterable<string>, dynamic = true): Set<string> {
		const seen = new Set<string>();
		const queue = [...entries];
		while (queue.length > 0) {
			const file = queue.pop()!;
			if (seen.has(file)) continue;
			seen.add(file);
			queue.push(...this.imports(file, dynamic));
		}
		return seen;
	}

	/**
	 * What a page loads by itself: its scripts, what they import statically, and what they import
	 * dynamically (Starlight fetches its search UI on idle), with those modules' static imports.
	 * A dynamic import inside a dynamically imported module waits for the reader: the search UI
	 * fetches the query understanding when the dialog opens, as Pagefind fetches its index then.
	 * `tests/browser/search-loading.test.ts` checks in Chromium that this holds.
	 */
	pageClosure(entries: Iterable<string>): Set<string> {
		const seen = new Set<string>();
		const queue = [...entries].map((file) => ({ file, dynamic: false }));
		while (queue.length > 0) {
			const { file, dynamic } = queue.pop()!;
			if (seen.has(file)) continue;
			seen.add(file);
			queue.push(...this.imports(file, false).map((next) => ({ file: next, dynamic })));
			if (!dynamic) {
				const dynamicOnly = this.imports(file, true).filter((next) => !this.imports(file, false).includes(next));
				queue.push(...dynamicOnly.map((next) => ({ file: next, dynamic: true })));
			}
		}
		return seen;
	}

	bundle(files: Iterable<string>): Bundle {
		const sized = new Map([...files].map((file) => [file, this.size(file)] as const));
		return { files: sized, gzip: [...sized.values()].reduce((sum, size) => sum + size, 0) };
	}

	/** Measures one HTML page of the build. */
	measurePage(page: string): PageWeight {
		const root = parse(this.source(page));
		const entries: string[] = [];
		let inlineGzip = 0;
		for (const script of root.querySelectorAll('script')) {
			const type = script.getAttribute('type') ?? '';
			if (/json|template/i.test(type)) continue;
			const src = script.getAttribute('src');
			if (src) {
				const file = this.resolve(src, page);
				if (file) entries.push(file);
				continue;
			}
			inlineGzip += gzipSize(script.rawText);
			if (type === 'module') {
				for (const match of script.rawText.matchAll(STATIC_IMPORT)) entries.push(this.resolve(match[1]!, page)!);
				for (const match of script.rawText.matchAll(DYNAMIC_IMPORT)) entries.push(this.resolve(match[1]!, page)!);
			}
		}
		const pageFiles = this.pageClosure(entries.filter(Boolean));
		const pageBundle = this.bundle(pageFiles);

		const widgets = new Map<string, WidgetWeight>();
		for (const island of root.querySelectorAll('astro-island')) {
			const name = islandName(island.getAttribute('opts')) ?? island.getAttribute('component-url') ?? 'unknown';
			if (widgets.has(name)) continue;
			const own = [
				island.getAttribute('component-url'),
				island.getAttribute('renderer-url'),
				island.getAttribute('before-hydration-url'),
			]
				.filter((url): url is string => Boolean(url))
				.map((url) => this.resolve(url, page))
				.filter((file): file is string => file !== undefined);
			const component = own.slice(0, 1);
			const notOnPage = (file: string) => !pageFiles.has(file);
			const onHydration = [...this.closure(own, false)].filter(notOnPage);
			const onUse = [...this.closure(component, true)].filter((file) => notOnPage(file) && !onHydration.includes(file));
			const files = [...onHydration, ...onUse];
			const optional = [...this.closure(own, true)].filter((file) => notOnPage(file) && !files.includes(file));
			// Workers the widget starts, and the workers those start (the photo worker's helper thread).
			const started = new Set([...files, ...optional].flatMap((file) => this.workers(file)));
			for (const worker of started)
				for (const file of this.closure([worker])) for (const nested of this.workers(file)) started.add(nested);
			const workers = [...started].map((file) => ({ file, ...this.bundle(this.closure([file])) }));
			widgets.set(name, {
				name,
				...this.bundle(files),
				onUse: this.bundle(onUse),
				optional: this.bundle(optional),
				workers,
			});
		}

		return {
			page,
			files: pageBundle.files,
			gzip: pageBundle.gzip + inlineGzip,
			inlineGzip,
			widgets: [...widgets.values()],
		};
	}
}

/** The component name Astro writes into an island's `opts` attribute. */
function islandName(opts: string | undefined): string | undefined {
	if (!opts) return undefined;
	try {
		const name = (JSON.parse(opts) as { name?: unknown }).name;
		return typeof name === 'string' ? name : undefined;
	} catch {
		return undefined;
	}
}

/** Bytes as kB with one decimal, for reports. */
export function kB(bytes: number): string {
	return `${(bytes / 1000).toFixed(1)} kB`;
}

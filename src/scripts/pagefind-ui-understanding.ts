/**
 * Starlight's search dialog with the site's query understanding. Starlight creates its dialog
 * with `new PagefindUI(…)` from `@pagefind/default-ui`; a plugin in `astro.config.ts` points that
 * import here. This UI loads Pagefind from `pagefind-understood/pagefind.js` (public/), which
 * passes each search to `understoodSearch` below: the dialog corrects misspellings, maps the
 * reader's words to the guide's ("selfie" → facial verification) and merges every candidate
 * reading exactly as the results page does (`searchCandidates`), so both rank a query the same
 * way. It says what it corrected and links to the full results page. The rules are in
 * `src/lib/search/`.
 *
 * The query understanding and its vocabulary load when the reader opens the dialog, not with the
 * page; a search typed before they arrive waits for them (they are small).
 *
 * In the page's language: Pagefind picks the index of `<html lang>` itself; the vocabulary
 * (`es/search-vocabulary.json`), the synonyms and stop words (`src/i18n/search/es.ts`) and the link
 * to the results page (`es/search/`) follow the page's folder, and the words come from the page
 * (`src/i18n/site/client.ts`).
 */
// The real Pagefind UI: from this module the import is not redirected (types: pagefind-default-ui.d.ts).
import { PagefindUI as BasePagefindUI } from '@pagefind/default-ui';
import { basePath } from '../lib/site-paths';
import { localeOfPath, localePrefix } from '../i18n/paths';
import { CLIENT_MESSAGES_ID, readPageMessages, type ClientMessages } from '../i18n/site/client';
import { formatMessage } from '../i18n/site/format';

type SearchLib = typeof import('../lib/search');

/** What the dialog needs of the query understanding, once loaded. */
interface Understanding {
	understand: (term: string) => ReturnType<SearchLib['understandQuery']>;
	searchCandidates: SearchLib['searchCandidates'];
}

const base = basePath();

/** The page's language, from its address under the base (`/kyc/es/…` → `es`). */
function pageLocale() {
	const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : '';
	return localeOfPath(path);
}

let understanding: Promise<Understanding | null> | undefined;
/**
 * Loads the query understanding and the index vocabulary once. Resolves to null when the code
 * cannot load (offline before first use): the dialog then searches the words as typed.
 */
function loadUnderstanding(): Promise<Understanding | null> {
	const locale = pageLocale();
	understanding ??= Promise.all([import('../lib/search'), import('../i18n/search')]).then(
		async ([lib, languages]) => {
			const [vocabulary, language] = await Promise.all([
				fetch(`${base}${localePrefix(locale)}${lib.SEARCH_VOCABULARY_PATH}`)
					.then((response) => (response.ok ? response.json() : {}))
					.then(lib.parseSearchVocabulary)
					// Without it the dialog still understands synonyms; it only cannot correct misspellings.
					.catch(() => lib.EMPTY_VOCABULARY),
				languages.loadSearchLanguage(locale),
			]);
			return {
				understand: (term: string) => lib.understandQuery(term, vocabulary, { language }),
				searchCandidates: lib.searchCandidates,
			};
		},
		() => {
			understanding = undefined; // try again on the next search
			return null;
		},
	);
	return understanding;
}

type Options = Record<string, unknown> & { element?: string | HTMLElement; bundlePath?: string };

/** A Pagefind response: the dialog reads its `results` and `filters`. */
interface PagefindResponse {
	results: Array<{ id: string; score: number }>;
	[key: string]: unknown;
}
type PagefindSearch = (term: string, options?: unknown) => Promise<PagefindResponse | null>;

declare global {
	/** Installed by the dialog below; called by public/pagefind-understood/pagefind.js. */
	var kycUnderstoodSearch:
		((search: PagefindSearch, term: string, options?: unknown) => Promise<PagefindResponse | null>) | undefined;
}

/** Pagefind's UI, searching the way the results page does and explaining what it searched. */
export class PagefindUI extends BasePagefindUI {
	constructor(options: Options) {
		const words = readPageMessages<ClientMessages>(CLIENT_MESSAGES_ID)?.searchDialog;
		const lang = document.documentElement.lang || 'en';
		const notice = document.createElement('p');
		notice.className = 'search-understanding';
		notice.setAttribute('aria-live', 'polite');
		notice.hidden = true;

		const explain = (term: string, corrected: readonly string[]) => {
			notice.replaceChildren();
			notice.hidden = term.trim() === '';
			if (notice.hidden) return;
			// Without the page's words (a page without the footer) the dialog only searches.
			if (!words) return;
			if (corrected.length > 0) {
				const strong = document.createElement('strong');
				strong.textContent = corrected.join(' ');
				const [before, after] = formatMessage(words.correction, { corrected: '\u0000' }, lang).split('\u0000');
				notice.append(before ?? '', strong, `${after ?? ''} `);
			}
			const link = document.createElement('a');
			link.href = `${base}${localePrefix(pageLocale())}search/?q=${encodeURIComponent(term.trim())}`;
			link.textContent = words.seeAll;
			notice.append(link);
		};

		globalThis.kycUnderstoodSearch = async (search, term, searchOptions) => {
			const loaded = await loadUnderstanding();
			if (!loaded) return search(term, searchOptions);
			const understood = loaded.understand(term);
			explain(
				term,
				understood.corrections.map((c) => c.to),
			);
			if (understood.candidates.length === 0) return search(term, searchOptions);
			// The first response lends its shape (filters, counts); the merged ranking replaces its results.
			let shape: PagefindResponse | null = null;
			const merged = await loaded.searchCandidates(async (query) => {
				const response = await search(query, searchOptions);
				shape ??= response;
				return response;
			}, understood.candidates);
			const results = merged.map((m) => m.result);
			return { ...(shape ?? {}), results, unfilteredResultCount: results.length };
		};

		super({
			...options,
			bundlePath: `${base}pagefind-understood/`,
		});

		const element = typeof options.element === 'string' ? document.querySelector(options.element) : options.element;
		element?.before(notice);
		// A reader who opened the dialog before this UI had loaded (it loads on idle) would find
		// focus nowhere: Starlight focuses the input only when opening. Give it focus now.
		const input = element?.querySelector('input');
		if (input && element?.closest('dialog')?.open && !element.contains(document.activeElement)) input.focus();
		// Opening the dialog focuses its input: start loading then, so it is ready by the first word.
		element?.addEventListener('focusin', () => void loadUnderstanding(), { once: true });
	}
}

/**
 * Starlight's search dialog with the site's query understanding. Starlight creates its dialog
 * with `new PagefindUI(…)` from `@pagefind/default-ui`; a plugin in `astro.config.ts` points that import here,
 * so the dialog corrects misspellings and maps the reader's words to the guide's ("selfie" →
 * facial verification) exactly as the results page does, says what it corrected, and links to
 * the full results page. The rules are in `src/lib/search/`.
 *
 * The query understanding and its vocabulary load when the reader opens the dialog, not with the
 * page: if a search comes before they arrive, it runs with the words as typed, then again with them.
 */
// The real Pagefind UI: from this module the import is not redirected (types: pagefind-default-ui.d.ts).
import { PagefindUI as BasePagefindUI } from '@pagefind/default-ui';
import { basePath } from '../lib/site-paths';

type SearchLib = typeof import('../lib/search');
type Understand = (term: string) => ReturnType<SearchLib['understandQuery']>;

const base = basePath();

let understanding: Promise<Understand> | undefined;
/** Loads the query understanding and the index vocabulary once; never rejects. */
function loadUnderstanding(): Promise<Understand> {
	understanding ??= import('../lib/search').then(async (lib) => {
		const vocabulary = await fetch(`${base}${lib.SEARCH_VOCABULARY_PATH}`)
			.then((response) => (response.ok ? response.json() : {}))
			.then(lib.parseSearchVocabulary)
			// Without it the dialog still understands synonyms; it only cannot correct misspellings.
			.catch(() => lib.EMPTY_VOCABULARY);
		return (term: string) => lib.understandQuery(term, vocabulary);
	});
	return understanding;
}

type Options = Record<string, unknown> & { element?: string | HTMLElement };

/** Pagefind's UI, searching with `understandQuery(term).query` and explaining what it searched. */
export class PagefindUI extends BasePagefindUI {
	constructor(options: Options) {
		let understand: Understand | undefined;
		let lastTerm = '';
		const notice = document.createElement('p');
		notice.className = 'search-understanding';
		notice.setAttribute('aria-live', 'polite');
		notice.hidden = true;

		const explain = (term: string, corrected: readonly string[]) => {
			notice.replaceChildren();
			notice.hidden = term.trim() === '';
			if (notice.hidden) return;
			if (corrected.length > 0) {
				const strong = document.createElement('strong');
				strong.textContent = corrected.join(' ');
				notice.append('Showing results for ', strong, '. ');
			}
			const link = document.createElement('a');
			// Trimmed: a re-run search may carry the trailing space that forced it (see below).
			link.href = `${base}search/?q=${encodeURIComponent(term.trim())}`;
			link.textContent = 'See all results on the search page';
			notice.append(link);
		};

		super({
			...options,
			processTerm: (term: string) => {
				lastTerm = term;
				if (!understand) {
					void loadUnderstanding().then((loaded) => {
						understand = loaded;
						// Search again, now understood. Pagefind's UI ignores a trigger with the term it
						// already shows, so toggle a trailing space (which does not change the results).
						if (lastTerm.trim() !== '')
							this.triggerSearch(lastTerm.endsWith(' ') ? lastTerm.trimEnd() : `${lastTerm} `);
					});
					explain(term, []);
					return term;
				}
				const understood = understand(term);
				explain(
					term,
					understood.corrections.map((c) => c.to),
				);
				return understood.query || term;
			},
		});

		const element = typeof options.element === 'string' ? document.querySelector(options.element) : options.element;
		element?.before(notice);
		// A reader who opened the dialog before this UI had loaded (it loads on idle) would find
		// focus nowhere: Starlight focuses the input only when opening. Give it focus now.
		const input = element?.querySelector('input');
		if (input && element?.closest('dialog')?.open && !element.contains(document.activeElement)) input.focus();
		// Opening the dialog focuses its input: start loading then, so it is ready by the first word.
		element?.addEventListener('focusin', () => void loadUnderstanding().then((loaded) => (understand ??= loaded)), {
			once: true,
		});
	}
}

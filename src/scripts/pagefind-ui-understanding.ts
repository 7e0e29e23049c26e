/**
 * Starlight's search dialog with the site's query understanding. Starlight creates its dialog
 * with `new PagefindUI(…)` from `@pagefind/default-ui`; `astro.config.ts` points that import here,
 * so the dialog corrects misspellings and maps the reader's words to the guide's ("selfie" →
 * facial verification) exactly as the results page does, says what it corrected, and links to
 * the full results page. The rules are in `src/lib/search/`.
 */
// The real Pagefind UI, by file: the bare specifier is aliased to this module.
// @ts-expect-error — the package ships no types.
import { PagefindUI as BasePagefindUI } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';
import {
	EMPTY_VOCABULARY,
	SEARCH_VOCABULARY_PATH,
	parseSearchVocabulary,
	understandQuery,
	type SearchVocabulary,
} from '../lib/search';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

type Options = Record<string, unknown> & { element?: string | HTMLElement };

/** Pagefind's UI, searching with `understandQuery(term).query` and explaining what it searched. */
export class PagefindUI extends BasePagefindUI {
	constructor(options: Options) {
		let vocabulary: SearchVocabulary = EMPTY_VOCABULARY;
		let lastTerm = '';
		const notice = document.createElement('p');
		notice.className = 'search-understanding';
		notice.setAttribute('aria-live', 'polite');
		notice.hidden = true;

		const explain = (term: string, corrected: string[]) => {
			notice.replaceChildren();
			notice.hidden = term.trim() === '';
			if (notice.hidden) return;
			if (corrected.length > 0) {
				const strong = document.createElement('strong');
				strong.textContent = corrected.join(' ');
				notice.append('Showing results for ', strong, '. ');
			}
			const link = document.createElement('a');
			link.href = `${base}search/?q=${encodeURIComponent(term)}`;
			link.textContent = 'See all results on the search page';
			notice.append(link);
		};

		super({
			...options,
			processTerm: (term: string) => {
				lastTerm = term;
				const understood = understandQuery(term, vocabulary);
				explain(term, understood.corrections.length > 0 ? understood.corrections.map((c) => c.to) : []);
				return understood.query || term;
			},
		});

		const element = typeof options.element === 'string' ? document.querySelector(options.element) : options.element;
		element?.before(notice);

		// The vocabulary (for corrections) loads once, in the background; a search already shown
		// is run again with it, so "glaer" typed early still finds "glare".
		fetch(`${base}${SEARCH_VOCABULARY_PATH}`)
			.then((response) => (response.ok ? response.json() : {}))
			.then((json) => {
				vocabulary = parseSearchVocabulary(json);
				if (lastTerm.trim() !== '') this.triggerSearch(lastTerm);
			})
			.catch(() => {
				// Without it the dialog still searches; it only cannot correct misspellings.
			});
	}
}

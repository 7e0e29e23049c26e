/**
 * Pagefind's API as the search dialog sees it: everything the real bundle exports, except that
 * `search` goes through the site's query understanding once the page has installed it (see
 * src/scripts/pagefind-ui-understanding.ts). Pagefind's UI imports `${bundlePath}pagefind.js`, so
 * the dialog is pointed at this folder; the index and its chunks still come from ../pagefind/.
 */
import { search as pagefindSearch } from '../pagefind/pagefind.js';

export * from '../pagefind/pagefind.js';

export function search(term, options) {
	const understood = globalThis.kycUnderstoodSearch;
	return understood ? understood(pagefindSearch, term, options) : pagefindSearch(term, options);
}

/**
 * The search results page's browser side: reads `?q=` and `?category=`, runs the shared query
 * understanding through Pagefind, and renders the ranked list. The words are here; the rules are
 * in `src/lib/search/`.
 */
import { CATEGORY_INFO, isFailureCategory } from '../lib/categories';
import {
	EMPTY_VOCABULARY,
	SEARCH_VOCABULARY_PATH,
	SITE_RANKING,
	parseSearchVocabulary,
	searchCandidates,
	understandQuery,
	type SearchVocabulary,
} from '../lib/search';
import { basePath } from '../lib/site-paths';

/** How many results the page lists. */
const MAX_RESULTS = 10;
/** Pause after a keystroke before searching, so typing stays smooth on a slow phone. */
const TYPING_PAUSE_MS = 150;

interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

const base = basePath();

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	pagefindPromise ??= (async () => {
		const url = `${base}pagefind/pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		await pagefind.options({ baseUrl: base, ranking: SITE_RANKING });
		return pagefind;
	})();
	return pagefindPromise;
}

let vocabularyPromise: Promise<SearchVocabulary> | undefined;
function loadVocabulary(): Promise<SearchVocabulary> {
	vocabularyPromise ??= fetch(`${base}${SEARCH_VOCABULARY_PATH}`)
		.then((response) => (response.ok ? response.json() : {}))
		.then(parseSearchVocabulary)
		// Without the vocabulary, search still works; it only cannot correct misspellings.
		.catch(() => EMPTY_VOCABULARY);
	return vocabularyPromise;
}

function element<T extends HTMLElement>(id: string): T {
	const found = document.getElementById(id);
	if (!found) throw new Error(`The search page is missing #${id}.`);
	return found as T;
}

/** Wires the search page: runs the query in the address bar, then searches as the reader types. */
export function startSearchPage(): void {
	const input = element<HTMLInputElement>('search-query');
	const select = element<HTMLSelectElement>('search-category');
	const form = input.form!;
	const status = element('search-status');
	const correction = element('search-correction');
	const list = element<HTMLOListElement>('search-results');
	const empty = element('search-empty');

	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	const category = params.get('category') ?? '';
	select.value = isFailureCategory(category) ? category : '';

	let generation = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;

	async function run(): Promise<void> {
		const current = ++generation;
		const raw = input.value;
		const chosen = select.value;
		updateAddress(raw, chosen);
		if (raw.trim() === '') {
			status.textContent = 'Type the words of your rejection message, or describe what went wrong.';
			correction.hidden = true;
			list.replaceChildren();
			empty.hidden = true;
			return;
		}
		status.textContent = 'Searching…';
		try {
			const [pagefind, vocabulary] = await Promise.all([loadPagefind(), loadVocabulary()]);
			const understood = understandQuery(raw, vocabulary);
			const filters = isFailureCategory(chosen) ? { category: CATEGORY_INFO[chosen].label } : undefined;
			const merged = await searchCandidates(
				(query) => pagefind.search(query, filters ? { filters } : undefined),
				understood.candidates,
			);
			const top = await Promise.all(merged.slice(0, MAX_RESULTS).map(({ result }) => result.data()));
			if (current !== generation) return;

			if (understood.corrections.length > 0) {
				const corrected = understood.corrections.map((c) => c.to).join(' ');
				correction.replaceChildren(
					'Showing results for ',
					strong(corrected),
					` (you typed “${understood.corrections.map((c) => c.from).join(' ')}”).`,
				);
				correction.hidden = false;
			} else correction.hidden = true;

			list.replaceChildren(...top.map(renderResult));
			const where = filters ? ` in ${filters.category}` : '';
			status.textContent =
				top.length === 0
					? `No page matches “${raw.trim().slice(0, 80)}”${where}.`
					: `${top.length} ${top.length === 1 ? 'page matches' : 'pages match'}${where}${understood.reduced ? ' the main words of your message' : ''}.`;
			empty.hidden = top.length > 0;
		} catch {
			if (current !== generation) return;
			status.textContent = 'Search could not load. Reload the page, or browse the categories below.';
			empty.hidden = false;
		}
	}

	function schedule(): void {
		clearTimeout(timer);
		timer = setTimeout(run, TYPING_PAUSE_MS);
	}

	input.addEventListener('input', schedule);
	select.addEventListener('change', () => void run());
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run();
	});
	void run();
}

function updateAddress(q: string, category: string): void {
	const url = new URL(location.href);
	if (q) url.searchParams.set('q', q);
	else url.searchParams.delete('q');
	if (category) url.searchParams.set('category', category);
	else url.searchParams.delete('category');
	history.replaceState(null, '', url);
}

function strong(text: string): HTMLElement {
	const el = document.createElement('strong');
	el.textContent = text;
	return el;
}

function renderResult(data: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
	const li = document.createElement('li');
	const link = document.createElement('a');
	link.className = 'result-title';
	link.href = data.url;
	link.textContent = data.meta.title ?? data.url;
	li.append(link);
	const category = data.filters.category?.[0];
	if (category) {
		const span = document.createElement('span');
		span.className = 'result-category';
		span.textContent = category;
		li.append(span);
	}
	const excerpt = document.createElement('span');
	excerpt.className = 'result-excerpt';
	// Pagefind's excerpt is escaped page text with <mark> around the matched words.
	excerpt.innerHTML = data.excerpt;
	li.append(excerpt);
	return li;
}

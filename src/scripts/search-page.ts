/**
 * The search results page's browser side: reads `?q=` and `?category=`, runs the shared query
 * understanding through Pagefind, and renders the ranked list, in the page's language. The words
 * come from the page (src/pages/[...locale]/search.astro puts them in `data-messages`); the rules
 * are in `src/lib/search/`, the language's synonyms and stop words in `src/i18n/search/`.
 *
 * Pagefind loads the index of the page's language by itself: it reads `<html lang>`, which
 * Starlight sets from the page's folder, and the build writes one index per language.
 */
import { formatMessage, formatPlural } from '../i18n/site/format';
import { readPageMessages } from '../i18n/site/client';
import { isLocale, localePrefix } from '../i18n/paths';
import { loadSearchLanguage } from '../i18n/search';
import type { Locale } from '../i18n/locales';
import { isFailureCategory } from '../lib/categories';
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
import { SEARCH_PAGE_MESSAGES_ID, type SearchPageMessages } from './search-page-messages';

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
function loadVocabulary(locale: Locale): Promise<SearchVocabulary> {
	vocabularyPromise ??= fetch(`${base}${localePrefix(locale)}${SEARCH_VOCABULARY_PATH}`)
		.then((response) => (response.ok ? response.json() : {}))
		.then(parseSearchVocabulary)
		// Without the vocabulary, search still works; it only cannot correct misspellings.
		.catch(() => EMPTY_VOCABULARY);
	return vocabularyPromise;
}

/** The page's words (a page without them is a build mistake). */
function pageMessages(): SearchPageMessages {
	const messages = readPageMessages<SearchPageMessages>(SEARCH_PAGE_MESSAGES_ID);
	if (!messages) throw new Error(`The search page's #${SEARCH_PAGE_MESSAGES_ID} has no readable data-messages.`);
	return messages;
}

function element<T extends HTMLElement>(id: string): T {
	const found = document.getElementById(id);
	if (!found) throw new Error(`The search page is missing #${id}.`);
	return found as T;
}

/** Wires the search page: runs the query in the address bar, then searches as the reader types. */
export function startSearchPage(): void {
	const holder = element(SEARCH_PAGE_MESSAGES_ID);
	const t = pageMessages();
	const localeKey = holder.dataset.locale ?? 'en';
	const locale: Locale = isLocale(localeKey) ? localeKey : 'en';
	const lang = document.documentElement.lang || 'en';
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
			status.textContent = t.prompt;
			correction.hidden = true;
			list.replaceChildren();
			empty.hidden = true;
			return;
		}
		status.textContent = t.searching;
		try {
			const [pagefind, vocabulary, language] = await Promise.all([
				loadPagefind(),
				loadVocabulary(locale),
				loadSearchLanguage(locale),
			]);
			const understood = understandQuery(raw, vocabulary, { language });
			const label = isFailureCategory(chosen) ? t.categories[chosen] : undefined;
			const filters = label ? { category: label } : undefined;
			const merged = await searchCandidates(
				(query) => pagefind.search(query, filters ? { filters } : undefined),
				understood.candidates,
			);
			const top = await Promise.all(merged.slice(0, MAX_RESULTS).map(({ result }) => result.data()));
			if (current !== generation) return;

			if (understood.corrections.length > 0) {
				const corrected = understood.corrections.map((c) => c.to).join(' ');
				const typed = understood.corrections.map((c) => c.from).join(' ');
				const [before, after] = formatMessage(t.correction, { typed, corrected: '\u0000' }, lang).split('\u0000');
				correction.replaceChildren(before ?? '', strong(corrected), after ?? '');
				correction.hidden = false;
			} else correction.hidden = true;

			list.replaceChildren(...top.map(renderResult));
			const values = { query: raw.trim().slice(0, 80), category: label ?? '' };
			const count = understood.reduced
				? label
					? t.resultsReducedInCategory
					: t.resultsReduced
				: label
					? t.resultsInCategory
					: t.results;
			status.textContent =
				top.length === 0
					? formatMessage(label ? t.noResultsInCategory : t.noResults, values, lang)
					: formatPlural(count, top.length, values, lang);
			empty.hidden = top.length > 0;
		} catch {
			if (current !== generation) return;
			status.textContent = t.loadError;
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

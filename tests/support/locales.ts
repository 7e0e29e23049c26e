/**
 * Which built pages the browser runs visit in each language. Every English page, as before; in
 * every other enabled language, every checker page (the islands' own words, right to left in Arabic)
 * and a fixed sample of the rest: the home page, two articles with example photos, diagrams and a
 * checker, and the search page (10 pages a language). That keeps `npm test` within minutes as
 * languages are enabled, while every kind of page is seen in every language.
 */
import { localeOfPath, pathInLocale } from '../../src/i18n/paths';

/** The pages (paths inside a language) sampled in every language besides English. */
export const SAMPLED_PAGES: readonly string[] = [
	// the symptom finder, the category cards, the search box
	'',
	// example photos, a diagram, the photo checker inside an article
	'document-quality/glare/',
	// the face-frame diagram, the selfie checker inside an article
	'facial-verification/camera-position/',
	// the results page and its script's words
	'search/',
];

/**
 * The paths a browser run visits, from every page of the build (paths relative to the base:
 * `''`, `es/document-quality/glare/`, `404.html`).
 */
export function browserSample(paths: readonly string[]): string[] {
	return paths.filter((path) => {
		if (localeOfPath(path) === 'en') return true;
		const inLocale = pathInLocale(path);
		const local = inLocale === 'index' ? '' : inLocale;
		return local.startsWith('checkers/') || SAMPLED_PAGES.includes(local);
	});
}

/**
 * Which built pages the browser runs visit in each language. Every English page, as before; in
 * every other enabled language, every checker page (the islands' own words, right to left in Arabic)
 * and a fixed sample of the rest: the home page, a category overview, articles with example photos,
 * diagrams and a checker, Stay safe and the search page. That keeps `npm test` within minutes as
 * languages are enabled, while every kind of page is seen in every language.
 */
import { localeOfPath, pathInLocale } from '../../src/i18n/paths';

/** The pages (paths inside a language) sampled in every language besides English. */
export const SAMPLED_PAGES: readonly string[] = [
	'',
	'document-quality/',
	// example photos and a diagram, the photo checker
	'document-quality/glare/',
	// diagrams of the face frame, the selfie checker
	'facial-verification/camera-position/',
	// the date checker, dates left to right in right-to-left pages
	'information-mismatch/date-of-birth/',
	'stay-safe/',
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

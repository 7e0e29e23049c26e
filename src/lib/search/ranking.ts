/**
 * The Pagefind ranking weights the site searches with: Starlight's defaults (its
 * `schemas/pagefind.ts`), which the search dialog uses because `astro.config.ts` sets no
 * `pagefind.ranking`. Every surface (results page, tests, bench) passes the same weights to
 * `pagefind.options({ ranking })`, so the evaluation measures what readers get. Change them here
 * and in `astro.config.ts` together.
 */
export const SITE_RANKING = {
	/** Pagefind's default is 0.75; Starlight cares less about page length. */
	pageLength: 0.1,
	/** Pagefind's default is 1.0. */
	termFrequency: 0.1,
	/** Pagefind's default is 1.4. */
	termSaturation: 2,
	/** Pagefind's default is 1.0; Starlight strongly prefers exact words to prefix matches. */
	termSimilarity: 9,
} as const;

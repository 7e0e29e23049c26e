/**
 * `getStaticPaths` for the site's own pages that exist once per language (the search page, its
 * vocabulary, the OpenSearch description), in `src/pages/[...locale]/`: English at the root
 * (`search/`), every other enabled language in its folder (`es/search/`).
 */
import { ENABLED_LOCALES, type Locale } from './locales';

/** One route per enabled language; `locale` is undefined for English, the root. */
export function localeRoutes(enabled: readonly Locale[] = ENABLED_LOCALES) {
	return enabled.map((locale) => ({
		params: { locale: locale === 'en' ? undefined : locale },
		props: { locale },
	}));
}

/** Links from a checker to the guide's articles, in the reader's language. */
import { articleHref } from '../../lib/site-paths';
import type { Locale } from '../locales';

/**
 * The URL of a docs entry (`document-quality/glare`) in `locale`'s folder, under the site's base
 * path: English is at the root, every other language in a folder of the same slugs (`/es/…`).
 */
export function localeArticleHref(id: string, locale: Locale): string {
	return articleHref(locale === 'en' ? id : `${locale}/${id}`);
}

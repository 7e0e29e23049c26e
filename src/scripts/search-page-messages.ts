import type { SiteMessages } from '../i18n/site';
import type { FailureCategory } from '../lib/categories';

/** The id of the element on the search page that carries its words (`data-messages`, JSON). */
export const SEARCH_PAGE_MESSAGES_ID = 'search-page-messages';

/** What the search page's script needs: the page's words and each category's name, in the page's language. */
export type SearchPageMessages = SiteMessages['searchPage'] & {
	readonly categories: Readonly<Partial<Record<FailureCategory, string>>>;
};

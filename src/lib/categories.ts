/**
 * The six failure categories, in the order the guide presents them.
 *
 * This one list drives the content schema's `category` enum, the sidebar, the category
 * overview pages and the search filter: add a category here and everything follows. Its name and
 * summary in each language are in the site's message tables (`categories` in src/i18n/site/en.ts).
 */
export const FAILURE_CATEGORIES = [
	'document-quality',
	'information-mismatch',
	'facial-verification',
	'technical-issues',
	'after-repeated-failures',
	'account-and-eligibility',
] as const;

/** A failure category's id, which is also its folder under `src/content/docs/`. */
export type FailureCategory = (typeof FAILURE_CATEGORIES)[number];

/** Whether a string names a failure category. */
export function isFailureCategory(value: string): value is FailureCategory {
	return (FAILURE_CATEGORIES as readonly string[]).includes(value);
}

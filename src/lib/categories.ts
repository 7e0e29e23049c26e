/**
 * The six failure categories, in the order the guide presents them.
 *
 * This one list drives the content schema's `category` enum, the sidebar, the category
 * overview pages and the search filter: add a category here and everything follows.
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

/** What a reader sees for each category: its name and a one-line summary. */
export const CATEGORY_INFO: Record<FailureCategory, { label: string; summary: string }> = {
	'document-quality': {
		label: 'Document quality',
		summary: 'The photo of your ID was blurry, had glare, was cut off, too small or badly lit.',
	},
	'information-mismatch': {
		label: 'Information mismatch',
		summary: 'Your name, date of birth or country differs from your ID, or the ID has expired.',
	},
	'facial-verification': {
		label: 'Facial verification',
		summary: 'The selfie or liveness check failed: light, glasses or hats, camera position, movement.',
	},
	'technical-issues': {
		label: 'Technical issues',
		summary: 'The upload or camera step broke: browser, app version, network or a session timeout.',
	},
	'after-repeated-failures': {
		label: 'After repeated failures',
		summary: 'You were rejected more than once: read the reason, prepare, contact support, change document.',
	},
	'account-and-eligibility': {
		label: 'Account and eligibility',
		summary:
			'Proof of address, an ID already used, wrong confirmed details, a long review, age or region, a final rejection.',
	},
};

/** Whether a string names a failure category. */
export function isFailureCategory(value: string): value is FailureCategory {
	return (FAILURE_CATEGORIES as readonly string[]).includes(value);
}

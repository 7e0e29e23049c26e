/**
 * The few interface words browser scripts need, handed over by the page instead of bundled: the
 * footer renders them, in the page's language, as JSON in `data-messages` on a hidden element, so
 * a page's JavaScript never carries any language's tables.
 */
import type { SiteMessages } from './en';

/** The id of the element that carries the words (rendered by src/components/Footer.astro). */
export const CLIENT_MESSAGES_ID = 'kyc-messages';

/** What the scripts on every page need: the offline notice and the search dialog's additions. */
export type ClientMessages = Pick<SiteMessages, 'offline' | 'searchDialog'>;

/** The part of a language's table the browser scripts get. */
export function clientMessagesOf(messages: SiteMessages): ClientMessages {
	return { offline: messages.offline, searchDialog: messages.searchDialog };
}

/**
 * Reads the words a page handed over in `data-messages` on the element with `id`. Returns null
 * when the element is missing or unreadable; the caller decides what to do without words.
 */
export function readPageMessages<T>(id: string, doc: Document = document): T | null {
	const json = doc.getElementById(id)?.dataset.messages;
	if (!json) return null;
	try {
		return JSON.parse(json) as T;
	} catch {
		return null;
	}
}

/**
 * How an island gets its words without putting any language's text into the page's JavaScript: on
 * the server it renders from the table (tables.ts) and writes the groups it uses into the page as a
 * JSON data block inside its own markup; in the browser it reads that block back before its first
 * render. The words are the same on both sides, so hydration shows the reader's language from the
 * first paint: nothing flashes in English.
 */
import { h, type VNode } from 'preact';
import type { Locale } from '../locales';
import { checkerText, type CheckerText } from './format';
import { serverMessages } from './tables';
import type { CheckerMessages, MessageGroup } from './types';

/** What an island renders with: its groups of messages, the formatter, and the data block to render. */
export interface IslandText<G extends MessageGroup> {
	m: Pick<CheckerMessages, G>;
	t: CheckerText;
	/** The JSON data block: render it once inside the island's root element. */
	data: VNode;
}

const ATTRIBUTE = 'data-checker-messages';

/** The groups loaded so far, by block key: picked from the table on the server, read back from the page in the browser. */
const read = new Map<string, { messages: unknown; json: string }>();

/** JSON safe inside a `<script>` element: no `<` (so no `</script>`), and the line separators JSON allows but JS did not. */
function scriptJson(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

function load<G extends MessageGroup>(key: string, locale: Locale, groups: readonly G[]) {
	let entry = read.get(key);
	if (entry) return entry;
	if (import.meta.env.SSR) {
		const table = serverMessages(locale);
		const messages = Object.fromEntries(groups.map((group) => [group, table[group]]));
		entry = { messages, json: scriptJson(messages) };
	} else {
		const block = document.querySelector(`script[${ATTRIBUTE}="${key}"]`);
		if (!block?.textContent)
			throw new Error(
				`Checker messages "${key}" are not in the page. The island must be rendered on the server (client:visible or client:load, not client:only).`,
			);
		entry = { messages: JSON.parse(block.textContent) as unknown, json: block.textContent };
	}
	read.set(key, entry);
	return entry;
}

/**
 * The words of `locale` for an island that uses `groups`. Call it in the island's component (not
 * conditionally) and render `data` inside the island's root element.
 */
export function useMessages<G extends MessageGroup>(locale: Locale, groups: readonly G[]): IslandText<G> {
	const key = `${locale}:${groups.join(',')}`;
	const entry = load(key, locale, groups);
	return {
		m: entry.messages as Pick<CheckerMessages, G>,
		t: checkerText(locale),
		data: h('script', {
			type: 'application/json',
			[ATTRIBUTE]: key,
			dangerouslySetInnerHTML: { __html: entry.json },
		}) as VNode,
	};
}

/**
 * A message whose placeholders are filled with markup (`<code>`, `<bdi>`) as well as text: the
 * message's words as strings, each marked-up value in its place. Numbers and strings are formatted
 * as `CheckerText.format` does.
 */
export function rich(
	t: CheckerText,
	message: string,
	values: Readonly<Record<string, string | number | VNode>>,
): Array<string | VNode> {
	const out: Array<string | VNode> = [];
	let last = 0;
	for (const match of message.matchAll(/\{(\w+)\}/g)) {
		if (match.index > last) out.push(message.slice(last, match.index));
		const value = values[match[1]!];
		if (value !== undefined) out.push(typeof value === 'object' ? value : t.format(`{v}`, { v: value }));
		last = match.index + match[0].length;
	}
	if (last < message.length) out.push(message.slice(last));
	return out;
}

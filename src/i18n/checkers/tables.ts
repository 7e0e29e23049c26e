/**
 * The message tables of every language, for the server only: the islands render their words on the
 * server from here and write the one table they need into the page (use-messages.ts), so no page's
 * JavaScript carries any language's text. In the client build `import.meta.env.SSR` is false, the
 * glob below is dead code, and the tables, modules without side effects, are left out of the bundle
 * (tests/unit/checker-messages-bundle.test.ts checks the built files for it).
 */
import type { Locale } from '../locales';
import type { CheckerMessages } from './types';

/** The tables that exist, by file name: `en.ts`, and each language's once its translator delivers it. */
const modules: Record<string, { messages: CheckerMessages }> = import.meta.env.SSR
	? import.meta.glob<{ messages: CheckerMessages }>('./{en,es,pt-br,tr,ru,vi,id,ar}.ts', { eager: true })
	: {};

/** The locales that have a table (English always). */
export function localesWithTable(): Locale[] {
	return Object.keys(modules).map((file) => file.replace(/^\.\/|\.ts$/g, '') as Locale);
}

/**
 * A language's table on the server. A language without one (not translated yet, so not enabled)
 * gets English; an enabled language always has one (tests/unit/checker-messages.test.ts).
 */
export function serverMessages(locale: Locale): CheckerMessages {
	const table = modules[`./${locale}.ts`] ?? modules['./en.ts'];
	if (!table) throw new Error('No checker messages: src/i18n/checkers/en.ts is missing or this runs in the browser.');
	return table.messages;
}

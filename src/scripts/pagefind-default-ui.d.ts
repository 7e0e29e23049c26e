/** The part of Pagefind's Default UI (which ships no types) that the site uses. */
declare module '@pagefind/default-ui' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
		/** Runs a search as if the reader had typed `term`. */
		triggerSearch(term: string): void;
		destroy(): void;
	}
}

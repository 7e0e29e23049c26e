/**
 * A glossary fixes how one language says the guide's key terms, so every page and every checker
 * says "selfie" or "proof of address" the same way. Tests check that a language's pages and
 * messages use `term` and never a word listed in `avoid`.
 */
export interface GlossaryEntry {
	/** The English term, as the English pages use it. */
	readonly en: string;
	/** The one wording this language uses for it. */
	readonly term: string;
	/**
	 * Other wordings a translator might reach for that this guide does not use (a machine
	 * translation's choice, a false friend, a word readers would not understand). Matched as whole
	 * words, case-insensitively, in the language's pages and messages.
	 */
	readonly avoid?: readonly string[];
	/** Why this wording: what readers and the exchange's own pages in this language say. */
	readonly note?: string;
}

export type Glossary = readonly GlossaryEntry[];

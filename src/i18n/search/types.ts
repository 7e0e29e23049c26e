import type { SynonymGroup } from '../../lib/search';

/**
 * What the search needs to understand one language: the file `src/i18n/search/<locale>.ts`
 * exports `search: SearchLanguage`.
 *
 * Every word here is compared after the search's normalisation (src/lib/search/normalize.ts): lower
 * case, accents and other combining marks removed (`é` → `e`, Vietnamese `ệ` → `e`, Arabic harakat
 * dropped), apostrophes removed inside words. Write the words as readers type them; the
 * normalisation makes `verificación` and `verificacion` the same word.
 */
export interface SearchLanguage {
	/**
	 * What readers of this language type or paste, mapped to the words this language's pages use,
	 * in the shape of the English table (src/lib/search/kyc-synonyms.ts; read its header for what
	 * `guide`, `variants` and `role` mean). `guide` entries must be words of this language's pages;
	 * `variants` are everyday words, common misspellings that the automatic correction would miss,
	 * and the exchange app's wording in this language where you can source it. The English table is
	 * searched after this one, so English messages pasted as they are still work.
	 */
	readonly synonyms: readonly SynonymGroup[];
	/**
	 * Words that carry no meaning for finding an article (articles, prepositions, pronouns,
	 * auxiliaries, chat fillers), one word each, normalised. Never a domain word, and not the
	 * language's "not" (it carries "not clear", "does not match").
	 */
	readonly stopWords: readonly string[];
	/**
	 * The boilerplate of rejection messages and support e-mails in this language ("unfortunately",
	 * "please try again", "dear user"), as word sequences. Removed only from long pasted messages.
	 */
	readonly boilerplate: readonly string[];
}

import { isWordToken, tokenize } from './normalize';
import type { SearchVocabularyFile } from './search-vocabulary';

/**
 * The index vocabulary, produced at build time from the content (never maintained by hand):
 * every word of the titles, descriptions, symptoms and bodies, with how often it occurs. The
 * endpoint `src/pages/[...locale]/search-vocabulary.json.ts` writes it to `search-vocabulary.json`.
 */

/** The searchable text of one page, as the content collection holds it. */
export interface PageText {
	readonly title: string;
	readonly description?: string | undefined;
	readonly symptoms?: readonly string[] | undefined;
	/** The raw MDX (or Markdown, or plain text) body. */
	readonly body: string;
}

/**
 * The prose of an MDX body: frontmatter, `import`/`export` lines, JSX and HTML tags with their
 * attributes, `{expressions}`, comments and link targets removed, so component names and URLs
 * never enter the vocabulary (they are not in the Pagefind index either).
 */
export function mdxToText(mdx: string): string {
	return mdx
		.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
		.replace(/^(?:import|export)\s.*$/gm, '')
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
		.replace(/<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>/g, ' ')
		.replace(/\{[^{}]*\}/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/https?:\/\/\S+/g, ' ');
}

/** Word → occurrences over all pages, keys sorted: the same content always gives the same file. */
export function buildVocabulary(pages: readonly PageText[]): SearchVocabularyFile {
	const counts = new Map<string, number>();
	for (const page of pages) {
		const texts = [page.title, page.description ?? '', ...(page.symptoms ?? []), mdxToText(page.body)];
		for (const text of texts) {
			for (const word of tokenize(text)) {
				if (isWordToken(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
			}
		}
	}
	const words: Record<string, number> = {};
	for (const word of [...counts.keys()].sort()) words[word] = counts.get(word)!;
	return { version: 1, words };
}

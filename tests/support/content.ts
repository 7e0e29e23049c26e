import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ENABLED_LOCALES, type Locale } from '../../src/i18n/locales';
import { localeOfPath, pathInLocale } from '../../src/i18n/paths';
import { ROOT, listFiles } from './dist';

/** The docs content folder. */
export const CONTENT_DIR = join(ROOT, 'src/content/docs');

export interface ContentPage {
	/** Path under the content folder, e.g. `document-quality/glare.mdx` or `es/document-quality/glare.mdx`. */
	file: string;
	/** The page's URL path relative to the site's base, e.g. `document-quality/glare/` or `es/document-quality/glare/`. */
	route: string;
	/** The page's language: `en` at the root, else its folder. */
	locale: Locale;
	/** The file's path inside its language (`document-quality/glare.mdx`): the same in every language. */
	pathInLocale: string;
	data: Record<string, unknown>;
	body: string;
}

/**
 * Every MDX/Markdown page of the guide in the given languages (default: the enabled ones, as the
 * build has them), with its frontmatter parsed. A folder of a language not enabled is left out,
 * as the build leaves it out.
 */
export function loadContent(locales: readonly Locale[] = ENABLED_LOCALES): ContentPage[] {
	return (
		listFiles(CONTENT_DIR)
			.filter((file) => /\.mdx?$/.test(file))
			.filter((file) => locales.includes(localeOfPath(file)))
			// The 404 page is built as 404.html and is checked on its own.
			.filter((file) => !/^404\.mdx?$/.test(pathInLocale(file)))
			.map((file) => {
				const text = readFileSync(join(CONTENT_DIR, file), 'utf8');
				const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
				if (!match) throw new Error(`${file} has no frontmatter block.`);
				const slug = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
				return {
					file,
					route: slug === '' ? '' : `${slug}/`,
					locale: localeOfPath(file),
					pathInLocale: pathInLocale(file),
					data: (parseYaml(match[1]!) ?? {}) as Record<string, unknown>,
					body: match[2]!,
				};
			})
	);
}

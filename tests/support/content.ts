import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, listFiles } from './dist';

/** The docs content folder. */
export const CONTENT_DIR = join(ROOT, 'src/content/docs');

export interface ContentPage {
	/** Path under the content folder, e.g. `document-quality/glare.mdx`. */
	file: string;
	/** The page's URL path relative to the site's base, e.g. `document-quality/glare/`. */
	route: string;
	data: Record<string, unknown>;
	body: string;
}

/** Every MDX/Markdown page of the guide, with its frontmatter parsed. */
export function loadContent(): ContentPage[] {
	return (
		listFiles(CONTENT_DIR)
			.filter((file) => /\.mdx?$/.test(file))
			// The 404 page is built as 404.html and is checked on its own.
			.filter((file) => !/^404\.mdx?$/.test(file))
			.map((file) => {
				const text = readFileSync(join(CONTENT_DIR, file), 'utf8');
				const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
				if (!match) throw new Error(`${file} has no frontmatter block.`);
				const slug = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
				return {
					file,
					route: slug === '' ? '' : `${slug}/`,
					data: (parseYaml(match[1]!) ?? {}) as Record<string, unknown>,
					body: match[2]!,
				};
			})
	);
}

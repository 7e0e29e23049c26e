import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles } from './dist';

export interface BuiltPage {
	/** Path of the HTML file under the build folder, e.g. `document-quality/glare/index.html`. */
	file: string;
	html: string;
	root: HTMLElement;
}

/** Every HTML page of a build, parsed. */
export function loadBuiltPages(dir: string): BuiltPage[] {
	return listFiles(dir)
		.filter((file) => file.endsWith('.html'))
		.map((file) => {
			const html = readFileSync(join(dir, file), 'utf8');
			return { file, html, root: parse(html) };
		});
}

/** Attributes that make the browser fetch or navigate, per element. */
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'poster', 'data'] as const;

/** Every URL a page references, with the element it is on. */
export function referencedUrls(page: BuiltPage): Array<{ tag: string; attribute: string; url: string }> {
	const out: Array<{ tag: string; attribute: string; url: string }> = [];
	for (const element of page.root.querySelectorAll('*')) {
		for (const attribute of URL_ATTRIBUTES) {
			const value = element.getAttribute(attribute);
			if (value === undefined) continue;
			const urls = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]!) : [value];
			for (const url of urls) if (url) out.push({ tag: element.rawTagName?.toLowerCase() ?? '', attribute, url });
		}
	}
	return out;
}

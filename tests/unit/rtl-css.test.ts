/**
 * Right to left: the site's own CSS uses logical properties (`margin-inline-start`, `inset-inline-end`,
 * `text-align: start`), so Arabic pages mirror by themselves under `dir="rtl"`. A physical side
 * (`margin-left`, `left:`, `text-align: right`, a four-value `padding` with different sides) would
 * stay where it is in a right-to-left page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, listFiles } from '../support/dist';

/** Stylesheets, and components with a <style> block or inline styles. */
const FILES = listFiles(join(ROOT, 'src'))
	.filter((file) => /\.(css|astro|tsx)$/.test(file))
	.filter((file) => !file.startsWith('content/'));

/** The CSS of a file: a stylesheet whole, a component's <style> blocks. */
function cssOf(file: string): string {
	const text = readFileSync(join(ROOT, 'src', file), 'utf8');
	if (file.endsWith('.css')) return text;
	return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n');
}

const PHYSICAL: Array<[RegExp, string]> = [
	[
		/\b(margin|padding|border|scroll-margin|scroll-padding)-(left|right)\b/,
		'a physical side: use -inline-start/-inline-end',
	],
	[/(^|[\s;{])(left|right)\s*:/, 'a physical offset: use inset-inline-start/-end'],
	[/\b(text-align|float|clear)\s*:\s*(left|right)\b/, 'a physical alignment: use start/end (inline-start/inline-end)'],
	[/\bborder-(top|bottom)-(left|right)-radius\b/, 'a physical corner: use border-start-start-radius etc.'],
];

/** A four-value margin/padding shorthand whose left and right differ (`0 0 0 1rem`). */
function asymmetricShorthand(line: string): boolean {
	const match = /\b(margin|padding)\s*:\s*([^;]+);/.exec(line);
	if (!match) return false;
	const values = match[2]!.trim().split(/\s+(?![^(]*\))/);
	return values.length === 4 && values[1] !== values[3];
}

describe('the site’s CSS mirrors for right-to-left pages', () => {
	test('there is CSS to check', () => {
		expect(FILES.filter((file) => cssOf(file).trim() !== '').length).toBeGreaterThan(10);
	});

	test('no physical left/right property', () => {
		const hits = FILES.flatMap((file) =>
			cssOf(file)
				.split('\n')
				.flatMap((line, i) => {
					const code = line.replace(/\/\*.*?\*\//g, '');
					const found = PHYSICAL.filter(([pattern]) => pattern.test(code)).map(([, why]) => why);
					if (asymmetricShorthand(code)) found.push('a four-value shorthand with different left and right');
					return found.map((why) => `src/${file}:${i + 1}: ${line.trim()} (${why})`);
				}),
		);
		expect(hits).toEqual([]);
	});
});

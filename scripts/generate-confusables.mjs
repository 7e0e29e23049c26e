#!/usr/bin/env node
/**
 * Builds src/lib/names/confusables-data.ts, the look-alike letters the name tester flags, from Unicode's
 * confusables.txt (UTS #39, Unicode Security Mechanisms, https://www.unicode.org/reports/tr39/).
 *
 *   node scripts/generate-confusables.mjs                      # from the committed extract
 *   node scripts/generate-confusables.mjs path/to/confusables.txt  # from a full file, e.g. a newer version
 *
 * The input committed in the repository is scripts/data/unicode/confusables-ascii-letters.txt: the header and the
 * rows of the full file that this script selects, cut out by scripts/extract-confusables.mjs with the same
 * `selectRows`, under the Unicode License v3 (scripts/data/unicode/LICENSE). The output is formatted with the
 * project's Prettier configuration; src/lib/names/confusables-data.test.ts checks that regenerating it from the
 * committed extract gives the committed file byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

/** The generated module. */
export const OUTPUT_PATH = fileURLToPath(new URL('../src/lib/names/confusables-data.ts', import.meta.url));
/** The committed input: the header and selected rows of confusables.txt. */
export const INPUT_PATH = fileURLToPath(new URL('./data/unicode/confusables-ascii-letters.txt', import.meta.url));

/** A data row: `SOURCE ;\tTARGET ;\tMA\t# ( s → t ) SOURCE NAME → TARGET NAME\t# …`. */
const ROW =
	/^([0-9A-F]{4,6}(?: [0-9A-F]{4,6})*) ;\t([0-9A-F]{4,6}(?: [0-9A-F]{4,6})*) ;\t[A-Z]+\t#\*? \( .+ \) (.+?) → /u;
/** The scripts whose letters pass for Latin ones in names. */
const LOOK_ALIKE_SCRIPT = /^[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]$/u;

/**
 * The rows the table is made of: the source is one Cyrillic, Greek or Armenian letter and the target one ASCII
 * letter. Each row is returned with its line, its source character, its target letter and the source's name.
 */
export function selectRows(text) {
	const rows = [];
	for (const line of text.split('\n')) {
		const match = ROW.exec(line);
		if (!match) continue;
		const [, sourceHex, targetHex, name] = match;
		if (sourceHex.includes(' ') || targetHex.includes(' ')) continue;
		const source = String.fromCodePoint(parseInt(sourceHex, 16));
		const target = String.fromCodePoint(parseInt(targetHex, 16));
		if (!/^[A-Za-z]$/.test(target) || !/^\p{L}$/u.test(source) || !LOOK_ALIKE_SCRIPT.test(source)) continue;
		rows.push({ line, source, sourceHex, target, name });
	}
	return rows;
}

/*
 * No hand-picked exceptions: every row the selection takes is in the table. The first hand-made table lacked five
 * (ͺ U+037A, ι U+1FBE, ϱ U+03F1, ϸ U+03F8, ᴦ U+1D26) as "not letters a name is typed with". They are kept, because
 * that is the point of the check: nobody types them on purpose, so one in a Latin name came from a paste or a wrong
 * keyboard, and the reader should be told which Latin letter it passes for. Only ϸ (→ p) and ᴦ (→ r: a plain letter,
 * unlike the Latin small capitals the selection leaves out) are newly flagged: ι U+1FBE and ϱ were flagged already
 * through their NFKC forms ι and ρ, which is what the name tester looks up, and ͺ turns into a space and a combining
 * mark under NFKC, so its row is never looked up.
 */

/** The header comment of confusables.txt: every `#` line before the first data row. */
export function headerLines(text) {
	const lines = text.split('\n');
	const end = lines.findIndex((line) => ROW.test(line));
	return lines.slice(0, end < 0 ? lines.length : end).filter((line) => line.startsWith('#'));
}

/** The value of a `# Key: value` header line, or a clear error when the input has none. */
function headerField(header, key) {
	const line = header.find((l) => l.startsWith(`# ${key}: `));
	if (!line) throw new Error(`generate-confusables: the input has no "# ${key}:" header line; is it confusables.txt?`);
	return line.slice(`# ${key}: `.length);
}

/**
 * The letter a row is stored as. The file skeletons capital I as "l" (its own "I → l" row), so an upper-case
 * letter whose skeleton is "l" (Greek Ι, Cyrillic І and Ӏ) is stored as "I", the letter a reader takes it for in
 * a name. Own choice: the table names the letter a person sees, not the skeleton a comparison uses.
 */
function shownLetter(source, target) {
	return target === 'l' && /^\p{Lu}$/u.test(source) ? 'I' : target;
}

/** The TypeScript module, before formatting. */
export function renderModule(text) {
	const header = headerLines(text);
	const version = headerField(header, 'Version');
	const date = headerField(header, 'Date');
	const rows = selectRows(text).sort((a, b) => a.source.codePointAt(0) - b.source.codePointAt(0));
	if (rows.length === 0) throw new Error('generate-confusables: no row selected; is the input confusables.txt?');
	const entries = rows.map(({ source, sourceHex, target, name }) => {
		const key = `\\u${sourceHex.length === 4 ? sourceHex : `{${sourceHex}}`}`;
		return `\t'${key}': '${shownLetter(source, target)}', // ${source} ${name}`;
	});
	return `/**
 * Look-alike letters from other scripts that a name typed in Latin letters can pick up, each with the
 * Latin letter it is confused with. Generated by scripts/generate-confusables.mjs from the Unicode
 * confusables data; do not edit by hand.
 *
 *   source: confusables.txt of Unicode Security Mechanisms (UTS #39), https://www.unicode.org/Public/security/
 *   header: "# Version: ${version}", "# Date: ${date}"
 *   licence: Unicode License v3 (https://www.unicode.org/terms_of_use.html)
 *
 * Kept: every row whose source is a Cyrillic, Greek or Armenian letter and whose target is a single
 * ASCII letter (A–Z, a–z); those are the scripts whose letters pass for Latin ones in names. Rows that
 * map to a Latin small capital (Cyrillic в → ʙ, н → ʜ, т → ᴛ) or to a letter plus a mark are left out:
 * they do not look like a plain Latin letter in upper or lower case text.
 *
 * One deliberate change: the file skeletons capital I as "l" (its "I → l" row), so the upper-case
 * look-alikes of I (Greek Ι U+0399, Cyrillic І U+0406 and Ӏ U+04C0) are stored here as "I", the letter
 * a reader takes them for in a name.
 */

/** Source letter (one code point) → the ASCII Latin letter it looks like. */
export const CONFUSABLE_LATIN: Readonly<Record<string, string>> = {
${entries.join('\n')}
};
`;
}

/** The module as committed: rendered, then formatted with the project's Prettier configuration. */
export async function generateConfusables(text) {
	const options = (await prettier.resolveConfig(OUTPUT_PATH)) ?? {};
	return prettier.format(renderModule(text), { ...options, filepath: OUTPUT_PATH });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const input = process.argv[2] ?? INPUT_PATH;
	writeFileSync(OUTPUT_PATH, await generateConfusables(readFileSync(input, 'utf8')));
	console.log(`wrote ${OUTPUT_PATH} from ${input}`);
}

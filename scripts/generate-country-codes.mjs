#!/usr/bin/env node
/**
 * Builds src/lib/ready/country-codes.ts, the ISO 3166-1 alpha-3 → alpha-2 table the readiness report uses to
 * name countries (an MRZ writes alpha-3 codes; the browser's Intl.DisplayNames names regions by alpha-2).
 *
 *   node scripts/generate-country-codes.mjs                                     # from the committed extract
 *   node scripts/generate-country-codes.mjs /usr/share/iso-codes/json/iso_3166-1.json  # extract again, then build
 *
 * The source is Debian's iso-codes package (https://salsa.debian.org/iso-codes-team/iso-codes), which follows
 * ISO 3166-1. The extract committed as scripts/data/iso-codes/iso_3166-1.tsv holds the two code columns only
 * (codes are facts; the package is LGPL-2.1-or-later). src/lib/ready/country-codes.test.ts checks that
 * regenerating gives the committed module byte for byte, and, where the package is installed, that extracting
 * it again gives the committed extract.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

/** The generated module. */
export const OUTPUT_PATH = fileURLToPath(new URL('../src/lib/ready/country-codes.ts', import.meta.url));
/** The committed extract. */
export const EXTRACT_PATH = fileURLToPath(new URL('./data/iso-codes/iso_3166-1.tsv', import.meta.url));
/** Where Debian's iso-codes package installs the full list. */
export const DEBIAN_PATH = '/usr/share/iso-codes/json/iso_3166-1.json';

/** The extract of iso-codes' iso_3166-1.json: a header, then `alpha_3 <tab> alpha_2` rows sorted by alpha-3. */
export function extractCodes(json, version) {
	const rows = JSON.parse(json)['3166-1'];
	if (!Array.isArray(rows) || rows.length === 0)
		throw new Error('generate-country-codes: no "3166-1" list in the input; is it iso-codes’ iso_3166-1.json?');
	const lines = rows
		.map(({ alpha_2: two, alpha_3: three }) => {
			if (!/^[A-Z]{2}$/.test(two) || !/^[A-Z]{3}$/.test(three))
				throw new Error(`generate-country-codes: a row without two- and three-letter codes: ${two} ${three}`);
			return `${three}\t${two}`;
		})
		.sort();
	return `# ISO 3166-1 alpha-3 and alpha-2 codes, from Debian's iso-codes ${version} (json/iso_3166-1.json)\n${lines.join('\n')}\n`;
}

/** The rows of the extract. */
function readExtract(text) {
	const header = text.split('\n')[0];
	const rows = text
		.split('\n')
		.filter((line) => line && !line.startsWith('#'))
		.map((line) => line.split('\t'));
	if (rows.length === 0 || rows.some((row) => row.length !== 2))
		throw new Error('generate-country-codes: the extract must hold `alpha_3<TAB>alpha_2` rows');
	return { header: header.replace(/^# /, ''), rows };
}

/** The TypeScript module, before formatting. */
export function renderModule(text) {
	const { header, rows } = readExtract(text);
	return `/**
 * ISO 3166-1 alpha-3 code → alpha-2 code, for every country and territory in the standard. Generated
 * by scripts/generate-country-codes.mjs; do not edit by hand.
 *
 *   source: ${header}
 */

/** Alpha-3 (as an MRZ writes it) → alpha-2 (as Intl.DisplayNames takes it). */
export const ISO_ALPHA2_OF: Readonly<Record<string, string>> = {
${rows.map(([three, two]) => `\t${three}: '${two}',`).join('\n')}
};
`;
}

/** The module as committed: rendered, then formatted with the project's Prettier configuration. */
export async function generateCountryCodes(text) {
	const options = (await prettier.resolveConfig(OUTPUT_PATH)) ?? {};
	return prettier.format(renderModule(text), { ...options, filepath: OUTPUT_PATH });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const input = process.argv[2];
	if (input) {
		const version = process.argv[3] ?? 'version not given';
		writeFileSync(EXTRACT_PATH, extractCodes(readFileSync(input, 'utf8'), version));
		console.log(`wrote ${EXTRACT_PATH} from ${input}`);
	}
	writeFileSync(OUTPUT_PATH, await generateCountryCodes(readFileSync(EXTRACT_PATH, 'utf8')));
	console.log(`wrote ${OUTPUT_PATH} from ${EXTRACT_PATH}`);
}

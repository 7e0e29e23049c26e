#!/usr/bin/env node
/**
 * Cuts Unicode's confusables.txt (UTS #39, Unicode Security Mechanisms; about 750 kB) down to what
 * scripts/generate-confusables.mjs reads, so the repository carries the generator's input without the whole file:
 * the header comment (version, date, copyright notice) and the rows the generator's `selectRows` takes, verbatim
 * and in the file's order.
 *
 *   node scripts/extract-confusables.mjs path/to/confusables.txt
 *
 * The full file is published at https://www.unicode.org/Public/security/<version>/confusables.txt and kept in the
 * unicode-org/unicodetools repository as unicodetools/data/security/<version>/confusables.txt (the version in
 * preparation under dev/). The committed extract was cut from the 18.0.0 file dated 2025-09-12 (unicodetools
 * commit 1732c6ec7a, unicodetools/data/security/dev/confusables.txt). Licence: scripts/data/unicode/LICENSE.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { INPUT_PATH, headerLines, selectRows } from './generate-confusables.mjs';

/** The first words of the line that marks a file as an extract. */
const EXTRACT_NOTE = '# Extract made by scripts/extract-confusables.mjs';

/** The header comment and the selected rows of a full confusables.txt, as text. */
export function extractConfusables(fullText) {
	const rows = selectRows(fullText);
	if (rows.length === 0) throw new Error('extract-confusables: no row selected; is the input confusables.txt?');
	const header = headerLines(fullText);
	// Extracting an extract again gives it back unchanged: the note below is not part of the original header.
	const noteAt = header.findIndex((line) => line.startsWith(EXTRACT_NOTE));
	return [
		...(noteAt < 0 ? header : header.slice(0, noteAt)),
		`${EXTRACT_NOTE}: only the rows scripts/generate-confusables.mjs reads`,
		'# (one Cyrillic, Greek or Armenian letter mapped to one ASCII letter), copied unchanged.',
		'#',
		...rows.map((row) => row.line),
		'',
	].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const input = process.argv[2];
	if (!input) {
		console.error('usage: node scripts/extract-confusables.mjs path/to/confusables.txt');
		process.exit(2);
	}
	const extract = extractConfusables(readFileSync(input, 'utf8'));
	writeFileSync(INPUT_PATH, extract);
	console.log(`wrote ${INPUT_PATH} (${extract.split('\n').length - 1} lines)`);
}

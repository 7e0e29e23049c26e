import { compareNameStrings } from './compare-strings';
import { readMrz, type MrzReading } from './mrz';
import type { NameComparison } from './types';

/** Options of `compareNames`. */
export interface CompareNamesOptions {
	/** The machine-readable zone of the document, two or three lines as printed. */
	mrz?: string;
}

/** The MRZ part of the result: what was read, and its name against each typed name. */
export interface MrzReport extends MrzReading {
	/** The name on the account against the MRZ name. */
	account?: NameComparison;
	/** The name as printed on the document against the MRZ name. */
	document?: NameComparison;
}

/** `compareNames` result: the comparison, plus the MRZ report when an MRZ was given. */
export interface NameMatchResult extends NameComparison {
	mrz?: MrzReport;
}

/**
 * Compares the name on an exchange account with the name on an identity document, explaining
 * every difference (see `DIFFERENCE_KINDS`). With `options.mrz`, also reads the MRZ, verifies its
 * check digits and compares its name with both. Never throws on user input.
 */
export function compareNames(
	accountName: string,
	documentName: string,
	options: CompareNamesOptions = {},
): NameMatchResult {
	if (typeof accountName !== 'string' || typeof documentName !== 'string') {
		throw new TypeError(
			`compareNames: both names must be strings. Received ${typeof accountName} and ${typeof documentName}. Pass "" for a name the user has not typed yet.`,
		);
	}
	const comparison = compareNameStrings(accountName, documentName);
	if (options.mrz === undefined || options.mrz.trim() === '') return comparison;
	const reading = readMrz(options.mrz);
	const report: MrzReport = { ...reading };
	if (reading.name) {
		const truncated = reading.name.truncated ? { truncatedDocumentPart: reading.name.lastPartOfField } : {};
		if (accountName.trim() !== '') report.account = compareNameStrings(accountName, reading.name.text, truncated);
		if (documentName.trim() !== '') report.document = compareNameStrings(documentName, reading.name.text, truncated);
	}
	return { ...comparison, mrz: report };
}

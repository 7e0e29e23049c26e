/**
 * Titles, honorifics and generational suffixes. ICAO Doc 9303 Part 3 §3.4 and §4.6 leave them out
 * of the name on the document (Dr., Sir, Jr., Sr., II, III) unless the State treats one as part of
 * the name; exchanges often strip them too (Sumsub's strict name cross-validation counts "Dr. John Smith"
 * as "John Smith": docs.sumsub.com/reference/perform-name-cross-validation).
 * Upper case, without the period.
 */
export const TITLES: ReadonlySet<string> = new Set([
	'MR',
	'MRS',
	'MS',
	'MISS',
	'MX',
	'DR',
	'PROF',
	'SIR',
	'DAME',
	'LORD',
	'LADY',
	'REV',
	'FR',
	'SR',
	'SNR',
	'JR',
	'JNR',
	'II',
	'III',
	'IV',
	'PHD',
	'MD',
	'ESQ',
	'HERR',
	'FRAU',
	'SRA',
	'SRTA',
	'MME',
	'MLLE',
	'MONSIEUR',
	'MADAME',
	'SHEIKH',
	'HAJI',
	'HAJJ',
]);

/**
 * Particles that are part of a surname in many languages (Dutch van der, German von, Spanish and
 * Portuguese de, da, dos, Italian di, della, Arabic al, Malay bin, binti) and are the parts most
 * often left out or glued on. Upper case.
 */
export const PARTICLES: ReadonlySet<string> = new Set([
	'VAN',
	'VON',
	'DER',
	'DEN',
	'DE',
	'DEL',
	'DELLA',
	'DEGLI',
	'DI',
	'DA',
	'DAS',
	'DO',
	'DOS',
	'DU',
	'LA',
	'LE',
	'LOS',
	'Y',
	'E',
	'TER',
	'TEN',
	'AL',
	'EL',
	'BIN',
	'BINTI',
	'BINT',
	'BEN',
	'IBN',
	'AP',
	'MAC',
	'ST',
]);

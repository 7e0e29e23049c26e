/**
 * The name-match tester's pure core: compare the name on an account with the name on an ID and
 * explain every difference. No DOM, no Preact: codes and numbers only.
 */
export { compareNames, type CompareNamesOptions, type MrzReport, type NameMatchResult } from './compare-names';
export { compareNameStrings } from './compare-strings';
export {
	readMrz,
	type CheckDigitField,
	type CheckDigitResult,
	type MrzName,
	type MrzReading,
	type MrzStatus,
} from './mrz';
export { levenshtein, jaro, jaroWinkler } from './similarity';
export { latinLookAlike } from './confusables';
export { olderRussianKey } from './older-russian';
export { ICAO_LATIN } from './icao-latin';
export { ICAO_CYRILLIC } from './cyrillic';
export { TITLES, PARTICLES } from './titles';
export { MAX_NAME_LENGTH, SPELLING_MIN_SIMILARITY } from './constants';
export * from './types';

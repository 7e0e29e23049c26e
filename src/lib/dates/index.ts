/**
 * The date checker's pure core: read dates as typed or printed on IDs, compare two of them and
 * check a document's dates. No DOM; codes out, words in the island.
 */
export { parseDate } from './parse';
export { compareDates, type CompareOptions, type DateComparison, type DateMatch } from './compare';
export {
	checkDocumentDates,
	type DocumentCheck,
	type DocumentDatesInput,
	type DocumentProblem,
} from './document-checks';
export { formatForForm } from './form-format';
export { fromGregorian, type CalendarName, type WrittenDate } from './calendars';
export {
	PARSE_PROBLEMS,
	DOCUMENT_PROBLEMS,
	COMPARE_VERDICTS,
	MATCH_REASONS,
	type ParseProblem,
	type DocumentProblemCode,
	type CompareVerdict,
	type MatchReason,
} from './problems';
export {
	FIELD_ORDERS,
	FORM_ORDERS,
	DATE_ROLES,
	type FieldOrder,
	type FormOrder,
	type DateRole,
	type DateFormat,
	type DateReading,
	type ParseOptions,
	type ParseResult,
	type ParseSuccess,
	type ParseFailure,
} from './types';
export { EXPIRES_SOON_DAYS, DEFAULT_MINIMUM_AGE, MAX_INPUT_LENGTH, YEAR_MIN, YEAR_MAX } from './constants';

/** The readiness page's logic, loaded as one chunk when the reader starts: the report and typed-MRZ checks. */
export {
	buildReport,
	mrzDate,
	photoItem,
	REPORT_CODES,
	REPORT_ITEMS,
	type AccountDetails,
	type ItemStatus,
	type PhotoInput,
	type ReportCode,
	type ReportItem,
	type ReportItemId,
} from './report';
export { decideTyped } from '../mrz/decide';
export { photoQuality, sureDocument, type PhotoProblem, type PhotoQuality } from './photo';

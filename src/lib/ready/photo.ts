/**
 * The photo scorer's analysis as the readiness report uses it: one item (the verdict and the checks
 * that did not pass, worst first), and the document's corners when the finder is sure of them, for
 * the MRZ reader to search that document first.
 */
import type { CheckId, CheckStatus, PhotoAnalysis, ProblemCode } from '../photo/index';
import type { MrzRegion } from '../mrz/region';

/** Problems shown in the report at most: the rest are on the photo checker's page. */
export const PHOTO_PROBLEMS_SHOWN = 3;

/** One check that did not pass: which, how badly, and the problem's code. */
export interface PhotoProblem {
	check: CheckId;
	status: Exclude<CheckStatus, 'pass'>;
	problem: ProblemCode;
}

/** What the report keeps of an analysis: the verdict's status and the main problems, worst first. */
export interface PhotoQuality {
	status: CheckStatus;
	problems: PhotoProblem[];
}

/** The analysis' verdict as a report status (good → pass, fix → warn, retake → fail), with its main problems. */
export function photoQuality(analysis: PhotoAnalysis): PhotoQuality {
	const status: CheckStatus = analysis.verdict === 'good' ? 'pass' : analysis.verdict === 'fix' ? 'warn' : 'fail';
	const problems = analysis.checks
		.filter((check) => check.status !== 'pass' && check.problem !== null)
		.map((check) => ({ check: check.id, status: check.status as PhotoProblem['status'], problem: check.problem! }))
		// Failures before warnings; the scorer's own order (resolution, sharpness, glare, …) within each.
		.sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1))
		.slice(0, PHOTO_PROBLEMS_SHOWN);
	return { status, problems };
}

/**
 * The document's corners when the finder is sure of the whole document: found by its edges (not
 * assumed from a tight crop), confident, and not running out of the picture (an MRZ at a cut-off edge
 * may be outside it). Null otherwise: the reader then searches the whole photo only.
 */
export function sureDocument(analysis: PhotoAnalysis): MrzRegion | null {
	const document = analysis.document;
	if (!document || document.fillsFrame) return null;
	const framing = analysis.checks.find((check) => check.id === 'framing');
	if (!framing || framing.problem === 'document-not-found' || framing.problem === 'cut-off') return null;
	return document.corners;
}

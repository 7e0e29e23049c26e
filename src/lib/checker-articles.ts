/**
 * The article that explains each finding of a checker: the one place a checker's advice links
 * from. Ids are docs entries (`src/content/docs/<id>.mdx`); a site test checks each one is a page
 * of the build. Type imports only, so an island can import it without the checking logic.
 */
import type { FaceCheckId } from './face';
import type { CheckId } from './photo';
import type { ReportItemId } from './ready/report';

/** The photo checker's checks: the article that fixes a check that did not pass (null: no article says more). */
export const PHOTO_CHECK_ARTICLES: Readonly<Record<CheckId, string | null>> = {
	resolution: 'document-quality/low-resolution',
	sharpness: 'document-quality/blurry-photo',
	glare: 'document-quality/glare',
	exposure: 'document-quality/poor-lighting',
	evenness: 'document-quality/poor-lighting',
	framing: 'document-quality/cut-off-edges',
	color: null,
};

/** The selfie checker's checks: the article that fixes a check that did not pass. */
export const SELFIE_CHECK_ARTICLES: Readonly<Record<FaceCheckId, string>> = {
	face: 'facial-verification/camera-position',
	'face-size': 'facial-verification/camera-position',
	'face-position': 'facial-verification/camera-position',
	'head-pose': 'facial-verification/camera-position',
	backlight: 'facial-verification/lighting',
	evenness: 'facial-verification/lighting',
	exposure: 'facial-verification/lighting',
	sharpness: 'facial-verification/movement',
};

/** "Ready to submit?": the article that fixes each item of the report. */
export const READINESS_ITEM_ARTICLES: Readonly<Record<ReportItemId, string>> = {
	// Each photo problem links to its own article (PHOTO_CHECK_ARTICLES); this is for a photo that could not be opened.
	photo: 'checkers/photo',
	mrz: 'document-quality/blurry-photo',
	name: 'information-mismatch/name',
	birth: 'information-mismatch/date-of-birth',
	validity: 'information-mismatch/expired-document',
	age: 'information-mismatch/date-of-birth',
	country: 'information-mismatch/country',
};

/** Every article id a checker links to. */
export function checkerArticleIds(): string[] {
	const ids = [
		...Object.values(PHOTO_CHECK_ARTICLES),
		...Object.values(SELFIE_CHECK_ARTICLES),
		...Object.values(READINESS_ITEM_ARTICLES),
	];
	return [...new Set(ids.filter((id): id is string => id !== null))];
}

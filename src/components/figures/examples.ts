/**
 * The guide's right/wrong example photos: which file each side shows (src/assets/figures/, made by
 * scripts/make-figures.mjs) and, where the photo or the selfie checker has a check for what the caption
 * says, that claim, so tests/unit/figures.test.ts can hold the picture and the checker to the same verdict. The
 * words (labels, alt text, captions) are in the site's message table (`figures` in src/i18n/site/en.ts
 * and each language's), under the same names.
 */
import type { SiteMessages } from '../../i18n/site/index.ts';
import type { FaceCheckId, FaceProblem } from '../../lib/face/index.ts';
import type { CheckId, ProblemCode } from '../../lib/photo/index.ts';

/** A file in src/assets/figures/, without its `.jpg`. */
export type FigureImage =
	| 'id-card-good'
	| 'id-card-blurred'
	| 'id-card-cut-off'
	| 'id-card-shadow'
	| 'id-card-back-good'
	| 'id-card-back-glare'
	| 'passport-good'
	| 'passport-too-far'
	| 'selfie-good'
	| 'selfie-backlit'
	| 'selfie-too-close'
	| 'selfie-sunglasses'
	| 'selfie-moving';

/** One side of a figure: the photo. Its alt text is in the site's message table, by language. */
export interface ExampleSide {
	image: FigureImage;
}

/** What a checker must say about the pair: the right photo passes `check`; the wrong one fails it with `problem`. */
export type CheckerClaim =
	| { checker: 'photo'; check: CheckId; problem: ProblemCode }
	| { checker: 'selfie'; check: FaceCheckId; problem: FaceProblem };

export interface Example {
	right: ExampleSide;
	/** Absent for a figure that shows only a good photo. */
	wrong?: ExampleSide;
	/** null when no check judges what the caption shows. */
	claim: CheckerClaim | null;
}

/** Every figure, by the name an article gives `<ExampleFigure example="…" />`. */
export const EXAMPLES = {
	'good-document': {
		right: { image: 'id-card-good' },
		claim: null,
	},
	blur: {
		right: { image: 'id-card-good' },
		wrong: { image: 'id-card-blurred' },
		claim: { checker: 'photo', check: 'sharpness', problem: 'blurry' },
	},
	glare: {
		right: { image: 'id-card-back-good' },
		wrong: { image: 'id-card-back-glare' },
		claim: { checker: 'photo', check: 'glare', problem: 'glare' },
	},
	'cut-off': {
		right: { image: 'id-card-good' },
		wrong: { image: 'id-card-cut-off' },
		claim: { checker: 'photo', check: 'framing', problem: 'cut-off' },
	},
	'too-far': {
		right: { image: 'passport-good' },
		wrong: { image: 'passport-too-far' },
		claim: { checker: 'photo', check: 'resolution', problem: 'document-low-dpi' },
	},
	shadow: {
		right: { image: 'id-card-good' },
		wrong: { image: 'id-card-shadow' },
		claim: { checker: 'photo', check: 'evenness', problem: 'uneven-light' },
	},
	backlit: {
		right: { image: 'selfie-good' },
		wrong: { image: 'selfie-backlit' },
		claim: { checker: 'selfie', check: 'backlight', problem: 'backlit' },
	},
	'too-close': {
		right: { image: 'selfie-good' },
		wrong: { image: 'selfie-too-close' },
		claim: { checker: 'selfie', check: 'face-size', problem: 'face-too-close' },
	},
	sunglasses: {
		right: { image: 'selfie-good' },
		wrong: { image: 'selfie-sunglasses' },
		claim: null,
	},
	moving: {
		right: { image: 'selfie-good' },
		wrong: { image: 'selfie-moving' },
		// The selfie checker's sharpness check passes this drawn sideways smear, so no claim is made for it.
		claim: null,
	},
} as const satisfies Record<keyof SiteMessages['figures']['examples'], Example>;

/** A figure's name. */
export type ExampleName = keyof typeof EXAMPLES;

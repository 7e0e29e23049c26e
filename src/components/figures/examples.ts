/**
 * The guide's right/wrong example photos: which file each side shows (src/assets/figures/, made by
 * scripts/make-figures.mjs), the words (alt text, caption), and, where the photo checker has a check for
 * what the caption says, that claim, so tests/unit/figures.test.ts can hold the picture and the checker
 * to the same verdict. All words are here, in one place, for translation.
 */
import type { CheckId, PhotoKind, ProblemCode } from '../../lib/photo/index.ts';

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

/** One side of a figure: the photo, and alt text that says what it shows (and, for the wrong side, what is wrong). */
export interface ExampleSide {
	image: FigureImage;
	alt: string;
}

/** What the photo checker must say about the pair: the right photo passes `check`; the wrong one fails it with `problem`. */
export interface CheckerClaim {
	kind: PhotoKind;
	check: CheckId;
	problem: ProblemCode;
}

export interface Example {
	right: ExampleSide;
	/** Absent for a figure that shows only a good photo. */
	wrong?: ExampleSide;
	caption: string;
	/** null when no check of the photo checker judges what the caption shows (a face detector would). */
	claim: CheckerClaim | null;
}

/** The words on the figure itself: the label above each photo ("Good"/"Bad" rather than "Right"/"Wrong", which a reader could take for the sides). */
export const FIGURE_LABELS = { right: 'Good', wrong: 'Bad', single: 'A good photo' } as const;

/** Every figure, by the name an article gives `<ExampleFigure example="…" />`. */
export const EXAMPLES = {
	'good-document': {
		right: {
			image: 'id-card-good',
			alt: 'A photo of an ID card lying flat on a dark, plain table. The whole card is in the picture with a thin strip of table around it, it fills most of the photo, it is sharp, and the light is even, with no bright spot.',
		},
		caption:
			'A good document photo: the whole card with a little table around it, filling most of the frame, sharp, flat and evenly lit, with no glare. (A made-up card.)',
		claim: null,
	},
	blur: {
		right: {
			image: 'id-card-good',
			alt: 'An ID card photographed sharp: every letter of the name and dates has crisp edges.',
		},
		wrong: {
			image: 'id-card-blurred',
			alt: 'The same ID card out of focus: the letters are soft and smeared, and the small text cannot be read.',
		},
		caption:
			'Good: sharp, you can read the smallest text. Bad: the same card out of focus; the small text is lost, and the photo checker calls this photo blurry.',
		claim: { kind: 'document', check: 'sharpness', problem: 'blurry' },
	},
	glare: {
		right: {
			image: 'id-card-back-good',
			alt: 'The back of an ID card with its three lines of machine-readable code, evenly lit, every character readable.',
		},
		wrong: {
			image: 'id-card-back-glare',
			alt: 'The same card with a white glare spot from a lamp on the code lines: the characters under the spot are gone.',
		},
		caption:
			'Good: every character of the code lines shows. Bad: a lamp reflected in the plastic burns a white spot over the code lines, and the characters under it are gone.',
		claim: { kind: 'document', check: 'glare', problem: 'glare' },
	},
	'cut-off': {
		right: {
			image: 'id-card-good',
			alt: 'An ID card with all four corners in the photo and a thin strip of table showing on every side.',
		},
		wrong: {
			image: 'id-card-cut-off',
			alt: 'The same card off to one side: its right edge and both right-hand corners are outside the photo.',
		},
		caption:
			'Good: all four corners, with a small margin of table around the card. Bad: the right edge and its corners are cut off, so the card cannot be checked as a whole.',
		claim: { kind: 'document', check: 'framing', problem: 'cut-off' },
	},
	'too-far': {
		right: {
			image: 'passport-good',
			alt: 'A passport photo page filling most of the photo, with a thin margin of table: the two code lines at the bottom are large enough to read.',
		},
		wrong: {
			image: 'passport-too-far',
			alt: 'The same passport page photographed from too far away: it is a small patch in the middle of the table and its text is too small to read.',
		},
		caption:
			'Good: the passport page fills most of the frame, so its text has enough pixels. Bad: taken from too far away, the page is a small patch and its text has too few pixels to read.',
		claim: { kind: 'document', check: 'resolution', problem: 'document-low-dpi' },
	},
	shadow: {
		right: {
			image: 'id-card-good',
			alt: 'An ID card lit evenly from corner to corner.',
		},
		wrong: {
			image: 'id-card-shadow',
			alt: "The same card with a dark shadow, like a phone's or a hand's, across its left part, over the portrait.",
		},
		caption:
			'Good: even light over the whole card. Bad: the shadow of the phone falls over the left part of the card and hides the portrait’s detail.',
		claim: { kind: 'document', check: 'evenness', problem: 'uneven-light' },
	},
	backlit: {
		right: {
			image: 'selfie-good',
			alt: 'A drawn selfie: a woman facing the camera in front of a plain wall, her face evenly lit and clearly visible.',
		},
		wrong: {
			image: 'selfie-backlit',
			alt: 'The same woman with a bright window behind her: her face is dark and its details are hard to see.',
		},
		caption:
			'Good: light in front of you and a plain wall behind. Bad: a bright window behind you; the camera exposes for the window, and your face turns dark.',
		claim: { kind: 'selfie', check: 'backlight', problem: 'backlit' },
	},
	'too-close': {
		right: {
			image: 'selfie-good',
			alt: 'A drawn selfie with the whole head and the tops of the shoulders in the picture, face in the middle.',
		},
		wrong: {
			image: 'selfie-too-close',
			alt: 'The same face with the phone held too close: the face fills the whole picture, and the top of the head and the ears are cut off.',
		},
		caption:
			'Good: the phone at arm’s length, so the whole head and the tops of the shoulders fit. Bad: too close; the face runs out of the picture and looks distorted.',
		claim: null,
	},
	sunglasses: {
		right: {
			image: 'selfie-good',
			alt: 'A drawn selfie of a woman with nothing on her face: both eyes clearly visible.',
		},
		wrong: {
			image: 'selfie-sunglasses',
			alt: 'The same woman wearing dark sunglasses that hide her eyes.',
		},
		caption:
			'Good: nothing on the face, both eyes show. Bad: sunglasses hide the eyes, which the face match needs. Take off glasses, hats and masks.',
		claim: null,
	},
	moving: {
		right: {
			image: 'selfie-good',
			alt: 'A drawn selfie held still: the outline of the face and the eyes are sharp.',
		},
		wrong: {
			image: 'selfie-moving',
			alt: 'The same selfie taken while moving: the face is smeared sideways and the eyes are doubled.',
		},
		caption:
			'Good: phone and head held still. Bad: moved during the shot; the face is smeared sideways, and the check cannot match it.',
		claim: null,
	},
} as const satisfies Record<string, Example>;

/** A figure's name. */
export type ExampleName = keyof typeof EXAMPLES;

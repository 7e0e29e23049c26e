/**
 * Every word drawn in the guide's diagrams (the SVGs in this folder), in one place for translation.
 * `label` is the accessible name of the whole drawing (what a screen reader says instead of it);
 * `caption` is printed under it; the rest are the words inside the drawing.
 */
export const DIAGRAM_TEXT = {
	mrz: {
		label:
			'Where the machine-readable zone is. On a passport photo page it is two lines of 44 characters along the bottom of the page. On an ID card it is three lines of 30 characters, usually on the back of the card, along the bottom.',
		caption:
			'The machine-readable zone (MRZ) is the block of code lines with the < signs. Keep all of it in the photo, sharp and free of glare.',
		passport: 'Passport photo page',
		card: 'ID card, back',
		photo: 'Photo',
		mrz2: 'MRZ: 2 lines × 44',
		mrz3: 'MRZ: 3 lines × 30',
	},
	parallel: {
		label:
			'Seen from the side: good, the phone is held flat above the document, parallel to it, so every part is the same distance from the camera. Bad, the phone is tilted, so one end of the document is nearer than the other and the document looks like a trapezoid.',
		caption: 'Hold the phone flat above the document, parallel to it, not at an angle.',
		good: 'Good: parallel',
		bad: 'Bad: tilted',
		phone: 'Phone',
		document: 'Document',
	},
	light: {
		label:
			'Where the light should come from. Good: daylight from a window at the side falls on the document at a slant, and its reflection goes away from the camera. Bad: a lamp straight above the document reflects straight back into the camera as glare.',
		caption:
			'Light from the side (a window) reflects away from the camera. A lamp straight above reflects into it as a white spot.',
		good: 'Good: from the side',
		bad: 'Bad: straight above',
		window: 'Window',
		lamp: 'Lamp',
		reflection: 'Reflection',
		glare: 'Glare',
	},
	margin: {
		label:
			'The document inside the camera frame: all four corners visible, a small margin of table around every side, and the document filling most of the frame.',
		caption: 'All four corners in the frame, with a small margin of table on every side.',
		frame: 'Camera frame',
		margin: 'Small margin',
		corner: 'All 4 corners',
	},
	face: {
		label:
			'The face inside the frame for a selfie: the whole head from the top of the hair to the chin inside the oval, the face in the middle, looking straight at the camera, the tops of the shoulders visible, and a plain background.',
		caption: 'Your whole face inside the oval, eyes level, looking at the camera, shoulders just visible.',
		head: 'Top of the head inside',
		chin: 'Chin inside',
		eyes: 'Eyes level, looking at the lens',
		plain: 'Plain background',
	},
} as const;

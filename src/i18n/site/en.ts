import type { FailureCategory } from '../../lib/categories';
import type { MessagesOf } from './types';

/** The six failure categories, by id (src/lib/categories.ts): their names and one-line summaries. */
const categories = {
	'document-quality': {
		label: 'Document quality',
		summary: 'The photo of your ID was blurry, had glare, was cut off, too small or badly lit.',
	},
	'information-mismatch': {
		label: 'Information mismatch',
		summary: 'Your name, date of birth or country differs from your ID, or the ID has expired.',
	},
	'facial-verification': {
		label: 'Facial verification',
		summary: 'The selfie or liveness check failed: light, glasses or hats, camera position, movement.',
	},
	'technical-issues': {
		label: 'Technical issues',
		summary: 'The upload or camera step broke: browser, app version, network or a session timeout.',
	},
	'after-repeated-failures': {
		label: 'After repeated failures',
		summary: 'You were rejected more than once: read the reason, prepare, contact support, change document.',
	},
	'account-and-eligibility': {
		label: 'Account and eligibility',
		summary:
			'Proof of address, an ID already used, wrong confirmed details, a long review, age or region, a final rejection.',
	},
} as const satisfies Record<FailureCategory, { label: string; summary: string }>;

/**
 * Every word of the site's own interface in English: what a reader sees that comes from neither an
 * article (MDX) nor a checker (src/i18n/checkers/). The other languages' tables
 * (`src/i18n/site/<locale>.ts`) are typed by this one (`SiteMessages`), so a missing or extra key
 * fails the type check.
 *
 * Rules for every table:
 * - `{name}` is a placeholder: keep it exactly (same name, same braces), move it where the
 *   language's word order needs it. A test compares each message's placeholders with English's.
 * - A message with `one`/`other` keys is a plural: give the forms your language's
 *   `Intl.PluralRules` uses (`other` always; Russian adds `few` and `many`, Arabic `zero`, `two`,
 *   `few`, `many`), each with `{count}`.
 * - Diagram words are drawn inside small pictures: keep them about as short as the English.
 */
export const messages = {
	/** The site's name: in the header, every tab's title and the browser's search engine list. */
	site: {
		title: 'KYC Fix Guide',
	},
	/** The sidebar's groups and first links; the other links are the pages' own titles. */
	sidebar: {
		startHere: 'Start here',
		home: 'Home',
		beforeYouStart: 'Before you start',
		staySafe: 'Stay safe',
		checkers: 'Checkers',
	},
	/** The six failure categories: sidebar groups, home page cards, search filter and results. */
	categories,
	/** Under every page (src/components/Footer.astro). `{link}` becomes a link whose words are `staySafeLink`. */
	footer: {
		notice:
			'This is an independent guide. It is not affiliated with, endorsed by or run by Binance or any other exchange or verification provider. Nobody from this site will ever contact you, ask for your documents or ask for payment. Before you accept help from anyone, read {link}.',
		staySafeLink: 'Stay safe from KYC scams',
	},
	/** What every article adds around its text (src/components/MarkdownContent.astro, CheckerSlot.astro). */
	article: {
		/** Before the fix in one or two sentences, under the title. */
		inShort: 'In short:',
		/** Above the messages the reader may have seen. */
		symptomsHeading: 'You may have seen',
		/** Printed instead of a checker; `{url}` is the page's address. */
		checkerPrintNote: 'This page has an interactive checker. Use it online at {url}',
	},
	/** The search box on the home page and the results page (src/components/SearchForm.astro). */
	searchForm: {
		label: 'Type or paste the message you saw',
		placeholder: 'e.g. The image is blurry',
		button: 'Search',
	},
	/** The results page, `/search/?q=…` (src/pages/[...locale]/search.astro and src/scripts/search-page.ts). */
	searchPage: {
		title: 'Search the guide',
		description: 'Search the KYC Fix Guide with the words of your rejection message, your own words, or a misspelling.',
		label: 'What did the rejection say, or what went wrong?',
		placeholder: 'e.g. glare detected, name does not match',
		category: 'Category',
		allCategories: 'All categories',
		emptyIntro: 'Start from the kind of problem instead:',
		/** `{link}` is a link to Before you start, whose words are `beforeYouStartLink`. */
		beforeYouStart: '{link}: the checklist for your next attempt.',
		beforeYouStartLink: 'Before you start',
		noScript: 'Search needs JavaScript. Browse the categories in the menu instead.',
		/** Shown while the box is empty. */
		prompt: 'Type the words of your rejection message, or describe what went wrong.',
		searching: 'Searching…',
		/** `{corrected}` is shown in bold; `{typed}` is what the reader typed. */
		correction: 'Showing results for {corrected} (you typed “{typed}”).',
		noResults: 'No page matches “{query}”.',
		noResultsInCategory: 'No page matches “{query}” in {category}.',
		results: { one: '{count} page matches.', other: '{count} pages match.' },
		resultsInCategory: { one: '{count} page matches in {category}.', other: '{count} pages match in {category}.' },
		/** A long pasted message is searched by its telling words only. */
		resultsReduced: {
			one: '{count} page matches the main words of your message.',
			other: '{count} pages match the main words of your message.',
		},
		resultsReducedInCategory: {
			one: '{count} page matches the main words of your message in {category}.',
			other: '{count} pages match the main words of your message in {category}.',
		},
		loadError: 'Search could not load. Reload the page, or browse the categories below.',
	},
	/** Added to Starlight's search dialog (Ctrl+K) (src/scripts/pagefind-ui-understanding.ts). */
	searchDialog: {
		/** `{corrected}` is shown in bold. */
		correction: 'Showing results for {corrected}.',
		seeAll: 'See all results on the search page',
	},
	/** The browser's "add as a search engine" entry (src/pages/[...locale]/opensearch.xml.ts). */
	openSearch: {
		description: 'Why identity verification (KYC) fails and how to fix it',
	},
	/** The notice at the top of a page when the reader is offline (src/offline/register.ts). */
	offline: {
		title: 'You are offline.',
		stored: 'This guide, its search and the checkers still work: they run on your device.',
		notStored:
			'What this page has loaded still works on your device; other pages may not open until you are back online.',
	},
	/** The example photos (src/components/figures/): labels, alt text, captions. */
	figures: {
		/** The words above each photo ("Good"/"Bad" rather than "Right"/"Wrong", which a reader could take for the sides). */
		labels: { right: 'Good', wrong: 'Bad', single: 'A good photo' },
		/** Each figure: its caption, the good photo's alt text, and the bad photo's (for a pair). */
		examples: {
			'good-document': {
				caption:
					'A good document photo: the whole card with a little table around it, filling most of the frame, sharp, flat and evenly lit, with no glare. (A made-up card.)',
				rightAlt:
					'A photo of an ID card lying flat on a dark, plain table. The whole card is in the picture with a thin strip of table around it, it fills most of the photo, it is sharp, and the light is even, with no bright spot.',
			},
			blur: {
				caption:
					'Good: sharp, you can read the smallest text. Bad: the same card out of focus; the small text is lost, and the photo checker calls this photo blurry.',
				rightAlt: 'An ID card photographed sharp: every letter of the name and dates has crisp edges.',
				wrongAlt: 'The same ID card out of focus: the letters are soft and smeared, and the small text cannot be read.',
			},
			glare: {
				caption:
					'Good: every character of the code lines shows. Bad: a lamp reflected in the plastic burns a white spot over the code lines, and the characters under it are gone.',
				rightAlt:
					'The back of an ID card with its three lines of machine-readable code, evenly lit, every character readable.',
				wrongAlt:
					'The same card with a white glare spot from a lamp on the code lines: the characters under the spot are gone.',
			},
			'cut-off': {
				caption:
					'Good: all four corners, with a small margin of table around the card. Bad: the right edge and its corners are cut off, so the card cannot be checked as a whole.',
				rightAlt: 'An ID card with all four corners in the photo and a thin strip of table showing on every side.',
				wrongAlt: 'The same card off to one side: its right edge and both right-hand corners are outside the photo.',
			},
			'too-far': {
				caption:
					'Good: the passport page fills most of the frame, so its text has enough pixels. Bad: taken from too far away, the page is a small patch and its text has too few pixels to read.',
				rightAlt:
					'A passport photo page filling most of the photo, with a thin margin of table: the two code lines at the bottom are large enough to read.',
				wrongAlt:
					'The same passport page photographed from too far away: it is a small patch in the middle of the table and its text is too small to read.',
			},
			shadow: {
				caption:
					'Good: even light over the whole card. Bad: the shadow of the phone falls over the left part of the card and hides the portrait’s detail.',
				rightAlt: 'An ID card lit evenly from corner to corner.',
				wrongAlt:
					"The same card with a dark shadow, like a phone's or a hand's, across its left part, over the portrait.",
			},
			backlit: {
				caption:
					'Good: light in front of you and a plain wall behind. Bad: a bright window behind you; the camera exposes for the window, and your face turns dark.',
				rightAlt:
					'A drawn selfie: a woman facing the camera in front of a plain wall, her face evenly lit and clearly visible.',
				wrongAlt: 'The same woman with a bright window behind her: her face is dark and its details are hard to see.',
			},
			'too-close': {
				caption:
					'Good: the phone at arm’s length, so the whole head and the tops of the shoulders fit. Bad: too close; the face runs out of the picture and looks distorted.',
				rightAlt:
					'A drawn selfie with the whole head and the tops of the shoulders in the picture, face in the middle.',
				wrongAlt:
					'The same face with the phone held too close: the face fills the whole picture, and the top of the head and the ears are cut off.',
			},
			sunglasses: {
				caption:
					'Good: nothing on the face, both eyes show. Bad: sunglasses hide the eyes, which the face match needs. Take off glasses, hats and masks.',
				rightAlt: 'A drawn selfie of a woman with nothing on her face: both eyes clearly visible.',
				wrongAlt: 'The same woman wearing dark sunglasses that hide her eyes.',
			},
			moving: {
				caption:
					'Good: phone and head held still. Bad: moved during the shot; the face is smeared sideways, and the check cannot match it.',
				rightAlt: 'A drawn selfie held still: the outline of the face and the eyes are sharp.',
				wrongAlt: 'The same selfie taken while moving: the face is smeared sideways and the eyes are doubled.',
			},
		},
	},
	/**
	 * Words drawn in the diagrams (src/components/diagrams/). `label` is what a screen reader says
	 * instead of the drawing; `caption` is printed under it; the rest are drawn inside it: keep them short.
	 */
	diagrams: {
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
	},
} as const;

/** The shape every language's site table has: the English table's keys, with any wording. */
export type SiteMessages = MessagesOf<typeof messages>;

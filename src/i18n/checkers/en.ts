/**
 * Every word the checker islands show, in English: the table every other language copies in
 * `src/i18n/checkers/<locale>.ts` (typed by `CheckerMessages`, derived from this file, so a missing
 * or extra message fails the type check).
 *
 * - A message is a plain string. `{name}` is a placeholder the island fills (a number, a date, a
 *   name as typed, a code); keep every placeholder of the English message, spelled the same.
 * - A message with a number in it is an object of plural forms by `Intl.PluralRules` category
 *   (`zero`, `one`, `two`, `few`, `many`, `other`): give every category your language uses, with
 *   `{count}` where the number goes. English needs `one` and `other`.
 * - Dates and numbers are formatted by the island with `Intl` in the reader's language: a message
 *   only says where they go.
 * - MRZ lines, codes (TD1, U+200B, ISO 8601), file formats and examples of what to type stay as they are.
 *
 * The `satisfies Record<Code, …>` lines tie a group to the codes `src/lib` returns: a new code
 * without words fails the type check.
 */
import type {
	CalendarName,
	CompareVerdict,
	DateFormat,
	DocumentProblemCode,
	FieldOrder,
	MatchReason,
	ParseProblem,
} from '../../lib/dates';
import type {
	CharacterNote,
	CheckDigitField,
	DifferenceKind,
	Explanation,
	InputProblem,
	MrzStatus,
	Scheme,
	Script,
	Verdict,
} from '../../lib/names';
import type { CheckId, CheckStatus, FileProblem, FramingMeasure, PhotoAnalysis, ProblemCode } from '../../lib/photo';
import type { FaceCheckId, FaceCheckStatus, FaceProblem, SelfieSizeProblem } from '../../lib/face';
import type { ItemStatus, ReportCode, ReportItemId } from '../../lib/ready';
import type { MrzReadStatus } from '../../lib/mrz/decide';
import type { MrzReadProblem } from '../../workers/mrz.worker';
import type { Plural } from './types';

/** A message with a number in it, in English's two plural forms. */
type EnglishPlural = Plural & { one: string; other: string };

export const messages = {
	/** Shared by several checkers. */
	common: {
		/** Link after a check that did not pass, to the article that explains it. */
		readMore: 'How to fix this',
		/** While the checking code loads (name and date checkers). */
		loading: 'Checking…',
		/** The badge of one photo or selfie check. */
		checkStatus: { pass: 'OK', warn: 'Worth fixing', fail: 'Problem' } satisfies Record<CheckStatus, string>,
	},

	/** "Fill from my document photo", inside the name and date checkers. */
	fill: {
		label: 'Fill from my document photo (passport page or back of ID card; read on this device)',
		/** The button that opens the file picker (the browser's own control is hidden: it speaks the browser's language). */
		choose: 'Choose a photo',
		reading: 'Reading the photo…',
		read: 'Filled from the machine-readable zone (MRZ) of your photo. Compare it with your document.',
		uncertain:
			'Filled from the MRZ of your photo, but some characters are doubtful: compare every filled field with your document.',
		'not-found':
			'No MRZ was found on this photo (many driving licences and ID card fronts have none). Type the details by hand, or choose the back of your ID card.',
		error: 'This file could not be read as a photo. Choose a JPEG, PNG or WebP image.',
	},

	/** The date checker (DateChecker.tsx). */
	date: {
		privacy: 'Runs in your browser: nothing you type is stored or sent.',
		loadFailed:
			'The checker could not load its checking code: the connection seems to be down. What you typed is kept. Reconnect, then change any field to check again.',
		compareTitle: 'Do my account and my ID show the same date?',
		whichDate: 'Which date',
		roles: { birth: 'Date of birth', expiry: 'Expiry date', issue: 'Issue date' },
		formAsks: 'My form asks for',
		notSure: 'Not sure',
		accountLabel: 'Date on my account (as I typed it)',
		/** `{example}` is a date as a reader would type it (03/04/1990). */
		accountHint: 'For example {example}',
		documentLabel: 'Date on my ID (as printed)',
		/** `{example1}`, `{example2}`, `{example3}`: dates as IDs print them (12 JAN/JANV 1990, 900112, 平成2年1月12日). */
		documentHint: 'For example {example1}, {example2} or {example3}',
		validityTitle: 'Is my document still valid?',
		birthLabel: 'Date of birth',
		issueLabel: 'Date of issue',
		expiryLabel: 'Date of expiry',
		/** Before each reading: "Account: 12 January 1990 (1990-01-12)". */
		readingLabels: { account: 'Account', document: 'ID', birth: 'Birth', issue: 'Issue', expiry: 'Expiry' },
		ambiguous: 'Ambiguous: it could also be',
		/** Why a text is not a date. `{word}`, `{value}`, `{day}` come from what was typed; `{example}`s are dates to type. */
		problems: {
			empty: 'Type a date.',
			'too-long': 'This is too long to be a date. Type only the date, for example {example}.',
			'not-a-date': 'We could not find a date here. Type it as it appears, for example {example} or {exampleWords}.',
			incomplete: 'A part is missing: a full date has a day, a month and a year.',
			'partly-unknown':
				'Part of this date is marked unknown (X or <). Documents print this when the day or month is not known: enter exactly what your document shows and ask the service how to fill in the form.',
			'unknown-month': '“{word}” is not a month we know.',
			'months-disagree': 'The month words “{word}” name different months. Check the spelling.',
			'month-out-of-range': 'There is no month {value}: months go from 1 to 12.',
			'day-out-of-range': 'There is no day {value}: days go from 1 to 31.',
			'year-out-of-range':
				'The year {value} cannot be on an ID (they carry years from {min} to {max}). Check for a typo.',
			/** `{monthYear}`: "February 1990" (or `monthOfYear` in another calendar); `{count}`: the days it has. */
			'no-such-day': {
				one: '{monthYear} has {count} day, so day {day} does not exist.',
				other: '{monthYear} has {count} days, so day {day} does not exist.',
			} satisfies EnglishPlural,
			'not-in-era':
				'That year is outside its Japanese era (Heisei began on 8 January 1989, Reiwa on 1 May 2019). Check the era and the year.',
		} satisfies Record<ParseProblem, unknown>,
		/** A month of a year in a calendar other than the Gregorian, in `no-such-day`. */
		monthOfYear: 'Month {month} of {year}',
		/** After an unknown month word: `{suggestion}` is the month word closest to what was typed. */
		suggestion: 'Did you mean “{suggestion}”?',
		verdicts: {
			same: 'Same date. Your account and your ID show the same day.',
			'same-if-reordered': 'Same day only if the dates are read differently. A verifier may see two different dates.',
			different: { one: 'Different dates: {count} day apart.', other: 'Different dates: {count} days apart.' },
			unreadable: 'One of the dates could not be read: see the message under it.',
		} satisfies Record<CompareVerdict, unknown>,
		reasons: {
			order: 'Day and month are in a different order from the one the form uses.',
			century: 'The two-digit year has to be read in the other century.',
			calendar: 'The year is in another calendar on one side.',
			'calendar-variant': 'They are one day apart, which Hijri dates allow: the day depends on the calendar used.',
		} satisfies Record<MatchReason, string>,
		/** What is wrong with the document's dates. `{adultOn}` is a date; `{minimumAge}` a number of years. */
		documentProblems: {
			expired: {
				one: 'Expired {count} day ago. Verification will fail: renew the document or use another one that is valid.',
				other: 'Expired {count} days ago. Verification will fail: renew the document or use another one that is valid.',
			},
			'expires-soon': {
				one: 'Expires in {count} day. Some services refuse documents this close to expiry: use one valid for longer if you can.',
				other:
					'Expires in {count} days. Some services refuse documents this close to expiry: use one valid for longer if you can.',
			},
			/** `{count}`: the holder's age in years. */
			'under-age': {
				one: 'The holder is {count}; exchanges require {minimumAge}. They can verify from {adultOn}.',
				other: 'The holder is {count}; exchanges require {minimumAge}. They can verify from {adultOn}.',
			},
			'future-birth': 'The date of birth is in the future. Check the year.',
			'issued-in-future': 'The issue date is in the future. Check the year, or whether issue and expiry are swapped.',
			'issued-after-expiry': 'The issue date is after the expiry date: the two are probably swapped.',
			'born-after-issue': 'The date of birth is after the issue date. Check both years.',
		} satisfies Record<DocumentProblemCode, unknown>,
		/** `expires-soon` when the document expires today. */
		expiresToday:
			'Expires today. Some services refuse documents this close to expiry: use one valid for longer if you can.',
		noProblem: 'No problem found with these dates.',
		validFor: { one: 'Valid for {count} more day.', other: 'Valid for {count} more days.' },
		calendars: {
			gregory: 'Gregorian calendar',
			buddhist: 'Thai Buddhist era',
			japanese: 'Japanese era',
			persian: 'Persian (Solar Hijri) calendar',
			'islamic-umalqura': 'Hijri calendar (Umm al-Qura)',
		} satisfies Record<CalendarName, string>,
		/** Day, month and year orders: in the form's order menu and in how a date was read. */
		orders: {
			DMY: 'day/month/year',
			MDY: 'month/day/year',
			YMD: 'year/month/day',
			YDM: 'year/day/month',
			DYM: 'day/year/month',
			MYD: 'month/year/day',
		} satisfies Record<FieldOrder, string>,
		/** How a date was written, shown after it (none for plain numbers, which say their order instead). */
		formats: {
			iso: 'ISO 8601',
			mrz: 'MRZ (YYMMDD)',
			'month-name': 'month name',
			marked: 'year, month and day marked',
		} satisfies Record<Exclude<DateFormat, 'numeric' | 'compact'>, string>,
		/** Japanese era names (proper names: write them as your language usually does). */
		eras: { meiji: 'Meiji', taisho: 'Taishō', showa: 'Shōwa', heisei: 'Heisei', reiwa: 'Reiwa' },
		/** Notes on how a date was read, joined by `noteSeparator`. */
		readAs: 'read as {order}',
		calendarYear: '{calendar}: year {year}',
		calendarEraYear: '{calendar}: {era} year {year}',
		calendarGuessed: '{calendar}: year {year}, guessed from the year',
		calendarEraGuessed: '{calendar}: {era} year {year}, guessed from the year',
		centuryTaken: 'two-digit year taken as {year}',
		mayBeOff: { one: 'may be {count} day off', other: 'may be {count} days off' },
		noteSeparator: '; ',
		/** `{order}` is one of `orders`, `{value}` the date to type, `{date}` the date in words. */
		typeExactly: 'Type exactly this into the form ({order}): {value}, the date on your ID ({date}).',
		typeInOrder: 'Type the date on your ID ({date}) in the form’s order:',
	},

	/** The name-match tester (NameMatcher.tsx). `{account}` and `{document}` are the names as typed. */
	name: {
		account: 'Name on your exchange account',
		accountHint: 'As you typed it when you signed up, or as the account page shows it.',
		document: 'Name on your ID',
		documentHint: 'As printed in the upper part of your passport or ID card: given names, then surname.',
		mrz: 'Machine-readable zone (optional)',
		mrzHint: 'The two or three lines full of < signs at the bottom of the passport page or the back of the card.',
		idle: 'Type both names to compare them. Nothing you type leaves this page.',
		loadFailed:
			'The tester could not load its checking code: the connection seems to be down. What you typed is kept. Reconnect, then change any field to check again.',
		yourAccount: 'Your account',
		yourId: 'Your ID',
		whatToDo: 'What to do',
		differences: 'What differs',
		/** `{percent}`: a whole number from 0 to 100. */
		similarity: 'Similarity: {percent} %.',
		mrzTitle: 'Machine-readable zone',
		/** `{format}` is TD1, TD2 or TD3; `{primary}` and `{secondary}` the surname and given names as read. */
		mrzRead: 'Read as {format}. Name: {primary}, {secondary}.',
		mrzTruncated:
			'The name field ends in a letter in its last position: the name was probably cut short to fit. The letters that are there are compared as the start of your name.',
		/** `{field}` is one of `checkDigits`. */
		checkOk: 'Check digit for the {field}: correct.',
		checkBad: 'Check digit for the {field}: wrong. Retype that part carefully; if it is right, the zone was misread.',
		/** `{verdict}` is one of `verdicts`. */
		mrzAgainstAccount: 'Against your account name: {verdict}',
		mrzAgainstId: 'Against the name you typed from your ID: {verdict}',
		/** A letter of another alphabet: "Cyrillic а, looks like Latin a". */
		looksLike: 'looks like Latin {letter}',
		highlightedLegend: 'Highlighted: the characters that differ.',
		support:
			'Names usually cannot be changed once an account is verified. If the fix is in a name you cannot edit, contact support and quote the spelling on your ID.',
		otherKinds: 'Also:',
		verdicts: {
			exact: 'The names match exactly, character for character.',
			equivalent: 'Same name, written differently. A strict check would fail.',
			partial: 'Part of the name is missing or shortened. Most checks would fail.',
			different: 'These read as different names. A check would fail.',
		} satisfies Record<Verdict, string>,
		verdictAdvice: {
			exact:
				'Nothing to change here. If you were still rejected, the reason is probably elsewhere (photo, date of birth, document type).',
			equivalent:
				'Type the name exactly as it is printed on your ID: same letters, same order, same spaces and hyphens. Leave out titles, and retype the name by hand rather than pasting it.',
			partial:
				'Make the account name contain every name on your ID, in the same order, written out in full (no initials), unless the exchange asks only for first and last name.',
			different:
				'Check for typos first. If both names are yours but spelled differently, do not open a new account: contact support and ask them to correct the name to match your ID.',
		} satisfies Record<Verdict, string>,
		/** The one-line reason for each kind of difference. `{text}`: the name part concerned. */
		headlines: {
			case: 'Only upper and lower case differ: your account has ‘{account}’, your ID ‘{document}’. Most checks ignore this; a strict one does not.',
			spacing: 'The spaces differ: your account has ‘{account}’, your ID ‘{document}’.',
			punctuation: 'The punctuation differs: your account has ‘{account}’, your ID ‘{document}’.',
			diacritics: 'The accents differ: your account has ‘{account}’, your ID ‘{document}’.',
			transliteration: 'The letters are converted differently: your account has ‘{account}’, your ID ‘{document}’.',
			order: 'The names are in a different order: ‘{account}’ sits in another place on your ID (‘{document}’).',
			width: 'Your account uses full-width or styled letters: ‘{account}’.',
			invisible: 'An invisible character is hidden in the name on your account.',
			confusable: 'A letter from another alphabet hides in ‘{account}’: it looks Latin but is not.',
			title: 'A title is included: ‘{text}’. IDs leave titles out.',
			symbol: 'A symbol that cannot be part of a name is included: ‘{text}’.',
			truncation: 'The machine-readable zone cut ‘{account}’ short to ‘{document}’.',
			missing: 'Your ID has ‘{document}’, which your account does not.',
			extra: 'Your account has ‘{account}’, which your ID does not.',
			initial: 'An initial stands for a whole name: your account has ‘{account}’, your ID ‘{document}’.',
			spelling: 'The spelling differs: your account has ‘{account}’, your ID ‘{document}’.',
			script: 'The two names are written in different alphabets, so they cannot be compared letter by letter.',
		} satisfies Record<DifferenceKind, string>,
		/** `headlines.invisible` when the character is in the name typed from the ID. */
		invisibleOnId: 'An invisible character is hidden in the name on your ID.',
		/** What each kind of difference means and what to do about it. */
		kindAdvice: {
			case: 'Usually fine. If the exchange lets you edit the name, copy the capitalisation of your ID.',
			spacing: 'Use exactly one space between names, none at the start or end, and the same joins as your ID.',
			punctuation:
				"Copy hyphens and apostrophes as they are on your ID. Use a straight apostrophe (') if the form offers no other.",
			diacritics:
				'Type the accents as on your ID. If the form refuses them, use the spelling of the machine-readable zone (the lines with <<<).',
			transliteration: 'Use the Latin spelling printed on your ID, not your own conversion.',
			order:
				'Most checks compare first name and surname field by field. Put each name in the right field rather than reordering a single field.',
			width: 'Retype the name with your keyboard in its normal (half-width) mode.',
			invisible: 'Delete the name and type it again by hand; do not paste it from a chat or a PDF.',
			confusable: 'Switch your keyboard to the Latin layout and retype the name.',
			title: 'Leave out titles (Mr, Dr, Jr., III) unless your ID prints them as part of your name.',
			symbol: 'Remove the symbol or emoji.',
			truncation:
				'This is normal for long names and not your mistake: type your full name as printed in the upper part of the ID.',
			missing: 'Add this name to the account, in the same position as on your ID.',
			extra: 'Remove this name from the account, or check whether your ID prints it elsewhere.',
			initial: 'Write the name out in full, as on your ID.',
			spelling: 'Correct the spelling to match your ID letter for letter.',
			script:
				'Type the name in Latin letters exactly as your ID prints it; a Latin version of your name is on every passport.',
		} satisfies Record<DifferenceKind, string>,
		explanations: {
			'older-russian-passport':
				'This is how older Russian passports (before 2014) spelled names; current passports use the ICAO spelling. If your account was made with an old passport, contact support rather than editing the name.',
			'romanisation-variant':
				'These may be two Latin spellings of the same name (common for Arabic names such as Mohammed and Muhammad). Checks compare letters, so use the spelling on your ID.',
			'comma-form': 'Your ID writes the surname first, followed by a comma.',
			particle: 'This is a name particle (van, de, bin …): on your ID it is part of the surname.',
			'trailing-space': 'There is an extra space at the end.',
			'leading-space': 'There is an extra space at the start.',
			'mrz-filler': 'In the machine-readable zone, < stands for a space or a hyphen.',
		} satisfies Record<Explanation, string>,
		/** Where a spelling rule (Ü→UE) comes from, shown after it in brackets. */
		schemes: {
			icao: 'ICAO passport rule',
			/** `{languages}`: language names, from Intl in the reader's language (Ukrainian, Belarusian). */
			'icao-language': 'ICAO passport rule for {languages}',
			'older-russian': 'older Russian passports',
			'not-icao': 'a common spelling, not the ICAO rule',
			guess: 'a guess: there is no ICAO table for this script',
		} satisfies Record<Scheme, string>,
		scripts: {
			Latin: 'Latin',
			Cyrillic: 'Cyrillic',
			Greek: 'Greek',
			Armenian: 'Armenian',
			Georgian: 'Georgian',
			Arabic: 'Arabic',
			Hebrew: 'Hebrew',
			Han: 'Chinese',
			Hiragana: 'Japanese hiragana',
			Katakana: 'Japanese katakana',
			Hangul: 'Korean',
			Thai: 'Thai',
			Devanagari: 'Devanagari',
			Other: 'another script',
		} satisfies Record<Script, string>,
		/** What a character shown in brackets is: "[zero-width space U+200B]". */
		notes: {
			invisible: 'invisible character',
			control: 'control character',
			'odd-space': 'unusual space',
			'full-width': 'full-width letter',
			styled: 'styled letter',
			'foreign-script': 'letter',
			symbol: 'symbol',
			digit: 'digit',
		} satisfies Record<CharacterNote, string>,
		/** Names of the invisible and odd characters people paste most often, by code point (hex). */
		characters: {
			'0009': 'tab',
			'000A': 'line break',
			'00A0': 'no-break space',
			'00AD': 'soft hyphen',
			'034F': 'combining grapheme joiner',
			'061C': 'Arabic letter mark',
			'200B': 'zero-width space',
			'200C': 'zero-width non-joiner',
			'200D': 'zero-width joiner',
			'200E': 'left-to-right mark',
			'200F': 'right-to-left mark',
			'2009': 'thin space',
			'202F': 'narrow no-break space',
			'2060': 'word joiner',
			'3000': 'ideographic space',
			FEFF: 'byte-order mark',
		},
		problems: {
			'account-empty': 'Type the name on your exchange account.',
			'document-empty': 'Type the name as printed on your ID.',
			'account-too-long': 'The account name is very long; only its first {max} characters were compared.',
			'document-too-long': 'The ID name is very long; only its first {max} characters were compared.',
			'account-no-letters': 'The account name has no letters.',
			'document-no-letters': 'The ID name has no letters.',
			'right-to-left':
				'Part of the text is written right to left. Exchanges compare the Latin spelling of your name, printed on your ID.',
		} satisfies Record<InputProblem, string>,
		/** What is wrong with a pasted MRZ. `{td3}`, `{td2}`, `{td1}`: line lengths. */
		mrzStatus: {
			'wrong-line-count':
				'The machine-readable zone has two lines on a passport and three on an ID card. Paste all of them, one per line.',
			'wrong-line-length':
				'Each line should be {td3} characters on a passport, {td2} on some ID cards, {td1} on most ID cards. A line is too short or too long: check for missing < signs.',
			'bad-characters':
				'The machine-readable zone holds only capital letters A–Z, digits and the < sign. Replace any other character.',
			unreadable: 'This does not look like a machine-readable zone the tester knows.',
		} satisfies Record<Exclude<MrzStatus, 'ok' | 'empty'>, string>,
		/** The field a check digit covers, in `checkOk` and `checkBad`. */
		checkDigits: {
			documentNumberCheckDigit: 'document number',
			birthDateCheckDigit: 'date of birth',
			expirationDateCheckDigit: 'expiry date',
			personalNumberCheckDigit: 'personal number',
			compositeCheckDigit: 'whole zone (composite)',
		} satisfies Record<CheckDigitField, string>,
	},

	/** The photo checker (PhotoChecker.tsx), for a photo of an identity document. */
	photo: {
		documentIntro:
			'Check a photo of your ID before you upload it. It is checked on this device and never sent anywhere.',
		choose: 'Choose a photo',
		camera: 'Take a photo',
		working: 'Checking your photo…',
		/** `{score}`: a whole number from 0 to 100. */
		score: 'Score {score} / 100.',
		previewDocument: 'Your photo. The outline shows where the document was found; boxes mark glare.',
		privacy: 'Your photo stays on this device.',
		verdicts: {
			good: 'Looks good: this photo should pass the usual quality checks.',
			fix: 'Usable, but worth fixing: a strict check may reject it.',
			retake: 'Take a new photo: this one is likely to be rejected.',
		} satisfies Record<PhotoAnalysis['verdict'], string>,
		checks: {
			resolution: 'Resolution',
			sharpness: 'Sharpness',
			glare: 'Glare',
			exposure: 'Brightness',
			evenness: 'Even light',
			framing: 'Framing',
			color: 'Colour',
		} satisfies Record<CheckId, string>,
		/** What a passing check says. */
		checkOk: {
			resolution: 'Enough pixels for the text to be read.',
			sharpness: 'Sharp enough to read.',
			glare: 'No glare found on the document.',
			exposure: 'Neither too dark nor too bright.',
			evenness: 'The light is even.',
			framing: 'All four corners are in the picture, with a margin.',
			color: 'A colour photo.',
		} satisfies Record<CheckId, string>,
		/**
		 * A framing measure so close to its limit that the corners found cannot tell which side it is on: no
		 * verdict, and what to do to be safe. `badge` replaces the check's badge when nothing else is wrong.
		 */
		unsure: {
			badge: 'Too close to call',
			margin: 'Margin: too close to call. Leave a little more space around the document.',
			fill: 'Size: too close to call. Move a little closer, so the document fills most of the picture.',
			tilt: 'Tilt: too close to call. Hold the phone flat above the document.',
		} satisfies Record<keyof FramingMeasure | 'badge', string>,
		/** Shown above the checks when the document's edges were not found. */
		measuredOnCentre:
			'We could not find the edges of the document, so glare and light were checked on the middle of the picture.',
		/** The glare check's pass when it was judged on the middle of the picture (see measuredOnCentre). */
		glareOkCentre: 'No glare found in the middle of the picture.',
		problems: {
			'image-too-small':
				'The photo is small. Use your phone’s main camera at full resolution, and send the original file rather than a screenshot or a copy from a chat app.',
			'document-low-dpi':
				'The document is small in the photo, so its text has few pixels. Move the camera closer until the document fills most of the picture.',
			soft: 'The photo is a little soft. Hold the phone with both hands, tap the document on the screen to focus, and wait a moment before taking the picture.',
			blurry:
				'The photo is blurry. Rest your elbows on the table, tap to focus on the document, and take the photo in good light so the camera does not need a slow shutter.',
			'no-detail':
				'There is almost no detail in the photo. Make sure the document is in the picture and the lens is not covered.',
			glare:
				'Light reflects off the document. Tilt it slightly, move away from lamps and windows, and turn off the flash.',
			'too-dark':
				'The photo is too dark. Move to a brighter place, near a window in daylight if you can, without direct sun on the document.',
			'too-bright':
				'The photo is too bright. Move out of direct light or tap the document on the screen so the camera adjusts.',
			'clipped-shadows':
				'Parts of the photo are pure black. Add light, or avoid a very dark background next to a bright document.',
			'clipped-highlights':
				'Parts of the photo are burnt out to pure white, so details are lost. Avoid direct light and tap the document on the screen to adjust the exposure.',
			'low-contrast': 'The photo looks washed out. Avoid light shining into the lens and clean the camera lens.',
			'uneven-light':
				'A shadow or uneven light falls across the photo. Move so the light falls evenly, and keep your hand and phone from casting a shadow.',
			'document-not-found':
				'We could not find the edges of your document, so we cannot judge its framing, size or tilt. Put it on a plain surface of a different colour from the document, so all four edges stand out.',
			'fills-frame':
				'The document fills the whole picture, so its edges cannot be seen. Leave a small margin around it: many checks want to see all four corners.',
			'cut-off':
				'Part of the document is outside the picture. Move the camera back until all four corners are visible.',
			'near-edge': 'The document touches the edge of the picture. Leave a small margin on every side.',
			'too-small-in-frame':
				'The document is small in the picture. Move closer so it fills most of the frame, with a small margin.',
			tilted: 'The document is photographed at an angle. Hold the phone flat above it, parallel to the document.',
			grayscale:
				'This looks like a black-and-white photo or a photocopy. Most checks reject these: photograph the original document in colour.',
			'low-color':
				'The photo has very little colour. Make sure it is a colour photo of the original document, not a copy, and turn off any filter.',
		} satisfies Record<ProblemCode, string>,
		/** Why a file could not be checked. `{megabytes}` and `{pixels}` are numbers. */
		fileProblems: {
			'empty-file': 'This file is empty (0 bytes). Choose the photo again, or take a new one.',
			'file-too-large':
				'This file is over {megabytes} MB, too big to check here. Take the photo with your phone’s standard camera settings, or export a JPEG copy.',
			'not-an-image':
				'This file is not a photo this checker can read. Choose a JPEG, PNG, WebP or HEIC photo (a PDF or a document will not work).',
			'too-many-pixels':
				'This image has too many pixels to check on this device. Export a smaller JPEG copy (for example {pixels} pixels wide).',
			'heic-not-supported':
				'This browser cannot open HEIC photos (the iPhone’s usual format). Open this page on the iPhone itself, in Safari, which can. Or get a JPEG: on the iPhone open Settings > Camera > Formats, choose “Most Compatible” and take the photo again; to copy photos to a computer as JPEG, open Settings > Photos and under “Transfer to Mac or PC” choose “Automatic”.',
			'cannot-decode':
				'This photo could not be opened: the file may be damaged or only partly downloaded. Copy it to your device again, or take a new photo.',
			'analysis-failed': 'Something went wrong while checking this photo. Try again, or try another photo.',
		} satisfies Record<FileProblem, string>,
	},

	/** The selfie checker (SelfieChecker.tsx). Short instructions first, as capture tools word them. */
	selfie: {
		intro:
			'Check a selfie before a face check: is your face found, centred, big enough and well lit? It is checked on this device and never sent anywhere.',
		choose: 'Choose a selfie',
		camera: 'Take a selfie',
		working: 'Looking for your face…',
		loading: 'Looking for your face… (the first check takes a few seconds while the face finder loads)',
		preview: 'Your selfie. A green box marks the face that was found.',
		previewMany: 'Your selfie. Boxes mark each face that was found.',
		otherChecks: 'The other checks need exactly one face.',
		limits:
			'What this does not check: whether your eyes are open or covered, glasses, a hat or a mask, and whether the picture is a live photo of you. Exchanges check that themselves (a photo of a screen, a printed photo or a video is rejected); this page cannot tell, so always use your own live camera.',
		privacy: 'Your selfie stays on this device.',
		verdicts: {
			pass: 'Looks good: a face check should accept this selfie.',
			warn: 'Usable, but worth fixing: a strict face check may reject it.',
			fail: 'Take a new selfie: this one is likely to be rejected.',
		} satisfies Record<FaceCheckStatus, string>,
		checks: {
			face: 'Face',
			'face-size': 'Distance',
			'face-position': 'Position',
			'head-pose': 'Head straight',
			backlight: 'Backlight',
			evenness: 'Even light',
			exposure: 'Brightness',
			sharpness: 'Sharpness',
		} satisfies Record<FaceCheckId, string>,
		checkOk: {
			face: 'One face found.',
			'face-size': 'Your face is a good size in the picture.',
			'face-position': 'Your face is near the centre.',
			'head-pose': 'You are looking straight at the camera.',
			backlight: 'Your face is not darker than the background.',
			evenness: 'Both sides of your face are evenly lit.',
			exposure: 'Your face is neither too dark nor too bright.',
			sharpness: 'Your face is sharp.',
		} satisfies Record<FaceCheckId, string>,
		problems: {
			'no-face':
				'Face not detected. Hold the phone at eye level with your whole face in the picture, uncovered and lit from the front.',
			'several-faces': 'Several faces found. Only one person: move to a place where nobody else is in the picture.',
			'face-too-small':
				'Move closer. Your face is small in the picture: hold the phone nearer, at arm’s length. (A photo of your ID card belongs in the photo checker, not here.)',
			'face-too-close': 'Move farther. Your face fills the picture: hold the phone a little farther away.',
			'face-cut-off': 'Keep your whole face in the picture. Part of it is outside the frame.',
			'face-off-centre': 'Centre your face. Move the phone so your face is in the middle of the picture.',
			'head-tilted': 'Hold your head straight. Keep your eyes level with the camera.',
			'head-turned': 'Look straight at the camera. Your head is turned to one side.',
			backlit:
				'Move to a spot with less light behind you. The light is behind you, so your face is dark: face a window or lamp instead.',
			'uneven-light': 'One side of your face is in shadow. Turn so the light falls evenly on your face.',
			'face-too-dark': 'Move to a brighter spot. Your face is too dark.',
			'face-too-bright': 'Move to a spot with less light. Your face is too bright, and details are lost.',
			'face-blurry': 'Hold still. Your face is blurry: keep the phone steady and wipe the camera lens.',
			'face-soft': 'Hold still. Your face is a little soft: keep the phone steady, and take the selfie in good light.',
		} satisfies Record<FaceProblem, string>,
		/** Why a picture could not be checked. `{megabytes}` and `{pixels}` are numbers. */
		errors: {
			'empty-file': 'This file is empty (0 bytes). Choose the selfie again, or take a new one.',
			'file-too-large':
				'This file is over {megabytes} MB, too big to check here. Take the selfie with your phone’s standard camera settings.',
			'not-an-image':
				'This file is not a picture this checker can read. Choose a JPEG, PNG or WebP photo (a PDF or a document will not work).',
			'too-many-pixels': 'This image has too many pixels to check on this device. Export a smaller JPEG copy.',
			'heic-not-supported':
				'This browser cannot open HEIC photos (the iPhone’s usual format). Open this page on the iPhone itself, in Safari, or choose “Most Compatible” under Settings > Camera > Formats and take the selfie again.',
			'cannot-decode':
				'This picture could not be opened: the file may be damaged or only partly downloaded. Take a new selfie, or copy it to your device again.',
			'selfie-too-small':
				'This picture is too small to find a face in (under {pixels} pixels on a side). Use your phone’s camera at full size, not a thumbnail or a screenshot.',
			'detector-failed': 'The face finder could not load. Reload the page and try again.',
			'analysis-failed': 'Something went wrong while checking this picture. Try again, or try another picture.',
		} satisfies Record<FileProblem | SelfieSizeProblem | 'detector-failed', string>,
	},

	/** "Ready to submit?" (ReadinessReport.tsx). */
	ready: {
		nameLabel: 'Full name on your exchange account',
		birthLabel: 'Date of birth on your account',
		countryLabel: 'Country of residence on your account',
		/** Under the country field, which suggests countries by name as the reader types. */
		countryHint: 'Type the country’s name and choose it from the list.',
		/** After the country item's note. `{issuer}` and `{residence}` are country names. */
		countryNames: 'Document issued by: {issuer}. Country of residence: {residence}.',
		frontLabel: 'Photo of your passport page, or the front of your ID card',
		backLabel: 'Back of your ID card (where its MRZ usually is), if you have one',
		/** The button under each photo field that opens the file picker. */
		choose: 'Choose a photo',
		reading: 'Reading the photo…',
		mrzAsRead: 'The MRZ as read',
		mrzAria: 'Machine-readable zone as read',
		/** Tooltip of a doubtful character in the MRZ. */
		doubtful: 'doubtful',
		fixLabel: 'If a character differs from your document, correct it here:',
		reportAria: 'Your readiness report',
		/** The badge of one line of the report. */
		status: {
			pass: 'Looks fine',
			warn: 'Check this',
			fail: 'Will likely fail',
			todo: 'Waiting',
			note: 'Note',
		} satisfies Record<ItemStatus, string>,
		items: {
			photo: 'Photo quality',
			mrz: 'Machine-readable zone (MRZ)',
			name: 'Name',
			birth: 'Date of birth',
			validity: 'Document validity',
			age: 'Age',
			country: 'Issuing country and country of residence',
		} satisfies Record<ReportItemId, string>,
		/** What each item found. `{minimumAge}` and `{count}` are numbers. */
		codes: {
			'no-photo': 'Choose a photo of your passport, or of the back of your ID card, to read its MRZ.',
			'not-found':
				'No MRZ was found. Many driving licences and ID card fronts have none: choose the back of the card, or type your details into the name and date checkers by hand.',
			uncertain:
				'The MRZ was read, but some characters are doubtful (marked below). Compare them with your document and correct them.',
			read: 'The MRZ was read and every check digit holds.',
			'no-account-name': 'Type your full name as your exchange account shows it.',
			'no-account-birth': 'Type your date of birth as your exchange account shows it.',
			'no-account-country': 'Type your country of residence as your exchange account shows it.',
			'no-document': 'Waiting for the document’s MRZ.',
			'photo-none': 'Choose a photo of your document to check its quality.',
			'photo-good': 'The photo should pass the usual quality checks.',
			'photo-fix': 'The photo is usable, but a strict check may reject it:',
			'photo-retake': 'Take a new photo: this one is likely to be rejected:',
			'photo-cannot-open': 'The photo could not be opened, so its quality could not be checked.',
			unreadable: 'The name in the MRZ could not be read.',
			exact: 'The account name matches the document.',
			equivalent: 'The account name is the same name as the document writes it.',
			partial: 'The names share parts but differ: a strict check may reject this.',
			different: 'The account name differs from the document.',
			'birth-same': 'The dates of birth match.',
			'birth-same-if-reordered': 'The dates match only if day and month are swapped: check the order you typed.',
			'birth-different': 'The date of birth on your account differs from the document.',
			'birth-unreadable': 'The date of birth you typed could not be read as a date. Type it as your account shows it.',
			valid: 'The document is valid.',
			expired: 'The document has expired: verification will be rejected.',
			'expires-soon': {
				one: 'The document expires within {count} day.',
				other: 'The document expires within {count} days.',
			},
			adult: {
				one: 'You are old enough ({count} or over).',
				other: 'You are old enough ({count} or over).',
			},
			'under-age': {
				one: 'By this date of birth you are under {count}.',
				other: 'By this date of birth you are under {count}.',
			},
			'future-birth': 'The date of birth is in the future: it was misread or mistyped.',
			'same-country': 'The document was issued by your country of residence.',
			'other-country':
				'The document was issued by another country than the one you live in. That is allowed on most exchanges (residence and nationality may differ), but choose the issuing country when asked which document you have.',
			'unknown-country': 'Choose your country of residence from the list, or type its name in full.',
		} satisfies Record<ReportCode, unknown>,
		/** The status line after a photo is read. */
		mrzStates: {
			read: 'Photo read: the report below uses its MRZ.',
			uncertain: 'Photo read, with doubtful characters: check the MRZ below.',
			'not-found': 'No MRZ found on this photo.',
		} satisfies Record<MrzReadStatus, string>,
		readErrors: {
			'cannot-decode': 'This file could not be opened as a photo. Choose a JPEG, PNG or WebP image.',
			'engine-failed': 'The reader could not start. Reload the page and try again.',
		} satisfies Record<MrzReadProblem, string>,
	},
};

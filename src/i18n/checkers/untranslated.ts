/**
 * Words a checker shows in every language as they are: abbreviations, file formats, standards,
 * product and proper names. The test that renders each checker per language allows these (and the
 * names, dates and codes the reader's own input brings) and flags any other English word.
 * Lower case; keep it short: a word belongs here only if a careful translator would leave it as it is.
 */
export const UNTRANSLATED_WORDS: ReadonlySet<string> = new Set([
	// Abbreviations and standards.
	'mrz',
	'kyc',
	'id',
	'icao',
	'iso',
	'yymmdd',
	'td',
	// File formats.
	'pdf',
	'jpeg',
	'png',
	'webp',
	'heic',
	'mb',
	// Products (and the iPhone's menu names, which a translator keeps where the language's iOS name is not known).
	'iphone',
	'safari',
	'mac',
	'pc',
	// Calendars and Japanese eras: proper names.
	'hijri',
	'umm',
	'al',
	'qura',
	'meiji',
	'taishō',
	'shōwa',
	'heisei',
	'reiwa',
	// Example names, particles and titles quoted as examples.
	'mohammed',
	'muhammad',
	'van',
	'de',
	'bin',
	'mr',
	'dr',
	'jr',
	'iii',
]);

/**
 * Words that carry no meaning for finding an article, as data.
 *
 * Pagefind ANDs the words of a query, so a function word that happens to be missing from the
 * right article ("with", "why") would hide it. Domain words are deliberately absent even when
 * they look common: `not` (it carries "not clear", "not fully visible", which the synonym table
 * reads before stop words are dropped), `back` and `side` (the back of an ID card), `same`,
 * `match`, `name`, `date`, `open`, `still`, `move`, `again` (short queries like "try again").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	(
		'a about above after all also am an and any are as at be because been before being below ' +
		'between both but by can cannot could did do does doing done during each either else even ever ' +
		'every for from further had has have having he her here hers him his how however i if in into ' +
		'is it its itself just let lets me mine more most much must my myself neither no nor now of off ' +
		'often on once only or other our ours ourselves out over own per quite rather really she should ' +
		'since so some still such than that thats the their theirs them then there these they this those ' +
		'though through thus to too under until up upon us very was we were what whats when where which ' +
		'while who whom whose why will with within without would yet you your yours yourself ' +
		// contractions after apostrophes are removed ("don't" -> "dont")
		'im ive youre youve theyre dont doesnt didnt isnt arent wasnt werent cant couldnt wont ' +
		'wouldnt shouldnt hasnt havent hadnt ' +
		// chat fillers of readers writing in a hurry or in a second language
		'pls plz please hi hello hey dear sir madam thanks thank ok okay kindly help ' +
		// light verbs: in "I took the photo" or "it says" they carry no topic. Phrases that need
		// them ("take off glasses", "keep still", "nothing happens") are read by the synonym table first.
		'take took taken taking get gets got getting make makes made making say says said saying ' +
		'tell told give gave given want wanted tried go goes going went gone come came see saw seen ' +
		'show shows showed shown look looks looked keep keeps kept ask asks asked asking need needs ' +
		'needed use used using happen happens happened know think ' +
		// "instead of", "the system says": framing, not topic
		'instead system'
	).split(' '),
);

/*
 * `still` and `no` are stop words ("still not working"), yet "hold still" and "no face" are
 * synonym phrases: the synonym table is read before stop words are dropped. "I'd" is not listed
 * because its folded form `id` is the reader's word for their identity document.
 */

/**
 * Boilerplate of rejection messages and support e-mails, removed only from long pasted text
 * (see `reduce.ts`), as word sequences. Short queries keep them: "try again" typed alone means
 * the reader wants the article on preparing the next attempt.
 */
export const BOILERPLATE_PHRASES: readonly string[] = [
	'unfortunately',
	'we are sorry',
	'sorry',
	'we regret',
	'regret to inform',
	'inform you',
	'please try again',
	'and try again',
	'try again later',
	'try once more',
	'once again',
	'later',
	'verification',
	'verify',
	'verified',
	'identity',
	'kyc',
	'could not be completed',
	'could not be processed',
	'was not successful',
	'unsuccessful',
	'has been',
	'have been',
	'was',
	'following reason',
	'following reasons',
	'due to',
	'reason',
	'reasons',
	'thank you',
	'thanks for your patience',
	'best regards',
	'regards',
	'team',
	'customer',
	'user',
	'account',
	'application',
	'submission',
	'submitted',
	'request',
	'attempt',
	'status',
	'notification',
	'message',
	'dear',
	'valued',
	'process',
	'procedure',
	'make sure',
	'ensure',
	'note',
	'information',
	'details',
	'provided',
	'new',
	'complete',
	'completed',
	'continue',
	'step',
	'required',
	'requirements',
	'meet',
	'our',
	'need',
	'needs',
	'can',
	'resubmit',
	'resubmission',
	'resubmission requested',
	'retake',
	'retake the photo',
	'upload again',
	'check your details',
	'valid',
];

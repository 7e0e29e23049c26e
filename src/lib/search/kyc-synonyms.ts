/**
 * The curated KYC synonym table: what readers type or paste, mapped to the words the guide uses.
 *
 * Pagefind has no synonyms: "selfie" finds nothing on a page that only says "facial verification",
 * and "birthday" nothing on a page about the "date of birth". Each row below is one idea.
 *
 * Columns:
 * - `id`: a stable name for the idea (tests and debugging only; never shown).
 * - `guide`: the words the guide itself uses for the idea, best first. Each entry is a query
 *   Pagefind runs as is (its words are ANDed), so "date of birth" is one entry and "cut off"
 *   another. At run time only the entries whose words are in the index vocabulary are used, so
 *   listing both spellings of a word ("centre", "center") is safe.
 * - `variants`: what readers write instead: everyday words, provider wording, British and American
 *   spellings, and the phrasings of readers writing in a second language ("name not same with
 *   passport", "photo not clear"). Matched as whole words, in order, after normalisation (lower
 *   case, accents and apostrophes removed, so "driver's license" matches "drivers license").
 *   A query word also matches a variant word it pluralises (`+s`/`+es`).
 * - `role` (optional): how much the idea says about which article the reader needs.
 *   - `context`: what was checked, not what went wrong: the document types ("passport" is named
 *     on the glare, blur, expiry and name pages alike), "photo", "phone", "does not match". It
 *     shapes the main query (a passport that is "too dark" is a document, not a selfie) but is
 *     searched on its own only when it is the whole query.
 *   - `generic`: on nearly every page and says nothing at all: "rejected", "verification", "why
 *     was I rejected". Like `context`, and also dropped from long pasted messages.
 *   Without a role the idea names a cause, and is always searched on its own too.
 *
 * Sources of the provider wording: REFERENCE §1.2 (capture messages: Onfido web SDK, Microblink
 * BlinkID, Persona) and §2 (rejection wording: Onfido, Jumio, Sumsub, Veriff, Persona).
 */
export interface SynonymGroup {
	readonly id: string;
	readonly guide: readonly string[];
	readonly variants: readonly string[];
	readonly role?: 'context' | 'generic';
}

export const KYC_SYNONYMS: readonly SynonymGroup[] = [
	// ── Facial verification ────────────────────────────────────────────────────────────────
	{
		id: 'selfie',
		guide: ['selfie', 'facial verification', 'face'],
		variants: [
			'face scan', 'face check', 'face verification', 'facial recognition', 'face recognition',
			'face id', 'face photo', 'face picture', 'face capture', 'facial scan', 'facial check',
			'video selfie', 'selfie video', 'selfie check', 'biometric', 'biometrics', 'biometry',
			'face match', 'face matching', 'portrait', 'photo of my face',
			'picture of me', 'photo of me', 'my face', 'face authentication', 'face auth',
		],
	},
	{
		id: 'liveness',
		guide: ['liveness', 'movement'],
		variants: [
			'liveness check', 'liveness test', 'liveness detection', 'live check', 'live test',
			'live photo', 'live video', 'proof of life', 'alive check', '3d face', 'head movement',
			'turn your head', 'turn head', 'turn my head', 'turning my head', 'move head', 'move my head', 'blink', 'blinking', 'nod',
			'follow the dot', 'motion', 'active liveness', 'passive liveness',
		],
	},
	{
		id: 'face-not-detected',
		guide: ['face not detected', 'face'],
		variants: [
			'no face', 'no face detected', 'face not found', 'face not recognised', 'face not recognized',
			'cannot detect face', 'cant detect face', 'face not visible', 'face not fully visible',
			'no face present', 'face not clear', 'not detect my face', 'not recognize my face',
			'not recognise my face', 'face not match', 'face doesnt match', 'face does not match',
			'face mismatch', 'photo mismatch', 'not look like me', 'looks different',
		],
	},
	{
		id: 'multiple-faces',
		guide: ['multiple faces', 'another person'],
		variants: [
			'more than one face', 'two faces', 'several faces', 'multiple people', 'several people',
			'other person', 'other people', 'someone else', 'person behind', 'people behind',
			'background person', 'many faces',
		],
	},
	{
		id: 'accessories',
		guide: ['glasses', 'hat', 'accessories'],
		variants: [
			'eyeglasses', 'spectacles', 'sunglasses', 'specs', 'cap', 'hood', 'hoodie', 'beanie',
			'mask', 'face mask', 'scarf', 'headscarf', 'head scarf', 'hijab', 'niqab', 'veil',
			'turban', 'headphones', 'earphones', 'earbuds', 'headset', 'piercing', 'makeup',
			'make up', 'face covered', 'covered face', 'face covering', 'cover my face', 'covering',
			'remove glasses', 'take off glasses', 'items that cover your face', 'hair over face',
			'bangs', 'fringe',
		],
	},
	{
		id: 'camera-position',
		guide: ['camera position', 'angle', 'distance'],
		variants: [
			'too close', 'too far', 'move closer', 'move farther', 'move further', 'move away',
			'move back', 'get closer', 'closer', 'farther', 'further away', 'not centered',
			'not centred', 'off center', 'off centre', 'centre your face', 'center your face',
			'oval', 'fit in oval', 'face in oval', 'face outside', 'out of oval', 'head position',
			'eye level', 'camera angle', 'position', 'positioning', 'hold phone', 'hold the phone',
			'look into the camera', 'look at the camera', 'looking down', 'looking up',
			'chin', 'tilt head', 'head tilted',
		],
	},
	{
		id: 'movement',
		guide: ['movement', 'still', 'steady'],
		variants: [
			'moving', 'moved', 'move', 'shaky', 'shaking', 'shake', 'trembling', 'hold still',
			'keep still', 'stay still', 'not still', 'dont move', 'do not move', 'motion blur',
			'hold steady', 'keep steady', 'keep document and phone still', 'hand shaking',
		],
	},
	{
		id: 'face-lighting',
		guide: ['lighting', 'light'],
		variants: [
			'backlight', 'backlit', 'back light', 'light behind', 'window behind', 'sun behind',
			'shadow on face', 'shadow on my face', 'face too dark', 'face dark', 'dark face',
			'face too bright', 'too bright', 'overexposed', 'over exposed', 'sunlight', 'sun',
			'lamp', 'ring light', 'face in shadow', 'half face dark',
		],
	},

	// ── Document quality ───────────────────────────────────────────────────────────────────
	{
		id: 'blurry',
		guide: ['blurry', 'blur', 'sharp'],
		variants: [
			'not clear', 'unclear', 'no clear', 'isnt clear', 'is not clear', 'not clean',
			'not sharp', 'unsharp', 'blurred', 'blurriness', 'out of focus',
			'not in focus', 'not focused', 'unfocused', 'no focus', 'focus', 'fuzzy', 'hazy',
			'smudged', 'smeared', 'grainy', 'noisy', 'soft', 'unreadable', 'not readable',
			'non readable', 'cannot be read', 'cant be read', 'could not be read', 'cant read',
			'illegible', 'not legible', 'data not readable', 'not readable document',
			'not_readable_document', 'blurred_photo', 'image is blurry', 'bad quality',
			'poor quality', 'low quality', 'bad photo', 'poor image quality', 'unsatisfactory photos',
			'text not readable', 'letters not readable',
		],
	},
	{
		id: 'glare',
		guide: ['glare', 'reflection'],
		variants: [
			'reflections', 'reflected', 'reflecting', 'reflect', 'shine', 'shiny', 'shining', 'flash',
			'camera flash', 'light spot', 'light spots', 'bright spot', 'bright spots', 'white spot',
			'white spots', 'white patch', 'bright patch', 'hotspot', 'hot spot', 'glossy', 'gleam',
			'sheen', 'light reflection', 'lamp reflection', 'glare detected', 'glare_on_photo',
			'glaring', 'glint', 'plastic cover', 'laminated', 'hologram', 'holographic',
			'tilt or move document to remove reflection', 'change angle to avoid glare',
		],
	},
	{
		id: 'cut-off',
		guide: ['cut off', 'edges', 'corners'],
		variants: [
			'cropped', 'crop', 'cut', 'cutoff', 'cut_off_document', 'corners missing',
			'corner missing', 'missing corner', 'missing corners', 'edges missing', 'edge missing',
			'edge', 'corner', 'four corners', 'all four corners', 'not fully visible',
			'not fully shown', 'not completely visible', 'partially visible', 'partly visible',
			'partially', 'partly', 'part missing', 'part of document missing', 'half',
			'incomplete', 'incomplete document', 'not complete', 'not whole', 'whole document',
			'full document', 'entire document', 'outside the frame', 'outside frame', 'out of frame',
			'not in frame', 'not in the frame', 'within the frame', 'fit in frame', 'border',
			'borders', 'margin', 'document is not fully visible', 'center document in frame',
			'centre document in frame', 'not fit', 'doesnt fit', 'fingers', 'finger covering',
			'covered_photo',
		],
	},
	{
		id: 'low-resolution',
		guide: ['resolution', 'small', 'pixels'],
		variants: [
			'low resolution', 'low res', 'lowres', 'low-res', 'pixelated', 'pixelized', 'pixel',
			'megapixels', 'megapixel', 'mp', 'dpi', 'too small', 'small image', 'image too small',
			'photo too small', 'file too small', 'image is too small', 'document too small',
			'identity document is too small', 'small_doc', 'low_resolution', 'tiny', 'compressed',
			'compression', 'zoom', 'zoomed', 'zoom in', 'not big enough', 'size', 'file size',
			'too big', 'too large', 'mb', 'jpg', 'jpeg', 'png', 'heic', 'format',
		],
	},
	{
		id: 'document-lighting',
		guide: ['poor lighting', 'lighting', 'dark'],
		variants: [
			'too dark', 'dark photo', 'dark image', 'darkness', 'dim', 'dimly', 'dimly lit', 'dull',
			'not well lit', 'not well-lit', 'badly lit', 'poorly lit', 'poor lighting', 'bad lighting',
			'bad light', 'low light', 'not enough light', 'no light', 'night', 'at night', 'shadow',
			'shadows', 'shade', 'underexposed', 'under exposed', 'dark_photo', 'find better lighting',
			'move to brighter spot', 'well lit area', 'brightness', 'bright', 'illumination',
			'lightning', 'lighten', 'light is bad',
		],
	},
	{
		id: 'not-original',
		guide: ['original', 'screenshot', 'photocopy'],
		variants: [
			'screen shot', 'screenshots', 'photo of screen', 'photo of a screen', 'screen photo',
			'from screen', 'on screen', 'monitor', 'photocopy detected', 'photocopied', 'copy',
			'copied', 'scan', 'scanned', 'scanner', 'printout', 'print out', 'printed', 'paper copy',
			'black and white', 'black white', 'grayscale', 'greyscale',
			'monochrome', 'digital copy', 'edited', 'editing', 'photoshop', 'photoshopped',
			'graphic editor', 'filter', 'filters', 'sticker', 'physical document not used',
			'not original', 'not the original', 'gallery', 'from gallery', 'saved photo',
		],
	},
	{
		id: 'both-sides',
		guide: ['both sides', 'back', 'side'],
		variants: [
			'back side', 'backside', 'reverse', 'reverse side', 'other side', 'rear', 'rear side',
			'flip', 'front and back', 'front side', 'missing back', 'missing_back', 'incorrect side',
			'wrong side', 'second side', 'second page', 'wrong page', 'wrong_document_page',
			'photo page', 'data page', 'bio page', 'main page', 'two sides',
		],
	},
	{
		id: 'damaged',
		guide: ['damaged'],
		variants: [
			'damage', 'damaged id', 'damaged document', 'broken', 'torn', 'ripped', 'scratched',
			'scratch', 'scratches', 'worn', 'worn out', 'faded', 'cracked', 'bent', 'peeling',
			'document damaged',
		],
	},
	{
		id: 'mrz',
		guide: ['MRZ', 'machine readable zone'],
		variants: [
			'machine readable', 'machine-readable', 'mrz lines', 'bottom lines', 'code lines',
			'lines at the bottom', 'barcode', 'bar code', 'chevrons', 'make bottom lines visible',
		],
	},

	// ── Information mismatch ───────────────────────────────────────────────────────────────
	{
		id: 'date-of-birth',
		guide: ['date of birth', 'birth'],
		variants: [
			'dob', 'd o b', 'birthday', 'birth day', 'bday', 'b day', 'birthdate', 'birth date',
			'date of born', 'born date', 'born', 'born on', 'birth year', 'year of birth',
			'year born', 'age', 'my age', 'old enough', 'under 18', 'underage',
		],
	},
	{
		id: 'date-format',
		guide: ['date format', 'day', 'month'],
		variants: [
			'dd mm', 'mm dd', 'dd mm yyyy', 'mm dd yyyy', 'day month', 'month day', 'day and month',
			'month and day', 'day first', 'month first', 'american format', 'us format',
			'european format', 'swapped', 'switched', 'reversed', 'calendar', 'hijri', 'jalali',
			'persian calendar', 'buddhist calendar',
		],
	},
	{
		id: 'expired',
		guide: ['expired', 'expiry'],
		variants: [
			'expire', 'expires', 'expiring', 'expiration', 'expiration date', 'expiry date',
			'date of expiry', 'exp date', 'out of date', 'outdated document', 'validity',
			'valid until', 'valid till', 'no longer valid', 'not valid anymore', 'not valid',
			'invalid', 'lapsed', 'old passport', 'old id', 'expired id', 'expired document',
			'document expired', 'renew', 'renewed', 'renewal', 'new passport', 'new id',
		],
	},
	{
		id: 'name',
		guide: ['name'],
		variants: [
			'names', 'surname', 'surnames', 'last name', 'lastname', 'family name', 'first name',
			'firstname', 'given name', 'given names', 'forename', 'middle name', 'full name',
			'maiden name', 'married name', 'second name', 'patronymic', 'nickname', 'initial',
			'initials', 'name order', 'name wrong', 'wrong name', 'my name', 'name spelling',
			'spelling', 'spelled', 'spelt', 'spell', 'misspelled', 'misspelt', 'typo in name',
			'double surname', 'two surnames', 'hyphen', 'hyphenated', 'compound name',
			'transliteration', 'transliterated', 'latin letters', 'cyrillic', 'arabic', 'chinese',
			'accent', 'accents', 'diacritics', 'special characters', 'umlaut',
		],
	},
	{
		id: 'mismatch',
		guide: ['mismatch', 'match', 'differ'],
		role: 'context',
		variants: [
			'doesnt match', 'does not match', 'do not match', 'didnt match', 'not matching',
			'not match', 'no match', 'dont match', 'mismatched', 'mis match', 'different',
			'difference', 'differs', 'differ', 'not same', 'not the same', 'not same with',
			'not same as', 'same', 'inconsistent', 'inconsistency', 'discrepancy', 'wrong',
			'incorrect', 'not correct', 'data comparison', 'data_comparison', 'information mismatch',
			'info mismatch', 'details mismatch', 'data mismatch', 'wrong information',
			'wrong info', 'wrong details', 'typed wrong', 'entered wrong', 'mistake', 'typo',
		],
	},
	{
		id: 'country',
		guide: ['country', 'nationality'],
		variants: [
			'citizenship', 'citizen', 'residence', 'resident', 'residency', 'country of residence',
			'issuing country', 'country of issue', 'wrong country', 'country not supported',
			'region', 'jurisdiction', 'location', 'where i live', 'live abroad', 'abroad',
			'foreigner', 'expat', 'migrant', 'immigrant', 'passport from', 'moved country',
			'dual citizenship', 'two passports', 'address',
		],
	},

	// ── Documents ──────────────────────────────────────────────────────────────────────────
	{
		id: 'id-document',
		guide: ['ID', 'identity document', 'document'],
		role: 'context',
		variants: [
			'id', 'ids', 'identity card', 'identification', 'identification card', 'id card',
			'national id', 'national id card', 'national identity card', 'identity document',
			'id document', 'identity doc', 'doc', 'docs', 'documents', 'papers', 'government id',
			'govt id', 'photo id', 'official document', 'residence permit', 'residence card',
			'permit', 'card', 'cnic', 'nic', 'nin', 'aadhaar', 'aadhar', 'dni', 'ktp', 'cedula',
		],
	},
	{
		id: 'passport',
		guide: ['passport'],
		role: 'context',
		variants: ['passports', 'passport page', 'international passport', 'travel document'],
	},
	{
		id: 'driving-licence',
		guide: ['driving licence', "driver's licence", 'licence', 'license'],
		role: 'context',
		variants: [
			'driving license', 'drivers license', 'drivers licence', 'driver license',
			'driver licence', 'driving permit', 'driver permit', 'dl', 'license card', 'licence card',
		],
	},
	{
		id: 'another-document',
		guide: ['another document', 'different document', 'document type'],
		variants: [
			'other document', 'other id', 'different id', 'another id', 'another passport',
			'use passport instead', 'switch document', 'change document', 'second document',
			'document not supported', 'not supported', 'unsupported', 'unsupported document',
			'document type not supported', 'accepted documents', 'which document', 'which id',
			'what documents', 'no passport', 'dont have passport', 'do not have passport',
		],
	},

	// ── Technical issues ───────────────────────────────────────────────────────────────────
	{
		id: 'camera',
		guide: ['camera', 'permission'],
		variants: [
			'camera not working', 'camera not open', 'camera not opening', 'camera wont open',
			'camera does not open', 'camera doesnt open', 'camera doesnt work', 'cannot open camera',
			'cant open camera', 'no camera', 'camera access', 'camera permission', 'allow camera',
			'camera blocked', 'camera black', 'black camera', 'camera not found', 'webcam',
			'web cam', 'front camera', 'rear camera', 'permissions', 'allow access', 'access denied',
			'camera error', 'camera is not working', 'camera not work', 'cam',
		],
	},
	{
		id: 'upload',
		guide: ['upload'],
		variants: [
			'uploading', 'uploaded', 'uploads', 'cannot upload', 'cant upload', 'wont upload',
			'upload failed', 'upload error', 'not uploading', 'file', 'files', 'attach', 'attachment',
			'send photo', 'send picture', 'sending', 'video and or photos missing',
			'photos missing', 'upload not working',
		],
	},
	{
		id: 'stuck',
		guide: ['stuck', 'loading', 'freezes'],
		variants: [
			'freeze', 'frozen', 'freezing', 'hangs', 'hanging', 'hang', 'spinning', 'spinner',
			'infinite loading', 'keeps loading', 'keep loading', 'still loading', 'not loading',
			'loading forever', 'load', 'white screen', 'blank screen', 'black screen', 'blank page',
			'nothing happens', 'nothing happen', 'crash', 'crashes', 'crashing', 'crashed',
			'not responding', 'unresponsive', 'page not loading', 'does not load', 'doesnt load',
			'button not working', 'cant continue', 'cannot continue', 'cant proceed', 'cannot proceed',
			'not working', 'doesnt work', 'does not work', 'not work', 'broken page',
		],
	},
	{
		id: 'error',
		guide: ['error'],
		variants: [
			'errors', 'error message', 'error code', 'something went wrong', 'went wrong', 'bug',
			'glitch', 'oops', 'failed to load', 'technical problem', 'technical issue',
			'technical error', 'system error', 'server error',
		],
	},
	{
		id: 'browser',
		guide: ['browser'],
		variants: [
			'browsers', 'web browser', 'chrome', 'google chrome', 'safari', 'firefox', 'microsoft edge',
			'opera', 'samsung internet', 'brave', 'incognito', 'private mode', 'private browsing',
			'cookies', 'cache', 'clear cache', 'in app browser', 'javascript', 'website',
			'web version', 'desktop', 'laptop', 'computer', 'pc',
		],
	},
	{
		id: 'app-version',
		guide: ['app', 'update', 'version'],
		variants: [
			'application', 'mobile app', 'old version', 'outdated app', 'outdated', 'update app',
			'update the app', 'app update', 'updated', 'updating', 'latest version', 'new version',
			'app store', 'play store', 'google play', 'appstore', 'playstore', 'reinstall',
			're install', 'install', 'uninstall', 'upgrade', 'apk',
		],
	},
	{
		id: 'network',
		guide: ['network', 'connection', 'internet'],
		variants: [
			'wifi', 'wi fi', 'wlan', 'mobile data', 'cellular', 'data connection', '4g', '5g', 'lte',
			'3g', 'vpn', 'proxy', 'offline', 'no internet', 'no connection', 'connection lost',
			'lost connection', 'connection error', 'network error', 'slow internet', 'slow',
			'bad connection', 'weak signal', 'disconnected', 'disconnect', 'signal', 'connectivity',
			'router', 'firewall',
		],
	},
	{
		id: 'session-timeout',
		guide: ['session', 'timeout', 'timed out'],
		variants: [
			'time out', 'timeout error', 'session expired', 'session timeout', 'session ended',
			'link expired', 'expired link', 'link not working', 'link invalid', 'invalid link',
			'took too long', 'too long', 'time limit', 'logged out', 'log out', 'signed out',
			'qr code', 'qr code expired', 'qr', 'token expired', 'token', 'start over',
			'restart', 'start again', 'from the beginning', 'handoff', 'switch to phone',
			'continue on phone', 'continue on mobile',
		],
	},
	{
		id: 'phone',
		guide: ['phone', 'device'],
		role: 'context',
		variants: [
			'mobile', 'smartphone', 'smart phone', 'cellphone', 'cell phone', 'iphone', 'android',
			'samsung', 'xiaomi', 'huawei', 'pixel phone', 'tablet', 'ipad', 'devices', 'handphone',
		],
	},

	// ── After repeated failures ────────────────────────────────────────────────────────────
	{
		id: 'rejected',
		guide: ['rejected', 'rejection'],
		role: 'generic',
		variants: [
			'reject', 'rejects', 'rejecting', 'rejection', 'rejections', 'declined', 'decline',
			'denied', 'deny', 'refused', 'refuse', 'failed', 'fail', 'fails', 'failing', 'failure',
			'unsuccessful', 'not successful', 'not approved', 'not accepted', 'not pass', 'not passed',
			'didnt pass', 'did not pass', 'cannot pass', 'cant pass', 'not verified', 'unverified',
			'verification failed', 'could not verify', 'cannot verify', 'unable to verify',
			'not verify', 'disapproved', 'red', 'resubmission', 'resubmission requested',
		],
	},
	{
		id: 'rejection-reason',
		guide: ['reason', 'rejection reason'],
		role: 'generic',
		variants: [
			'reasons', 'why rejected', 'why declined', 'why failed', 'why was i rejected',
			'why fail', 'why reject', 'what reason', 'reason code', 'reason codes',
			'rejection code', 'rejection message', 'no reason', 'without reason', 'no explanation',
			'explanation', 'explain', 'what does it mean', 'what does this mean', 'meaning',
			'understand the message', 'rejection email', 'rejection letter', 'rejectlabels',
			'reject labels', 'moderation comment',
		],
	},
	{
		id: 'next-attempt',
		guide: ['next attempt', 'prepare', 'attempt'],
		variants: [
			'try again', 'retry', 'retrying', 'resubmit', 'resubmitting', 're submit', 're-submit',
			'second try', 'second attempt', 'next try', 'next time', 'another attempt',
			'another try', 'new attempt', 'attempts', 'attempts left', 'how many attempts',
			'how many tries', 'how many times', 'how many time', 'how often', 'tries', 'redo', 'do it again', 'start a new verification',
			'before retrying', 'preparation', 'get ready', 'checklist for next',
		],
	},
	{
		id: 'repeated-failures',
		guide: ['repeated', 'several times', 'multiple times'],
		variants: [
			'many times', 'several times', 'multiple times', 'too many times', 'again and again',
			'over and over', 'keep failing', 'keeps failing', 'kept failing', 'always fails',
			'always failing', 'always rejected', 'keep getting rejected', 'rejected again',
			'failed again', 'twice', 'three times', '3 times', '5 times', 'second time',
			'third time', 'too many attempts', 'no attempts left', 'limit reached',
			'attempt limit', 'blocked', 'locked', 'account locked', 'banned', 'restricted',
			'suspended', 'frozen account', 'spam',
		],
	},
	{
		id: 'support',
		guide: ['support', 'contact support'],
		variants: [
			'customer service', 'customer support', 'customer care', 'help desk', 'helpdesk',
			'support team', 'contact', 'contacting', 'ticket', 'support ticket', 'open a ticket',
			'chat', 'live chat', 'chatbot', 'agent', 'operator', 'human', 'talk to someone',
			'talk to a person', 'real person', 'email support', 'complaint', 'complain', 'appeal',
			'escalate', 'manual review', 'manually', 'no answer', 'no reply', 'no response',
		],
	},
	{
		id: 'review-wait',
		guide: ['review', 'pending'],
		variants: [
			'under review', 'in review', 'pending review', 'waiting', 'wait', 'how long',
			'still waiting', 'processing', 'in progress', 'takes long', 'taking long',
			'taking so long', 'days', 'hours', 'no result', 'no decision', 'awaiting',
		],
	},

	// ── Start here ─────────────────────────────────────────────────────────────────────────
	{
		id: 'before-you-start',
		guide: ['before you start', 'checklist'],
		variants: [
			'tips', 'requirements', 'what do i need', 'what i need', 'need to prepare',
			'getting ready', 'first time', 'how to pass', 'how to do kyc', 'how to verify',
			'how to complete', 'steps', 'guide', 'beginner', 'start', 'before starting',
			'before kyc', 'preparing',
		],
	},
	{
		id: 'stay-safe',
		guide: ['scam', 'safe', 'fraud'],
		variants: [
			'scams', 'scammer', 'scammers', 'scammed', 'phishing', 'fake', 'fake support',
			'fake agent', 'impersonator', 'hack', 'hacked', 'hacker', 'stolen', 'steal',
			'identity theft', 'someone asked', 'asked for my id', 'sell account', 'buy account',
			'rent account', 'verified account for sale', 'pay for verification', 'kyc service',
			'verify for me', 'do my kyc', 'telegram', 'whatsapp', 'dm', 'direct message',
			'seed phrase', 'recovery phrase', 'password', 'privacy', 'private', 'safety', 'secure',
			'security', 'trust', 'legit', 'legitimate',
		],
	},
	{
		id: 'kyc',
		guide: ['identity verification', 'verification', 'KYC'],
		role: 'generic',
		variants: [
			'know your customer', 'id check', 'id verification', 'identity check',
			'identity verification', 'verify identity', 'verify my identity', 'verification',
			'verify', 'verifying', 'verified', 'kyc check', 'kyc verification', 'aml', 'onboarding',
			'idv',
		],
	},
	{
		id: 'photo',
		guide: ['photo'],
		role: 'context',
		variants: [
			'photos', 'picture', 'pictures', 'pic', 'pics', 'image', 'images', 'img', 'snapshot',
			'shot', 'photograph', 'capture', 'captured',
		],
	},

	// ── British and American spellings the guide may use either way ────────────────────────
	{ id: 'spelling-centre', guide: ['centre', 'center'], variants: ['centred', 'centered', 'centring', 'centering'] },
	{ id: 'spelling-colour', guide: ['colour', 'color'], variants: ['colours', 'colors', 'coloured', 'colored'] },
	{ id: 'spelling-recognise', guide: ['recognise', 'recognize'], variants: ['recognised', 'recognized', 'recognition'] },
	{ id: 'spelling-grey', guide: ['grey', 'gray'], variants: ['greyed', 'grayed'] },
	{ id: 'spelling-cancel', guide: ['cancelled', 'canceled'], variants: ['cancel', 'cancellation', 'cancelation'] },
	{ id: 'spelling-authorise', guide: ['authorise', 'authorize'], variants: ['authorised', 'authorized', 'authorisation', 'authorization'] },
];

import type { Glossary } from './types';

/**
 * How the Vietnamese pages and checkers say the guide's key terms: the reader is "bạn", the words
 * are the plain ones Vietnamese exchange users and Vietnamese help pages (banks' eKYC, the exchanges'
 * Vietnamese help centres) use, and one spelling of each word (new-style tone marks are not mixed in).
 */
export const glossary: Glossary = [
	{
		en: 'identity verification (KYC)',
		term: 'xác minh danh tính',
		avoid: ['thẩm định danh tính', 'kiểm chứng danh tính', 'nhận dạng danh tính', 'xác thực danh tính'],
		note: 'What the exchanges\' Vietnamese pages call the step; "KYC" stays because readers type it as is ("kyc bị từ chối").',
	},
	{
		en: 'verification',
		term: 'xác minh',
		avoid: ['kiểm chứng', 'thẩm tra', 'sự xác minh'],
		note: '"Xác minh" for the whole process; "xác thực" is kept for logging in (two-factor authentication) so the two are never confused.',
	},
	{
		en: 'selfie',
		term: 'selfie',
		avoid: ['ảnh tự sướng', 'ảnh tự chụp', 'ảnh chân dung tự chụp'],
		note: 'Everyday Vietnamese word ("ảnh selfie", "chụp selfie"); "tự sướng" is slang and sounds silly in a help text.',
	},
	{
		en: 'liveness check',
		term: 'kiểm tra người thật',
		avoid: ['kiểm tra sự sống', 'kiểm tra độ sống', 'kiểm tra tính sống', 'kiểm tra sinh động'],
		note: 'Says what the step checks (a real person in front of the camera now); the literal "sự sống" means "life" and reads as machine translation.',
	},
	{
		en: 'MRZ / machine-readable zone',
		term: 'MRZ',
		avoid: ['vùng có thể đọc bằng máy', 'khu vực máy đọc được', 'vùng máy có thể đọc'],
		note: 'Explained once on a page as "vùng đọc máy (MRZ)", the short name in ICAO 9303 translations; "MRZ" is what apps and readers write.',
	},
	{
		en: 'proof of address',
		term: 'giấy tờ chứng minh địa chỉ',
		avoid: ['bằng chứng địa chỉ', 'bằng chứng về địa chỉ', 'chứng từ địa chỉ'],
		note: 'A document that shows the address; "bằng chứng" means evidence in a legal sense and reads as a literal translation.',
	},
	{
		en: 'passport data page',
		term: 'trang thông tin hộ chiếu',
		avoid: ['trang dữ liệu hộ chiếu', 'trang tiểu sử hộ chiếu'],
		note: 'The page with the photo, the details and the MRZ; "thông tin" is the everyday word, "dữ liệu" sounds technical.',
	},
	{
		en: 'ID card',
		term: 'thẻ căn cước',
		avoid: ['thẻ ID', 'thẻ nhận dạng', 'thẻ định danh', 'chứng minh thư'],
		note: 'Vietnam\'s national card is now "thẻ căn cước" (formerly CCCD, and CMND before it); the same words serve other countries\' ID cards. Readers typing "cccd" or "cmnd" are mapped to it in search.',
	},
	{
		en: 'driving licence',
		term: 'giấy phép lái xe',
		avoid: ['giấy lái xe', 'thẻ lái xe', 'giấy phép điều khiển'],
		note: 'The official name, also the name in the exchanges\' document lists; readers who type "bằng lái" are mapped to it in search.',
	},
	{
		en: 'document',
		term: 'giấy tờ',
		avoid: ['tài liệu', 'văn kiện'],
		note: 'An ID, passport or bill is "giấy tờ"; "tài liệu" (a machine translation\'s choice) means a text or file to read.',
	},
	{
		en: 'exchange',
		term: 'sàn giao dịch',
		avoid: ['sở giao dịch', 'sàn trao đổi', 'sàn hối đoái'],
		note: 'What Vietnamese crypto users say ("sàn", "sàn giao dịch"); "sở giao dịch" is a stock exchange.',
	},
	{
		en: 'account',
		term: 'tài khoản',
		avoid: ['trương mục'],
		note: 'The only word readers use; "trương mục" is old and regional.',
	},
	{
		en: 'date of birth',
		term: 'ngày sinh',
		avoid: ['ngày sanh', 'ngày chào đời'],
		note: 'As on Vietnamese forms and IDs.',
	},
	{
		en: 'expiry date',
		term: 'ngày hết hạn',
		avoid: ['ngày đáo hạn', 'ngày mãn hạn', 'ngày hết hiệu lực'],
		note: 'Plain and what readers type; "đáo hạn" is for loans and deposits.',
	},
	{
		en: 'glare',
		term: 'lóa',
		avoid: ['loá', 'ánh chói', 'phản quang'],
		note: 'A bright spot of reflected light ("vệt lóa", "bị lóa"); written with the old-style tone mark everywhere, so the pages use one spelling (search accepts both).',
	},
	{
		en: 'blur',
		term: 'mờ',
		avoid: ['nhoè', 'mơ hồ'],
		note: '"Ảnh bị mờ" is what readers say; "mơ hồ" means vague (a machine translation\'s choice).',
	},
	{
		en: 'support ticket',
		term: 'yêu cầu hỗ trợ',
		avoid: ['vé hỗ trợ', 'phiếu hỗ trợ', 'vé yêu cầu'],
		note: 'What a help centre calls a written request; "vé" (a travel ticket) is a literal translation.',
	},
	{
		en: 'rejection / rejected',
		term: 'từ chối',
		avoid: ['bác bỏ', 'khước từ', 'cự tuyệt'],
		note: '"Bị từ chối" is what readers and the apps say; the others are formal or legal.',
	},
	{
		en: 'checker',
		term: 'công cụ kiểm tra',
		avoid: ['trình kiểm tra', 'bộ kiểm tra', 'máy kiểm tra'],
		note: 'A plain description; "trình" is software jargon.',
	},
	{
		en: 'face check',
		term: 'xác minh khuôn mặt',
		avoid: ['kiểm tra gương mặt', 'nhận diện mặt'],
		note: "The face step as the exchanges' Vietnamese pages name it.",
	},
	{
		en: 'utility bill',
		term: 'hóa đơn điện nước',
		avoid: ['hoá đơn', 'hóa đơn tiện ích'],
		note: 'Electricity, water or gas bill; "hóa đơn" with the old-style tone mark everywhere.',
	},
	{
		en: 'scam',
		term: 'lừa đảo',
		avoid: ['gian lận viên', 'kẻ bịp bợm'],
		note: '"Lừa đảo", "kẻ lừa đảo": the words Vietnamese police and banks use in their warnings.',
	},
];

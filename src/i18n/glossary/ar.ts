import type { Glossary } from './types';

/**
 * How the Arabic pages (Modern Standard Arabic) say the guide's key terms. Arabic attaches the
 * article and possessive endings to the word, so a term appears as written or inflected:
 * مستند / المستند / مستندك, تاريخ الميلاد / تاريخ ميلادك, بطاقة الهوية / بطاقة هويتك.
 */
export const glossary: Glossary = [
	{
		en: 'identity verification (KYC)',
		term: 'التحقق من الهوية',
		avoid: ['اعرف عميلك', 'التحقق من الشخصية'],
		note: 'The wording Binance and Arabic exchange help pages use; "KYC" stays in Latin letters in brackets, because readers search for it. "اعرف عميلك" is the literal expansion of the acronym, which readers do not say.',
	},
	{
		en: 'verification',
		term: 'التحقق',
		avoid: ['التصديق', 'الاعتماد'],
		note: 'Readers also say "توثيق الحساب"; search maps it to التحقق. المصادقة is kept for authentication (login, two-factor), a different thing.',
	},
	{
		en: 'selfie',
		term: 'سيلفي',
		avoid: ['صورة ذاتية', 'الصورة الذاتية', 'صورة شخصية', 'الصورة الشخصية'],
		note: 'Written "صورة سيلفي" / "السيلفي", as Arabic speakers say it. "صورة شخصية" also means the portrait printed on the ID, so it would confuse the two.',
	},
	{
		en: 'liveness check',
		term: 'فحص الحيوية',
		avoid: ['كشف الحياة', 'اختبار الحياة', 'فحص الحياة'],
		note: 'Explained on first use on a page as checking that a real person is in front of the camera. "الحياة" (life) reads as a literal machine translation.',
	},
	{
		en: 'MRZ / machine-readable zone',
		term: 'منطقة القراءة الآلية',
		avoid: ['المنطقة المقروءة آليا', 'المنطقة المقروءة آليًا', 'منطقة مقروءة آليا'],
		note: 'Followed by "(MRZ)" in Latin letters: the abbreviation is printed in guides and readers search for it. Described as the code lines at the bottom of the passport or ID card.',
	},
	{
		en: 'proof of address',
		term: 'إثبات العنوان',
		avoid: ['دليل العنوان', 'برهان العنوان'],
		note: 'Readers also type "إثبات السكن" or "اثبات عنوان"; search maps those here.',
	},
	{
		en: 'passport data page',
		term: 'صفحة البيانات',
		avoid: ['صفحة المعطيات', 'صفحة المعلومات'],
		note: 'Written "صفحة البيانات في جواز السفر"; the English "photo page" is the same page and is also called صفحة البيانات.',
	},
	{
		en: 'ID card',
		term: 'بطاقة الهوية',
		avoid: ['كرت الهوية', 'كارت الهوية'],
		note: 'Regional names (البطاقة الشخصية in Egypt, بطاقة التعريف in the Maghreb, الهوية الوطنية in the Gulf) are search synonyms, not page wording.',
	},
	{
		en: 'driving licence',
		term: 'رخصة القيادة',
		avoid: ['رخصة السياقة', 'إجازة السوق', 'إجازة القيادة'],
		note: 'The most widely understood form; the regional names (Maghreb, Iraq, Syria) are search synonyms.',
	},
	{
		en: 'document',
		term: 'مستند',
		avoid: ['وثيقة', 'الوثيقة', 'وثيقتك'],
		note: 'Exchanges\' Arabic help pages say "مستند الهوية"; one word throughout, so a reader never wonders whether وثيقة is something else. وثيقة is a search synonym.',
	},
	{
		en: 'exchange',
		term: 'منصة',
		avoid: ['بورصة', 'البورصة', 'صرافة'],
		note: 'Written "منصة تداول العملات المشفرة" on first use, then "المنصة". بورصة means a stock exchange.',
	},
	{
		en: 'account',
		term: 'حساب',
		avoid: ['أكاونت', 'الأكاونت'],
		note: 'Standard word; the English loan is colloquial.',
	},
	{
		en: 'date of birth',
		term: 'تاريخ الميلاد',
		avoid: ['تاريخ الولادة'],
		note: 'The wording on Arabic forms and IDs. تاريخ الولادة is a search synonym.',
	},
	{
		en: 'expiry date',
		term: 'تاريخ الانتهاء',
		avoid: ['تاريخ الانقضاء', 'تاريخ النفاذ'],
		note: 'Also "تاريخ انتهاء الصلاحية" where the sentence needs it; both contain تاريخ ... الانتهاء/انتهاء.',
	},
	{
		en: 'glare',
		term: 'الوهج',
		avoid: ['البريق', 'الإبهار'],
		note: 'Explained as a bright reflection of light (انعكاس ضوء لامع); readers also search "انعكاس" and "لمعة".',
	},
	{
		en: 'blur',
		term: 'ضبابية',
		avoid: ['تمويه', 'التمويه', 'مغبشة', 'مشوشة'],
		note: 'Also "صورة ضبابية" / "غير واضحة". تمويه (camouflage, a blur filter) is a common machine-translation mistake.',
	},
	{
		en: 'support ticket',
		term: 'تذكرة دعم',
		avoid: ['بطاقة دعم', 'تيكت'],
		note: 'Written "تذكرة دعم" / "تذكرة لدى فريق الدعم".',
	},
	{
		en: 'rejection / rejected',
		term: 'رفض',
		avoid: ['إنكار', 'الإنكار'],
		note: 'Also "مرفوض" and "تم رفض"; the same root throughout.',
	},
	{
		en: 'checker',
		term: 'أداة فحص',
		avoid: ['المدقق', 'الفاحص', 'المدقِّق'],
		note: 'Each checker is "أداة فحص ..." (أداة فحص الصورة، أداة فحص التاريخ); with the article "أداة الفحص", and the set "أدوات الفحص".',
	},
	{
		en: 'face verification',
		term: 'التحقق من الوجه',
		avoid: ['التعرف على الوجه'],
		note: 'The step of the check that compares your face with the ID. التعرف على الوجه (face recognition) is a different technology word.',
	},
	{
		en: 'verification provider',
		term: 'مزوّد خدمة التحقق',
		note: 'The company the exchange uses for the photo and face checks (Sumsub, Onfido…).',
	},
];

import type { Glossary } from './types';

/**
 * Turkish: how every Turkish page and checker message says the guide's key terms. The reader is
 * addressed as "siz", as Turkish help centres (banks, e-Devlet, the exchanges' own pages) do.
 */
export const glossary: Glossary = [
	{
		en: 'identity verification (KYC)',
		term: 'kimlik doğrulama',
		avoid: ['kimlik teyidi', 'kimlik onaylama', 'kimlik tasdiki'],
		note: 'What Turkish exchange pages and readers call KYC ("Kimlik Doğrulama"); "KYC" is kept beside it where a reader may search for it.',
	},
	{
		en: 'verification',
		term: 'doğrulama',
		avoid: ['teyit', 'onaylama', 'verifikasyon'],
		note: 'The everyday word on Turkish exchange screens; "teyit" is formal and "verifikasyon" is a loanword readers do not use.',
	},
	{
		en: 'selfie',
		term: 'selfie',
		avoid: ['özçekim', 'öz çekim'],
		note: 'Turkish readers and exchange apps say "selfie"; the TDK word "özçekim" is rarely used and would look odd.',
	},
	{
		en: 'liveness check',
		term: 'canlılık kontrolü',
		avoid: ['yaşam kontrolü', 'canlılık denetimi', 'yaşamsallık'],
		note: 'Plain words for the step that checks a real person is in front of the camera.',
	},
	{
		en: 'MRZ / machine-readable zone',
		term: 'makinede okunabilir bölge',
		avoid: ['makine okunur alan', 'makine tarafından okunabilir alan'],
		note: 'The ICAO term as Turkish passport and ID texts give it; "MRZ" stays as the abbreviation beside it.',
	},
	{
		en: 'proof of address',
		term: 'adres kanıtı',
		avoid: ['adres ispatı', 'adres delili'],
		note: 'What exchanges ask for in Turkish; the e-Devlet "yerleşim yeri (ikametgâh) belgesi" is one kind of it, not the name of the step.',
	},
	{
		en: 'passport data page',
		term: 'bilgi sayfası',
		avoid: ['veri sayfası', 'data sayfası'],
		note: 'The photo page of a passport ("pasaportun bilgi sayfası"); "veri sayfası" is a word-for-word translation.',
	},
	{
		en: 'ID card',
		term: 'kimlik kartı',
		avoid: ['kimlik cüzdanı', 'ID kartı'],
		note: 'The Turkish Republic ID card is "T.C. Kimlik Kartı"; the old "nüfus cüzdanı" is left to search synonyms.',
	},
	{
		en: 'driving licence',
		term: 'sürücü belgesi',
		avoid: ['sürücü lisansı', 'sürüş lisansı', 'sürücü ehliyeti'],
		note: 'The official name; readers type "ehliyet", which search maps to it.',
	},
	{
		en: 'document',
		term: 'belge',
		avoid: ['doküman', 'döküman', 'evrak'],
		note: 'Plain Turkish; "doküman" is a loanword and "evrak" sounds like an office.',
	},
	{
		en: 'exchange',
		term: 'borsa',
		avoid: ['takas', 'değişim platformu'],
		note: 'A crypto exchange is a "kripto para borsası" in Turkish.',
	},
	{
		en: 'account',
		term: 'hesap',
		avoid: ['kullanıcı profili'],
		note: 'The exchange account ("hesabınız").',
	},
	{
		en: 'date of birth',
		term: 'doğum tarihi',
		avoid: ['doğum günü'],
		note: '"Doğum günü" is a birthday (day and month), not the full date.',
	},
	{
		en: 'expiry date',
		term: 'son geçerlilik tarihi',
		avoid: ['son kullanma tarihi', 'bitiş tarihi', 'sona erme tarihi'],
		note: 'Turkish ID cards print "Son Geçerlilik"; "son kullanma tarihi" is for food and medicine.',
	},
	{
		en: 'glare',
		term: 'parlama',
		avoid: ['parıltı', 'göz kamaşması'],
		note: 'A bright reflection on the document.',
	},
	{
		en: 'blur',
		term: 'bulanıklık',
		avoid: ['bulanıklaşma'],
		note: 'A blurry photo is "bulanık"; readers also say "flu", which search maps to it.',
	},
	{
		en: 'support ticket',
		term: 'destek talebi',
		avoid: ['destek bileti'],
		note: 'What Turkish help centres call a ticket; "bilet" is a word-for-word translation.',
	},
	{
		en: 'rejection',
		term: 'ret',
		avoid: ['red'],
		note: 'TDK spelling "ret" ("ret mesajı", "ret nedeni"); "red" is a common misspelling.',
	},
	{
		en: 'rejected',
		term: 'reddedildi',
		avoid: ['geri çevrildi', 'redded'],
		note: 'What the reader sees and says: "doğrulamam reddedildi".',
	},
	{
		en: 'checker',
		term: 'kontrol aracı',
		avoid: ['denetleyici', 'kontrol edici'],
		note: 'A plain description of what the tool does; "denetleyici" sounds like an inspector.',
	},
	{
		en: 'liveness / face verification',
		term: 'yüz doğrulama',
		avoid: ['surat doğrulama', 'yüz teyidi'],
		note: 'The face step of verification.',
	},
	{
		en: 'help centre',
		term: 'yardım merkezi',
		avoid: ['yardım masası'],
		note: 'What Binance calls its help pages in Turkish.',
	},
	{
		en: 'scam',
		term: 'dolandırıcılık',
		avoid: ['sahtekârlık', 'aldatmaca'],
		note: 'The everyday word; a scammer is "dolandırıcı".',
	},
];

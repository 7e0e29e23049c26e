import type { Glossary } from './types';

/**
 * How the Russian pages and checkers say the guide's key terms. Russian inflects: a term is given in
 * its dictionary form, and the pages use its cases ("верификацию", "селфи", "бликов"). The `avoid`
 * lists hold the wordings a machine translation or a careless editor reaches for, in the forms they
 * would appear in.
 */
export const glossary: Glossary = [
	{
		en: 'identity verification (KYC)',
		term: 'верификация личности (KYC)',
		avoid: ['валидация', 'валидации', 'валидацию', 'аутентификация личности'],
		note: 'Binance and Russian-language exchanges call the process "верификация"; "KYC" stays in Latin, as readers search for it. "Идентификация" is a narrower legal term in Russian law, so the pages do not use it for the process.',
	},
	{
		en: 'verification',
		term: 'верификация',
		avoid: ['валидация', 'валидации', 'валидацию'],
		note: 'The exchange\'s own word. "Проверка" is used for a single check inside it (the face check, the date check).',
	},
	{
		en: 'selfie',
		term: 'селфи',
		avoid: ['автопортрет', 'автопортрета', 'себяшка', 'себяшку'],
		note: 'Indeclinable; what every Russian-speaking reader and app says.',
	},
	{
		en: 'liveness check',
		term: 'проверка на живость',
		avoid: ['жизнеспособность', 'жизнеспособности', 'живучесть', 'живучести'],
		note: 'Said once with "(liveness)", as the English word appears in verification apps. "Жизнеспособность" and "живучесть" are machine-translation false friends.',
	},
	{
		en: 'MRZ / machine-readable zone',
		term: 'машиночитаемая зона (MRZ)',
		avoid: ['машинно-читаемая', 'машинно-читаемой', 'машинночитаемая'],
		note: 'The usual Russian name for the two or three lines of "<<<" at the bottom of a passport or ID card; the abbreviation stays MRZ, as in the apps.',
	},
	{
		en: 'proof of address',
		term: 'подтверждение адреса',
		avoid: ['доказательство адреса', 'доказательства адреса', 'доказательство проживания'],
		note: 'The document that proves where you live (a utility bill, a bank statement). "Доказательство" sounds like a court.',
	},
	{
		en: 'passport data page',
		term: 'страница паспорта с фотографией',
		avoid: ['страница данных', 'страницу данных', 'информационная страница'],
		note: 'Readers know the page by its photo; "страница данных" is a literal calque nobody says.',
	},
	{
		en: 'ID card',
		term: 'ID-карта',
		avoid: ['идентификационная карта', 'идентификационную карту', 'карта личности'],
		note: 'The name exchanges show in the document list in Russian; a national identity card of countries that issue one.',
	},
	{
		en: 'driving licence',
		term: 'водительское удостоверение',
		avoid: ['водительская лицензия', 'водительскую лицензию', 'лицензия водителя'],
		note: 'The legal and everyday written name; "права" is spoken, "лицензия" is a calque.',
	},
	{
		en: 'document',
		term: 'документ',
		note: 'The passport, ID card or driving licence you verify with.',
	},
	{
		en: 'exchange',
		term: 'биржа',
		avoid: ['обменник', 'обменника', 'обменнике'],
		note: 'A crypto exchange is "криптобиржа" or "биржа"; "обменник" is a currency exchange office, another business.',
	},
	{
		en: 'account',
		term: 'аккаунт',
		avoid: ['учётная запись', 'учетная запись', 'учётной записи', 'учетной записи'],
		note: 'What Binance\'s Russian pages and readers say. "Счёт" is kept for a bank account.',
	},
	{
		en: 'date of birth',
		term: 'дата рождения',
		avoid: ['день рождения', 'дня рождения'],
		note: '"День рождения" is a birthday (day and month), not the full date on a document.',
	},
	{
		en: 'expiry date',
		term: 'срок действия',
		avoid: ['срок годности', 'дата истечения', 'дата экспирации'],
		note: 'Russian documents say "действителен до" and "срок действия"; "срок годности" is for food.',
	},
	{
		en: 'glare',
		term: 'блик',
		avoid: ['отблеск', 'отблески', 'ослепление', 'сияние'],
		note: 'A bright spot of reflected light on the document; the word photographers and apps use.',
	},
	{
		en: 'blur',
		term: 'размытость',
		avoid: ['расплывчатость', 'размазанность'],
		note: 'A blurry photo is "размытое фото"; "нечёткий" is used as its plain synonym.',
	},
	{
		en: 'support ticket',
		term: 'обращение в поддержку',
		avoid: ['тикет', 'тикета', 'билет', 'билета'],
		note: 'What Russian help centres call it. Readers type "тикет" (covered by search), the pages do not.',
	},
	{
		en: 'rejection',
		term: 'отказ',
		avoid: ['отвержение', 'отбраковка'],
		note: 'The result: "отказ в верификации"; the verb is "отклонить" (a photo or document is "отклонён").',
	},
	{
		en: 'rejected',
		term: 'отклонено',
		avoid: ['отвергнут', 'отвергнута', 'отвергнуто', 'отбракован'],
		note: 'Apps show "отклонено" / "не пройдена"; "отвергнут" is literary.',
	},
	{
		en: 'checker',
		term: 'проверка',
		avoid: ['чекер', 'чекеры', 'чекера', 'чекер-инструмент', 'проверяльщик'],
		note: 'The tools on this site are named "Проверка даты", "Проверка имени", "Проверка фото", "Проверка селфи"; together they are "инструменты проверки".',
	},
	{
		en: 'upload',
		term: 'загрузить',
		avoid: ['аплоад', 'закачать'],
		note: 'The everyday verb for sending a file in an app.',
	},
	{
		en: 'help centre',
		term: 'справочный центр',
		avoid: ['центр помощи'],
		note: "Binance's help pages, quoted by name; the English page titles stay in English.",
	},
];

import type { Glossary } from './types';

/**
 * Spanish (es): neutral international Spanish, readable in Latin America and Spain, with the
 * reader addressed as "tú", as most consumer help centres in Spanish do. Where Latin America and
 * Spain say a thing differently (licencia / carné de conducir, computadora / ordenador), the guide
 * uses one wording and search maps the other to it (src/i18n/search/es.ts).
 */
export const glossary: Glossary = [
	{
		en: 'identity verification (KYC)',
		term: 'verificación de identidad',
		avoid: ['validación de identidad', 'comprobación de identidad', 'conoce a tu cliente'],
		note: 'What exchanges call the step in Spanish; "KYC" stays as it is, in brackets, where the English has it. "Conoce a tu cliente" is the expansion nobody types.',
	},
	{
		en: 'verification',
		term: 'verificación',
		avoid: ['validación', 'verificamiento'],
		note: 'The everyday word, used by the exchanges and providers. "Validación" sounds like a different process.',
	},
	{
		en: 'selfie',
		term: 'selfie',
		avoid: ['autofoto', 'selfi', 'autorretrato'],
		note: 'Readers and exchanges write "selfie" (feminine in Latin America: "la selfie"); the guide writes "tu selfie" where it can, which reads right in both regions. RAE\'s "selfi" is rarely typed.',
	},
	{
		en: 'liveness check',
		term: 'prueba de vida',
		avoid: ['vivacidad', 'comprobación de vida', 'detección de vida', 'verificación de vitalidad'],
		note: 'What Spanish-language banking and exchange apps call the live-person check. A literal "vivacidad" means liveliness and means nothing here.',
	},
	{
		en: 'MRZ / machine-readable zone',
		term: 'zona de lectura mecánica',
		avoid: ['zona legible por máquina', 'zona de lectura automática', 'ZLM'],
		note: 'ICAO\'s own Spanish wording and the one on Spanish-language passports; always followed by "(MRZ)" on first use, because the code lines are what readers recognise and MRZ is what they search.',
	},
	{
		en: 'proof of address',
		term: 'comprobante de domicilio',
		avoid: ['prueba de dirección', 'prueba de domicilio', 'prueba de residencia', 'justificante de dirección'],
		note: 'The usual wording in Latin America and understood in Spain (where "justificante de domicilio" is also said; search maps it). "Prueba de dirección" is a literal translation.',
	},
	{
		en: 'passport data page',
		term: 'página de datos del pasaporte',
		avoid: ['página biográfica', 'página de información'],
		note: 'The page with your photo and the code lines. "Página de datos" is how Spanish-language passport offices describe it.',
	},
	{
		en: 'ID card',
		term: 'documento de identidad',
		avoid: ['tarjeta de identificación', 'carta de identidad', 'tarjeta ID'],
		note: 'The neutral name for the national card; each country has its own (DNI, cédula, INE, carnet): the pages say "documento de identidad" and search maps the local names to it.',
	},
	{
		en: 'driving licence',
		term: 'licencia de conducir',
		avoid: ['licencia de manejo', 'permiso de conducción', 'carnet de conducir'],
		note: 'The wording in most of Latin America and on exchanges\' Spanish document menus. Spain says "carné de conducir": search maps it.',
	},
	{
		en: 'document',
		term: 'documento',
		avoid: ['documentación oficial'],
		note: 'The ID you photograph (passport, ID card or licence).',
	},
	{
		en: 'exchange',
		term: 'exchange',
		avoid: ['casa de cambio', 'bolsa de criptomonedas', 'plataforma de intercambio'],
		note: 'Spanish crypto users, the press and Binance\'s Spanish pages all say "exchange" (masculine: "el exchange"). "Casa de cambio" is a currency booth; "bolsa" suggests a stock market.',
	},
	{
		en: 'account',
		term: 'cuenta',
		note: 'Your account at the exchange.',
	},
	{
		en: 'date of birth',
		term: 'fecha de nacimiento',
		avoid: ['fecha de natalicio', 'cumpleaños'],
		note: 'As printed on Spanish-language documents and forms. "Cumpleaños" is the day you celebrate, not the date on the ID.',
	},
	{
		en: 'expiry date',
		term: 'fecha de vencimiento',
		avoid: ['fecha de expiración', 'fecha de caducidad'],
		note: 'Understood everywhere; an expired document is "vencido". Spain prints "fecha de caducidad" and says "caducado": search maps both.',
	},
	{
		en: 'glare',
		term: 'reflejo',
		avoid: ['deslumbramiento', 'resplandor', 'destello'],
		note: 'A bright reflection of a lamp or window on the card: "reflejo" (plural "reflejos") is what readers say.',
	},
	{
		en: 'blur',
		term: 'borrosa',
		avoid: ['difuminada', 'nublada', 'desenfoque de movimiento'],
		note: 'Readers say "foto borrosa" (a blurry photo); the guide writes that rather than the technical "desenfoque".',
	},
	{
		en: 'support ticket',
		term: 'solicitud de soporte',
		avoid: ['boleto', 'tique', 'ticket de soporte'],
		note: 'A written request to the exchange\'s support team. "Soporte" is what the exchanges\' Spanish pages call the team; "ticket" is English.',
	},
	{
		en: 'rejection / rejected',
		term: 'rechazada',
		avoid: ['denegada', 'denegación', 'declinada', 'negada'],
		note: 'Your verification is "rechazada" (the noun: "rechazo"). The word readers search with.',
	},
	{
		en: 'checker',
		term: 'comprobador',
		avoid: ['verificador', 'chequeador', 'checker', 'validador'],
		note: 'The guide\'s tools that check your date, name or photo in the browser. "Verificador" would blur them with the exchange\'s verification.',
	},
	{
		en: 'face verification',
		term: 'verificación facial',
		avoid: ['reconocimiento de cara', 'verificación de rostro'],
		note: 'The selfie step, as exchanges name it in Spanish.',
	},
	{
		en: 'resubmit',
		term: 'volver a enviar',
		avoid: ['reenviar', 'resometer', 'resubmitir'],
		note: '"Reenviar" means forwarding an email in Spanish; "volver a enviar" is what you do with a new attempt.',
	},
];

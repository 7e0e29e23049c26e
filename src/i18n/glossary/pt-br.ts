import type { Glossary } from './types';

/**
 * How the Brazilian Portuguese pages and checkers say the guide's key terms ("você", plain words,
 * the words Brazilian readers and the exchanges' Brazilian help pages use).
 */
export const glossary: Glossary = [
	{
		en: 'identity verification (KYC)',
		term: 'verificação de identidade (KYC)',
		avoid: ['checagem de identidade', 'conferência de identidade'],
		note: 'The words the exchanges\' Brazilian pages use; "KYC" stays, Brazilian crypto users type it as is.',
	},
	{
		en: 'verification',
		term: 'verificação',
		avoid: ['verificamento', 'validação'],
		note: 'One word for the whole process, so it never looks like two different steps.',
	},
	{
		en: 'selfie',
		term: 'selfie',
		avoid: ['autorretrato', 'auto-retrato'],
		note: 'Everyday Brazilian word, feminine ("a selfie").',
	},
	{
		en: 'liveness check',
		term: 'prova de vida',
		avoid: ['vivacidade', 'verificação de vivência', 'teste de vida'],
		note: 'Brazilian banks and the INSS call the face-and-movement check "prova de vida"; readers know it.',
	},
	{
		en: 'MRZ / machine-readable zone',
		term: 'zona de leitura mecânica (MRZ)',
		avoid: ['zona legível por máquina', 'zona de leitura por máquina', 'ZLM'],
		note: 'The Portuguese name in ICAO Doc 9303; "MRZ" kept as the abbreviation readers meet in apps and search for.',
	},
	{
		en: 'proof of address',
		term: 'comprovante de residência',
		avoid: ['prova de endereço', 'prova de residência', 'comprovação de morada', 'comprovativo de morada'],
		note: 'What Brazilian banks and offices ask for; "comprovativo de morada" is European Portuguese.',
	},
	{
		en: 'passport data page',
		term: 'página de dados do passaporte',
		avoid: ['página biográfica', 'página de informações do passaporte'],
		note: 'Plain description of the page with the photo and the MRZ.',
	},
	{
		en: 'ID card',
		term: 'carteira de identidade',
		avoid: ['cartão de identidade', 'cartão de identificação', 'bilhete de identidade', 'cartão de cidadão'],
		note: 'The Brazilian name (RG, now CIN); "bilhete de identidade" and "cartão de cidadão" are Portugal\'s.',
	},
	{
		en: 'driving licence',
		term: 'carteira de motorista',
		avoid: ['carta de condução', 'licença de condução', 'licença de motorista', 'carteira de condução'],
		note: 'Everyday Brazilian name of the CNH; "carta de condução" is European Portuguese.',
	},
	{
		en: 'document',
		term: 'documento',
		avoid: ['documentação de identidade'],
		note: 'Also for "ID" in the English text when it means the document you photograph.',
	},
	{
		en: 'exchange',
		term: 'corretora',
		avoid: ['casa de câmbio', 'bolsa de câmbio', 'intercâmbio'],
		note: 'Brazilian press and users say "corretora (de criptomoedas)"; "casa de câmbio" is a money changer.',
	},
	{
		en: 'account',
		term: 'conta',
		avoid: ['cadastro de usuário'],
		note: 'Your account at the exchange.',
	},
	{
		en: 'date of birth',
		term: 'data de nascimento',
		avoid: ['data natal', 'aniversário'],
		note: 'The label on Brazilian documents and forms.',
	},
	{
		en: 'expiry date',
		term: 'data de validade',
		avoid: ['data de expiração', 'data de vencimento', 'data de caducidade'],
		note: 'Brazilian documents print "Validade"; "expiração" is a literal calque.',
	},
	{
		en: 'glare',
		term: 'reflexo',
		avoid: ['ofuscamento', 'clarão', 'encandeamento'],
		note: 'The white, shiny spot of reflected light; what people call it when they look at the photo.',
	},
	{
		en: 'blur',
		term: 'desfoque',
		avoid: ['borrão', 'borramento', 'embaçamento'],
		note: 'Noun "desfoque", adjective "desfocada"; readers also type "borrada", "embaçada", "tremida" (search synonyms).',
	},
	{
		en: 'support ticket',
		term: 'chamado',
		avoid: ['bilhete de suporte', 'tíquete', 'ticket de suporte'],
		note: 'Brazilian help desks say "abrir um chamado" (with the support team, "suporte").',
	},
	{
		en: 'rejection',
		term: 'recusa',
		avoid: ['rejeição', 'reprovação'],
		note: 'One word family throughout: "recusa", "recusado", "recusada".',
	},
	{
		en: 'rejected',
		term: 'recusado',
		avoid: ['rejeitado', 'rejeitada', 'reprovado', 'reprovada'],
		note: 'Also "recusada" (a verificação, a foto). Readers who type "rejeitada" or "reprovada" are matched by search synonyms.',
	},
	{
		en: 'checker',
		term: 'verificador',
		avoid: ['checador', 'conferidor'],
		note: 'Our in-browser tools: "verificador de foto", "verificador de nome".',
	},
	{
		en: 'support',
		term: 'suporte',
		avoid: ['apoio ao cliente'],
		note: 'Brazilian usage; "apoio ao cliente" is European Portuguese.',
	},
];

import type { SiteMessages } from './en';

/**
 * Every word of the site's own interface in Brazilian Portuguese ("você"), with the glossary's
 * terms (src/i18n/glossary/pt-br.ts). Typed by the English table.
 */
export const messages: SiteMessages = {
	site: {
		title: 'KYC Fix Guide',
	},
	sidebar: {
		startHere: 'Comece aqui',
		home: 'Início',
		beforeYouStart: 'Antes de começar',
		staySafe: 'Proteja-se de golpes',
		checkers: 'Verificadores',
	},
	categories: {
		'document-quality': {
			label: 'Qualidade do documento',
			summary: 'A foto do documento ficou desfocada, com reflexo, cortada, pequena demais ou com pouca luz.',
		},
		'information-mismatch': {
			label: 'Dados que não batem',
			summary: 'Seu nome, sua data de nascimento ou seu país é diferente do documento, ou o documento está vencido.',
		},
		'facial-verification': {
			label: 'Verificação facial',
			summary: 'A selfie ou a prova de vida falhou: luz, óculos ou chapéu, posição da câmera, movimento.',
		},
		'technical-issues': {
			label: 'Problemas técnicos',
			summary: 'O envio ou a câmera travou: navegador, versão do app, conexão ou sessão expirada.',
		},
		'after-repeated-failures': {
			label: 'Depois de várias recusas',
			summary:
				'Sua verificação foi recusada mais de uma vez: entenda o motivo, prepare-se, fale com o suporte, troque de documento.',
		},
		'account-and-eligibility': {
			label: 'Conta e elegibilidade',
			summary:
				'Comprovante de residência, documento já usado, dados confirmados errados, análise demorada, idade ou região, recusa definitiva.',
		},
	},
	footer: {
		notice:
			'Este é um guia independente. Ele não tem ligação com a Binance nem com nenhuma outra corretora ou empresa de verificação, não é aprovado nem mantido por elas. Ninguém deste site vai procurar você, pedir seus documentos ou pedir pagamento. Antes de aceitar ajuda de qualquer pessoa, leia {link}.',
		staySafeLink: 'Proteja-se de golpes de KYC',
	},
	article: {
		inShort: 'Em resumo:',
		symptomsHeading: 'Talvez você tenha visto',
		checkerPrintNote: 'Esta página tem um verificador interativo. Use-o on-line em {url}',
	},
	searchForm: {
		label: 'Digite ou cole a mensagem que você viu',
		placeholder: 'ex.: The image is blurry',
		button: 'Buscar',
	},
	searchPage: {
		title: 'Buscar no guia',
		description:
			'Faça uma busca no KYC Fix Guide com as palavras da sua mensagem de recusa, com as suas próprias palavras ou até com erros de digitação.',
		label: 'O que dizia a recusa, ou o que deu errado?',
		placeholder: 'ex.: reflexo no documento, nome não bate',
		category: 'Categoria',
		allCategories: 'Todas as categorias',
		emptyIntro: 'Ou comece pelo tipo de problema:',
		beforeYouStart: '{link}: a lista de conferência para a sua próxima tentativa.',
		beforeYouStartLink: 'Antes de começar',
		noScript: 'A busca precisa de JavaScript. Navegue pelas categorias no menu.',
		prompt: 'Digite as palavras da sua mensagem de recusa, ou descreva o que deu errado.',
		searching: 'Buscando…',
		correction: 'Mostrando resultados para {corrected} (você digitou “{typed}”).',
		noResults: 'Nenhuma página corresponde a “{query}”.',
		noResultsInCategory: 'Nenhuma página corresponde a “{query}” em {category}.',
		results: {
			one: '{count} página encontrada.',
			many: '{count} páginas encontradas.',
			other: '{count} páginas encontradas.',
		},
		resultsInCategory: {
			one: '{count} página encontrada em {category}.',
			many: '{count} páginas encontradas em {category}.',
			other: '{count} páginas encontradas em {category}.',
		},
		resultsReduced: {
			one: '{count} página corresponde às palavras principais da sua mensagem.',
			many: '{count} páginas correspondem às palavras principais da sua mensagem.',
			other: '{count} páginas correspondem às palavras principais da sua mensagem.',
		},
		resultsReducedInCategory: {
			one: '{count} página corresponde às palavras principais da sua mensagem em {category}.',
			many: '{count} páginas correspondem às palavras principais da sua mensagem em {category}.',
			other: '{count} páginas correspondem às palavras principais da sua mensagem em {category}.',
		},
		loadError: 'A busca não carregou. Recarregue a página, ou navegue pelas categorias abaixo.',
	},
	searchDialog: {
		correction: 'Mostrando resultados para {corrected}.',
		seeAll: 'Ver todos os resultados na página de busca',
	},
	openSearch: {
		description: 'Por que a verificação de identidade (KYC) falha e como resolver',
	},
	offline: {
		title: 'Você está sem internet.',
		stored: 'Este guia, a busca e os verificadores continuam funcionando: eles rodam no seu aparelho.',
		notStored:
			'O que esta página já carregou continua funcionando no seu aparelho; outras páginas podem não abrir até você voltar a ter internet.',
	},
	figures: {
		labels: { right: 'Boa', wrong: 'Ruim', single: 'Uma foto boa' },
		examples: {
			'good-document': {
				caption:
					'Uma boa foto do documento: o cartão inteiro com um pouco de mesa em volta, ocupando a maior parte do quadro, nítido, plano e iluminado por igual, sem reflexo. (Um cartão inventado.)',
				rightAlt:
					'Foto de uma carteira de identidade deitada numa mesa lisa e escura. O cartão inteiro aparece, com uma faixa fina de mesa em volta, ocupa a maior parte da foto, está nítido e a luz é uniforme, sem mancha clara.',
			},
			blur: {
				caption:
					'Boa: nítida, dá para ler o menor texto. Ruim: o mesmo cartão fora de foco; o texto pequeno se perde, e o verificador de foto considera esta foto desfocada.',
				rightAlt:
					'Uma carteira de identidade fotografada com nitidez: cada letra do nome e das datas tem bordas bem definidas.',
				wrongAlt:
					'A mesma carteira de identidade fora de foco: as letras estão borradas e o texto pequeno não pode ser lido.',
			},
			glare: {
				caption:
					'Boa: todos os caracteres das linhas de código aparecem. Ruim: uma lâmpada refletida no plástico deixa uma mancha branca sobre as linhas de código, e os caracteres embaixo dela somem.',
				rightAlt:
					'O verso de uma carteira de identidade com as três linhas de código de leitura mecânica, iluminado por igual, todos os caracteres legíveis.',
				wrongAlt:
					'O mesmo cartão com uma mancha branca de reflexo de uma lâmpada sobre as linhas de código: os caracteres embaixo da mancha sumiram.',
			},
			'cut-off': {
				caption:
					'Boa: os quatro cantos, com uma pequena margem de mesa em volta do cartão. Ruim: a borda direita e os cantos dela ficaram de fora, então o cartão não pode ser conferido por inteiro.',
				rightAlt:
					'Uma carteira de identidade com os quatro cantos na foto e uma faixa fina de mesa aparecendo em todos os lados.',
				wrongAlt:
					'O mesmo cartão deslocado para um lado: a borda direita e os dois cantos da direita estão fora da foto.',
			},
			'too-far': {
				caption:
					'Boa: a página do passaporte ocupa a maior parte do quadro, então o texto tem pixels suficientes. Ruim: tirada de longe demais, a página vira uma mancha pequena e o texto tem poucos pixels para ser lido.',
				rightAlt:
					'A página da foto de um passaporte ocupando a maior parte da foto, com uma margem fina de mesa: as duas linhas de código embaixo estão grandes o bastante para ler.',
				wrongAlt:
					'A mesma página do passaporte fotografada de longe demais: é uma mancha pequena no meio da mesa e o texto é pequeno demais para ler.',
			},
			shadow: {
				caption:
					'Boa: luz uniforme sobre o cartão inteiro. Ruim: a sombra do celular cai sobre a parte esquerda do cartão e esconde os detalhes da foto do rosto.',
				rightAlt: 'Uma carteira de identidade iluminada por igual, de canto a canto.',
				wrongAlt:
					'O mesmo cartão com uma sombra escura, como a de um celular ou de uma mão, na parte esquerda, sobre a foto do rosto.',
			},
			backlit: {
				caption:
					'Boa: luz na sua frente e uma parede lisa atrás. Ruim: uma janela clara atrás de você; a câmera se ajusta à janela, e o seu rosto fica escuro.',
				rightAlt:
					'Uma selfie desenhada: uma mulher de frente para a câmera, diante de uma parede lisa, com o rosto iluminado por igual e bem visível.',
				wrongAlt: 'A mesma mulher com uma janela clara atrás dela: o rosto está escuro e é difícil ver os detalhes.',
			},
			'too-close': {
				caption:
					'Boa: o celular a um braço de distância, então a cabeça inteira e o alto dos ombros cabem. Ruim: perto demais; o rosto sai da imagem e fica deformado.',
				rightAlt: 'Uma selfie desenhada com a cabeça inteira e o alto dos ombros na imagem, o rosto no meio.',
				wrongAlt:
					'O mesmo rosto com o celular perto demais: o rosto preenche a imagem toda, e o alto da cabeça e as orelhas ficam cortados.',
			},
			sunglasses: {
				caption:
					'Boa: nada no rosto, os dois olhos aparecem. Ruim: os óculos escuros escondem os olhos, de que a comparação do rosto precisa. Tire óculos, chapéu e máscara.',
				rightAlt: 'Uma selfie desenhada de uma mulher sem nada no rosto: os dois olhos bem visíveis.',
				wrongAlt: 'A mesma mulher de óculos escuros que escondem os olhos.',
			},
			moving: {
				caption:
					'Boa: celular e cabeça parados. Ruim: houve movimento na hora da foto; o rosto fica arrastado para o lado, e a checagem não consegue compará-lo.',
				rightAlt: 'Uma selfie desenhada, tirada parada: o contorno do rosto e os olhos estão nítidos.',
				wrongAlt:
					'A mesma selfie tirada em movimento: o rosto está arrastado para o lado e os olhos aparecem duplicados.',
			},
		},
	},
	diagrams: {
		mrz: {
			label:
				'Onde fica a zona de leitura mecânica. Na página da foto do passaporte, são duas linhas de 44 caracteres ao longo da parte de baixo da página. Na carteira de identidade, são três linhas de 30 caracteres, normalmente no verso do cartão, ao longo da parte de baixo.',
			caption:
				'A zona de leitura mecânica (MRZ) é o bloco de linhas de código com os sinais <. Mantenha tudo na foto, nítido e sem reflexo.',
			passport: 'Página da foto do passaporte',
			card: 'Carteira de identidade, verso',
			photo: 'Foto',
			mrz2: 'MRZ: 2 linhas × 44',
			mrz3: 'MRZ: 3 linhas × 30',
		},
		parallel: {
			label:
				'Visto de lado: certo, o celular fica reto em cima do documento, paralelo a ele, então todas as partes ficam à mesma distância da câmera. Errado, o celular está inclinado, então uma ponta do documento fica mais perto que a outra e o documento parece um trapézio.',
			caption: 'Segure o celular reto em cima do documento, paralelo a ele, e não inclinado.',
			good: 'Certo: paralelo',
			bad: 'Errado: inclinado',
			phone: 'Celular',
			document: 'Documento',
		},
		light: {
			label:
				'De onde a luz deve vir. Certo: a luz do dia de uma janela ao lado cai inclinada sobre o documento, e o reflexo vai para longe da câmera. Errado: uma lâmpada bem em cima do documento reflete direto na câmera, formando um reflexo.',
			caption:
				'A luz de lado (uma janela) reflete para longe da câmera. Uma lâmpada bem em cima reflete nela como uma mancha branca.',
			good: 'Certo: de lado',
			bad: 'Errado: bem em cima',
			window: 'Janela',
			lamp: 'Lâmpada',
			reflection: 'Luz refletida',
			glare: 'Reflexo',
		},
		margin: {
			label:
				'O documento dentro do quadro da câmera: os quatro cantos visíveis, uma pequena margem de mesa em todos os lados e o documento ocupando a maior parte do quadro.',
			caption: 'Os quatro cantos no quadro, com uma pequena margem de mesa em todos os lados.',
			frame: 'Quadro da câmera',
			margin: 'Margem pequena',
			corner: 'Os 4 cantos',
		},
		face: {
			label:
				'O rosto dentro do quadro para uma selfie: a cabeça inteira, do alto do cabelo ao queixo, dentro do oval, o rosto no meio, olhando direto para a câmera, o alto dos ombros visível e um fundo liso.',
			caption: 'O rosto inteiro dentro do oval, olhos nivelados, olhando para a câmera, ombros aparecendo.',
			head: 'Alto da cabeça dentro',
			chin: 'Queixo dentro',
			eyes: 'Olhos nivelados, olhando a lente',
			plain: 'Fundo liso',
		},
	},
};

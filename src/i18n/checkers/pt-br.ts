/**
 * Every word the checker islands show, in Brazilian Portuguese ("você"), with the glossary's terms
 * (src/i18n/glossary/pt-br.ts): "verificação", "selfie", "reflexo", "desfoque", "data de validade",
 * "carteira de identidade", "corretora", "recusado". Typed by the English table.
 */
import type { CheckerMessages } from './types';

export const messages: CheckerMessages = {
	common: {
		readMore: 'Como resolver',
		loading: 'Conferindo…',
		checkStatus: { pass: 'Tudo certo', warn: 'Vale corrigir', fail: 'Problema' },
	},

	fill: {
		choose: 'Escolher uma foto',
		label:
			'Preencher a partir da foto do meu documento (página do passaporte ou verso da carteira de identidade; lida neste aparelho)',
		reading: 'Lendo a foto…',
		read: 'Preenchido a partir da zona de leitura mecânica (MRZ) da sua foto. Compare com o seu documento.',
		uncertain:
			'Preenchido a partir da MRZ da sua foto, mas alguns caracteres são duvidosos: compare cada campo preenchido com o seu documento.',
		'not-found':
			'Nenhuma MRZ foi encontrada nesta foto (muitas carteiras de motorista e frentes de carteira de identidade não têm). Digite os dados à mão, ou escolha o verso da sua carteira de identidade.',
		error: 'Não foi possível ler este arquivo como foto. Escolha uma imagem JPEG, PNG ou WebP.',
	},

	date: {
		privacy: 'Funciona no seu navegador: nada do que você digita é guardado ou enviado.',
		loadFailed:
			'O verificador não conseguiu carregar o código de conferência: a conexão parece ter caído. O que você digitou foi mantido. Conecte-se de novo e depois altere qualquer campo para conferir outra vez.',
		compareTitle: 'Minha conta e meu documento mostram a mesma data?',
		whichDate: 'Qual data',
		roles: { birth: 'Data de nascimento', expiry: 'Data de validade', issue: 'Data de emissão' },
		formAsks: 'Meu formulário pede',
		notSure: 'Não sei',
		accountLabel: 'Data na minha conta (como eu digitei)',
		accountHint: 'Por exemplo {example}',
		documentLabel: 'Data no meu documento (como está impressa)',
		documentHint: 'Por exemplo {example1}, {example2} ou {example3}',
		validityTitle: 'Meu documento ainda está válido?',
		birthLabel: 'Data de nascimento',
		issueLabel: 'Data de emissão',
		expiryLabel: 'Data de validade',
		readingLabels: {
			account: 'Conta',
			document: 'Documento',
			birth: 'Nascimento',
			issue: 'Emissão',
			expiry: 'Validade',
		},
		ambiguous: 'Ambígua: também pode ser',
		problems: {
			empty: 'Digite uma data.',
			'too-long': 'Isto é longo demais para ser uma data. Digite só a data, por exemplo {example}.',
			'not-a-date': 'Não encontramos uma data aqui. Digite como ela aparece, por exemplo {example} ou {exampleWords}.',
			incomplete: 'Falta uma parte: uma data completa tem dia, mês e ano.',
			'partly-unknown':
				'Parte desta data está marcada como desconhecida (X ou <). Os documentos imprimem isso quando o dia ou o mês não é conhecido: digite exatamente o que o seu documento mostra e pergunte ao serviço como preencher o formulário.',
			'unknown-month': '“{word}” não é um mês que conhecemos.',
			'months-disagree': 'As palavras de mês “{word}” indicam meses diferentes. Confira a grafia.',
			'month-out-of-range': 'Não existe mês {value}: os meses vão de 1 a 12.',
			'day-out-of-range': 'Não existe dia {value}: os dias vão de 1 a 31.',
			'year-out-of-range':
				'O ano {value} não pode estar num documento (eles trazem anos de {min} a {max}). Confira se há erro de digitação.',
			'no-such-day': {
				one: '{monthYear} tem {count} dia, então o dia {day} não existe.',
				many: '{monthYear} tem {count} dias, então o dia {day} não existe.',
				other: '{monthYear} tem {count} dias, então o dia {day} não existe.',
			},
			'not-in-era':
				'Esse ano está fora da era japonesa indicada (a era Heisei começou em 8 de janeiro de 1989, a Reiwa em 1º de maio de 2019). Confira a era e o ano.',
		},
		monthOfYear: 'Mês {month} de {year}',
		suggestion: 'Você quis dizer “{suggestion}”?',
		verdicts: {
			same: 'Mesma data. Sua conta e seu documento mostram o mesmo dia.',
			'same-if-reordered':
				'Mesmo dia só se as datas forem lidas de outro jeito. Um verificador pode ver duas datas diferentes.',
			different: {
				one: 'Datas diferentes: {count} dia de diferença.',
				many: 'Datas diferentes: {count} dias de diferença.',
				other: 'Datas diferentes: {count} dias de diferença.',
			},
			unreadable: 'Uma das datas não pôde ser lida: veja a mensagem embaixo dela.',
		},
		reasons: {
			order: 'O dia e o mês estão numa ordem diferente da que o formulário usa.',
			century: 'O ano de dois dígitos precisa ser lido no outro século.',
			calendar: 'De um lado, o ano está em outro calendário.',
			'calendar-variant':
				'Há um dia de diferença, o que as datas da Hégira permitem: o dia depende do calendário usado.',
		},
		documentProblems: {
			expired: {
				one: 'Vencido há {count} dia. A verificação vai falhar: renove o documento ou use outro que esteja válido.',
				many: 'Vencido há {count} dias. A verificação vai falhar: renove o documento ou use outro que esteja válido.',
				other: 'Vencido há {count} dias. A verificação vai falhar: renove o documento ou use outro que esteja válido.',
			},
			'expires-soon': {
				one: 'Vence em {count} dia. Alguns serviços recusam documentos tão perto do vencimento: se puder, use um válido por mais tempo.',
				many: 'Vence em {count} dias. Alguns serviços recusam documentos tão perto do vencimento: se puder, use um válido por mais tempo.',
				other:
					'Vence em {count} dias. Alguns serviços recusam documentos tão perto do vencimento: se puder, use um válido por mais tempo.',
			},
			'under-age': {
				one: 'O titular tem {count} ano; as corretoras exigem {minimumAge} anos. Ele poderá fazer a verificação a partir de {adultOn}.',
				many: 'O titular tem {count} anos; as corretoras exigem {minimumAge} anos. Ele poderá fazer a verificação a partir de {adultOn}.',
				other:
					'O titular tem {count} anos; as corretoras exigem {minimumAge} anos. Ele poderá fazer a verificação a partir de {adultOn}.',
			},
			'future-birth': 'A data de nascimento está no futuro. Confira o ano.',
			'issued-in-future':
				'A data de emissão está no futuro. Confira o ano, ou se a emissão e a validade não estão trocadas.',
			'issued-after-expiry': 'A data de emissão é posterior à data de validade: as duas provavelmente estão trocadas.',
			'born-after-issue': 'A data de nascimento é posterior à data de emissão. Confira os dois anos.',
		},
		expiresToday:
			'Vence hoje. Alguns serviços recusam documentos tão perto do vencimento: se puder, use um válido por mais tempo.',
		noProblem: 'Nenhum problema encontrado nestas datas.',
		validFor: {
			one: 'Válido por mais {count} dia.',
			many: 'Válido por mais {count} dias.',
			other: 'Válido por mais {count} dias.',
		},
		calendars: {
			gregory: 'calendário gregoriano',
			buddhist: 'era budista tailandesa',
			japanese: 'era japonesa',
			persian: 'calendário persa (Hégira solar)',
			'islamic-umalqura': 'calendário da Hégira (Umm al-Qura)',
		},
		orders: {
			DMY: 'dia/mês/ano',
			MDY: 'mês/dia/ano',
			YMD: 'ano/mês/dia',
			YDM: 'ano/dia/mês',
			DYM: 'dia/ano/mês',
			MYD: 'mês/ano/dia',
		},
		formats: {
			iso: 'ISO 8601',
			mrz: 'MRZ (AAMMDD)',
			'month-name': 'nome do mês',
			marked: 'ano, mês e dia marcados',
		},
		eras: { meiji: 'Meiji', taisho: 'Taishō', showa: 'Shōwa', heisei: 'Heisei', reiwa: 'Reiwa' },
		readAs: 'lida como {order}',
		calendarYear: '{calendar}: ano {year}',
		calendarEraYear: '{calendar}: {era}, ano {year}',
		calendarGuessed: '{calendar}: ano {year}, deduzido pelo ano',
		calendarEraGuessed: '{calendar}: {era}, ano {year}, deduzido pelo ano',
		centuryTaken: 'ano de dois dígitos lido como {year}',
		mayBeOff: {
			one: 'pode ter {count} dia de diferença',
			many: 'pode ter {count} dias de diferença',
			other: 'pode ter {count} dias de diferença',
		},
		noteSeparator: '; ',
		typeExactly: 'Digite exatamente isto no formulário ({order}): {value}, a data do seu documento ({date}).',
		typeInOrder: 'Digite a data do seu documento ({date}) na ordem do formulário:',
	},

	name: {
		account: 'Nome na sua conta da corretora',
		accountHint: 'Como você digitou no cadastro, ou como a página da conta mostra.',
		document: 'Nome no seu documento',
		documentHint:
			'Como está impresso na parte de cima do passaporte ou da carteira de identidade: prenomes, depois sobrenome.',
		mrz: 'Zona de leitura mecânica (opcional)',
		mrzHint:
			'As duas ou três linhas cheias de sinais < na parte de baixo da página do passaporte ou no verso da carteira de identidade.',
		idle: 'Digite os dois nomes para compará-los. Nada do que você digita sai desta página.',
		loadFailed:
			'O verificador não conseguiu carregar o código de conferência: a conexão parece ter caído. O que você digitou foi mantido. Conecte-se de novo e depois altere qualquer campo para conferir outra vez.',
		yourAccount: 'Sua conta',
		yourId: 'Seu documento',
		whatToDo: 'O que fazer',
		differences: 'O que é diferente',
		similarity: 'Semelhança: {percent} %.',
		mrzTitle: 'Zona de leitura mecânica',
		mrzRead: 'Lida como {format}. Nome: {primary}, {secondary}.',
		mrzTruncated:
			'O campo do nome termina com uma letra na última posição: o nome provavelmente foi cortado para caber. As letras que estão lá são comparadas como o começo do seu nome.',
		checkOk: 'Dígito verificador do campo {field}: correto.',
		checkBad:
			'Dígito verificador do campo {field}: errado. Digite essa parte de novo com cuidado; se ela estiver certa, a zona foi lida errado.',
		mrzAgainstAccount: 'Comparado com o nome da sua conta: {verdict}',
		mrzAgainstId: 'Comparado com o nome que você digitou do documento: {verdict}',
		looksLike: 'parece o {letter} latino',
		highlightedLegend: 'Em destaque: os caracteres que são diferentes.',
		support:
			'Normalmente o nome não pode ser alterado depois que a conta é verificada. Se a correção está num nome que você não consegue editar, fale com o suporte e informe a grafia do seu documento.',
		otherKinds: 'Também:',
		verdicts: {
			exact: 'Os nomes são exatamente iguais, caractere por caractere.',
			equivalent: 'Mesmo nome, escrito de outro jeito. Uma checagem rigorosa falharia.',
			partial: 'Parte do nome está faltando ou abreviada. A maioria das checagens falharia.',
			different: 'Estes parecem nomes diferentes. Uma checagem falharia.',
		},
		verdictAdvice: {
			exact:
				'Nada a mudar aqui. Se a verificação foi recusada mesmo assim, o motivo provavelmente está em outro lugar (foto, data de nascimento, tipo de documento).',
			equivalent:
				'Digite o nome exatamente como está impresso no documento: mesmas letras, mesma ordem, mesmos espaços e hífens. Deixe os títulos de fora e digite o nome à mão em vez de colar.',
			partial:
				'Faça o nome da conta ter todos os nomes do documento, na mesma ordem, escritos por extenso (sem iniciais), a não ser que a corretora peça só o primeiro nome e o sobrenome.',
			different:
				'Confira primeiro se há erros de digitação. Se os dois nomes são seus, mas escritos de jeitos diferentes, não abra uma conta nova: fale com o suporte e peça que corrijam o nome para ficar igual ao do documento.',
		},
		headlines: {
			case: 'Só as maiúsculas e minúsculas são diferentes: sua conta tem ‘{account}’, seu documento ‘{document}’. A maioria das checagens ignora isso; uma rigorosa, não.',
			spacing: 'Os espaços são diferentes: sua conta tem ‘{account}’, seu documento ‘{document}’.',
			punctuation: 'A pontuação é diferente: sua conta tem ‘{account}’, seu documento ‘{document}’.',
			diacritics: 'Os acentos são diferentes: sua conta tem ‘{account}’, seu documento ‘{document}’.',
			transliteration:
				'As letras foram convertidas de outro jeito: sua conta tem ‘{account}’, seu documento ‘{document}’.',
			order: 'Os nomes estão em outra ordem: ‘{account}’ fica em outro lugar no seu documento (‘{document}’).',
			width: 'Sua conta usa letras de largura total ou estilizadas: ‘{account}’.',
			invisible: 'Há um caractere invisível escondido no nome da sua conta.',
			confusable: 'Uma letra de outro alfabeto está escondida em ‘{account}’: parece latina, mas não é.',
			title: 'Há um título incluído: ‘{text}’. Os documentos não trazem títulos.',
			symbol: 'Há um símbolo que não pode fazer parte de um nome: ‘{text}’.',
			truncation: 'A zona de leitura mecânica cortou ‘{account}’ para ‘{document}’.',
			missing: 'Seu documento tem ‘{document}’, que a sua conta não tem.',
			extra: 'Sua conta tem ‘{account}’, que o seu documento não tem.',
			initial: 'Uma inicial está no lugar de um nome inteiro: sua conta tem ‘{account}’, seu documento ‘{document}’.',
			spelling: 'A grafia é diferente: sua conta tem ‘{account}’, seu documento ‘{document}’.',
			script: 'Os dois nomes estão escritos em alfabetos diferentes, então não dá para compará-los letra por letra.',
		},
		invisibleOnId: 'Há um caractere invisível escondido no nome do seu documento.',
		kindAdvice: {
			case: 'Normalmente não é problema. Se a corretora deixar você editar o nome, copie as maiúsculas do documento.',
			spacing: 'Use exatamente um espaço entre os nomes, nenhum no começo ou no fim, e as mesmas junções do documento.',
			punctuation:
				"Copie os hífens e apóstrofos como estão no documento. Use o apóstrofo reto (') se o formulário não oferecer outro.",
			diacritics:
				'Digite os acentos como no documento. Se o formulário não aceitar, use a grafia da zona de leitura mecânica (as linhas com <<<).',
			transliteration: 'Use a grafia em letras latinas impressa no seu documento, e não a sua própria conversão.',
			order:
				'A maioria das checagens compara nome e sobrenome campo por campo. Coloque cada nome no campo certo em vez de mudar a ordem dentro de um campo só.',
			width: 'Digite o nome de novo com o teclado no modo normal (meia largura).',
			invisible: 'Apague o nome e digite de novo à mão; não cole de um chat ou de um PDF.',
			confusable: 'Mude o teclado para o layout latino e digite o nome de novo.',
			title: 'Deixe de fora títulos (Sr., Dr., Jr., III), a não ser que o documento os imprima como parte do nome.',
			symbol: 'Tire o símbolo ou o emoji.',
			truncation:
				'Isso é normal em nomes longos e não é erro seu: digite o nome completo como está impresso na parte de cima do documento.',
			missing: 'Acrescente este nome à conta, na mesma posição que no documento.',
			extra: 'Tire este nome da conta, ou confira se o documento o imprime em outro lugar.',
			initial: 'Escreva o nome por extenso, como no documento.',
			spelling: 'Corrija a grafia para ficar igual ao documento, letra por letra.',
			script:
				'Digite o nome em letras latinas exatamente como o documento imprime; todo passaporte traz uma versão do seu nome em letras latinas.',
		},
		explanations: {
			'older-russian-passport':
				'É assim que os passaportes russos antigos (antes de 2014) escreviam os nomes; os passaportes atuais usam a grafia da ICAO. Se a sua conta foi criada com um passaporte antigo, fale com o suporte em vez de editar o nome.',
			'romanisation-variant':
				'Podem ser duas grafias latinas do mesmo nome (comum em nomes árabes como Mohammed e Muhammad). As checagens comparam letras, então use a grafia do seu documento.',
			'comma-form': 'Seu documento escreve o sobrenome primeiro, seguido de uma vírgula.',
			particle: 'Esta é uma partícula de nome (van, de, bin …): no seu documento, ela faz parte do sobrenome.',
			'trailing-space': 'Há um espaço a mais no final.',
			'leading-space': 'Há um espaço a mais no começo.',
			'mrz-filler': 'Na zona de leitura mecânica, < representa um espaço ou um hífen.',
		},
		schemes: {
			icao: 'regra da ICAO para passaportes',
			'icao-language': 'regra da ICAO para passaportes em {languages}',
			'older-russian': 'passaportes russos antigos',
			'not-icao': 'uma grafia comum, fora da regra da ICAO',
			guess: 'um palpite: não existe tabela da ICAO para esta escrita',
		},
		scripts: {
			Latin: 'latino',
			Cyrillic: 'cirílico',
			Greek: 'grego',
			Armenian: 'armênio',
			Georgian: 'georgiano',
			Arabic: 'árabe',
			Hebrew: 'hebraico',
			Han: 'chinês',
			Hiragana: 'hiragana japonês',
			Katakana: 'katakana japonês',
			Hangul: 'coreano',
			Thai: 'tailandês',
			Devanagari: 'devanágari',
			Other: 'outra escrita',
		},
		notes: {
			invisible: 'caractere invisível',
			control: 'caractere de controle',
			'odd-space': 'espaço incomum',
			'full-width': 'letra de largura total',
			styled: 'letra estilizada',
			'foreign-script': 'letra',
			symbol: 'símbolo',
			digit: 'algarismo',
		},
		characters: {
			'0009': 'tabulação',
			'000A': 'quebra de linha',
			'00A0': 'espaço sem quebra',
			'00AD': 'hífen condicional',
			'034F': 'combinador de grafemas',
			'061C': 'marca de letra árabe',
			'200B': 'espaço de largura zero',
			'200C': 'não agregador de largura zero',
			'200D': 'agregador de largura zero',
			'200E': 'marca da esquerda para a direita',
			'200F': 'marca da direita para a esquerda',
			'2009': 'espaço fino',
			'202F': 'espaço estreito sem quebra',
			'2060': 'agregador de palavras',
			'3000': 'espaço ideográfico',
			FEFF: 'marca de ordem de bytes',
		},
		problems: {
			'account-empty': 'Digite o nome da sua conta na corretora.',
			'document-empty': 'Digite o nome como está impresso no seu documento.',
			'account-too-long': 'O nome da conta é muito longo; só os primeiros {max} caracteres foram comparados.',
			'document-too-long': 'O nome do documento é muito longo; só os primeiros {max} caracteres foram comparados.',
			'account-no-letters': 'O nome da conta não tem letras.',
			'document-no-letters': 'O nome do documento não tem letras.',
			'right-to-left':
				'Parte do texto está escrita da direita para a esquerda. As corretoras comparam a grafia do seu nome em letras latinas, impressa no documento.',
		},
		mrzStatus: {
			'wrong-line-count':
				'A zona de leitura mecânica tem duas linhas no passaporte e três na carteira de identidade. Cole todas, uma por linha.',
			'wrong-line-length':
				'Cada linha deve ter {td3} caracteres no passaporte, {td2} em algumas carteiras de identidade e {td1} na maioria delas. Uma linha está curta ou longa demais: veja se faltam sinais <.',
			'bad-characters':
				'A zona de leitura mecânica só tem letras maiúsculas de A a Z, algarismos e o sinal <. Troque qualquer outro caractere.',
			unreadable: 'Isto não parece uma zona de leitura mecânica que o verificador conheça.',
		},
		checkDigits: {
			documentNumberCheckDigit: 'número do documento',
			birthDateCheckDigit: 'data de nascimento',
			expirationDateCheckDigit: 'data de validade',
			personalNumberCheckDigit: 'número pessoal',
			compositeCheckDigit: 'zona inteira (composto)',
		},
	},

	photo: {
		documentIntro:
			'Confira a foto do seu documento antes de enviar. Ela é conferida neste aparelho e nunca é enviada para lugar nenhum.',
		choose: 'Escolher uma foto',
		camera: 'Tirar uma foto',
		working: 'Conferindo sua foto…',
		score: 'Nota {score} / 100.',
		previewDocument: 'Sua foto. O contorno mostra onde o documento foi encontrado; os quadros marcam os reflexos.',
		privacy: 'Sua foto fica neste aparelho.',
		verdicts: {
			good: 'Parece boa: esta foto deve passar nas checagens de qualidade comuns.',
			fix: 'Dá para usar, mas vale corrigir: uma checagem rigorosa pode recusá-la.',
			retake: 'Tire uma foto nova: esta provavelmente vai ser recusada.',
		},
		checks: {
			resolution: 'Resolução',
			sharpness: 'Nitidez',
			glare: 'Reflexo',
			exposure: 'Brilho',
			evenness: 'Luz uniforme',
			framing: 'Enquadramento',
			color: 'Cor',
		},
		checkOk: {
			resolution: 'Pixels suficientes para o texto ser lido.',
			sharpness: 'Nítida o bastante para ler.',
			glare: 'Nenhum reflexo encontrado no documento.',
			exposure: 'Nem escura nem clara demais.',
			evenness: 'A luz está uniforme.',
			framing: 'Os quatro cantos estão na imagem, com margem.',
			color: 'Uma foto colorida.',
		},
		unsure: {
			badge: 'No limite',
			margin: 'Margem: no limite. Deixe um pouco mais de espaço em volta do documento.',
			fill: 'Tamanho: no limite. Aproxime-se um pouco, para o documento ocupar a maior parte da imagem.',
			tilt: 'Inclinação: no limite. Segure o celular reto em cima do documento.',
		},
		measuredOnCentre:
			'Não encontramos as bordas do documento, então o reflexo e a luz foram verificados no meio da imagem.',
		glareOkCentre: 'Nenhum reflexo encontrado no meio da imagem.',
		problems: {
			'image-too-small':
				'A foto é pequena. Use a câmera principal do celular na resolução máxima e envie o arquivo original, e não uma captura de tela ou uma cópia de um app de mensagens.',
			'document-low-dpi':
				'O documento está pequeno na foto, então o texto tem poucos pixels. Aproxime a câmera até o documento ocupar a maior parte da imagem.',
			soft: 'A foto está um pouco sem nitidez. Segure o celular com as duas mãos, toque no documento na tela para focar e espere um instante antes de tirar a foto.',
			blurry:
				'A foto está desfocada. Apoie os cotovelos na mesa, toque no documento para focar e tire a foto com boa luz, para a câmera não precisar de um obturador lento.',
			'no-detail':
				'Quase não há detalhes na foto. Confira se o documento está na imagem e se a lente não está tampada.',
			glare: 'A luz reflete no documento. Incline-o um pouco, afaste-se de lâmpadas e janelas e desligue o flash.',
			'too-dark':
				'A foto está escura demais. Vá para um lugar mais claro, perto de uma janela durante o dia se puder, sem sol direto no documento.',
			'too-bright':
				'A foto está clara demais. Saia da luz direta ou toque no documento na tela para a câmera se ajustar.',
			'clipped-shadows':
				'Partes da foto estão totalmente pretas. Coloque mais luz, ou evite um fundo muito escuro ao lado de um documento claro.',
			'clipped-highlights':
				'Partes da foto estão estouradas, totalmente brancas, e os detalhes se perderam. Evite luz direta e toque no documento na tela para ajustar a exposição.',
			'low-contrast': 'A foto parece desbotada. Evite luz batendo na lente e limpe a lente da câmera.',
			'uneven-light':
				'Uma sombra ou uma luz desigual cai sobre a foto. Mude de posição para a luz cair por igual, e não deixe a mão nem o celular fazerem sombra.',
			'document-not-found':
				'Não encontramos as bordas do seu documento, então não dá para avaliar o enquadramento, o tamanho ou a inclinação. Coloque-o sobre uma superfície lisa de cor diferente da do documento, para as quatro bordas se destacarem.',
			'fills-frame':
				'O documento ocupa a imagem inteira, e as bordas dele não aparecem. Deixe uma pequena margem em volta: muitas checagens querem ver os quatro cantos.',
			'cut-off': 'Parte do documento está fora da imagem. Afaste a câmera até os quatro cantos aparecerem.',
			'near-edge': 'O documento encosta na borda da imagem. Deixe uma pequena margem em todos os lados.',
			'too-small-in-frame':
				'O documento está pequeno na imagem. Aproxime-se para ele ocupar a maior parte do quadro, com uma pequena margem.',
			tilted: 'O documento foi fotografado inclinado. Segure o celular reto em cima dele, paralelo ao documento.',
			grayscale:
				'Parece uma foto em preto e branco ou uma fotocópia. A maioria das checagens recusa isso: fotografe o documento original, colorido.',
			'low-color':
				'A foto tem muito pouca cor. Confira se é uma foto colorida do documento original, e não uma cópia, e desligue qualquer filtro.',
		},
		fileProblems: {
			'empty-file': 'Este arquivo está vazio (0 bytes). Escolha a foto de novo, ou tire uma nova.',
			'file-too-large':
				'Este arquivo tem mais de {megabytes} MB, é grande demais para conferir aqui. Tire a foto com as configurações padrão da câmera do celular, ou exporte uma cópia em JPEG.',
			'not-an-image':
				'Este arquivo não é uma foto que este verificador consiga ler. Escolha uma foto JPEG, PNG, WebP ou HEIC (um PDF ou um documento não funciona).',
			'too-many-pixels':
				'Esta imagem tem pixels demais para conferir neste aparelho. Exporte uma cópia JPEG menor (por exemplo, com {pixels} pixels de largura).',
			'heic-not-supported':
				'Este navegador não abre fotos HEIC (o formato comum do iPhone). Abra esta página no próprio iPhone, no Safari, que consegue. Ou tenha um JPEG: no iPhone, abra Ajustes > Câmera > Formatos, escolha “Mais Compatível” e tire a foto de novo; para copiar fotos para um computador em JPEG, abra Ajustes > Fotos e, em “Transferir para Mac ou PC”, escolha “Automático”.',
			'cannot-decode':
				'Não foi possível abrir esta foto: o arquivo pode estar danificado ou só parcialmente baixado. Copie-o de novo para o seu aparelho, ou tire uma foto nova.',
			'analysis-failed': 'Algo deu errado ao conferir esta foto. Tente de novo, ou tente outra foto.',
		},
	},

	selfie: {
		intro:
			'Confira uma selfie antes da checagem do rosto: seu rosto foi encontrado, está centralizado, grande o bastante e bem iluminado? Ela é conferida neste aparelho e nunca é enviada para lugar nenhum.',
		choose: 'Escolher uma selfie',
		camera: 'Tirar uma selfie',
		working: 'Procurando seu rosto…',
		loading: 'Procurando seu rosto… (a primeira checagem leva alguns segundos enquanto o detector de rostos carrega)',
		preview: 'Sua selfie. Um quadro verde marca o rosto encontrado.',
		previewMany: 'Sua selfie. Os quadros marcam cada rosto encontrado.',
		otherChecks: 'As outras checagens precisam de exatamente um rosto.',
		limits:
			'O que isto não confere: se seus olhos estão abertos ou cobertos, óculos, chapéu ou máscara, e se a imagem é uma foto ao vivo de você. As corretoras conferem isso elas mesmas (uma foto de tela, uma foto impressa ou um vídeo é recusado); esta página não sabe dizer, então use sempre a sua própria câmera, ao vivo.',
		privacy: 'Sua selfie fica neste aparelho.',
		verdicts: {
			pass: 'Parece boa: uma checagem do rosto deve aceitar esta selfie.',
			warn: 'Dá para usar, mas vale corrigir: uma checagem do rosto rigorosa pode recusá-la.',
			fail: 'Tire uma selfie nova: esta provavelmente vai ser recusada.',
		},
		checks: {
			face: 'Rosto',
			'face-size': 'Distância',
			'face-position': 'Posição',
			'head-pose': 'Cabeça reta',
			backlight: 'Contraluz',
			evenness: 'Luz uniforme',
			exposure: 'Brilho',
			sharpness: 'Nitidez',
		},
		checkOk: {
			face: 'Um rosto encontrado.',
			'face-size': 'Seu rosto está num bom tamanho na imagem.',
			'face-position': 'Seu rosto está perto do centro.',
			'head-pose': 'Você está olhando direto para a câmera.',
			backlight: 'Seu rosto não está mais escuro que o fundo.',
			evenness: 'Os dois lados do seu rosto estão iluminados por igual.',
			exposure: 'Seu rosto não está nem escuro nem claro demais.',
			sharpness: 'Seu rosto está nítido.',
		},
		problems: {
			'no-face':
				'Rosto não detectado. Segure o celular na altura dos olhos, com o rosto inteiro na imagem, descoberto e iluminado de frente.',
			'several-faces':
				'Vários rostos encontrados. Só uma pessoa: vá para um lugar onde mais ninguém apareça na imagem.',
			'face-too-small':
				'Chegue mais perto. Seu rosto está pequeno na imagem: segure o celular mais perto, a um braço de distância. (A foto da sua carteira de identidade vai no verificador de foto, não aqui.)',
			'face-too-close': 'Afaste-se. Seu rosto preenche a imagem: segure o celular um pouco mais longe.',
			'face-cut-off': 'Mantenha o rosto inteiro na imagem. Uma parte dele está fora do quadro.',
			'face-off-centre': 'Centralize o rosto. Mova o celular para o rosto ficar no meio da imagem.',
			'head-tilted': 'Mantenha a cabeça reta. Deixe os olhos nivelados com a câmera.',
			'head-turned': 'Olhe direto para a câmera. Sua cabeça está virada para um lado.',
			backlit:
				'Vá para um lugar com menos luz atrás de você. A luz está atrás de você, então seu rosto fica escuro: fique de frente para uma janela ou uma lâmpada.',
			'uneven-light': 'Um lado do seu rosto está na sombra. Vire-se para a luz cair por igual no rosto.',
			'face-too-dark': 'Vá para um lugar mais claro. Seu rosto está escuro demais.',
			'face-too-bright': 'Vá para um lugar com menos luz. Seu rosto está claro demais, e os detalhes se perdem.',
			'face-blurry': 'Fique parado. Seu rosto está desfocado: mantenha o celular firme e limpe a lente da câmera.',
			'face-soft':
				'Fique parado. Seu rosto está um pouco sem nitidez: mantenha o celular firme e tire a selfie com boa luz.',
		},
		errors: {
			'empty-file': 'Este arquivo está vazio (0 bytes). Escolha a selfie de novo, ou tire uma nova.',
			'file-too-large':
				'Este arquivo tem mais de {megabytes} MB, é grande demais para conferir aqui. Tire a selfie com as configurações padrão da câmera do celular.',
			'not-an-image':
				'Este arquivo não é uma imagem que este verificador consiga ler. Escolha uma foto JPEG, PNG ou WebP (um PDF ou um documento não funciona).',
			'too-many-pixels': 'Esta imagem tem pixels demais para conferir neste aparelho. Exporte uma cópia JPEG menor.',
			'heic-not-supported':
				'Este navegador não abre fotos HEIC (o formato comum do iPhone). Abra esta página no próprio iPhone, no Safari, ou escolha “Mais Compatível” em Ajustes > Câmera > Formatos e tire a selfie de novo.',
			'cannot-decode':
				'Não foi possível abrir esta imagem: o arquivo pode estar danificado ou só parcialmente baixado. Tire uma selfie nova, ou copie-a de novo para o seu aparelho.',
			'selfie-too-small':
				'Esta imagem é pequena demais para encontrar um rosto (menos de {pixels} pixels de lado). Use a câmera do celular no tamanho normal, e não uma miniatura ou uma captura de tela.',
			'detector-failed': 'O detector de rostos não carregou. Recarregue a página e tente de novo.',
			'analysis-failed': 'Algo deu errado ao conferir esta imagem. Tente de novo, ou tente outra imagem.',
		},
	},

	ready: {
		choose: 'Escolher uma foto',
		nameLabel: 'Nome completo na sua conta da corretora',
		birthLabel: 'Data de nascimento na sua conta',
		countryLabel: 'País de residência na sua conta',
		countryHint: 'Digite o nome do país e escolha-o na lista.',
		countryNames: 'Documento emitido por: {issuer}. País de residência: {residence}.',
		frontLabel: 'Foto da página do passaporte, ou da frente da carteira de identidade',
		backLabel: 'Verso da carteira de identidade (onde a MRZ costuma ficar), se você tiver uma',
		reading: 'Lendo a foto…',
		mrzAsRead: 'A MRZ como foi lida',
		mrzAria: 'Zona de leitura mecânica como foi lida',
		doubtful: 'duvidoso',
		fixLabel: 'Se um caractere estiver diferente do seu documento, corrija aqui:',
		reportAria: 'Seu relatório de preparação',
		status: {
			pass: 'Parece certo',
			warn: 'Confira isto',
			fail: 'Provavelmente vai falhar',
			todo: 'Aguardando',
			note: 'Observação',
		},
		items: {
			photo: 'Qualidade da foto',
			mrz: 'Zona de leitura mecânica (MRZ)',
			name: 'Nome',
			birth: 'Data de nascimento',
			validity: 'Validade do documento',
			age: 'Idade',
			country: 'País emissor e país de residência',
		},
		codes: {
			'no-photo': 'Escolha uma foto do seu passaporte, ou do verso da sua carteira de identidade, para ler a MRZ.',
			'not-found':
				'Nenhuma MRZ foi encontrada. Muitas carteiras de motorista e frentes de carteira de identidade não têm: escolha o verso do cartão, ou digite seus dados à mão nos verificadores de nome e de data.',
			uncertain:
				'A MRZ foi lida, mas alguns caracteres são duvidosos (marcados abaixo). Compare com o seu documento e corrija.',
			read: 'A MRZ foi lida e todos os dígitos verificadores conferem.',
			'no-account-name': 'Digite seu nome completo como a sua conta da corretora mostra.',
			'no-account-birth': 'Digite sua data de nascimento como a sua conta da corretora mostra.',
			'no-account-country': 'Digite seu país de residência como a sua conta da corretora mostra.',
			'no-document': 'Aguardando a MRZ do documento.',
			'photo-none': 'Escolha uma foto do seu documento para conferir a qualidade dela.',
			'photo-good': 'A foto deve passar nas checagens de qualidade comuns.',
			'photo-fix': 'Dá para usar a foto, mas uma checagem rigorosa pode recusá-la:',
			'photo-retake': 'Tire uma foto nova: esta provavelmente vai ser recusada:',
			'photo-cannot-open': 'Não foi possível abrir a foto, então a qualidade dela não foi conferida.',
			unreadable: 'Não foi possível ler o nome na MRZ.',
			exact: 'O nome da conta é igual ao do documento.',
			equivalent: 'O nome da conta é o mesmo nome, do jeito que o documento escreve.',
			partial: 'Os nomes têm partes em comum, mas são diferentes: uma checagem rigorosa pode recusar.',
			different: 'O nome da conta é diferente do documento.',
			'birth-same': 'As datas de nascimento batem.',
			'birth-same-if-reordered': 'As datas só batem se o dia e o mês forem trocados: confira a ordem que você digitou.',
			'birth-different': 'A data de nascimento da sua conta é diferente da do documento.',
			'birth-unreadable':
				'A data de nascimento que você digitou não pôde ser lida como data. Digite como a sua conta mostra.',
			valid: 'O documento está válido.',
			expired: 'O documento está vencido: a verificação vai ser recusada.',
			'expires-soon': {
				one: 'O documento vence em até {count} dia.',
				many: 'O documento vence em até {count} dias.',
				other: 'O documento vence em até {count} dias.',
			},
			adult: {
				one: 'Você tem a idade necessária ({count} ano ou mais).',
				many: 'Você tem a idade necessária ({count} anos ou mais).',
				other: 'Você tem a idade necessária ({count} anos ou mais).',
			},
			'under-age': {
				one: 'Por esta data de nascimento, você tem menos de {count} ano.',
				many: 'Por esta data de nascimento, você tem menos de {count} anos.',
				other: 'Por esta data de nascimento, você tem menos de {count} anos.',
			},
			'future-birth': 'A data de nascimento está no futuro: ela foi lida ou digitada errado.',
			'same-country': 'O documento foi emitido pelo seu país de residência.',
			'other-country':
				'O documento foi emitido por um país diferente daquele onde você mora. A maioria das corretoras permite isso (residência e nacionalidade podem ser diferentes), mas escolha o país emissor quando perguntarem qual documento você tem.',
			'unknown-country': 'Escolha seu país de residência na lista, ou digite o nome completo dele.',
		},
		mrzStates: {
			read: 'Foto lida: o relatório abaixo usa a MRZ dela.',
			uncertain: 'Foto lida, com caracteres duvidosos: confira a MRZ abaixo.',
			'not-found': 'Nenhuma MRZ encontrada nesta foto.',
		},
		readErrors: {
			'cannot-decode': 'Não foi possível abrir este arquivo como foto. Escolha uma imagem JPEG, PNG ou WebP.',
			'engine-failed': 'O leitor não conseguiu iniciar. Recarregue a página e tente de novo.',
		},
	},
};

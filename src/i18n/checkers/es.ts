/**
 * The checkers' words in Spanish (neutral international Spanish, "tú"), translated from en.ts: see
 * its header for the rules. Terms follow the Spanish glossary (src/i18n/glossary/es.ts): "zona de
 * lectura mecánica (MRZ)", "fecha de vencimiento", "reflejo", "borrosa", "documento de
 * identidad", "comprobador". Plurals: Spanish uses `one`, `many` (round millions) and `other`;
 * `many` repeats `other`.
 */
import type { CheckerMessages } from './types';

export const messages: CheckerMessages = {
	common: {
		readMore: 'Cómo solucionarlo',
		loading: 'Comprobando…',
		checkStatus: { pass: 'Bien', warn: 'Conviene corregirlo', fail: 'Problema' },
	},

	fill: {
		label:
			'Rellenar con la foto de mi documento (página del pasaporte o reverso del documento de identidad; se lee en este dispositivo)',
		choose: 'Elegir una foto',
		reading: 'Leyendo la foto…',
		read: 'Rellenado con la zona de lectura mecánica (MRZ) de tu foto. Compáralo con tu documento.',
		uncertain:
			'Rellenado con la MRZ de tu foto, pero algunos caracteres son dudosos: compara cada campo rellenado con tu documento.',
		'not-found':
			'No se encontró ninguna MRZ en esta foto (muchas licencias de conducir y el frente de muchos documentos de identidad no la tienen). Escribe los datos a mano o elige el reverso de tu documento de identidad.',
		error: 'Este archivo no se pudo leer como foto. Elige una imagen JPEG, PNG o WebP.',
	},

	date: {
		privacy: 'Funciona en tu navegador: nada de lo que escribes se guarda ni se envía.',
		loadFailed:
			'El comprobador no pudo cargar su código: parece que no hay conexión. Lo que escribiste se conserva. Vuelve a conectarte y cambia cualquier campo para comprobar de nuevo.',
		compareTitle: '¿Mi cuenta y mi documento muestran la misma fecha?',
		whichDate: 'Qué fecha',
		roles: { birth: 'Fecha de nacimiento', expiry: 'Fecha de vencimiento', issue: 'Fecha de expedición' },
		formAsks: 'Mi formulario pide',
		notSure: 'No lo sé',
		accountLabel: 'Fecha en mi cuenta (tal como la escribí)',
		accountHint: 'Por ejemplo, {example}',
		documentLabel: 'Fecha en mi documento (tal como está impresa)',
		documentHint: 'Por ejemplo, {example1}, {example2} o {example3}',
		validityTitle: '¿Mi documento sigue vigente?',
		birthLabel: 'Fecha de nacimiento',
		issueLabel: 'Fecha de expedición',
		expiryLabel: 'Fecha de vencimiento',
		readingLabels: {
			account: 'Cuenta',
			document: 'Documento',
			birth: 'Nacimiento',
			issue: 'Expedición',
			expiry: 'Vencimiento',
		},
		ambiguous: 'Ambigua: también podría ser',
		problems: {
			empty: 'Escribe una fecha.',
			'too-long': 'Es demasiado largo para ser una fecha. Escribe solo la fecha, por ejemplo {example}.',
			'not-a-date':
				'No encontramos ninguna fecha aquí. Escríbela como aparece, por ejemplo {example} o {exampleWords}.',
			incomplete: 'Falta una parte: una fecha completa tiene día, mes y año.',
			'partly-unknown':
				'Una parte de esta fecha está marcada como desconocida (X o <). Los documentos lo imprimen así cuando no se conoce el día o el mes: introduce exactamente lo que muestra tu documento y pregunta al servicio cómo rellenar el formulario.',
			'unknown-month': '«{word}» no es un mes que conozcamos.',
			'months-disagree': 'Las palabras de mes «{word}» nombran meses distintos. Revisa cómo están escritas.',
			'month-out-of-range': 'No existe el mes {value}: los meses van del 1 al 12.',
			'day-out-of-range': 'No existe el día {value}: los días van del 1 al 31.',
			'year-out-of-range':
				'El año {value} no puede aparecer en un documento (llevan años del {min} al {max}). Revisa si hay una errata.',
			'no-such-day': {
				one: '{monthYear} tiene {count} día, así que el día {day} no existe.',
				many: '{monthYear} tiene {count} días, así que el día {day} no existe.',
				other: '{monthYear} tiene {count} días, así que el día {day} no existe.',
			},
			'not-in-era':
				'Ese año está fuera de su era japonesa (Heisei empezó el 8 de enero de 1989 y Reiwa el 1 de mayo de 2019). Revisa la era y el año.',
		},
		monthOfYear: 'Mes {month} del año {year}',
		suggestion: '¿Quisiste decir «{suggestion}»?',
		verdicts: {
			same: 'Misma fecha. Tu cuenta y tu documento muestran el mismo día.',
			'same-if-reordered':
				'Es el mismo día solo si las fechas se leen de otra manera. Una herramienta de verificación puede ver dos fechas distintas.',
			different: {
				one: 'Fechas distintas: hay {count} día de diferencia.',
				many: 'Fechas distintas: hay {count} días de diferencia.',
				other: 'Fechas distintas: hay {count} días de diferencia.',
			},
			unreadable: 'Una de las fechas no se pudo leer: mira el mensaje que aparece debajo.',
		},
		reasons: {
			order: 'El día y el mes están en un orden distinto del que usa el formulario.',
			century: 'El año de dos cifras hay que leerlo en el otro siglo.',
			calendar: 'En uno de los lados, el año está en otro calendario.',
			'calendar-variant':
				'Hay un día de diferencia, algo que las fechas de la hégira permiten: el día depende del calendario que se use.',
		},
		documentProblems: {
			expired: {
				one: 'Venció hace {count} día. La verificación fallará: renueva el documento o usa otro que esté vigente.',
				many: 'Venció hace {count} días. La verificación fallará: renueva el documento o usa otro que esté vigente.',
				other: 'Venció hace {count} días. La verificación fallará: renueva el documento o usa otro que esté vigente.',
			},
			'expires-soon': {
				one: 'Vence dentro de {count} día. Algunos servicios rechazan documentos tan cerca del vencimiento: si puedes, usa uno que esté vigente más tiempo.',
				many: 'Vence dentro de {count} días. Algunos servicios rechazan documentos tan cerca del vencimiento: si puedes, usa uno que esté vigente más tiempo.',
				other:
					'Vence dentro de {count} días. Algunos servicios rechazan documentos tan cerca del vencimiento: si puedes, usa uno que esté vigente más tiempo.',
			},
			'under-age': {
				one: 'El titular tiene {count} año; los exchanges exigen {minimumAge}. Podrá verificarse a partir del {adultOn}.',
				many: 'El titular tiene {count} años; los exchanges exigen {minimumAge}. Podrá verificarse a partir del {adultOn}.',
				other:
					'El titular tiene {count} años; los exchanges exigen {minimumAge}. Podrá verificarse a partir del {adultOn}.',
			},
			'future-birth': 'La fecha de nacimiento está en el futuro. Revisa el año.',
			'issued-in-future':
				'La fecha de expedición está en el futuro. Revisa el año, o si la expedición y el vencimiento están intercambiados.',
			'issued-after-expiry':
				'La fecha de expedición es posterior a la de vencimiento: probablemente están intercambiadas.',
			'born-after-issue': 'La fecha de nacimiento es posterior a la de expedición. Revisa los dos años.',
		},
		expiresToday:
			'Vence hoy. Algunos servicios rechazan documentos tan cerca del vencimiento: si puedes, usa uno que esté vigente más tiempo.',
		noProblem: 'No encontramos ningún problema en estas fechas.',
		validFor: {
			one: 'Vigente {count} día más.',
			many: 'Vigente {count} días más.',
			other: 'Vigente {count} días más.',
		},
		calendars: {
			gregory: 'Calendario gregoriano',
			buddhist: 'Era budista tailandesa',
			japanese: 'Era japonesa',
			persian: 'Calendario persa (hégira solar)',
			'islamic-umalqura': 'Calendario de la hégira (Umm al-Qura)',
		},
		orders: {
			DMY: 'día/mes/año',
			MDY: 'mes/día/año',
			YMD: 'año/mes/día',
			YDM: 'año/día/mes',
			DYM: 'día/año/mes',
			MYD: 'mes/año/día',
		},
		formats: {
			iso: 'ISO 8601',
			mrz: 'MRZ (YYMMDD)',
			'month-name': 'mes en letras',
			marked: 'año, mes y día marcados',
		},
		eras: { meiji: 'Meiji', taisho: 'Taishō', showa: 'Shōwa', heisei: 'Heisei', reiwa: 'Reiwa' },
		readAs: 'leída como {order}',
		calendarYear: '{calendar}: año {year}',
		calendarEraYear: '{calendar}: {era}, año {year}',
		calendarGuessed: '{calendar}: año {year}, deducido a partir del año',
		calendarEraGuessed: '{calendar}: {era}, año {year}, deducido a partir del año',
		centuryTaken: 'año de dos cifras leído como {year}',
		mayBeOff: {
			one: 'puede variar {count} día',
			many: 'puede variar {count} días',
			other: 'puede variar {count} días',
		},
		noteSeparator: '; ',
		typeExactly: 'Escribe exactamente esto en el formulario ({order}): {value}, la fecha de tu documento ({date}).',
		typeInOrder: 'Escribe la fecha de tu documento ({date}) en el orden del formulario:',
	},

	name: {
		account: 'Nombre en tu cuenta del exchange',
		accountHint: 'Como lo escribiste al registrarte, o como aparece en la página de tu cuenta.',
		document: 'Nombre en tu documento',
		documentHint:
			'Como está impreso en la parte superior de tu pasaporte o documento de identidad: nombres de pila y luego apellidos.',
		mrz: 'Zona de lectura mecánica (opcional)',
		mrzHint:
			'Las dos o tres líneas llenas de signos < de la parte inferior de la página del pasaporte o del reverso de la tarjeta.',
		idle: 'Escribe los dos nombres para compararlos. Nada de lo que escribes sale de esta página.',
		loadFailed:
			'El comprobador no pudo cargar su código: parece que no hay conexión. Lo que escribiste se conserva. Vuelve a conectarte y cambia cualquier campo para comprobar de nuevo.',
		yourAccount: 'Tu cuenta',
		yourId: 'Tu documento',
		whatToDo: 'Qué hacer',
		differences: 'Qué es distinto',
		similarity: 'Parecido: {percent} %.',
		mrzTitle: 'Zona de lectura mecánica',
		mrzRead: 'Leída como {format}. Nombre: {primary}, {secondary}.',
		mrzTruncated:
			'El campo del nombre termina con una letra en su última posición: probablemente el nombre se acortó para que cupiera. Las letras que hay se comparan como el principio de tu nombre.',
		checkOk: 'Dígito de control ({field}): correcto.',
		checkBad:
			'Dígito de control ({field}): incorrecto. Vuelve a escribir esa parte con cuidado; si está bien, la zona se leyó mal.',
		mrzAgainstAccount: 'Comparada con el nombre de tu cuenta: {verdict}',
		mrzAgainstId: 'Comparada con el nombre que copiaste de tu documento: {verdict}',
		looksLike: 'se parece a la {letter} latina',
		highlightedLegend: 'Resaltados: los caracteres que son distintos.',
		support:
			'Normalmente los nombres no se pueden cambiar una vez verificada la cuenta. Si lo que hay que corregir está en un nombre que no puedes editar, contacta con soporte e indica cómo está escrito en tu documento.',
		otherKinds: 'Además:',
		verdicts: {
			exact: 'Los nombres coinciden exactamente, carácter por carácter.',
			equivalent: 'Es el mismo nombre, escrito de otra forma. Una comprobación estricta fallaría.',
			partial: 'Falta una parte del nombre o está abreviada. La mayoría de las comprobaciones fallarían.',
			different: 'Parecen nombres distintos. Una comprobación fallaría.',
		},
		verdictAdvice: {
			exact:
				'Aquí no hay nada que cambiar. Si aun así te rechazaron, el motivo probablemente está en otra parte (la foto, la fecha de nacimiento, el tipo de documento).',
			equivalent:
				'Escribe el nombre exactamente como está impreso en tu documento: las mismas letras, el mismo orden, los mismos espacios y guiones. No pongas títulos, y vuelve a escribir el nombre a mano en lugar de pegarlo.',
			partial:
				'Haz que el nombre de la cuenta tenga todos los nombres de tu documento, en el mismo orden y escritos completos (sin iniciales), salvo que el exchange pida solo el nombre y el apellido.',
			different:
				'Primero busca erratas. Si los dos nombres son tuyos pero están escritos de forma distinta, no abras una cuenta nueva: contacta con soporte y pide que corrijan el nombre para que coincida con tu documento.',
		},
		headlines: {
			case: 'Solo cambian las mayúsculas y minúsculas: tu cuenta dice «{account}», tu documento «{document}». La mayoría de las comprobaciones no lo tienen en cuenta; una estricta, sí.',
			spacing: 'Los espacios son distintos: tu cuenta dice «{account}», tu documento «{document}».',
			punctuation: 'La puntuación es distinta: tu cuenta dice «{account}», tu documento «{document}».',
			diacritics: 'Los acentos son distintos: tu cuenta dice «{account}», tu documento «{document}».',
			transliteration:
				'Las letras se pasaron al alfabeto latino de otra forma: tu cuenta dice «{account}», tu documento «{document}».',
			order: 'Los nombres están en otro orden: «{account}» aparece en otro lugar en tu documento («{document}»).',
			width: 'Tu cuenta usa letras de ancho completo o con estilo: «{account}».',
			invisible: 'Hay un carácter invisible escondido en el nombre de tu cuenta.',
			confusable: 'En «{account}» se esconde una letra de otro alfabeto: parece latina, pero no lo es.',
			title: 'Incluye un título: «{text}». Los documentos no llevan títulos.',
			symbol: 'Incluye un símbolo que no puede formar parte de un nombre: «{text}».',
			truncation: 'La zona de lectura mecánica acortó «{account}» a «{document}».',
			missing: 'Tu documento tiene «{document}», que tu cuenta no tiene.',
			extra: 'Tu cuenta tiene «{account}», que tu documento no tiene.',
			initial: 'Una inicial sustituye a un nombre entero: tu cuenta dice «{account}», tu documento «{document}».',
			spelling: 'La ortografía es distinta: tu cuenta dice «{account}», tu documento «{document}».',
			script: 'Los dos nombres están escritos en alfabetos distintos, así que no se pueden comparar letra por letra.',
		},
		invisibleOnId: 'Hay un carácter invisible escondido en el nombre de tu documento.',
		kindAdvice: {
			case: 'Normalmente no pasa nada. Si el exchange te deja editar el nombre, copia las mayúsculas de tu documento.',
			spacing:
				'Deja exactamente un espacio entre los nombres, ninguno al principio ni al final, y une las partes igual que tu documento.',
			punctuation:
				"Copia los guiones y los apóstrofos tal como están en tu documento. Usa un apóstrofo recto (') si el formulario no ofrece otro.",
			diacritics:
				'Escribe los acentos como en tu documento. Si el formulario no los acepta, usa cómo está escrito en la zona de lectura mecánica (las líneas con <<<).',
			transliteration: 'Usa la forma en letras latinas impresa en tu documento, no tu propia conversión.',
			order:
				'La mayoría de las comprobaciones comparan el nombre y el apellido campo por campo. Pon cada nombre en su campo en lugar de cambiar el orden dentro de un solo campo.',
			width: 'Vuelve a escribir el nombre con el teclado en su modo normal (de ancho medio).',
			invisible: 'Borra el nombre y vuelve a escribirlo a mano; no lo pegues desde un chat o un PDF.',
			confusable: 'Cambia el teclado a la distribución latina y vuelve a escribir el nombre.',
			title:
				'No pongas títulos (Sr., Sra., Dr., Dra., Lic., Ing.) salvo que tu documento los imprima como parte de tu nombre.',
			symbol: 'Quita el símbolo o el emoji.',
			truncation:
				'Es normal en los nombres largos y no es un error tuyo: escribe tu nombre completo como está impreso en la parte superior del documento.',
			missing: 'Añade este nombre a la cuenta, en la misma posición que en tu documento.',
			extra: 'Quita este nombre de la cuenta, o comprueba si tu documento lo imprime en otro lugar.',
			initial: 'Escribe el nombre completo, como en tu documento.',
			spelling: 'Corrige la ortografía para que coincida letra por letra con tu documento.',
			script:
				'Escribe el nombre en letras latinas exactamente como lo imprime tu documento; todos los pasaportes llevan una versión de tu nombre en letras latinas.',
		},
		explanations: {
			'older-russian-passport':
				'Así escribían los nombres los pasaportes rusos antiguos (anteriores a 2014); los pasaportes actuales usan la forma de la OACI (ICAO). Si tu cuenta se hizo con un pasaporte antiguo, contacta con soporte en lugar de editar el nombre.',
			'romanisation-variant':
				'Pueden ser dos formas de escribir el mismo nombre en letras latinas (algo habitual en nombres árabes como Mohammed y Muhammad). Las comprobaciones comparan letras, así que usa la forma de tu documento.',
			'comma-form': 'Tu documento escribe primero el apellido, seguido de una coma.',
			particle: 'Es una partícula del nombre (van, de, bin…): en tu documento forma parte del apellido.',
			'trailing-space': 'Sobra un espacio al final.',
			'leading-space': 'Sobra un espacio al principio.',
			'mrz-filler': 'En la zona de lectura mecánica, < equivale a un espacio o a un guion.',
		},
		schemes: {
			icao: 'regla de la OACI (ICAO) para pasaportes',
			'icao-language': 'regla de la OACI (ICAO) para pasaportes en {languages}',
			'older-russian': 'pasaportes rusos antiguos',
			'not-icao': 'una forma habitual, no la regla de la OACI',
			guess: 'una aproximación: la OACI no tiene tabla para este alfabeto',
		},
		scripts: {
			Latin: 'latino',
			Cyrillic: 'cirílico',
			Greek: 'griego',
			Armenian: 'armenio',
			Georgian: 'georgiano',
			Arabic: 'árabe',
			Hebrew: 'hebreo',
			Han: 'chino',
			Hiragana: 'hiragana japonés',
			Katakana: 'katakana japonés',
			Hangul: 'coreano',
			Thai: 'tailandés',
			Devanagari: 'devanagari',
			Other: 'otro alfabeto',
		},
		notes: {
			invisible: 'carácter invisible',
			control: 'carácter de control',
			'odd-space': 'espacio poco habitual',
			'full-width': 'letra de ancho completo',
			styled: 'letra con estilo',
			'foreign-script': 'letra',
			symbol: 'símbolo',
			digit: 'cifra',
		},
		characters: {
			'0009': 'tabulación',
			'000A': 'salto de línea',
			'00A0': 'espacio de no separación',
			'00AD': 'guion suave',
			'034F': 'unión de grafemas combinable',
			'061C': 'marca de letra árabe',
			'200B': 'espacio de ancho cero',
			'200C': 'separador de ancho cero',
			'200D': 'unión de ancho cero',
			'200E': 'marca de izquierda a derecha',
			'200F': 'marca de derecha a izquierda',
			'2009': 'espacio fino',
			'202F': 'espacio fino de no separación',
			'2060': 'unión de palabras',
			'3000': 'espacio ideográfico',
			FEFF: 'marca de orden de bytes',
		},
		problems: {
			'account-empty': 'Escribe el nombre de tu cuenta del exchange.',
			'document-empty': 'Escribe el nombre como está impreso en tu documento.',
			'account-too-long': 'El nombre de la cuenta es muy largo; solo se compararon sus primeros {max} caracteres.',
			'document-too-long': 'El nombre del documento es muy largo; solo se compararon sus primeros {max} caracteres.',
			'account-no-letters': 'El nombre de la cuenta no tiene letras.',
			'document-no-letters': 'El nombre del documento no tiene letras.',
			'right-to-left':
				'Una parte del texto está escrita de derecha a izquierda. Los exchanges comparan la forma de tu nombre en letras latinas, impresa en tu documento.',
		},
		mrzStatus: {
			'wrong-line-count':
				'La zona de lectura mecánica tiene dos líneas en un pasaporte y tres en un documento de identidad. Pégalas todas, una por línea.',
			'wrong-line-length':
				'Cada línea debe tener {td3} caracteres en un pasaporte, {td2} en algunos documentos de identidad y {td1} en la mayoría. Una línea es demasiado corta o demasiado larga: revisa si faltan signos <.',
			'bad-characters':
				'La zona de lectura mecánica solo contiene letras mayúsculas A–Z, cifras y el signo <. Sustituye cualquier otro carácter.',
			unreadable: 'Esto no parece una zona de lectura mecánica que el comprobador conozca.',
		},
		checkDigits: {
			documentNumberCheckDigit: 'número del documento',
			birthDateCheckDigit: 'fecha de nacimiento',
			expirationDateCheckDigit: 'fecha de vencimiento',
			personalNumberCheckDigit: 'número personal',
			compositeCheckDigit: 'la zona entera (compuesto)',
		},
	},

	photo: {
		documentIntro:
			'Comprueba la foto de tu documento antes de subirla. Se analiza en este dispositivo y nunca se envía a ninguna parte.',
		choose: 'Elegir una foto',
		camera: 'Tomar una foto',
		working: 'Comprobando tu foto…',
		score: 'Puntuación: {score} / 100.',
		previewDocument: 'Tu foto. El contorno muestra dónde se encontró el documento; los recuadros marcan los reflejos.',
		privacy: 'Tu foto se queda en este dispositivo.',
		verdicts: {
			good: 'Se ve bien: esta foto debería superar las comprobaciones de calidad habituales.',
			fix: 'Se puede usar, pero conviene corregirla: una comprobación estricta podría rechazarla.',
			retake: 'Toma una foto nueva: es probable que rechacen esta.',
		},
		checks: {
			resolution: 'Resolución',
			sharpness: 'Nitidez',
			glare: 'Reflejos',
			exposure: 'Brillo',
			evenness: 'Luz uniforme',
			framing: 'Encuadre',
			color: 'Color',
		},
		checkOk: {
			resolution: 'Hay suficientes píxeles para leer el texto.',
			sharpness: 'Lo bastante nítida para leerse.',
			glare: 'No se encontraron reflejos en el documento.',
			exposure: 'Ni demasiado oscura ni demasiado clara.',
			evenness: 'La luz es uniforme.',
			framing: 'Las cuatro esquinas están en la imagen, con margen.',
			color: 'Es una foto en color.',
		},
		unsure: {
			badge: 'Justo en el límite',
			margin: 'Margen: justo en el límite. Deja un poco más de espacio alrededor del documento.',
			fill: 'Tamaño: justo en el límite. Acércate un poco, para que el documento ocupe casi toda la imagen.',
			tilt: 'Inclinación: justo en el límite. Sostén el teléfono plano encima del documento.',
		},
		measuredOnCentre:
			'No encontramos los bordes del documento, así que los reflejos y la luz se comprobaron en el centro de la imagen.',
		glareOkCentre: 'No se encontraron reflejos en el centro de la imagen.',
		problems: {
			'image-too-small':
				'La foto es pequeña. Usa la cámara principal del teléfono a resolución completa y envía el archivo original, no una captura de pantalla ni una copia de una aplicación de chat.',
			'document-low-dpi':
				'El documento sale pequeño en la foto, así que su texto tiene pocos píxeles. Acerca la cámara hasta que el documento ocupe casi toda la imagen.',
			soft: 'La foto está un poco borrosa. Sostén el teléfono con las dos manos, toca el documento en la pantalla para enfocar y espera un momento antes de tomar la foto.',
			blurry:
				'La foto está borrosa. Apoya los codos en la mesa, toca el documento para enfocarlo y toma la foto con buena luz para que la cámara no necesite una exposición lenta.',
			'no-detail':
				'La foto casi no tiene detalle. Asegúrate de que el documento esté en la imagen y de que la lente no esté tapada.',
			glare: 'La luz se refleja en el documento. Inclínalo un poco, aléjate de lámparas y ventanas y apaga el flash.',
			'too-dark':
				'La foto está demasiado oscura. Ve a un lugar con más luz, cerca de una ventana de día si puedes, sin sol directo sobre el documento.',
			'too-bright':
				'La foto está demasiado clara. Apártate de la luz directa o toca el documento en la pantalla para que la cámara se ajuste.',
			'clipped-shadows':
				'Hay partes de la foto totalmente negras. Añade luz, o evita un fondo muy oscuro junto a un documento claro.',
			'clipped-highlights':
				'Hay partes de la foto quemadas, totalmente blancas, y se pierden detalles. Evita la luz directa y toca el documento en la pantalla para ajustar la exposición.',
			'low-contrast':
				'La foto se ve desvaída. Evita que la luz entre directamente en la lente y limpia la lente de la cámara.',
			'uneven-light':
				'Una sombra o una luz desigual cae sobre la foto. Colócate de modo que la luz llegue por igual, y evita que tu mano o el teléfono hagan sombra.',
			'document-not-found':
				'No encontramos los bordes de tu documento, así que no podemos valorar el encuadre, el tamaño ni la inclinación. Ponlo sobre una superficie lisa de un color distinto al del documento, para que se distingan los cuatro bordes.',
			'fills-frame':
				'El documento ocupa toda la imagen, así que no se ven sus bordes. Deja un pequeño margen alrededor: muchas comprobaciones quieren ver las cuatro esquinas.',
			'cut-off':
				'Una parte del documento queda fuera de la imagen. Aleja la cámara hasta que se vean las cuatro esquinas.',
			'near-edge': 'El documento toca el borde de la imagen. Deja un pequeño margen en cada lado.',
			'too-small-in-frame':
				'El documento sale pequeño en la imagen. Acércate para que ocupe casi todo el encuadre, con un pequeño margen.',
			tilted: 'El documento está fotografiado en ángulo. Sostén el teléfono plano encima de él, paralelo al documento.',
			grayscale:
				'Parece una foto en blanco y negro o una fotocopia. La mayoría de las comprobaciones las rechazan: fotografía el documento original en color.',
			'low-color':
				'La foto tiene muy poco color. Asegúrate de que sea una foto en color del documento original, no de una copia, y desactiva cualquier filtro.',
		},
		fileProblems: {
			'empty-file': 'Este archivo está vacío (0 bytes). Vuelve a elegir la foto o toma una nueva.',
			'file-too-large':
				'Este archivo pesa más de {megabytes} MB, demasiado para comprobarlo aquí. Toma la foto con los ajustes normales de la cámara del teléfono, o exporta una copia en JPEG.',
			'not-an-image':
				'Este archivo no es una foto que este comprobador pueda leer. Elige una foto JPEG, PNG, WebP o HEIC (un PDF o un documento de texto no sirven).',
			'too-many-pixels':
				'Esta imagen tiene demasiados píxeles para comprobarla en este dispositivo. Exporta una copia JPEG más pequeña (por ejemplo, de {pixels} píxeles de ancho).',
			'heic-not-supported':
				'Este navegador no puede abrir fotos HEIC (el formato habitual del iPhone). Abre esta página en el propio iPhone, en Safari, que sí puede. O consigue un JPEG: en el iPhone, abre Ajustes > Cámara > Formatos, elige «Más compatible» y vuelve a tomar la foto; para copiar fotos a una computadora en JPEG, abre Ajustes > Fotos y, en «Transferir a Mac o PC», elige «Automático».',
			'cannot-decode':
				'Esta foto no se pudo abrir: puede que el archivo esté dañado o que solo se haya descargado en parte. Vuelve a copiarla a tu dispositivo o toma una foto nueva.',
			'analysis-failed': 'Algo salió mal al comprobar esta foto. Inténtalo de nuevo o prueba con otra foto.',
		},
	},

	selfie: {
		intro:
			'Comprueba una selfie antes de la verificación facial: ¿se encuentra tu cara, está centrada, es lo bastante grande y tiene buena luz? Se analiza en este dispositivo y nunca se envía a ninguna parte.',
		choose: 'Elegir una selfie',
		camera: 'Hacerme una selfie',
		working: 'Buscando tu cara…',
		loading: 'Buscando tu cara… (la primera comprobación tarda unos segundos mientras se carga el detector de caras)',
		preview: 'Tu selfie. Un recuadro verde marca la cara que se encontró.',
		previewMany: 'Tu selfie. Los recuadros marcan cada cara que se encontró.',
		otherChecks: 'Las demás comprobaciones necesitan exactamente una cara.',
		limits:
			'Lo que esto no comprueba: si tienes los ojos abiertos o tapados, gafas, sombrero o mascarilla, ni si la imagen es una foto tuya tomada en vivo. Eso lo comprueban los propios exchanges (rechazan una foto de una pantalla, una foto impresa o un video); esta página no puede saberlo, así que usa siempre tu propia cámara, en vivo.',
		privacy: 'Tu selfie se queda en este dispositivo.',
		verdicts: {
			pass: 'Se ve bien: una verificación facial debería aceptar esta selfie.',
			warn: 'Se puede usar, pero conviene corregirla: una verificación facial estricta podría rechazarla.',
			fail: 'Hazte una selfie nueva: es probable que rechacen esta.',
		},
		checks: {
			face: 'Cara',
			'face-size': 'Distancia',
			'face-position': 'Posición',
			'head-pose': 'Cabeza recta',
			backlight: 'Contraluz',
			evenness: 'Luz uniforme',
			exposure: 'Brillo',
			sharpness: 'Nitidez',
		},
		checkOk: {
			face: 'Se encontró una cara.',
			'face-size': 'Tu cara tiene un buen tamaño en la imagen.',
			'face-position': 'Tu cara está cerca del centro.',
			'head-pose': 'Miras de frente a la cámara.',
			backlight: 'Tu cara no está más oscura que el fondo.',
			evenness: 'Los dos lados de tu cara tienen la misma luz.',
			exposure: 'Tu cara no está ni demasiado oscura ni demasiado clara.',
			sharpness: 'Tu cara se ve nítida.',
		},
		problems: {
			'no-face':
				'No se detecta la cara. Sostén el teléfono a la altura de los ojos, con toda la cara en la imagen, descubierta e iluminada de frente.',
			'several-faces':
				'Se encontraron varias caras. Solo una persona: ve a un lugar donde no haya nadie más en la imagen.',
			'face-too-small':
				'Acércate. Tu cara sale pequeña en la imagen: sostén el teléfono más cerca, a un brazo de distancia. (La foto de tu documento de identidad va en el comprobador de fotos, no aquí).',
			'face-too-close': 'Aléjate. Tu cara llena la imagen: sostén el teléfono un poco más lejos.',
			'face-cut-off': 'Mantén toda la cara en la imagen. Una parte queda fuera del encuadre.',
			'face-off-centre': 'Centra tu cara. Mueve el teléfono para que tu cara quede en el centro de la imagen.',
			'head-tilted': 'Mantén la cabeza recta. Los ojos, a la altura de la cámara.',
			'head-turned': 'Mira de frente a la cámara. Tienes la cabeza girada hacia un lado.',
			backlit:
				'Busca un lugar con menos luz detrás de ti. La luz está a tu espalda y tu cara sale oscura: ponte de frente a una ventana o a una lámpara.',
			'uneven-light': 'Un lado de tu cara está en sombra. Gírate para que la luz te dé en la cara por igual.',
			'face-too-dark': 'Busca un lugar con más luz. Tu cara está demasiado oscura.',
			'face-too-bright': 'Busca un lugar con menos luz. Tu cara está demasiado clara y se pierden detalles.',
			'face-blurry': 'No te muevas. Tu cara sale borrosa: mantén el teléfono firme y limpia la lente de la cámara.',
			'face-soft':
				'No te muevas. Tu cara sale un poco borrosa: mantén el teléfono firme y hazte la selfie con buena luz.',
		},
		errors: {
			'empty-file': 'Este archivo está vacío (0 bytes). Vuelve a elegir la selfie o hazte una nueva.',
			'file-too-large':
				'Este archivo pesa más de {megabytes} MB, demasiado para comprobarlo aquí. Hazte la selfie con los ajustes normales de la cámara del teléfono.',
			'not-an-image':
				'Este archivo no es una imagen que este comprobador pueda leer. Elige una foto JPEG, PNG o WebP (un PDF o un documento de texto no sirven).',
			'too-many-pixels':
				'Esta imagen tiene demasiados píxeles para comprobarla en este dispositivo. Exporta una copia JPEG más pequeña.',
			'heic-not-supported':
				'Este navegador no puede abrir fotos HEIC (el formato habitual del iPhone). Abre esta página en el propio iPhone, en Safari, o elige «Más compatible» en Ajustes > Cámara > Formatos y vuelve a hacerte la selfie.',
			'cannot-decode':
				'Esta imagen no se pudo abrir: puede que el archivo esté dañado o que solo se haya descargado en parte. Hazte una selfie nueva o vuelve a copiarla a tu dispositivo.',
			'selfie-too-small':
				'Esta imagen es demasiado pequeña para encontrar una cara (menos de {pixels} píxeles por lado). Usa la cámara del teléfono a tamaño completo, no una miniatura ni una captura de pantalla.',
			'detector-failed': 'No se pudo cargar el detector de caras. Recarga la página e inténtalo de nuevo.',
			'analysis-failed': 'Algo salió mal al comprobar esta imagen. Inténtalo de nuevo o prueba con otra imagen.',
		},
	},

	ready: {
		nameLabel: 'Nombre completo en tu cuenta del exchange',
		birthLabel: 'Fecha de nacimiento en tu cuenta',
		countryLabel: 'País de residencia en tu cuenta',
		countryHint: 'Escribe el nombre del país y elígelo de la lista.',
		countryNames: 'Documento emitido por: {issuer}. País de residencia: {residence}.',
		frontLabel: 'Foto de la página de tu pasaporte o del frente de tu documento de identidad',
		backLabel: 'Reverso de tu documento de identidad (donde suele estar su MRZ), si lo tienes',
		choose: 'Elegir una foto',
		reading: 'Leyendo la foto…',
		mrzAsRead: 'La MRZ tal como se leyó',
		mrzAria: 'Zona de lectura mecánica tal como se leyó',
		doubtful: 'dudoso',
		fixLabel: 'Si un carácter es distinto del de tu documento, corrígelo aquí:',
		reportAria: 'Tu informe antes de enviar',
		status: {
			pass: 'Parece correcto',
			warn: 'Revisa esto',
			fail: 'Probablemente fallará',
			todo: 'En espera',
			note: 'Nota',
		},
		items: {
			photo: 'Calidad de la foto',
			mrz: 'Zona de lectura mecánica (MRZ)',
			name: 'Nombre',
			birth: 'Fecha de nacimiento',
			validity: 'Vigencia del documento',
			age: 'Edad',
			country: 'País de emisión y país de residencia',
		},
		codes: {
			'no-photo': 'Elige una foto de tu pasaporte, o del reverso de tu documento de identidad, para leer su MRZ.',
			'not-found':
				'No se encontró ninguna MRZ. Muchas licencias de conducir y el frente de muchos documentos de identidad no la tienen: elige el reverso de la tarjeta, o escribe tus datos a mano en los comprobadores de nombres y de fechas.',
			uncertain:
				'Se leyó la MRZ, pero algunos caracteres son dudosos (marcados abajo). Compáralos con tu documento y corrígelos.',
			read: 'Se leyó la MRZ y todos los dígitos de control son correctos.',
			'no-account-name': 'Escribe tu nombre completo como aparece en tu cuenta del exchange.',
			'no-account-birth': 'Escribe tu fecha de nacimiento como aparece en tu cuenta del exchange.',
			'no-account-country': 'Escribe tu país de residencia como aparece en tu cuenta del exchange.',
			'no-document': 'Esperando la MRZ del documento.',
			'photo-none': 'Elige una foto de tu documento para comprobar su calidad.',
			'photo-good': 'La foto debería superar las comprobaciones de calidad habituales.',
			'photo-fix': 'La foto se puede usar, pero una comprobación estricta podría rechazarla:',
			'photo-retake': 'Toma una foto nueva: es probable que rechacen esta:',
			'photo-cannot-open': 'La foto no se pudo abrir, así que no se pudo comprobar su calidad.',
			unreadable: 'No se pudo leer el nombre de la MRZ.',
			exact: 'El nombre de la cuenta coincide con el del documento.',
			equivalent: 'El nombre de la cuenta es el mismo nombre, tal como lo escribe el documento.',
			partial: 'Los nombres comparten partes pero son distintos: una comprobación estricta podría rechazarlo.',
			different: 'El nombre de la cuenta es distinto del del documento.',
			'birth-same': 'Las fechas de nacimiento coinciden.',
			'birth-same-if-reordered':
				'Las fechas solo coinciden si se intercambian el día y el mes: revisa el orden en que lo escribiste.',
			'birth-different': 'La fecha de nacimiento de tu cuenta es distinta de la del documento.',
			'birth-unreadable':
				'La fecha de nacimiento que escribiste no se pudo leer como fecha. Escríbela como aparece en tu cuenta.',
			valid: 'El documento está vigente.',
			expired: 'El documento está vencido: la verificación será rechazada.',
			'expires-soon': {
				one: 'El documento vence dentro de {count} día.',
				many: 'El documento vence dentro de {count} días.',
				other: 'El documento vence dentro de {count} días.',
			},
			adult: {
				one: 'Tienes la edad necesaria ({count} año o más).',
				many: 'Tienes la edad necesaria ({count} años o más).',
				other: 'Tienes la edad necesaria ({count} años o más).',
			},
			'under-age': {
				one: 'Según esta fecha de nacimiento, tienes menos de {count} año.',
				many: 'Según esta fecha de nacimiento, tienes menos de {count} años.',
				other: 'Según esta fecha de nacimiento, tienes menos de {count} años.',
			},
			'future-birth': 'La fecha de nacimiento está en el futuro: se leyó o se escribió mal.',
			'same-country': 'El documento lo emitió tu país de residencia.',
			'other-country':
				'El documento lo emitió un país distinto de aquel en el que vives. Eso está permitido en la mayoría de los exchanges (la residencia y la nacionalidad pueden ser distintas), pero cuando te pregunten qué documento tienes, elige el país de emisión.',
			'unknown-country': 'Elige tu país de residencia de la lista, o escribe su nombre completo.',
		},
		mrzStates: {
			read: 'Foto leída: el informe de abajo usa su MRZ.',
			uncertain: 'Foto leída, con caracteres dudosos: revisa la MRZ de abajo.',
			'not-found': 'No se encontró ninguna MRZ en esta foto.',
		},
		readErrors: {
			'cannot-decode': 'Este archivo no se pudo abrir como foto. Elige una imagen JPEG, PNG o WebP.',
			'engine-failed': 'El lector no pudo arrancar. Recarga la página e inténtalo de nuevo.',
		},
	},
};

import type { SiteMessages } from './en';

/**
 * The site's interface words in Spanish (neutral international Spanish, "tú"). Terms follow the
 * Spanish glossary (src/i18n/glossary/es.ts); category names match the titles of the Spanish
 * overview pages.
 */
export const messages: SiteMessages = {
	site: {
		title: 'KYC Fix Guide',
	},
	sidebar: {
		startHere: 'Empieza aquí',
		home: 'Inicio',
		beforeYouStart: 'Antes de empezar',
		staySafe: 'Protégete de las estafas',
		checkers: 'Comprobadores',
	},
	categories: {
		'document-quality': {
			label: 'Calidad del documento',
			summary: 'La foto de tu documento salió borrosa, con reflejos, cortada, demasiado pequeña o con mala luz.',
		},
		'information-mismatch': {
			label: 'Datos que no coinciden',
			summary:
				'Tu nombre, tu fecha de nacimiento o tu país no coinciden con tu documento, o el documento está vencido.',
		},
		'facial-verification': {
			label: 'Verificación facial',
			summary:
				'Falló la selfie o la prueba de vida: la luz, las gafas o el sombrero, la posición de la cámara, el movimiento.',
		},
		'technical-issues': {
			label: 'Problemas técnicos',
			summary:
				'Falló la subida o la cámara: el navegador, la versión de la aplicación, la red o una sesión que caducó.',
		},
		'after-repeated-failures': {
			label: 'Después de varios rechazos',
			summary:
				'Te rechazaron más de una vez: entiende el motivo, prepárate, contacta con soporte, cambia de documento.',
		},
		'account-and-eligibility': {
			label: 'Cuenta y requisitos',
			summary:
				'Comprobante de domicilio, un documento ya en uso, datos confirmados por error, una revisión larga, la edad o la región, un rechazo definitivo.',
		},
	},
	footer: {
		notice:
			'Esta es una guía independiente. No tiene relación con Binance ni con ningún otro exchange o proveedor de verificación, no cuenta con su respaldo y no la gestionan ellos. Nadie de este sitio te contactará nunca, ni te pedirá tus documentos ni dinero. Antes de aceptar ayuda de nadie, lee {link}.',
		staySafeLink: 'Protégete de las estafas de KYC',
	},
	article: {
		inShort: 'En resumen:',
		symptomsHeading: 'Puede que hayas visto',
		checkerPrintNote: 'Esta página tiene un comprobador interactivo. Úsalo en internet en {url}',
	},
	searchForm: {
		label: 'Escribe o pega el mensaje que viste',
		placeholder: 'p. ej., The image is blurry',
		button: 'Buscar',
	},
	searchPage: {
		title: 'Buscar en la guía',
		description:
			'Busca en KYC Fix Guide con las palabras de tu mensaje de rechazo, con tus propias palabras o aunque las escribas mal.',
		label: '¿Qué decía el rechazo o qué salió mal?',
		placeholder: 'p. ej., reflejo en el documento, el nombre no coincide',
		category: 'Categoría',
		allCategories: 'Todas las categorías',
		emptyIntro: 'Empieza mejor por el tipo de problema:',
		beforeYouStart: '{link}: la lista de comprobación para tu próximo intento.',
		beforeYouStartLink: 'Antes de empezar',
		noScript: 'La búsqueda necesita JavaScript. Mientras tanto, explora las categorías del menú.',
		prompt: 'Escribe las palabras de tu mensaje de rechazo o describe qué salió mal.',
		searching: 'Buscando…',
		correction: 'Resultados de {corrected} (escribiste «{typed}»).',
		noResults: 'Ninguna página coincide con «{query}».',
		noResultsInCategory: 'Ninguna página coincide con «{query}» en {category}.',
		results: {
			one: '{count} página coincide.',
			many: '{count} páginas coinciden.',
			other: '{count} páginas coinciden.',
		},
		resultsInCategory: {
			one: '{count} página coincide en {category}.',
			many: '{count} páginas coinciden en {category}.',
			other: '{count} páginas coinciden en {category}.',
		},
		resultsReduced: {
			one: '{count} página coincide con las palabras principales de tu mensaje.',
			many: '{count} páginas coinciden con las palabras principales de tu mensaje.',
			other: '{count} páginas coinciden con las palabras principales de tu mensaje.',
		},
		resultsReducedInCategory: {
			one: '{count} página coincide con las palabras principales de tu mensaje en {category}.',
			many: '{count} páginas coinciden con las palabras principales de tu mensaje en {category}.',
			other: '{count} páginas coinciden con las palabras principales de tu mensaje en {category}.',
		},
		loadError: 'No se pudo cargar la búsqueda. Recarga la página o explora las categorías de abajo.',
	},
	searchDialog: {
		correction: 'Resultados de {corrected}.',
		seeAll: 'Ver todos los resultados en la página de búsqueda',
	},
	openSearch: {
		description: 'Por qué falla la verificación de identidad (KYC) y cómo solucionarlo',
	},
	offline: {
		title: 'Estás sin conexión.',
		stored: 'Esta guía, su buscador y los comprobadores siguen funcionando: funcionan en tu dispositivo.',
		notStored:
			'Lo que esta página ya cargó sigue funcionando en tu dispositivo; puede que otras páginas no se abran hasta que vuelvas a tener conexión.',
	},
	figures: {
		labels: { right: 'Bien', wrong: 'Mal', single: 'Una buena foto' },
		examples: {
			'good-document': {
				caption:
					'Una buena foto del documento: la tarjeta entera con un poco de mesa alrededor, ocupando casi todo el encuadre, nítida, plana y con luz uniforme, sin reflejos. (Una tarjeta inventada).',
				rightAlt:
					'Foto de un documento de identidad plano sobre una mesa oscura y lisa. La tarjeta entera sale en la imagen con una franja fina de mesa alrededor, ocupa casi toda la foto, está nítida y la luz es uniforme, sin ninguna mancha brillante.',
			},
			blur: {
				caption:
					'Bien: nítida, se puede leer el texto más pequeño. Mal: la misma tarjeta desenfocada; el texto pequeño se pierde, y el comprobador de fotos dice que esta foto está borrosa.',
				rightAlt:
					'Un documento de identidad fotografiado nítido: cada letra del nombre y de las fechas tiene bordes definidos.',
				wrongAlt:
					'El mismo documento de identidad desenfocado: las letras se ven difusas y corridas, y el texto pequeño no se puede leer.',
			},
			glare: {
				caption:
					'Bien: se ve cada carácter de las líneas de código. Mal: una lámpara reflejada en el plástico deja una mancha blanca sobre las líneas de código, y los caracteres de debajo desaparecen.',
				rightAlt:
					'El reverso de un documento de identidad con sus tres líneas de código de lectura mecánica, con luz uniforme y cada carácter legible.',
				wrongAlt:
					'La misma tarjeta con una mancha blanca del reflejo de una lámpara sobre las líneas de código: los caracteres de debajo desaparecen.',
			},
			'cut-off': {
				caption:
					'Bien: las cuatro esquinas, con un pequeño margen de mesa alrededor de la tarjeta. Mal: el borde derecho y sus esquinas quedan cortados, así que la tarjeta no se puede comprobar entera.',
				rightAlt: 'Un documento de identidad con las cuatro esquinas en la foto y una franja fina de mesa a cada lado.',
				wrongAlt:
					'La misma tarjeta desplazada hacia un lado: su borde derecho y las dos esquinas de la derecha quedan fuera de la foto.',
			},
			'too-far': {
				caption:
					'Bien: la página de datos del pasaporte ocupa casi todo el encuadre, así que su texto tiene suficientes píxeles. Mal: tomada desde demasiado lejos, la página es una mancha pequeña y su texto tiene muy pocos píxeles para leerse.',
				rightAlt:
					'La página de datos de un pasaporte ocupando casi toda la foto, con un margen fino de mesa: las dos líneas de código de la parte inferior se ven lo bastante grandes para leerlas.',
				wrongAlt:
					'La misma página del pasaporte fotografiada desde demasiado lejos: es una mancha pequeña en el centro de la mesa y su texto es demasiado pequeño para leerlo.',
			},
			shadow: {
				caption:
					'Bien: luz uniforme sobre toda la tarjeta. Mal: la sombra del teléfono cae sobre la parte izquierda de la tarjeta y oculta los detalles de la foto de la persona.',
				rightAlt: 'Un documento de identidad iluminado por igual de esquina a esquina.',
				wrongAlt:
					'La misma tarjeta con una sombra oscura, como la de un teléfono o una mano, sobre su parte izquierda, encima de la foto de la persona.',
			},
			backlit: {
				caption:
					'Bien: la luz delante de ti y una pared lisa detrás. Mal: una ventana luminosa detrás de ti; la cámara se ajusta a la ventana y tu cara queda oscura.',
				rightAlt:
					'Una selfie dibujada: una mujer de frente a la cámara delante de una pared lisa, con la cara bien iluminada por igual y claramente visible.',
				wrongAlt: 'La misma mujer con una ventana luminosa detrás: su cara está oscura y cuesta ver sus detalles.',
			},
			'too-close': {
				caption:
					'Bien: el teléfono a un brazo de distancia, así que caben la cabeza entera y la parte de arriba de los hombros. Mal: demasiado cerca; la cara se sale de la imagen y se ve deformada.',
				rightAlt:
					'Una selfie dibujada con la cabeza entera y la parte de arriba de los hombros en la imagen, y la cara en el centro.',
				wrongAlt:
					'La misma cara con el teléfono demasiado cerca: la cara llena toda la imagen, y la parte de arriba de la cabeza y las orejas quedan cortadas.',
			},
			sunglasses: {
				caption:
					'Bien: nada sobre la cara, se ven los dos ojos. Mal: las gafas de sol ocultan los ojos, que la comparación de la cara necesita. Quítate las gafas, el sombrero y la mascarilla.',
				rightAlt: 'Una selfie dibujada de una mujer sin nada sobre la cara: se ven claramente los dos ojos.',
				wrongAlt: 'La misma mujer con gafas de sol oscuras que le ocultan los ojos.',
			},
			moving: {
				caption:
					'Bien: el teléfono y la cabeza quietos. Mal: hubo movimiento durante la toma; la cara sale corrida hacia un lado y la comprobación no puede compararla.',
				rightAlt: 'Una selfie dibujada tomada sin moverse: el contorno de la cara y los ojos se ven nítidos.',
				wrongAlt: 'La misma selfie tomada en movimiento: la cara sale corrida hacia un lado y los ojos se ven dobles.',
			},
		},
	},
	diagrams: {
		mrz: {
			label:
				'Dónde está la zona de lectura mecánica. En la página de datos del pasaporte son dos líneas de 44 caracteres a lo largo de la parte inferior de la página. En un documento de identidad son tres líneas de 30 caracteres, normalmente en el reverso de la tarjeta, a lo largo de la parte inferior.',
			caption:
				'La zona de lectura mecánica (MRZ) es el bloque de líneas de código con los signos <. Que salga entera en la foto, nítida y sin reflejos.',
			passport: 'Página de datos del pasaporte',
			card: 'Documento de identidad, reverso',
			photo: 'Foto',
			mrz2: 'MRZ: 2 líneas × 44',
			mrz3: 'MRZ: 3 líneas × 30',
		},
		parallel: {
			label:
				'Visto de lado: bien, el teléfono se sostiene plano encima del documento, paralelo a él, así que todas las partes están a la misma distancia de la cámara. Mal, el teléfono está inclinado, así que un extremo del documento está más cerca que el otro y el documento parece un trapecio.',
			caption: 'Sostén el teléfono plano encima del documento, paralelo a él, no inclinado.',
			good: 'Bien: paralelo',
			bad: 'Mal: inclinado',
			phone: 'Teléfono',
			document: 'Documento',
		},
		light: {
			label:
				'De dónde debe venir la luz. Bien: la luz de día de una ventana lateral cae inclinada sobre el documento, y su reflejo se aleja de la cámara. Mal: una lámpara justo encima del documento se refleja directamente hacia la cámara y deja un reflejo.',
			caption:
				'La luz lateral (de una ventana) se refleja lejos de la cámara. Una lámpara justo encima se refleja en ella como una mancha blanca.',
			good: 'Bien: de lado',
			bad: 'Mal: justo encima',
			window: 'Ventana',
			lamp: 'Lámpara',
			reflection: 'Luz reflejada',
			glare: 'Reflejo',
		},
		margin: {
			label:
				'El documento dentro del marco de la cámara: las cuatro esquinas a la vista, un pequeño margen de mesa en cada lado y el documento ocupando casi todo el encuadre.',
			caption: 'Las cuatro esquinas dentro del encuadre, con un pequeño margen de mesa en cada lado.',
			frame: 'Marco de la cámara',
			margin: 'Margen pequeño',
			corner: 'Las 4 esquinas',
		},
		face: {
			label:
				'La cara dentro del marco para una selfie: la cabeza entera, desde lo alto del pelo hasta la barbilla, dentro del óvalo, la cara en el centro, mirando de frente a la cámara, la parte de arriba de los hombros a la vista y un fondo liso.',
			caption:
				'Toda tu cara dentro del óvalo, los ojos a la misma altura, mirando a la cámara, los hombros apenas visibles.',
			head: 'Lo alto de la cabeza dentro',
			chin: 'La barbilla dentro',
			eyes: 'Ojos a la misma altura, mirando a la lente',
			plain: 'Fondo liso',
		},
	},
};

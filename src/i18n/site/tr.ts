import type { SiteMessages } from './en';

/** The site's own words in Turkish (the reader is addressed as "siz"). Translated from en.ts; see its header for the rules. */
export const messages: SiteMessages = {
	site: {
		title: 'KYC Fix Guide',
	},
	sidebar: {
		startHere: 'Buradan başlayın',
		home: 'Ana sayfa',
		beforeYouStart: 'Başlamadan önce',
		staySafe: 'Güvende kalın',
		checkers: 'Kontrol araçları',
	},
	categories: {
		'document-quality': {
			label: 'Belge kalitesi',
			summary: 'Kimliğinizin fotoğrafı bulanıktı, parlama vardı, kesik, çok küçük ya da kötü aydınlatılmıştı.',
		},
		'information-mismatch': {
			label: 'Bilgi uyuşmazlığı',
			summary: 'Adınız, doğum tarihiniz veya ülkeniz kimliğinizden farklı ya da kimliğin süresi dolmuş.',
		},
		'facial-verification': {
			label: 'Yüz doğrulama',
			summary: 'Selfie veya canlılık kontrolü başarısız oldu: ışık, gözlük veya şapka, kameranın konumu, hareket.',
		},
		'technical-issues': {
			label: 'Teknik sorunlar',
			summary: 'Yükleme veya kamera adımı yarıda kaldı: tarayıcı, uygulama sürümü, ağ ya da oturum zaman aşımı.',
		},
		'after-repeated-failures': {
			label: 'Tekrarlanan başarısızlıklardan sonra',
			summary:
				'Birden fazla kez reddedildiniz: nedeni okuyun, hazırlanın, destekle iletişime geçin, belgeyi değiştirin.',
		},
		'account-and-eligibility': {
			label: 'Hesap ve uygunluk',
			summary:
				'Adres kanıtı, zaten kullanılmış bir kimlik, yanlış onaylanan bilgiler, uzun bir inceleme, yaş veya bölge, kesin bir ret.',
		},
	},
	footer: {
		notice:
			'Bu bağımsız bir rehberdir. Binance ile ya da başka herhangi bir borsa veya doğrulama sağlayıcısıyla bağlantılı değildir, onlar tarafından onaylanmamıştır ve yönetilmez. Bu siteden hiç kimse sizinle asla iletişime geçmez, belgelerinizi veya ödeme istemez. Birinden yardım kabul etmeden önce {link} sayfasını okuyun.',
		staySafeLink: 'KYC dolandırıcılığından korunun',
	},
	article: {
		inShort: 'Kısaca:',
		symptomsHeading: 'Görmüş olabileceğiniz mesajlar',
		checkerPrintNote: 'Bu sayfada etkileşimli bir kontrol aracı var. Çevrim içi olarak şu adreste kullanın: {url}',
	},
	searchForm: {
		label: 'Gördüğünüz mesajı yazın veya yapıştırın',
		placeholder: 'ör. The image is blurry',
		button: 'Ara',
	},
	searchPage: {
		title: 'Rehberde arayın',
		description:
			'KYC Fix Guide içinde ret mesajınızın sözcükleriyle, kendi sözcüklerinizle ya da yanlış yazılmış bir sözcükle arama yapın.',
		label: 'Ret mesajında ne yazıyordu ya da ne ters gitti?',
		placeholder: 'ör. glare detected, ad soyad uyuşmuyor',
		category: 'Kategori',
		allCategories: 'Tüm kategoriler',
		emptyIntro: 'Bunun yerine sorunun türünden başlayın:',
		beforeYouStart: '{link}: bir sonraki denemeniz için kontrol listesi.',
		beforeYouStartLink: 'Başlamadan önce',
		noScript: 'Arama için JavaScript gerekir. Bunun yerine menüdeki kategorilere göz atın.',
		prompt: 'Ret mesajınızın sözcüklerini yazın ya da neyin ters gittiğini anlatın.',
		searching: 'Aranıyor…',
		correction: '{corrected} için sonuçlar gösteriliyor (“{typed}” yazdınız).',
		noResults: '“{query}” ile eşleşen sayfa yok.',
		noResultsInCategory: '{category} içinde “{query}” ile eşleşen sayfa yok.',
		results: { one: '{count} sayfa eşleşiyor.', other: '{count} sayfa eşleşiyor.' },
		resultsInCategory: {
			one: '{category} içinde {count} sayfa eşleşiyor.',
			other: '{category} içinde {count} sayfa eşleşiyor.',
		},
		resultsReduced: {
			one: 'Mesajınızın ana sözcükleriyle {count} sayfa eşleşiyor.',
			other: 'Mesajınızın ana sözcükleriyle {count} sayfa eşleşiyor.',
		},
		resultsReducedInCategory: {
			one: '{category} içinde mesajınızın ana sözcükleriyle {count} sayfa eşleşiyor.',
			other: '{category} içinde mesajınızın ana sözcükleriyle {count} sayfa eşleşiyor.',
		},
		loadError: 'Arama yüklenemedi. Sayfayı yeniden yükleyin ya da aşağıdaki kategorilere göz atın.',
	},
	searchDialog: {
		correction: '{corrected} için sonuçlar gösteriliyor.',
		seeAll: 'Tüm sonuçları arama sayfasında görün',
	},
	openSearch: {
		description: 'Kimlik doğrulama (KYC) neden başarısız olur ve nasıl düzeltilir?',
	},
	offline: {
		title: 'Çevrim dışısınız.',
		stored: 'Bu rehber, araması ve kontrol araçları çalışmaya devam eder: Cihazınızda çalışırlar.',
		notStored:
			'Bu sayfanın yüklediği şeyler cihazınızda çalışmaya devam eder; diğer sayfalar siz yeniden çevrim içi olana kadar açılmayabilir.',
	},
	figures: {
		labels: { right: 'İyi', wrong: 'Kötü', single: 'İyi bir fotoğraf' },
		examples: {
			'good-document': {
				caption:
					'İyi bir belge fotoğrafı: Kartın tamamı, çevresinde biraz masayla; kadrajın büyük kısmını kaplıyor, net, düz ve eşit aydınlatılmış, parlama yok. (Uydurma bir kart.)',
				rightAlt:
					'Koyu renkli, desensiz bir masada düz yatan bir kimlik kartının fotoğrafı. Kartın tamamı, çevresinde ince bir masa şeridiyle görüntüde; fotoğrafın büyük kısmını kaplıyor, net ve ışık eşit, parlak bir leke yok.',
			},
			blur: {
				caption:
					'İyi: net, en küçük yazıyı okuyabiliyorsunuz. Kötü: aynı kart odak dışında; küçük yazılar kaybolmuş ve fotoğraf kontrol aracı bu fotoğrafa bulanık diyor.',
				rightAlt: 'Net çekilmiş bir kimlik kartı: Addaki ve tarihlerdeki her harfin kenarları keskin.',
				wrongAlt: 'Aynı kimlik kartı odak dışında: Harfler silik ve dağılmış, küçük yazılar okunamıyor.',
			},
			glare: {
				caption:
					'İyi: Kod satırlarının her karakteri görünüyor. Kötü: Plastiğe yansıyan bir lamba kod satırlarının üstünde beyaz bir leke bırakıyor ve altındaki karakterler kayboluyor.',
				rightAlt:
					'Üç satırlık makinede okunabilir koduyla bir kimlik kartının arka yüzü; eşit aydınlatılmış, her karakter okunabiliyor.',
				wrongAlt:
					'Aynı kart, kod satırlarının üstünde bir lambadan gelen beyaz bir parlama lekesiyle: Lekenin altındaki karakterler kaybolmuş.',
			},
			'cut-off': {
				caption:
					'İyi: Dört köşe de görünüyor, kartın çevresinde küçük bir masa boşluğu var. Kötü: Sağ kenar ve köşeleri kesik; bu yüzden kart bir bütün olarak kontrol edilemiyor.',
				rightAlt: 'Dört köşesi de fotoğrafta olan ve her yanında ince bir masa şeridi görünen bir kimlik kartı.',
				wrongAlt: 'Aynı kart bir yana kaymış: Sağ kenarı ve sağdaki iki köşesi fotoğrafın dışında.',
			},
			'too-far': {
				caption:
					'İyi: Pasaport sayfası kadrajın büyük kısmını kaplıyor, bu yüzden yazılarında yeterince piksel var. Kötü: Çok uzaktan çekilmiş; sayfa küçük bir parça ve yazılarında okunacak kadar piksel yok.',
				rightAlt:
					'Fotoğrafın büyük kısmını kaplayan, çevresinde ince bir masa boşluğu olan bir pasaport bilgi sayfası: Alttaki iki kod satırı okunacak kadar büyük.',
				wrongAlt:
					'Aynı pasaport sayfası çok uzaktan çekilmiş: Masanın ortasında küçük bir parça ve yazıları okunamayacak kadar küçük.',
			},
			shadow: {
				caption:
					'İyi: Kartın tamamında eşit ışık. Kötü: Telefonun gölgesi kartın sol kısmına düşüyor ve portrenin ayrıntılarını gizliyor.',
				rightAlt: 'Köşeden köşeye eşit aydınlatılmış bir kimlik kartı.',
				wrongAlt: 'Aynı kart, sol kısmında, portrenin üstünde telefon veya el gölgesi gibi koyu bir gölgeyle.',
			},
			backlit: {
				caption:
					'İyi: Işık önünüzde, arkanızda düz bir duvar. Kötü: Arkanızda parlak bir pencere; kamera pencereye göre ayar yapıyor ve yüzünüz karanlık kalıyor.',
				rightAlt:
					'Çizilmiş bir selfie: Düz bir duvarın önünde kameraya bakan bir kadın; yüzü eşit aydınlatılmış ve net görünüyor.',
				wrongAlt: 'Aynı kadın, arkasında parlak bir pencereyle: Yüzü karanlık ve ayrıntıları zor görünüyor.',
			},
			'too-close': {
				caption:
					'İyi: Telefon bir kol boyu uzakta, bu yüzden başın tamamı ve omuzların üstü sığıyor. Kötü: Çok yakın; yüz görüntüden taşıyor ve çarpık görünüyor.',
				rightAlt: 'Başın tamamının ve omuzların üstünün göründüğü, yüzün ortada olduğu çizilmiş bir selfie.',
				wrongAlt:
					'Aynı yüz, telefon çok yakın tutulmuş: Yüz tüm görüntüyü dolduruyor, başın üstü ve kulaklar kesilmiş.',
			},
			sunglasses: {
				caption:
					'İyi: Yüzde hiçbir şey yok, iki göz de görünüyor. Kötü: Güneş gözlüğü, yüz eşleştirmesinin ihtiyaç duyduğu gözleri gizliyor. Gözlüğü, şapkayı ve maskeyi çıkarın.',
				rightAlt: 'Yüzünde hiçbir şey olmayan bir kadının çizilmiş selfie’si: İki gözü de net görünüyor.',
				wrongAlt: 'Aynı kadın, gözlerini gizleyen koyu bir güneş gözlüğüyle.',
			},
			moving: {
				caption:
					'İyi: Telefon ve baş sabit tutulmuş. Kötü: Çekim sırasında hareket edilmiş; yüz yana doğru dağılmış ve kontrol onu eşleştiremiyor.',
				rightAlt: 'Sabit tutularak çekilmiş, çizilmiş bir selfie: Yüzün hatları ve gözler net.',
				wrongAlt: 'Aynı selfie hareket ederken çekilmiş: Yüz yana doğru dağılmış ve gözler çift görünüyor.',
			},
		},
	},
	diagrams: {
		mrz: {
			label:
				'Makinede okunabilir bölgenin yeri. Pasaportun fotoğraflı sayfasında, sayfanın altı boyunca 44 karakterlik iki satırdır. Kimlik kartında 30 karakterlik üç satırdır; genellikle kartın arka yüzünde, alt kısım boyuncadır.',
			caption:
				'Makinede okunabilir bölge (MRZ), < işaretli kod satırlarından oluşan bloktur. Tamamını fotoğrafta, net ve parlamasız tutun.',
			passport: 'Pasaport bilgi sayfası',
			card: 'Kimlik kartı, arka',
			photo: 'Fotoğraf',
			mrz2: 'MRZ: 2 satır × 44',
			mrz3: 'MRZ: 3 satır × 30',
		},
		parallel: {
			label:
				'Yandan görünüm: İyi, telefon belgenin üstünde, ona paralel ve düz tutuluyor; böylece her kısım kameraya aynı uzaklıkta. Kötü, telefon eğik; belgenin bir ucu diğerinden daha yakın ve belge yamuk gibi görünüyor.',
			caption: 'Telefonu belgenin üstünde, ona paralel ve düz tutun; açılı tutmayın.',
			good: 'İyi: paralel',
			bad: 'Kötü: eğik',
			phone: 'Telefon',
			document: 'Belge',
		},
		light: {
			label:
				'Işığın nereden gelmesi gerektiği. İyi: Yandaki bir pencereden gelen gün ışığı belgeye eğik düşer ve yansıması kameradan uzaklaşır. Kötü: Belgenin tam üstündeki bir lamba doğrudan kameraya parlama olarak yansır.',
			caption:
				'Yandan gelen ışık (bir pencere) kameradan uzağa yansır. Tam üstteki bir lamba ise kameraya beyaz bir leke olarak yansır.',
			good: 'İyi: yandan',
			bad: 'Kötü: tam üstten',
			window: 'Pencere',
			lamp: 'Lamba',
			reflection: 'Yansıma',
			glare: 'Parlama',
		},
		margin: {
			label:
				'Kamera kadrajının içindeki belge: Dört köşe de görünüyor, her yanda küçük bir masa boşluğu var ve belge kadrajın büyük kısmını kaplıyor.',
			caption: 'Dört köşe de kadrajda, her yanda küçük bir masa boşluğuyla.',
			frame: 'Kamera kadrajı',
			margin: 'Küçük boşluk',
			corner: '4 köşe de',
		},
		face: {
			label:
				'Selfie için kadrajdaki yüz: Saçın üstünden çeneye kadar başın tamamı ovalin içinde, yüz ortada, doğrudan kameraya bakıyor, omuzların üstü görünüyor ve arka plan düz.',
			caption: 'Yüzünüzün tamamı ovalin içinde, gözler aynı hizada, kameraya bakıyor, omuzlar az görünüyor.',
			head: 'Başın üstü içeride',
			chin: 'Çene içeride',
			eyes: 'Gözler düz, merceğe bakıyor',
			plain: 'Düz arka plan',
		},
	},
};

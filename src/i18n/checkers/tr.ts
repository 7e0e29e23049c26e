/** The checkers' words in Turkish (the reader is addressed as "siz"). Translated from en.ts; see its header for the rules. */
import type { CheckerMessages } from './types';

export const messages: CheckerMessages = {
	common: {
		readMore: 'Nasıl düzeltilir?',
		loading: 'Kontrol ediliyor…',
		checkStatus: { pass: 'Uygun', warn: 'Düzeltmeye değer', fail: 'Sorun' },
	},

	fill: {
		choose: 'Fotoğraf seçin',
		label: 'Belge fotoğrafımdan doldur (pasaport sayfası veya kimlik kartının arka yüzü; bu cihazda okunur)',
		reading: 'Fotoğraf okunuyor…',
		read: 'Fotoğrafınızın makinede okunabilir bölgesinden (MRZ) dolduruldu. Belgenizle karşılaştırın.',
		uncertain:
			'Fotoğrafınızın MRZ’sinden dolduruldu, ancak bazı karakterler şüpheli: Doldurulan her alanı belgenizle karşılaştırın.',
		'not-found':
			'Bu fotoğrafta MRZ bulunamadı (birçok sürücü belgesinde ve kimlik kartlarının ön yüzünde yoktur). Bilgileri elle yazın ya da kimlik kartınızın arka yüzünü seçin.',
		error: 'Bu dosya fotoğraf olarak okunamadı. JPEG, PNG veya WebP bir görüntü seçin.',
	},

	date: {
		privacy: 'Tarayıcınızda çalışır: Yazdığınız hiçbir şey saklanmaz veya gönderilmez.',
		loadFailed:
			'Kontrol aracı kontrol kodunu yükleyemedi: Bağlantı kesilmiş görünüyor. Yazdıklarınız korunuyor. Yeniden bağlanın, sonra yeniden kontrol etmek için herhangi bir alanı değiştirin.',
		compareTitle: 'Hesabım ve kimliğim aynı tarihi mi gösteriyor?',
		whichDate: 'Hangi tarih',
		roles: { birth: 'Doğum tarihi', expiry: 'Son geçerlilik tarihi', issue: 'Veriliş tarihi' },
		formAsks: 'Formumun istediği sıra',
		notSure: 'Emin değilim',
		accountLabel: 'Hesabımdaki tarih (yazdığım gibi)',
		accountHint: 'Örneğin {example}',
		documentLabel: 'Kimliğimdeki tarih (basılı olduğu gibi)',
		documentHint: 'Örneğin {example1}, {example2} veya {example3}',
		validityTitle: 'Belgem hâlâ geçerli mi?',
		birthLabel: 'Doğum tarihi',
		issueLabel: 'Veriliş tarihi',
		expiryLabel: 'Son geçerlilik tarihi',
		readingLabels: { account: 'Hesap', document: 'Kimlik', birth: 'Doğum', issue: 'Veriliş', expiry: 'Son geçerlilik' },
		ambiguous: 'Belirsiz: Şu da olabilir',
		problems: {
			empty: 'Bir tarih yazın.',
			'too-long': 'Bu, tarih olamayacak kadar uzun. Yalnızca tarihi yazın, örneğin {example}.',
			'not-a-date': 'Burada bir tarih bulamadık. Göründüğü gibi yazın, örneğin {example} veya {exampleWords}.',
			incomplete: 'Bir kısım eksik: Tam bir tarihte gün, ay ve yıl bulunur.',
			'partly-unknown':
				'Bu tarihin bir kısmı bilinmiyor olarak işaretlenmiş (X veya <). Belgeler gün veya ay bilinmediğinde bunu basar: Belgenizde tam olarak ne yazıyorsa onu girin ve formu nasıl dolduracağınızı hizmete sorun.',
			'unknown-month': '“{word}” bildiğimiz bir ay değil.',
			'months-disagree': '“{word}” ay sözcükleri farklı ayları gösteriyor. Yazılışı kontrol edin.',
			'month-out-of-range': '{value}. ay diye bir ay yok: Aylar 1’den 12’ye kadardır.',
			'day-out-of-range': '{value}. gün diye bir gün yok: Günler 1’den 31’e kadardır.',
			'year-out-of-range':
				'{value} yılı bir kimlikte yer alamaz (kimliklerde {min} ile {max} arasındaki yıllar bulunur). Yazım hatası olup olmadığını kontrol edin.',
			'no-such-day': {
				one: '{monthYear} {count} gün çeker; bu yüzden ayın {day}. günü yok.',
				other: '{monthYear} {count} gün çeker; bu yüzden ayın {day}. günü yok.',
			},
			'not-in-era':
				'Bu yıl, ait olduğu Japon döneminin dışında (Heisei 8 Ocak 1989’da, Reiwa 1 Mayıs 2019’da başladı). Dönemi ve yılı kontrol edin.',
		},
		monthOfYear: '{year} yılının {month}. ayı',
		suggestion: '“{suggestion}” mi demek istediniz?',
		verdicts: {
			same: 'Aynı tarih. Hesabınız ve kimliğiniz aynı günü gösteriyor.',
			'same-if-reordered':
				'Yalnızca tarihler farklı okunursa aynı gün. Bir doğrulama aracı iki farklı tarih görebilir.',
			different: {
				one: 'Farklı tarihler: Aralarında {count} gün var.',
				other: 'Farklı tarihler: Aralarında {count} gün var.',
			},
			unreadable: 'Tarihlerden biri okunamadı: Altındaki mesaja bakın.',
		},
		reasons: {
			order: 'Gün ve ay, formun kullandığından farklı bir sırada.',
			century: 'İki haneli yılın diğer yüzyılda okunması gerekiyor.',
			calendar: 'Bir taraftaki yıl başka bir takvime göre.',
			'calendar-variant': 'Aralarında bir gün var; Hicri tarihlerde bu olabilir: Gün, kullanılan takvime bağlıdır.',
		},
		documentProblems: {
			expired: {
				one: 'Süresi {count} gün önce dolmuş. Doğrulama başarısız olur: Belgeyi yenileyin ya da geçerli başka bir belge kullanın.',
				other:
					'Süresi {count} gün önce dolmuş. Doğrulama başarısız olur: Belgeyi yenileyin ya da geçerli başka bir belge kullanın.',
			},
			'expires-soon': {
				one: 'Süresi {count} gün içinde doluyor. Bazı hizmetler süresi bu kadar yaklaşmış belgeleri reddeder: Mümkünse daha uzun süre geçerli olan bir belge kullanın.',
				other:
					'Süresi {count} gün içinde doluyor. Bazı hizmetler süresi bu kadar yaklaşmış belgeleri reddeder: Mümkünse daha uzun süre geçerli olan bir belge kullanın.',
			},
			'under-age': {
				one: 'Belge sahibi {count} yaşında; borsalar {minimumAge} yaşını şart koşar. Doğrulamayı {adultOn} tarihinden itibaren yapabilir.',
				other:
					'Belge sahibi {count} yaşında; borsalar {minimumAge} yaşını şart koşar. Doğrulamayı {adultOn} tarihinden itibaren yapabilir.',
			},
			'future-birth': 'Doğum tarihi gelecekte. Yılı kontrol edin.',
			'issued-in-future':
				'Veriliş tarihi gelecekte. Yılı ya da veriliş ve son geçerlilik tarihlerinin yer değiştirip değiştirmediğini kontrol edin.',
			'issued-after-expiry': 'Veriliş tarihi son geçerlilik tarihinden sonra: İkisi büyük olasılıkla yer değiştirmiş.',
			'born-after-issue': 'Doğum tarihi veriliş tarihinden sonra. İki yılı da kontrol edin.',
		},
		expiresToday:
			'Süresi bugün doluyor. Bazı hizmetler süresi bu kadar yaklaşmış belgeleri reddeder: Mümkünse daha uzun süre geçerli olan bir belge kullanın.',
		noProblem: 'Bu tarihlerde bir sorun bulunmadı.',
		validFor: { one: '{count} gün daha geçerli.', other: '{count} gün daha geçerli.' },
		calendars: {
			gregory: 'Miladi takvim',
			buddhist: 'Tayland Budist takvimi',
			japanese: 'Japon dönemi',
			persian: 'İran (Hicri Şemsi) takvimi',
			'islamic-umalqura': 'Hicri takvim (Umm al-Qura)',
		},
		orders: {
			DMY: 'gün/ay/yıl',
			MDY: 'ay/gün/yıl',
			YMD: 'yıl/ay/gün',
			YDM: 'yıl/gün/ay',
			DYM: 'gün/yıl/ay',
			MYD: 'ay/yıl/gün',
		},
		formats: {
			iso: 'ISO 8601',
			mrz: 'MRZ (YYMMDD)',
			'month-name': 'ay adı',
			marked: 'yıl, ay ve gün işaretli',
		},
		eras: { meiji: 'Meiji', taisho: 'Taişo', showa: 'Şova', heisei: 'Heisei', reiwa: 'Reiwa' },
		readAs: '{order} olarak okundu',
		calendarYear: '{calendar}: {year} yılı',
		calendarEraYear: '{calendar}: {era} {year}. yıl',
		calendarGuessed: '{calendar}: {year} yılı, yıldan tahmin edildi',
		calendarEraGuessed: '{calendar}: {era} {year}. yıl, yıldan tahmin edildi',
		centuryTaken: 'iki haneli yıl {year} olarak alındı',
		mayBeOff: { one: '{count} gün farklı olabilir', other: '{count} gün farklı olabilir' },
		noteSeparator: '; ',
		typeExactly: 'Forma tam olarak bunu yazın ({order}): {value}, yani kimliğinizdeki tarih ({date}).',
		typeInOrder: 'Kimliğinizdeki tarihi ({date}) formun sırasıyla yazın:',
	},

	name: {
		account: 'Borsa hesabınızdaki ad',
		accountHint: 'Kaydolurken yazdığınız ya da hesap sayfasında göründüğü gibi.',
		document: 'Kimliğinizdeki ad',
		documentHint: 'Pasaportunuzun veya kimlik kartınızın üst kısmında basılı olduğu gibi: önce adlar, sonra soyadı.',
		mrz: 'Makinede okunabilir bölge (isteğe bağlı)',
		mrzHint: 'Pasaport sayfasının altındaki ya da kartın arka yüzündeki, < işaretleriyle dolu iki veya üç satır.',
		idle: 'Karşılaştırmak için iki adı da yazın. Yazdığınız hiçbir şey bu sayfadan çıkmaz.',
		loadFailed:
			'Test aracı kontrol kodunu yükleyemedi: Bağlantı kesilmiş görünüyor. Yazdıklarınız korunuyor. Yeniden bağlanın, sonra yeniden kontrol etmek için herhangi bir alanı değiştirin.',
		yourAccount: 'Hesabınız',
		yourId: 'Kimliğiniz',
		whatToDo: 'Ne yapmalı?',
		differences: 'Farklar',
		similarity: 'Benzerlik: %{percent}.',
		mrzTitle: 'Makinede okunabilir bölge',
		mrzRead: '{format} olarak okundu. Ad: {primary}, {secondary}.',
		mrzTruncated:
			'Ad alanı son konumunda bir harfle bitiyor: Ad büyük olasılıkla sığması için kısaltılmış. Oradaki harfler adınızın başı olarak karşılaştırılır.',
		checkOk: 'Kontrol basamağı ({field}): doğru.',
		checkBad:
			'Kontrol basamağı ({field}): yanlış. O kısmı dikkatle yeniden yazın; doğruysa bölge yanlış okunmuş demektir.',
		mrzAgainstAccount: 'Hesabınızdaki adla karşılaştırma: {verdict}',
		mrzAgainstId: 'Kimliğinizden yazdığınız adla karşılaştırma: {verdict}',
		looksLike: 'Latin harfi {letter} gibi görünüyor',
		highlightedLegend: 'Vurgulananlar: farklı olan karakterler.',
		support:
			'Bir hesap doğrulandıktan sonra ad genellikle değiştirilemez. Düzeltme, düzenleyemediğiniz bir addaysa destek ekibiyle iletişime geçin ve kimliğinizdeki yazılışı aktarın.',
		otherKinds: 'Ayrıca:',
		verdicts: {
			exact: 'Adlar karakteri karakterine, birebir eşleşiyor.',
			equivalent: 'Aynı ad, farklı yazılmış. Katı bir kontrol başarısız olur.',
			partial: 'Adın bir kısmı eksik veya kısaltılmış. Çoğu kontrol başarısız olur.',
			different: 'Bunlar farklı adlar olarak okunuyor. Bir kontrol başarısız olur.',
		},
		verdictAdvice: {
			exact:
				'Burada değiştirilecek bir şey yok. Yine de reddedildiyseniz neden büyük olasılıkla başka bir yerdedir (fotoğraf, doğum tarihi, belge türü).',
			equivalent:
				'Adı kimliğinizde basılı olduğu gibi yazın: aynı harfler, aynı sıra, aynı boşluklar ve kısa çizgiler. Unvan eklemeyin; adı yapıştırmak yerine elle yeniden yazın.',
			partial:
				'Borsa yalnızca ad ve soyadı istemiyorsa hesaptaki ad, kimliğinizdeki her adı aynı sırayla ve tam olarak (baş harf değil) içermeli.',
			different:
				'Önce yazım hatalarını kontrol edin. İki ad da sizinse ama farklı yazılmışsa yeni bir hesap açmayın: Destek ekibiyle iletişime geçin ve adı kimliğinizle eşleşecek şekilde düzeltmelerini isteyin.',
		},
		headlines: {
			case: 'Yalnızca büyük ve küçük harfler farklı: Hesabınızda ‘{account}’, kimliğinizde ‘{document}’ yazıyor. Çoğu kontrol bunu önemsemez; katı bir kontrol önemser.',
			spacing: 'Boşluklar farklı: Hesabınızda ‘{account}’, kimliğinizde ‘{document}’ yazıyor.',
			punctuation: 'Noktalama farklı: Hesabınızda ‘{account}’, kimliğinizde ‘{document}’ yazıyor.',
			diacritics: 'Aksanlı harfler farklı: Hesabınızda ‘{account}’, kimliğinizde ‘{document}’ yazıyor.',
			transliteration: 'Harfler farklı dönüştürülmüş: Hesabınızda ‘{account}’, kimliğinizde ‘{document}’ yazıyor.',
			order: 'Adlar farklı sırada: ‘{account}’ kimliğinizde başka bir yerde duruyor (‘{document}’).',
			width: 'Hesabınızda tam genişlikte veya süslü harfler kullanılmış: ‘{account}’.',
			invisible: 'Hesabınızdaki adın içinde görünmez bir karakter gizli.',
			confusable: '‘{account}’ içinde başka bir alfabeden bir harf gizli: Latin harfi gibi görünüyor ama değil.',
			title: 'Bir unvan eklenmiş: ‘{text}’. Kimliklerde unvan yer almaz.',
			symbol: 'Adın parçası olamayacak bir simge eklenmiş: ‘{text}’.',
			truncation: 'Makinede okunabilir bölge ‘{account}’ adını ‘{document}’ olarak kısaltmış.',
			missing: 'Kimliğinizde ‘{document}’ var, hesabınızda yok.',
			extra: 'Hesabınızda ‘{account}’ var, kimliğinizde yok.',
			initial:
				'Bir baş harf, bir adın tamamının yerini tutuyor: Hesabınızda ‘{account}’, kimliğinizde ‘{document}’ yazıyor.',
			spelling: 'Yazılış farklı: Hesabınızda ‘{account}’, kimliğinizde ‘{document}’ yazıyor.',
			script: 'İki ad farklı alfabelerle yazılmış, bu yüzden harf harf karşılaştırılamaz.',
		},
		invisibleOnId: 'Kimliğinizden yazdığınız adın içinde görünmez bir karakter gizli.',
		kindAdvice: {
			case: 'Genellikle sorun olmaz. Borsa adı düzenlemenize izin veriyorsa kimliğinizdeki büyük-küçük harf kullanımını kopyalayın.',
			spacing:
				'Adlar arasında tam olarak bir boşluk bırakın; başta veya sonda boşluk olmasın, birleşik yazımlar kimliğinizdeki gibi olsun.',
			punctuation:
				"Kısa çizgileri ve kesme işaretlerini kimliğinizdeki gibi kopyalayın. Form başka bir seçenek sunmuyorsa düz kesme işareti (') kullanın.",
			diacritics:
				'Aksanlı harfleri kimliğinizdeki gibi yazın. Form bunları kabul etmiyorsa makinede okunabilir bölgedeki (<<< içeren satırlar) yazılışı kullanın.',
			transliteration: 'Kendi dönüştürmenizi değil, kimliğinizde basılı Latin harfli yazılışı kullanın.',
			order:
				'Çoğu kontrol adı ve soyadını alan alan karşılaştırır. Tek bir alanın içindeki sırayı değiştirmek yerine her adı doğru alana yazın.',
			width: 'Adı klavyenizin normal (yarım genişlik) modunda yeniden yazın.',
			invisible: 'Adı silin ve elle yeniden yazın; bir sohbetten veya PDF’ten yapıştırmayın.',
			confusable: 'Klavyenizi Latin düzenine geçirin ve adı yeniden yazın.',
			title: 'Kimliğiniz adınızın parçası olarak basmıyorsa unvanları (Bay, Bayan, Dr., Av., Prof.) yazmayın.',
			symbol: 'Simgeyi veya emojiyi kaldırın.',
			truncation:
				'Uzun adlarda bu normaldir ve sizin hatanız değildir: Tam adınızı kimliğin üst kısmında basılı olduğu gibi yazın.',
			missing: 'Bu adı hesaba, kimliğinizdeki konumunda ekleyin.',
			extra: 'Bu adı hesaptan çıkarın ya da kimliğinizin onu başka bir yerde basıp basmadığını kontrol edin.',
			initial: 'Adı kimliğinizdeki gibi tam olarak yazın.',
			spelling: 'Yazılışı kimliğinizle harfi harfine eşleşecek şekilde düzeltin.',
			script:
				'Adı Latin harfleriyle, tam olarak kimliğinizde basılı olduğu gibi yazın; her pasaportta adınızın Latin harfli bir hâli bulunur.',
		},
		explanations: {
			'older-russian-passport':
				'Eski Rus pasaportları (2014 öncesi) adları böyle yazıyordu; güncel pasaportlar ICAO yazılışını kullanır. Hesabınız eski bir pasaportla açıldıysa adı düzenlemek yerine destek ekibiyle iletişime geçin.',
			'romanisation-variant':
				'Bunlar aynı adın iki Latin harfli yazılışı olabilir (Mohammed ve Muhammad gibi Arapça adlarda yaygındır). Kontroller harfleri karşılaştırır; bu yüzden kimliğinizdeki yazılışı kullanın.',
			'comma-form': 'Kimliğiniz önce soyadını, ardından bir virgül yazıyor.',
			particle: 'Bu bir ad ekidir (van, de, bin …): Kimliğinizde soyadının parçasıdır.',
			'trailing-space': 'Sonda fazladan bir boşluk var.',
			'leading-space': 'Başta fazladan bir boşluk var.',
			'mrz-filler': 'Makinede okunabilir bölgede < işareti bir boşluk veya kısa çizgi yerine geçer.',
		},
		schemes: {
			icao: 'ICAO pasaport kuralı',
			'icao-language': '{languages} için ICAO pasaport kuralı',
			'older-russian': 'eski Rus pasaportları',
			'not-icao': 'yaygın bir yazılış, ICAO kuralı değil',
			guess: 'bir tahmin: Bu alfabe için ICAO tablosu yok',
		},
		scripts: {
			Latin: 'Latin alfabesinden',
			Cyrillic: 'Kiril alfabesinden',
			Greek: 'Yunan alfabesinden',
			Armenian: 'Ermeni alfabesinden',
			Georgian: 'Gürcü alfabesinden',
			Arabic: 'Arap alfabesinden',
			Hebrew: 'İbrani alfabesinden',
			Han: 'Çin yazısından',
			Hiragana: 'Japon hiragana yazısından',
			Katakana: 'Japon katakana yazısından',
			Hangul: 'Kore alfabesinden',
			Thai: 'Tay alfabesinden',
			Devanagari: 'Devanagari alfabesinden',
			Other: 'başka bir alfabeden',
		},
		notes: {
			invisible: 'görünmez karakter',
			control: 'kontrol karakteri',
			'odd-space': 'alışılmadık boşluk',
			'full-width': 'tam genişlikte harf',
			styled: 'süslü harf',
			'foreign-script': 'harf',
			symbol: 'simge',
			digit: 'rakam',
		},
		characters: {
			'0009': 'sekme',
			'000A': 'satır sonu',
			'00A0': 'bölünmez boşluk',
			'00AD': 'yumuşak kısa çizgi',
			'034F': 'birleştirici grafem bağlayıcı',
			'061C': 'Arap harf işareti',
			'200B': 'sıfır genişlikli boşluk',
			'200C': 'sıfır genişlikli ayırıcı',
			'200D': 'sıfır genişlikli birleştirici',
			'200E': 'soldan sağa işareti',
			'200F': 'sağdan sola işareti',
			'2009': 'ince boşluk',
			'202F': 'dar bölünmez boşluk',
			'2060': 'sözcük birleştirici',
			'3000': 'ideografik boşluk',
			FEFF: 'bayt sırası işareti',
		},
		problems: {
			'account-empty': 'Borsa hesabınızdaki adı yazın.',
			'document-empty': 'Adı kimliğinizde basılı olduğu gibi yazın.',
			'account-too-long': 'Hesaptaki ad çok uzun; yalnızca ilk {max} karakteri karşılaştırıldı.',
			'document-too-long': 'Kimlikteki ad çok uzun; yalnızca ilk {max} karakteri karşılaştırıldı.',
			'account-no-letters': 'Hesaptaki adda hiç harf yok.',
			'document-no-letters': 'Kimlikteki adda hiç harf yok.',
			'right-to-left':
				'Metnin bir kısmı sağdan sola yazılmış. Borsalar adınızın kimliğinizde basılı Latin harfli yazılışını karşılaştırır.',
		},
		mrzStatus: {
			'wrong-line-count':
				'Makinede okunabilir bölge pasaportta iki, kimlik kartında üç satırdır. Hepsini, her satırı ayrı bir satıra yapıştırın.',
			'wrong-line-length':
				'Her satır pasaportta {td3}, bazı kimlik kartlarında {td2}, çoğu kimlik kartında {td1} karakter olmalı. Bir satır çok kısa veya çok uzun: Eksik < işareti olup olmadığını kontrol edin.',
			'bad-characters':
				'Makinede okunabilir bölgede yalnızca A–Z büyük harfleri, rakamlar ve < işareti bulunur. Diğer her karakteri değiştirin.',
			unreadable: 'Bu, test aracının tanıdığı bir makinede okunabilir bölgeye benzemiyor.',
		},
		checkDigits: {
			documentNumberCheckDigit: 'belge numarası',
			birthDateCheckDigit: 'doğum tarihi',
			expirationDateCheckDigit: 'son geçerlilik tarihi',
			personalNumberCheckDigit: 'kişisel numara',
			compositeCheckDigit: 'bölgenin tamamı (bileşik)',
		},
	},

	photo: {
		documentIntro:
			'Kimliğinizin fotoğrafını yüklemeden önce kontrol edin. Fotoğraf bu cihazda kontrol edilir ve hiçbir yere gönderilmez.',
		choose: 'Fotoğraf seçin',
		camera: 'Fotoğraf çekin',
		working: 'Fotoğrafınız kontrol ediliyor…',
		score: 'Puan: {score} / 100.',
		previewDocument: 'Fotoğrafınız. Çizgi, belgenin bulunduğu yeri gösterir; kutular parlamayı işaretler.',
		privacy: 'Fotoğrafınız bu cihazda kalır.',
		verdicts: {
			good: 'İyi görünüyor: Bu fotoğraf olağan kalite kontrollerini geçmeli.',
			fix: 'Kullanılabilir ama düzeltmeye değer: Katı bir kontrol reddedebilir.',
			retake: 'Yeni bir fotoğraf çekin: Bu fotoğraf büyük olasılıkla reddedilir.',
		},
		checks: {
			resolution: 'Çözünürlük',
			sharpness: 'Netlik',
			glare: 'Parlama',
			exposure: 'Parlaklık',
			evenness: 'Eşit ışık',
			framing: 'Kadraj',
			color: 'Renk',
		},
		checkOk: {
			resolution: 'Yazıların okunması için yeterli piksel var.',
			sharpness: 'Okunacak kadar net.',
			glare: 'Belgede parlama bulunmadı.',
			exposure: 'Ne çok karanlık ne çok parlak.',
			evenness: 'Işık eşit.',
			framing: 'Dört köşe de boşlukla birlikte görüntüde.',
			color: 'Renkli bir fotoğraf.',
		},
		unsure: {
			badge: 'Sınırda',
			margin: 'Boşluk: sınırda. Belgenin çevresinde biraz daha boşluk bırakın.',
			fill: 'Boyut: sınırda. Belge görüntünün büyük kısmını kaplayacak şekilde biraz yaklaşın.',
			tilt: 'Eğim: sınırda. Telefonu belgenin üstünde düz tutun.',
		},
		measuredOnCentre: 'Belgenin kenarlarını bulamadık, bu yüzden parlama ve ışık görüntünün ortasında kontrol edildi.',
		glareOkCentre: 'Görüntünün ortasında parlama bulunmadı.',
		problems: {
			'image-too-small':
				'Fotoğraf küçük. Telefonunuzun ana kamerasını tam çözünürlükte kullanın ve ekran görüntüsü ya da bir sohbet uygulamasından gelen kopya yerine orijinal dosyayı gönderin.',
			'document-low-dpi':
				'Belge fotoğrafta küçük, bu yüzden yazılarında az piksel var. Belge görüntünün büyük kısmını kaplayana kadar kamerayı yaklaştırın.',
			soft: 'Fotoğraf biraz yumuşak. Telefonu iki elinizle tutun, odaklamak için ekranda belgeye dokunun ve çekmeden önce bir an bekleyin.',
			blurry:
				'Fotoğraf bulanık. Dirseklerinizi masaya dayayın, belgeye odaklanmak için dokunun ve kameranın yavaş çekim yapmasına gerek kalmaması için fotoğrafı iyi ışıkta çekin.',
			'no-detail':
				'Fotoğrafta neredeyse hiç ayrıntı yok. Belgenin görüntüde olduğundan ve merceğin kapalı olmadığından emin olun.',
			glare: 'Işık belgeden yansıyor. Belgeyi biraz eğin, lambalardan ve pencerelerden uzaklaşın ve flaşı kapatın.',
			'too-dark':
				'Fotoğraf çok karanlık. Daha aydınlık bir yere geçin; mümkünse gündüz bir pencerenin yanına, ama belgeye doğrudan güneş gelmesin.',
			'too-bright':
				'Fotoğraf çok parlak. Doğrudan ışıktan uzaklaşın ya da kameranın ayar yapması için ekranda belgeye dokunun.',
			'clipped-shadows':
				'Fotoğrafın bazı kısımları kapkara. Işık ekleyin ya da parlak bir belgenin yanında çok koyu bir arka plandan kaçının.',
			'clipped-highlights':
				'Fotoğrafın bazı kısımları bembeyaz olmuş, bu yüzden ayrıntılar kaybolmuş. Doğrudan ışıktan kaçının ve pozlamayı ayarlamak için ekranda belgeye dokunun.',
			'low-contrast': 'Fotoğraf soluk görünüyor. Merceğe ışık gelmesinden kaçının ve kamera merceğini temizleyin.',
			'uneven-light':
				'Fotoğrafa bir gölge ya da dengesiz ışık düşüyor. Işık eşit düşecek şekilde yer değiştirin; elinizin ve telefonunuzun gölge yapmasını önleyin.',
			'document-not-found':
				'Belgenizin kenarlarını bulamadık, bu yüzden kadrajını, boyutunu veya eğimini değerlendiremiyoruz. Dört kenarın da belirgin olması için belgeyi ondan farklı renkte, desensiz bir yüzeye koyun.',
			'fills-frame':
				'Belge görüntünün tamamını kaplıyor, bu yüzden kenarları görünmüyor. Çevresinde küçük bir boşluk bırakın: Birçok kontrol dört köşeyi de görmek ister.',
			'cut-off': 'Belgenin bir kısmı görüntünün dışında. Dört köşe de görünene kadar kamerayı geri çekin.',
			'near-edge': 'Belge görüntünün kenarına değiyor. Her yanda küçük bir boşluk bırakın.',
			'too-small-in-frame':
				'Belge görüntüde küçük. Küçük bir boşlukla kadrajın büyük kısmını kaplayacak şekilde yaklaşın.',
			tilted: 'Belge açılı çekilmiş. Telefonu belgenin üstünde, ona paralel ve düz tutun.',
			grayscale:
				'Bu, siyah beyaz bir fotoğraf veya fotokopi gibi görünüyor. Çoğu kontrol bunları reddeder: Orijinal belgenin renkli fotoğrafını çekin.',
			'low-color':
				'Fotoğrafta çok az renk var. Bunun bir kopyanın değil, orijinal belgenin renkli fotoğrafı olduğundan emin olun ve tüm filtreleri kapatın.',
		},
		fileProblems: {
			'empty-file': 'Bu dosya boş (0 bayt). Fotoğrafı yeniden seçin ya da yeni bir fotoğraf çekin.',
			'file-too-large':
				'Bu dosya {megabytes} MB’tan büyük; burada kontrol edilemeyecek kadar büyük. Fotoğrafı telefonunuzun standart kamera ayarlarıyla çekin ya da bir JPEG kopyasını dışa aktarın.',
			'not-an-image':
				'Bu dosya, bu kontrol aracının okuyabileceği bir fotoğraf değil. JPEG, PNG, WebP veya HEIC bir fotoğraf seçin (PDF ya da başka bir belge dosyası çalışmaz).',
			'too-many-pixels':
				'Bu görüntüde bu cihazda kontrol edilemeyecek kadar çok piksel var. Daha küçük bir JPEG kopyasını dışa aktarın (örneğin {pixels} piksel genişliğinde).',
			'heic-not-supported':
				'Bu tarayıcı HEIC fotoğrafları (iPhone’un olağan biçimi) açamıyor. Bu sayfayı iPhone’un kendisinde, bunu yapabilen Safari’de açın. Ya da bir JPEG edinin: iPhone’da Ayarlar > Kamera > Formatlar’ı açın, “En Uyumlu”yu seçin ve fotoğrafı yeniden çekin; fotoğrafları bir bilgisayara JPEG olarak kopyalamak için Ayarlar > Fotoğraflar’ı açın ve “Mac’e veya PC’ye Aktar” altında “Otomatik”i seçin.',
			'cannot-decode':
				'Bu fotoğraf açılamadı: Dosya hasarlı olabilir ya da yalnızca bir kısmı indirilmiş olabilir. Cihazınıza yeniden kopyalayın ya da yeni bir fotoğraf çekin.',
			'analysis-failed':
				'Bu fotoğraf kontrol edilirken bir sorun oluştu. Yeniden deneyin ya da başka bir fotoğraf deneyin.',
		},
	},

	selfie: {
		intro:
			'Yüz kontrolünden önce bir selfie’yi kontrol edin: Yüzünüz bulunuyor mu, ortada mı, yeterince büyük ve iyi aydınlatılmış mı? Selfie bu cihazda kontrol edilir ve hiçbir yere gönderilmez.',
		choose: 'Selfie seçin',
		camera: 'Selfie çekin',
		working: 'Yüzünüz aranıyor…',
		loading: 'Yüzünüz aranıyor… (yüz bulucu yüklenirken ilk kontrol birkaç saniye sürer)',
		preview: 'Selfie’niz. Yeşil bir kutu bulunan yüzü işaretler.',
		previewMany: 'Selfie’niz. Kutular bulunan her yüzü işaretler.',
		otherChecks: 'Diğer kontroller için tam olarak bir yüz gerekir.',
		limits:
			'Bunun kontrol etmedikleri: gözlerinizin açık mı yoksa örtülü mü olduğu, gözlük, şapka veya maske ve görüntünün sizin canlı bir fotoğrafınız olup olmadığı. Borsalar bunu kendileri kontrol eder (bir ekranın fotoğrafı, basılı bir fotoğraf veya bir video reddedilir); bu sayfa bunu anlayamaz, bu yüzden her zaman kendi kameranızla canlı çekin.',
		privacy: 'Selfie’niz bu cihazda kalır.',
		verdicts: {
			pass: 'İyi görünüyor: Bir yüz kontrolü bu selfie’yi kabul etmeli.',
			warn: 'Kullanılabilir ama düzeltmeye değer: Katı bir yüz kontrolü reddedebilir.',
			fail: 'Yeni bir selfie çekin: Bu selfie büyük olasılıkla reddedilir.',
		},
		checks: {
			face: 'Yüz',
			'face-size': 'Uzaklık',
			'face-position': 'Konum',
			'head-pose': 'Baş düz',
			backlight: 'Arkadan gelen ışık',
			evenness: 'Eşit ışık',
			exposure: 'Parlaklık',
			sharpness: 'Netlik',
		},
		checkOk: {
			face: 'Bir yüz bulundu.',
			'face-size': 'Yüzünüz görüntüde iyi bir büyüklükte.',
			'face-position': 'Yüzünüz ortaya yakın.',
			'head-pose': 'Doğrudan kameraya bakıyorsunuz.',
			backlight: 'Yüzünüz arka plandan daha karanlık değil.',
			evenness: 'Yüzünüzün iki yanı da eşit aydınlatılmış.',
			exposure: 'Yüzünüz ne çok karanlık ne çok parlak.',
			sharpness: 'Yüzünüz net.',
		},
		problems: {
			'no-face':
				'Yüz algılanmadı. Telefonu göz hizasında tutun; yüzünüzün tamamı görüntüde, açıkta ve önden aydınlatılmış olsun.',
			'several-faces':
				'Birden fazla yüz bulundu. Yalnızca bir kişi olmalı: Görüntüde başka kimsenin olmadığı bir yere geçin.',
			'face-too-small':
				'Yaklaşın. Yüzünüz görüntüde küçük: Telefonu bir kol boyu uzaklıkta, daha yakın tutun. (Kimlik kartınızın fotoğrafı buraya değil, fotoğraf kontrol aracına aittir.)',
			'face-too-close': 'Uzaklaşın. Yüzünüz görüntüyü dolduruyor: Telefonu biraz daha uzakta tutun.',
			'face-cut-off': 'Yüzünüzün tamamını görüntüde tutun. Bir kısmı kadrajın dışında.',
			'face-off-centre': 'Yüzünüzü ortalayın. Telefonu, yüzünüz görüntünün ortasında olacak şekilde hareket ettirin.',
			'head-tilted': 'Başınızı dik tutun. Gözlerinizi kamerayla aynı hizada tutun.',
			'head-turned': 'Doğrudan kameraya bakın. Başınız bir yana dönük.',
			backlit:
				'Arkanızda daha az ışık olan bir yere geçin. Işık arkanızda, bu yüzden yüzünüz karanlık: Bunun yerine yüzünüzü bir pencereye veya lambaya dönün.',
			'uneven-light': 'Yüzünüzün bir yanı gölgede. Işık yüzünüze eşit düşecek şekilde dönün.',
			'face-too-dark': 'Daha aydınlık bir yere geçin. Yüzünüz çok karanlık.',
			'face-too-bright': 'Daha az ışık olan bir yere geçin. Yüzünüz çok parlak ve ayrıntılar kayboluyor.',
			'face-blurry': 'Kıpırdamayın. Yüzünüz bulanık: Telefonu sabit tutun ve kamera merceğini silin.',
			'face-soft': 'Kıpırdamayın. Yüzünüz biraz yumuşak: Telefonu sabit tutun ve selfie’yi iyi ışıkta çekin.',
		},
		errors: {
			'empty-file': 'Bu dosya boş (0 bayt). Selfie’yi yeniden seçin ya da yeni bir selfie çekin.',
			'file-too-large':
				'Bu dosya {megabytes} MB’tan büyük; burada kontrol edilemeyecek kadar büyük. Selfie’yi telefonunuzun standart kamera ayarlarıyla çekin.',
			'not-an-image':
				'Bu dosya, bu kontrol aracının okuyabileceği bir görüntü değil. JPEG, PNG veya WebP bir fotoğraf seçin (PDF ya da başka bir belge dosyası çalışmaz).',
			'too-many-pixels':
				'Bu görüntüde bu cihazda kontrol edilemeyecek kadar çok piksel var. Daha küçük bir JPEG kopyasını dışa aktarın.',
			'heic-not-supported':
				'Bu tarayıcı HEIC fotoğrafları (iPhone’un olağan biçimi) açamıyor. Bu sayfayı iPhone’un kendisinde, Safari’de açın ya da Ayarlar > Kamera > Formatlar altında “En Uyumlu”yu seçip selfie’yi yeniden çekin.',
			'cannot-decode':
				'Bu görüntü açılamadı: Dosya hasarlı olabilir ya da yalnızca bir kısmı indirilmiş olabilir. Yeni bir selfie çekin ya da cihazınıza yeniden kopyalayın.',
			'selfie-too-small':
				'Bu görüntü, içinde yüz bulunamayacak kadar küçük (bir kenarı {pixels} pikselden az). Küçük resim veya ekran görüntüsü değil, telefonunuzun kamerasını tam boyutta kullanın.',
			'detector-failed': 'Yüz bulucu yüklenemedi. Sayfayı yeniden yükleyin ve tekrar deneyin.',
			'analysis-failed':
				'Bu görüntü kontrol edilirken bir sorun oluştu. Yeniden deneyin ya da başka bir görüntü deneyin.',
		},
	},

	ready: {
		choose: 'Fotoğraf seçin',
		nameLabel: 'Borsa hesabınızdaki tam ad',
		birthLabel: 'Hesabınızdaki doğum tarihi',
		countryLabel: 'Hesabınızdaki ikamet ülkesi',
		countryHint: 'Ülkenin adını yazın ve listeden seçin.',
		countryNames: 'Belgeyi veren ülke: {issuer}. İkamet ülkesi: {residence}.',
		frontLabel: 'Pasaport sayfanızın ya da kimlik kartınızın ön yüzünün fotoğrafı',
		backLabel: 'Varsa kimlik kartınızın arka yüzü (MRZ genellikle buradadır)',
		reading: 'Fotoğraf okunuyor…',
		mrzAsRead: 'Okunan MRZ',
		mrzAria: 'Okunan makinede okunabilir bölge',
		doubtful: 'şüpheli',
		fixLabel: 'Bir karakter belgenizdekinden farklıysa burada düzeltin:',
		reportAria: 'Hazırlık raporunuz',
		status: {
			pass: 'Uygun görünüyor',
			warn: 'Bunu kontrol edin',
			fail: 'Büyük olasılıkla başarısız olur',
			todo: 'Bekleniyor',
			note: 'Not',
		},
		items: {
			photo: 'Fotoğraf kalitesi',
			mrz: 'Makinede okunabilir bölge (MRZ)',
			name: 'Ad',
			birth: 'Doğum tarihi',
			validity: 'Belgenin geçerliliği',
			age: 'Yaş',
			country: 'Belgeyi veren ülke ve ikamet ülkesi',
		},
		codes: {
			'no-photo': 'MRZ’sinin okunması için pasaportunuzun ya da kimlik kartınızın arka yüzünün fotoğrafını seçin.',
			'not-found':
				'MRZ bulunamadı. Birçok sürücü belgesinde ve kimlik kartlarının ön yüzünde yoktur: Kartın arka yüzünü seçin ya da bilgilerinizi ad ve tarih kontrol araçlarına elle yazın.',
			uncertain:
				'MRZ okundu ama bazı karakterler şüpheli (aşağıda işaretli). Bunları belgenizle karşılaştırın ve düzeltin.',
			read: 'MRZ okundu ve tüm kontrol basamakları doğru.',
			'no-account-name': 'Tam adınızı borsa hesabınızda göründüğü gibi yazın.',
			'no-account-birth': 'Doğum tarihinizi borsa hesabınızda göründüğü gibi yazın.',
			'no-account-country': 'İkamet ülkenizi borsa hesabınızda göründüğü gibi yazın.',
			'no-document': 'Belgenin MRZ’si bekleniyor.',
			'photo-none': 'Kalitesini kontrol etmek için belgenizin bir fotoğrafını seçin.',
			'photo-good': 'Fotoğraf olağan kalite kontrollerini geçmeli.',
			'photo-fix': 'Fotoğraf kullanılabilir, ama katı bir kontrol reddedebilir:',
			'photo-retake': 'Yeni bir fotoğraf çekin: Bu fotoğraf büyük olasılıkla reddedilir:',
			'photo-cannot-open': 'Fotoğraf açılamadı, bu yüzden kalitesi kontrol edilemedi.',
			unreadable: 'MRZ’deki ad okunamadı.',
			exact: 'Hesaptaki ad belgeyle eşleşiyor.',
			equivalent: 'Hesaptaki ad, belgenin yazdığı adla aynı ad.',
			partial: 'Adların ortak kısımları var ama farklılar: Katı bir kontrol bunu reddedebilir.',
			different: 'Hesaptaki ad belgedekinden farklı.',
			'birth-same': 'Doğum tarihleri eşleşiyor.',
			'birth-same-if-reordered':
				'Tarihler yalnızca gün ve ay yer değiştirirse eşleşiyor: Yazdığınız sırayı kontrol edin.',
			'birth-different': 'Hesabınızdaki doğum tarihi belgedekinden farklı.',
			'birth-unreadable': 'Yazdığınız doğum tarihi tarih olarak okunamadı. Hesabınızda göründüğü gibi yazın.',
			valid: 'Belge geçerli.',
			expired: 'Belgenin süresi dolmuş: Doğrulama reddedilecek.',
			'expires-soon': {
				one: 'Belgenin süresi {count} gün içinde doluyor.',
				other: 'Belgenin süresi {count} gün içinde doluyor.',
			},
			adult: {
				one: 'Yaşınız yeterli ({count} veya üstü).',
				other: 'Yaşınız yeterli ({count} veya üstü).',
			},
			'under-age': {
				one: 'Bu doğum tarihine göre {count} yaşından küçüksünüz.',
				other: 'Bu doğum tarihine göre {count} yaşından küçüksünüz.',
			},
			'future-birth': 'Doğum tarihi gelecekte: Yanlış okunmuş ya da yanlış yazılmış.',
			'same-country': 'Belge ikamet ülkeniz tarafından verilmiş.',
			'other-country':
				'Belge, yaşadığınız ülkeden başka bir ülke tarafından verilmiş. Çoğu borsada buna izin verilir (ikamet ve uyruk farklı olabilir), ama hangi belgeye sahip olduğunuz sorulduğunda belgeyi veren ülkeyi seçin.',
			'unknown-country': 'İkamet ülkenizi listeden seçin ya da adını tam olarak yazın.',
		},
		mrzStates: {
			read: 'Fotoğraf okundu: Aşağıdaki rapor MRZ’sini kullanıyor.',
			uncertain: 'Fotoğraf okundu, şüpheli karakterler var: Aşağıdaki MRZ’yi kontrol edin.',
			'not-found': 'Bu fotoğrafta MRZ bulunamadı.',
		},
		readErrors: {
			'cannot-decode': 'Bu dosya fotoğraf olarak açılamadı. JPEG, PNG veya WebP bir görüntü seçin.',
			'engine-failed': 'Okuyucu başlatılamadı. Sayfayı yeniden yükleyin ve tekrar deneyin.',
		},
	},
};

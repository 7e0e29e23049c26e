/** The checkers' words in Indonesian (the reader is "Anda"). Translated from en.ts; see its header for the rules. */
import type { CheckerMessages } from './types';

export const messages: CheckerMessages = {
	common: {
		readMore: 'Cara memperbaikinya',
		loading: 'Memeriksa…',
		checkStatus: { pass: 'Baik', warn: 'Sebaiknya diperbaiki', fail: 'Bermasalah' },
	},

	fill: {
		choose: 'Pilih foto',
		label: 'Isi dari foto dokumen saya (halaman paspor atau bagian belakang kartu identitas; dibaca di perangkat ini)',
		reading: 'Membaca foto…',
		read: 'Diisi dari zona baca mesin (MRZ) di foto Anda. Bandingkan dengan dokumen Anda.',
		uncertain:
			'Diisi dari MRZ di foto Anda, tetapi beberapa karakter meragukan: bandingkan setiap kolom yang terisi dengan dokumen Anda.',
		'not-found':
			'Tidak ada MRZ yang ditemukan di foto ini (banyak SIM dan bagian depan kartu identitas tidak memilikinya). Ketik datanya secara manual, atau pilih foto bagian belakang kartu identitas Anda.',
		error: 'File ini tidak bisa dibaca sebagai foto. Pilih gambar JPEG, PNG, atau WebP.',
	},

	date: {
		privacy: 'Berjalan di browser Anda: apa yang Anda ketik tidak disimpan atau dikirim.',
		loadFailed:
			'Alat pemeriksa tidak bisa memuat kode pemeriksanya: koneksi sepertinya terputus. Apa yang Anda ketik tetap tersimpan. Sambungkan kembali, lalu ubah salah satu kolom untuk memeriksa lagi.',
		compareTitle: 'Apakah akun dan kartu identitas saya menunjukkan tanggal yang sama?',
		whichDate: 'Tanggal yang mana',
		roles: { birth: 'Tanggal lahir', expiry: 'Tanggal kedaluwarsa', issue: 'Tanggal terbit' },
		formAsks: 'Formulir saya meminta',
		notSure: 'Tidak yakin',
		accountLabel: 'Tanggal di akun saya (seperti yang saya ketik)',
		accountHint: 'Misalnya {example}',
		documentLabel: 'Tanggal di kartu identitas saya (seperti yang tercetak)',
		documentHint: 'Misalnya {example1}, {example2}, atau {example3}',
		validityTitle: 'Apakah dokumen saya masih berlaku?',
		birthLabel: 'Tanggal lahir',
		issueLabel: 'Tanggal terbit',
		expiryLabel: 'Tanggal kedaluwarsa',
		readingLabels: { account: 'Akun', document: 'Kartu', birth: 'Lahir', issue: 'Terbit', expiry: 'Kedaluwarsa' },
		ambiguous: 'Ambigu: bisa juga berarti',
		problems: {
			empty: 'Ketik sebuah tanggal.',
			'too-long': 'Ini terlalu panjang untuk sebuah tanggal. Ketik tanggalnya saja, misalnya {example}.',
			'not-a-date':
				'Kami tidak menemukan tanggal di sini. Ketik seperti yang tertulis, misalnya {example} atau {exampleWords}.',
			incomplete: 'Ada bagian yang kurang: tanggal lengkap punya hari, bulan, dan tahun.',
			'partly-unknown':
				'Sebagian tanggal ini ditandai tidak diketahui (X atau <). Dokumen mencetak ini jika hari atau bulannya tidak diketahui: masukkan persis seperti yang tertera di dokumen Anda dan tanyakan kepada layanan itu cara mengisi formulirnya.',
			'unknown-month': '“{word}” bukan nama bulan yang kami kenal.',
			'months-disagree': 'Kata-kata bulan “{word}” menyebut bulan yang berbeda. Periksa ejaannya.',
			'month-out-of-range': 'Tidak ada bulan {value}: bulan hanya dari 1 sampai 12.',
			'day-out-of-range': 'Tidak ada tanggal {value}: tanggal hanya dari 1 sampai 31.',
			'year-out-of-range':
				'Tahun {value} tidak mungkin ada di kartu identitas (kartu memuat tahun dari {min} sampai {max}). Periksa apakah ada salah ketik.',
			'no-such-day': {
				other: '{monthYear} punya {count} hari, jadi tanggal {day} tidak ada.',
			},
			'not-in-era':
				'Tahun itu di luar era Jepangnya (Heisei dimulai 8 Januari 1989, Reiwa 1 Mei 2019). Periksa era dan tahunnya.',
		},
		monthOfYear: 'Bulan {month} tahun {year}',
		suggestion: 'Apakah maksud Anda “{suggestion}”?',
		verdicts: {
			same: 'Tanggal sama. Akun dan kartu identitas Anda menunjukkan hari yang sama.',
			'same-if-reordered':
				'Hari yang sama hanya jika tanggalnya dibaca dengan cara lain. Alat verifikasi bisa melihat dua tanggal yang berbeda.',
			different: { other: 'Tanggal berbeda: selisih {count} hari.' },
			unreadable: 'Salah satu tanggal tidak terbaca: lihat pesan di bawahnya.',
		},
		reasons: {
			order: 'Urutan hari dan bulan berbeda dengan urutan yang dipakai formulir.',
			century: 'Tahun dua angka harus dibaca di abad yang lain.',
			calendar: 'Di salah satu sisi, tahunnya memakai kalender lain.',
			'calendar-variant':
				'Selisihnya satu hari, yang wajar untuk tanggal Hijriah: harinya bergantung pada kalender yang dipakai.',
		},
		documentProblems: {
			expired: {
				other:
					'Kedaluwarsa {count} hari yang lalu. Verifikasi akan gagal: perpanjang dokumen atau gunakan dokumen lain yang masih berlaku.',
			},
			'expires-soon': {
				other:
					'Kedaluwarsa dalam {count} hari. Beberapa layanan menolak dokumen yang sedekat ini dengan tanggal kedaluwarsa: jika bisa, gunakan dokumen yang berlaku lebih lama.',
			},
			'under-age': {
				other:
					'Pemegangnya berusia {count} tahun; bursa mensyaratkan {minimumAge} tahun. Ia bisa melakukan verifikasi mulai {adultOn}.',
			},
			'future-birth': 'Tanggal lahir ada di masa depan. Periksa tahunnya.',
			'issued-in-future':
				'Tanggal terbit ada di masa depan. Periksa tahunnya, atau apakah tanggal terbit dan kedaluwarsa tertukar.',
			'issued-after-expiry': 'Tanggal terbit sesudah tanggal kedaluwarsa: keduanya kemungkinan tertukar.',
			'born-after-issue': 'Tanggal lahir sesudah tanggal terbit. Periksa kedua tahunnya.',
		},
		expiresToday:
			'Kedaluwarsa hari ini. Beberapa layanan menolak dokumen yang sedekat ini dengan tanggal kedaluwarsa: jika bisa, gunakan dokumen yang berlaku lebih lama.',
		noProblem: 'Tidak ada masalah pada tanggal-tanggal ini.',
		validFor: { other: 'Masih berlaku {count} hari lagi.' },
		calendars: {
			gregory: 'Kalender Masehi',
			buddhist: 'Era Buddha Thailand',
			japanese: 'Era Jepang',
			persian: 'Kalender Persia (Hijriah Syamsiah)',
			'islamic-umalqura': 'Kalender Hijriah (Umm al-Qura)',
		},
		orders: {
			DMY: 'hari/bulan/tahun',
			MDY: 'bulan/hari/tahun',
			YMD: 'tahun/bulan/hari',
			YDM: 'tahun/hari/bulan',
			DYM: 'hari/tahun/bulan',
			MYD: 'bulan/tahun/hari',
		},
		formats: {
			iso: 'ISO 8601',
			mrz: 'MRZ (YYMMDD)',
			'month-name': 'nama bulan',
			marked: 'tahun, bulan, dan hari diberi tanda',
		},
		eras: { meiji: 'Meiji', taisho: 'Taishō', showa: 'Shōwa', heisei: 'Heisei', reiwa: 'Reiwa' },
		readAs: 'dibaca sebagai {order}',
		calendarYear: '{calendar}: tahun {year}',
		calendarEraYear: '{calendar}: {era} tahun {year}',
		calendarGuessed: '{calendar}: tahun {year}, ditebak dari angka tahunnya',
		calendarEraGuessed: '{calendar}: {era} tahun {year}, ditebak dari angka tahunnya',
		centuryTaken: 'tahun dua angka dianggap {year}',
		mayBeOff: { other: 'mungkin selisih {count} hari' },
		noteSeparator: '; ',
		typeExactly: 'Ketik persis ini di formulir ({order}): {value}, tanggal di kartu identitas Anda ({date}).',
		typeInOrder: 'Ketik tanggal di kartu identitas Anda ({date}) sesuai urutan formulir:',
	},

	name: {
		account: 'Nama di akun bursa Anda',
		accountHint: 'Seperti yang Anda ketik saat mendaftar, atau seperti yang tampil di halaman akun.',
		document: 'Nama di kartu identitas Anda',
		documentHint:
			'Seperti yang tercetak di bagian atas paspor atau kartu identitas Anda: nama depan, lalu nama keluarga.',
		mrz: 'Zona baca mesin (opsional)',
		mrzHint: 'Dua atau tiga baris penuh tanda < di bagian bawah halaman paspor atau di bagian belakang kartu.',
		idle: 'Ketik kedua nama untuk membandingkannya. Apa yang Anda ketik tidak keluar dari halaman ini.',
		loadFailed:
			'Alat pemeriksa tidak bisa memuat kode pemeriksanya: koneksi sepertinya terputus. Apa yang Anda ketik tetap tersimpan. Sambungkan kembali, lalu ubah salah satu kolom untuk memeriksa lagi.',
		yourAccount: 'Akun Anda',
		yourId: 'Kartu identitas Anda',
		whatToDo: 'Yang perlu dilakukan',
		differences: 'Yang berbeda',
		similarity: 'Kemiripan: {percent} %.',
		mrzTitle: 'Zona baca mesin',
		mrzRead: 'Dibaca sebagai {format}. Nama: {primary}, {secondary}.',
		mrzTruncated:
			'Kolom nama berakhir dengan huruf di posisi terakhirnya: nama itu kemungkinan dipotong agar muat. Huruf-huruf yang ada dibandingkan sebagai awal nama Anda.',
		checkOk: 'Digit pemeriksa untuk {field}: benar.',
		checkBad:
			'Digit pemeriksa untuk {field}: salah. Ketik ulang bagian itu dengan cermat; jika sudah benar, zona itu salah terbaca.',
		mrzAgainstAccount: 'Dibandingkan dengan nama di akun Anda: {verdict}',
		mrzAgainstId: 'Dibandingkan dengan nama yang Anda ketik dari kartu identitas: {verdict}',
		looksLike: 'mirip huruf Latin {letter}',
		highlightedLegend: 'Disorot: karakter yang berbeda.',
		support:
			'Nama biasanya tidak bisa diubah setelah akun diverifikasi. Jika yang perlu diperbaiki adalah nama yang tidak bisa Anda ubah, hubungi tim dukungan dan sebutkan ejaan di kartu identitas Anda.',
		otherKinds: 'Juga:',
		verdicts: {
			exact: 'Nama sama persis, karakter demi karakter.',
			equivalent: 'Nama yang sama, ditulis berbeda. Pemeriksaan yang ketat akan gagal.',
			partial: 'Sebagian nama hilang atau dipendekkan. Sebagian besar pemeriksaan akan gagal.',
			different: 'Ini terbaca sebagai nama yang berbeda. Pemeriksaan akan gagal.',
		},
		verdictAdvice: {
			exact:
				'Tidak ada yang perlu diubah di sini. Jika Anda tetap ditolak, penyebabnya kemungkinan di tempat lain (foto, tanggal lahir, jenis dokumen).',
			equivalent:
				'Ketik nama persis seperti yang tercetak di kartu identitas: huruf yang sama, urutan yang sama, spasi dan tanda hubung yang sama. Jangan sertakan gelar, dan ketik ulang nama itu alih-alih menempelkannya.',
			partial:
				'Pastikan nama di akun memuat setiap nama di kartu identitas, dengan urutan yang sama, ditulis lengkap (tanpa inisial), kecuali bursa hanya meminta nama depan dan nama belakang.',
			different:
				'Periksa salah ketik dulu. Jika kedua nama itu milik Anda tetapi dieja berbeda, jangan membuka akun baru: hubungi tim dukungan dan minta mereka memperbaiki nama agar sama dengan kartu identitas Anda.',
		},
		headlines: {
			case: 'Hanya huruf besar dan kecil yang berbeda: akun Anda menulis “{account}”, kartu identitas Anda “{document}”. Sebagian besar pemeriksaan mengabaikannya; pemeriksaan yang ketat tidak.',
			spacing: 'Spasinya berbeda: akun Anda menulis “{account}”, kartu identitas Anda “{document}”.',
			punctuation: 'Tanda bacanya berbeda: akun Anda menulis “{account}”, kartu identitas Anda “{document}”.',
			diacritics: 'Tanda aksennya berbeda: akun Anda menulis “{account}”, kartu identitas Anda “{document}”.',
			transliteration:
				'Hurufnya dikonversi secara berbeda: akun Anda menulis “{account}”, kartu identitas Anda “{document}”.',
			order: 'Urutan namanya berbeda: “{account}” ada di posisi lain di kartu identitas Anda (“{document}”).',
			width: 'Akun Anda memakai huruf lebar penuh atau huruf bergaya: “{account}”.',
			invisible: 'Ada karakter tak terlihat yang tersembunyi di nama di akun Anda.',
			confusable:
				'Ada huruf dari abjad lain yang tersembunyi di “{account}”: terlihat seperti huruf Latin padahal bukan.',
			title: 'Ada gelar yang ikut ditulis: “{text}”. Kartu identitas tidak mencantumkan gelar.',
			symbol: 'Ada simbol yang tidak mungkin menjadi bagian nama: “{text}”.',
			truncation: 'Zona baca mesin memotong “{account}” menjadi “{document}”.',
			missing: 'Kartu identitas Anda memuat “{document}”, yang tidak ada di akun Anda.',
			extra: 'Akun Anda memuat “{account}”, yang tidak ada di kartu identitas Anda.',
			initial:
				'Sebuah inisial mewakili satu nama utuh: akun Anda menulis “{account}”, kartu identitas Anda “{document}”.',
			spelling: 'Ejaannya berbeda: akun Anda menulis “{account}”, kartu identitas Anda “{document}”.',
			script: 'Kedua nama ditulis dalam abjad yang berbeda, jadi tidak bisa dibandingkan huruf demi huruf.',
		},
		invisibleOnId: 'Ada karakter tak terlihat yang tersembunyi di nama di kartu identitas Anda.',
		kindAdvice: {
			case: 'Biasanya tidak masalah. Jika bursa membolehkan Anda mengubah nama, ikuti huruf besar-kecil di kartu identitas Anda.',
			spacing:
				'Gunakan tepat satu spasi di antara nama, tanpa spasi di awal atau akhir, dan sambungan yang sama seperti di kartu identitas Anda.',
			punctuation:
				"Salin tanda hubung dan apostrof persis seperti di kartu identitas. Gunakan apostrof lurus (') jika formulir tidak menyediakan yang lain.",
			diacritics:
				'Ketik tanda aksen seperti di kartu identitas. Jika formulir menolaknya, gunakan ejaan dari zona baca mesin (baris dengan <<<).',
			transliteration: 'Gunakan ejaan Latin yang tercetak di kartu identitas Anda, bukan konversi Anda sendiri.',
			order:
				'Sebagian besar pemeriksaan membandingkan nama depan dan nama keluarga per kolom. Isi setiap nama di kolom yang benar alih-alih menyusun ulang urutan di satu kolom.',
			width: 'Ketik ulang nama dengan keyboard dalam mode normal (lebar setengah).',
			invisible: 'Hapus nama itu dan ketik ulang secara manual; jangan menempelkannya dari chat atau PDF.',
			confusable: 'Ganti keyboard Anda ke tata letak Latin dan ketik ulang nama itu.',
			title:
				'Jangan sertakan gelar (Bpk., Ibu, Mr, Dr, Jr., III) kecuali kartu identitas Anda mencetaknya sebagai bagian dari nama.',
			symbol: 'Hapus simbol atau emoji itu.',
			truncation:
				'Ini wajar untuk nama yang panjang dan bukan kesalahan Anda: ketik nama lengkap Anda seperti yang tercetak di bagian atas kartu identitas.',
			missing: 'Tambahkan nama ini ke akun, di posisi yang sama seperti di kartu identitas Anda.',
			extra: 'Hapus nama ini dari akun, atau periksa apakah kartu identitas Anda mencetaknya di tempat lain.',
			initial: 'Tulis nama itu secara lengkap, seperti di kartu identitas Anda.',
			spelling: 'Perbaiki ejaannya agar sama dengan kartu identitas Anda huruf demi huruf.',
			script:
				'Ketik nama dalam huruf Latin persis seperti yang dicetak kartu identitas Anda; setiap paspor memuat versi Latin dari nama Anda.',
		},
		explanations: {
			'older-russian-passport':
				'Begini cara paspor Rusia lama (sebelum 2014) mengeja nama; paspor sekarang memakai ejaan ICAO. Jika akun Anda dibuat dengan paspor lama, hubungi tim dukungan alih-alih mengubah nama sendiri.',
			'romanisation-variant':
				'Ini mungkin dua ejaan Latin dari nama yang sama (umum pada nama Arab seperti Mohammed dan Muhammad). Pemeriksaan membandingkan huruf, jadi gunakan ejaan di kartu identitas Anda.',
			'comma-form': 'Kartu identitas Anda menulis nama keluarga lebih dulu, diikuti koma.',
			particle: 'Ini partikel nama (van, de, bin …): di kartu identitas Anda, partikel ini bagian dari nama keluarga.',
			'trailing-space': 'Ada spasi berlebih di akhir.',
			'leading-space': 'Ada spasi berlebih di awal.',
			'mrz-filler': 'Di zona baca mesin, tanda < menggantikan spasi atau tanda hubung.',
		},
		schemes: {
			icao: 'aturan paspor ICAO',
			'icao-language': 'aturan paspor ICAO untuk {languages}',
			'older-russian': 'paspor Rusia lama',
			'not-icao': 'ejaan yang umum, bukan aturan ICAO',
			guess: 'perkiraan: tidak ada tabel ICAO untuk aksara ini',
		},
		scripts: {
			Latin: 'aksara Latin',
			Cyrillic: 'aksara Kiril',
			Greek: 'aksara Yunani',
			Armenian: 'aksara Armenia',
			Georgian: 'aksara Georgia',
			Arabic: 'aksara Arab',
			Hebrew: 'aksara Ibrani',
			Han: 'aksara Tionghoa',
			Hiragana: 'hiragana Jepang',
			Katakana: 'katakana Jepang',
			Hangul: 'aksara Korea',
			Thai: 'aksara Thai',
			Devanagari: 'aksara Dewanagari',
			Other: 'aksara lain',
		},
		notes: {
			invisible: 'karakter tak terlihat',
			control: 'karakter kontrol',
			'odd-space': 'spasi tidak biasa',
			'full-width': 'huruf lebar penuh',
			styled: 'huruf bergaya',
			'foreign-script': 'huruf',
			symbol: 'simbol',
			digit: 'angka',
		},
		characters: {
			'0009': 'karakter tab',
			'000A': 'pindah baris',
			'00A0': 'spasi tanpa jeda',
			'00AD': 'tanda hubung lunak',
			'034F': 'penggabung grafem',
			'061C': 'tanda huruf Arab',
			'200B': 'spasi lebar nol',
			'200C': 'pemisah lebar nol',
			'200D': 'penyambung lebar nol',
			'200E': 'tanda kiri ke kanan',
			'200F': 'tanda kanan ke kiri',
			'2009': 'spasi tipis',
			'202F': 'spasi sempit tanpa jeda',
			'2060': 'penyambung kata',
			'3000': 'spasi ideografis',
			FEFF: 'tanda urutan byte',
		},
		problems: {
			'account-empty': 'Ketik nama di akun bursa Anda.',
			'document-empty': 'Ketik nama seperti yang tercetak di kartu identitas Anda.',
			'account-too-long': 'Nama di akun sangat panjang; hanya {max} karakter pertamanya yang dibandingkan.',
			'document-too-long': 'Nama di kartu identitas sangat panjang; hanya {max} karakter pertamanya yang dibandingkan.',
			'account-no-letters': 'Nama di akun tidak memuat huruf.',
			'document-no-letters': 'Nama di kartu identitas tidak memuat huruf.',
			'right-to-left':
				'Sebagian teks ditulis dari kanan ke kiri. Bursa membandingkan ejaan Latin nama Anda, yang tercetak di kartu identitas.',
		},
		mrzStatus: {
			'wrong-line-count':
				'Zona baca mesin punya dua baris di paspor dan tiga baris di kartu identitas. Tempel semuanya, satu per baris.',
			'wrong-line-length':
				'Setiap baris seharusnya {td3} karakter di paspor, {td2} di beberapa kartu identitas, {td1} di sebagian besar kartu identitas. Ada baris yang terlalu pendek atau terlalu panjang: periksa apakah ada tanda < yang hilang.',
			'bad-characters': 'Zona baca mesin hanya berisi huruf kapital A–Z, angka, dan tanda <. Ganti karakter lainnya.',
			unreadable: 'Ini tidak terlihat seperti zona baca mesin yang dikenal alat pemeriksa ini.',
		},
		checkDigits: {
			documentNumberCheckDigit: 'nomor dokumen',
			birthDateCheckDigit: 'tanggal lahir',
			expirationDateCheckDigit: 'tanggal kedaluwarsa',
			personalNumberCheckDigit: 'nomor pribadi',
			compositeCheckDigit: 'seluruh zona (gabungan)',
		},
	},

	photo: {
		documentIntro:
			'Periksa foto kartu identitas Anda sebelum mengunggahnya. Foto diperiksa di perangkat ini dan tidak pernah dikirim ke mana pun.',
		choose: 'Pilih foto',
		camera: 'Ambil foto',
		working: 'Memeriksa foto Anda…',
		score: 'Skor {score} / 100.',
		previewDocument: 'Foto Anda. Garis luar menunjukkan letak dokumen yang ditemukan; kotak menandai silau.',
		privacy: 'Foto Anda tetap di perangkat ini.',
		verdicts: {
			good: 'Terlihat baik: foto ini seharusnya lolos pemeriksaan kualitas yang biasa.',
			fix: 'Bisa dipakai, tetapi sebaiknya diperbaiki: pemeriksaan yang ketat mungkin menolaknya.',
			retake: 'Ambil foto baru: foto ini kemungkinan besar akan ditolak.',
		},
		checks: {
			resolution: 'Resolusi',
			sharpness: 'Ketajaman',
			glare: 'Silau',
			exposure: 'Kecerahan',
			evenness: 'Cahaya merata',
			framing: 'Pembingkaian',
			color: 'Warna',
		},
		checkOk: {
			resolution: 'Cukup piksel agar tulisan terbaca.',
			sharpness: 'Cukup tajam untuk dibaca.',
			glare: 'Tidak ada silau di dokumen.',
			exposure: 'Tidak terlalu gelap dan tidak terlalu terang.',
			evenness: 'Cahayanya merata.',
			framing: 'Keempat sudut ada di dalam gambar, dengan sedikit jarak.',
			color: 'Foto berwarna.',
		},
		unsure: {
			badge: 'Di ambang batas',
			margin: 'Jarak tepi: di ambang batas. Sisakan sedikit lebih banyak jarak di sekitar dokumen.',
			fill: 'Ukuran: di ambang batas. Dekatkan kamera sedikit agar dokumen memenuhi sebagian besar gambar.',
			tilt: 'Kemiringan: di ambang batas. Pegang ponsel rata di atas dokumen.',
		},
		measuredOnCentre:
			'Kami tidak bisa menemukan tepi dokumen, jadi silau dan cahaya diperiksa di bagian tengah gambar.',
		glareOkCentre: 'Tidak ada silau di bagian tengah gambar.',
		problems: {
			'image-too-small':
				'Fotonya kecil. Gunakan kamera utama ponsel dengan resolusi penuh, dan kirim file aslinya, bukan tangkapan layar atau salinan dari aplikasi chat.',
			'document-low-dpi':
				'Dokumen terlihat kecil di foto, sehingga tulisannya hanya punya sedikit piksel. Dekatkan kamera sampai dokumen memenuhi sebagian besar gambar.',
			soft: 'Fotonya agak kurang tajam. Pegang ponsel dengan kedua tangan, ketuk dokumen di layar untuk fokus, dan tunggu sebentar sebelum memotret.',
			blurry:
				'Fotonya buram. Sandarkan siku di meja, ketuk dokumen untuk fokus, dan potret di tempat yang terang agar kamera tidak perlu rana lambat.',
			'no-detail': 'Hampir tidak ada detail di foto. Pastikan dokumen ada di dalam gambar dan lensa tidak tertutup.',
			glare:
				'Ada cahaya yang memantul dari dokumen. Miringkan sedikit, menjauhlah dari lampu dan jendela, dan matikan flash.',
			'too-dark':
				'Fotonya terlalu gelap. Pindah ke tempat yang lebih terang, dekat jendela pada siang hari jika bisa, tanpa sinar matahari langsung di dokumen.',
			'too-bright':
				'Fotonya terlalu terang. Menjauhlah dari cahaya langsung atau ketuk dokumen di layar agar kamera menyesuaikan.',
			'clipped-shadows':
				'Sebagian foto hitam pekat. Tambah cahaya, atau hindari latar yang sangat gelap di samping dokumen yang terang.',
			'clipped-highlights':
				'Sebagian foto terbakar menjadi putih sepenuhnya, sehingga detailnya hilang. Hindari cahaya langsung dan ketuk dokumen di layar untuk menyesuaikan eksposur.',
			'low-contrast': 'Fotonya tampak pudar. Hindari cahaya yang mengarah ke lensa dan bersihkan lensa kamera.',
			'uneven-light':
				'Ada bayangan atau cahaya tidak merata di foto. Pindah posisi agar cahaya jatuh merata, dan jaga agar tangan dan ponsel tidak membuat bayangan.',
			'document-not-found':
				'Kami tidak bisa menemukan tepi dokumen Anda, jadi pembingkaian, ukuran, atau kemiringannya tidak bisa dinilai. Letakkan di permukaan polos yang warnanya berbeda dari dokumen, agar keempat tepinya terlihat jelas.',
			'fills-frame':
				'Dokumen memenuhi seluruh gambar, sehingga tepinya tidak terlihat. Sisakan sedikit jarak di sekelilingnya: banyak pemeriksaan ingin melihat keempat sudut.',
			'cut-off': 'Sebagian dokumen berada di luar gambar. Jauhkan kamera sampai keempat sudut terlihat.',
			'near-edge': 'Dokumen menyentuh tepi gambar. Sisakan sedikit jarak di setiap sisi.',
			'too-small-in-frame':
				'Dokumen terlihat kecil di gambar. Dekatkan kamera agar dokumen memenuhi sebagian besar bingkai, dengan sedikit jarak.',
			tilted: 'Dokumen dipotret miring. Pegang ponsel rata di atasnya, sejajar dengan dokumen.',
			grayscale:
				'Ini terlihat seperti foto hitam putih atau fotokopi. Sebagian besar pemeriksaan menolaknya: potret dokumen asli dalam warna.',
			'low-color':
				'Foto ini sangat sedikit warnanya. Pastikan ini foto berwarna dari dokumen asli, bukan salinan, dan matikan filter apa pun.',
		},
		fileProblems: {
			'empty-file': 'File ini kosong (0 byte). Pilih fotonya lagi, atau ambil foto baru.',
			'file-too-large':
				'File ini lebih dari {megabytes} MB, terlalu besar untuk diperiksa di sini. Ambil foto dengan pengaturan kamera standar ponsel Anda, atau ekspor salinan JPEG.',
			'not-an-image':
				'File ini bukan foto yang bisa dibaca alat pemeriksa ini. Pilih foto JPEG, PNG, WebP, atau HEIC (PDF atau dokumen teks tidak bisa).',
			'too-many-pixels':
				'Gambar ini punya terlalu banyak piksel untuk diperiksa di perangkat ini. Ekspor salinan JPEG yang lebih kecil (misalnya selebar {pixels} piksel).',
			'heic-not-supported':
				'Browser ini tidak bisa membuka foto HEIC (format bawaan iPhone). Buka halaman ini di iPhone itu sendiri, di Safari, yang bisa membukanya. Atau dapatkan JPEG: di iPhone buka Pengaturan > Kamera > Format, pilih “Paling Kompatibel”, lalu potret ulang; untuk menyalin foto ke komputer sebagai JPEG, buka Pengaturan > Foto dan di bawah “Transfer ke Mac atau PC” pilih “Otomatis”.',
			'cannot-decode':
				'Foto ini tidak bisa dibuka: file mungkin rusak atau baru terunduh sebagian. Salin lagi ke perangkat Anda, atau ambil foto baru.',
			'analysis-failed': 'Terjadi kesalahan saat memeriksa foto ini. Coba lagi, atau coba foto lain.',
		},
	},

	selfie: {
		intro:
			'Periksa selfie sebelum verifikasi wajah: apakah wajah Anda ditemukan, di tengah, cukup besar, dan cukup terang? Selfie diperiksa di perangkat ini dan tidak pernah dikirim ke mana pun.',
		choose: 'Pilih selfie',
		camera: 'Ambil selfie',
		working: 'Mencari wajah Anda…',
		loading: 'Mencari wajah Anda… (pemeriksaan pertama butuh beberapa detik selagi pendeteksi wajah dimuat)',
		preview: 'Selfie Anda. Kotak hijau menandai wajah yang ditemukan.',
		previewMany: 'Selfie Anda. Kotak-kotak menandai setiap wajah yang ditemukan.',
		otherChecks: 'Pemeriksaan lainnya membutuhkan tepat satu wajah.',
		limits:
			'Yang tidak diperiksa: apakah mata Anda terbuka atau tertutup, kacamata, topi, atau masker, dan apakah gambar itu foto langsung diri Anda. Bursa memeriksanya sendiri (foto dari layar, foto cetak, atau video akan ditolak); halaman ini tidak bisa membedakannya, jadi selalu gunakan kamera Anda sendiri secara langsung.',
		privacy: 'Selfie Anda tetap di perangkat ini.',
		verdicts: {
			pass: 'Terlihat baik: verifikasi wajah seharusnya menerima selfie ini.',
			warn: 'Bisa dipakai, tetapi sebaiknya diperbaiki: verifikasi wajah yang ketat mungkin menolaknya.',
			fail: 'Ambil selfie baru: selfie ini kemungkinan besar akan ditolak.',
		},
		checks: {
			face: 'Wajah',
			'face-size': 'Jarak',
			'face-position': 'Posisi',
			'head-pose': 'Kepala lurus',
			backlight: 'Cahaya dari belakang',
			evenness: 'Cahaya merata',
			exposure: 'Kecerahan',
			sharpness: 'Ketajaman',
		},
		checkOk: {
			face: 'Satu wajah ditemukan.',
			'face-size': 'Ukuran wajah Anda pas di gambar.',
			'face-position': 'Wajah Anda dekat dengan bagian tengah.',
			'head-pose': 'Anda menatap lurus ke kamera.',
			backlight: 'Wajah Anda tidak lebih gelap daripada latar belakangnya.',
			evenness: 'Kedua sisi wajah Anda terang merata.',
			exposure: 'Wajah Anda tidak terlalu gelap dan tidak terlalu terang.',
			sharpness: 'Wajah Anda tajam.',
		},
		problems: {
			'no-face':
				'Wajah tidak terdeteksi. Pegang ponsel sejajar mata dengan seluruh wajah Anda di dalam gambar, tanpa penutup dan diterangi dari depan.',
			'several-faces':
				'Beberapa wajah ditemukan. Hanya satu orang: pindah ke tempat yang tidak ada orang lain di dalam gambar.',
			'face-too-small':
				'Mendekatlah. Wajah Anda kecil di gambar: pegang ponsel lebih dekat, sejauh satu lengan. (Foto kartu identitas diperiksa di pemeriksa foto, bukan di sini.)',
			'face-too-close': 'Menjauhlah. Wajah Anda memenuhi gambar: pegang ponsel sedikit lebih jauh.',
			'face-cut-off': 'Jaga seluruh wajah Anda di dalam gambar. Sebagian wajah berada di luar bingkai.',
			'face-off-centre': 'Posisikan wajah di tengah. Geser ponsel agar wajah Anda berada di tengah gambar.',
			'head-tilted': 'Tegakkan kepala. Jaga mata Anda sejajar dengan kamera.',
			'head-turned': 'Tatap lurus ke kamera. Kepala Anda menoleh ke satu sisi.',
			backlit:
				'Pindah ke tempat yang cahaya di belakang Anda lebih sedikit. Cahaya ada di belakang Anda, jadi wajah Anda gelap: hadapkan wajah ke jendela atau lampu.',
			'uneven-light': 'Satu sisi wajah Anda tertutup bayangan. Berputarlah agar cahaya jatuh merata di wajah Anda.',
			'face-too-dark': 'Pindah ke tempat yang lebih terang. Wajah Anda terlalu gelap.',
			'face-too-bright':
				'Pindah ke tempat yang cahayanya lebih sedikit. Wajah Anda terlalu terang, dan detailnya hilang.',
			'face-blurry': 'Tahan diam. Wajah Anda buram: pegang ponsel dengan mantap dan lap lensa kamera.',
			'face-soft':
				'Tahan diam. Wajah Anda agak kurang tajam: pegang ponsel dengan mantap, dan ambil selfie di tempat yang terang.',
		},
		errors: {
			'empty-file': 'File ini kosong (0 byte). Pilih selfie-nya lagi, atau ambil yang baru.',
			'file-too-large':
				'File ini lebih dari {megabytes} MB, terlalu besar untuk diperiksa di sini. Ambil selfie dengan pengaturan kamera standar ponsel Anda.',
			'not-an-image':
				'File ini bukan gambar yang bisa dibaca alat pemeriksa ini. Pilih foto JPEG, PNG, atau WebP (PDF atau dokumen teks tidak bisa).',
			'too-many-pixels':
				'Gambar ini punya terlalu banyak piksel untuk diperiksa di perangkat ini. Ekspor salinan JPEG yang lebih kecil.',
			'heic-not-supported':
				'Browser ini tidak bisa membuka foto HEIC (format bawaan iPhone). Buka halaman ini di iPhone itu sendiri, di Safari, atau pilih “Paling Kompatibel” di Pengaturan > Kamera > Format dan ambil selfie lagi.',
			'cannot-decode':
				'Gambar ini tidak bisa dibuka: file mungkin rusak atau baru terunduh sebagian. Ambil selfie baru, atau salin lagi ke perangkat Anda.',
			'selfie-too-small':
				'Gambar ini terlalu kecil untuk menemukan wajah (kurang dari {pixels} piksel di satu sisi). Gunakan kamera ponsel Anda dengan ukuran penuh, bukan gambar mini atau tangkapan layar.',
			'detector-failed': 'Pendeteksi wajah tidak bisa dimuat. Muat ulang halaman dan coba lagi.',
			'analysis-failed': 'Terjadi kesalahan saat memeriksa gambar ini. Coba lagi, atau coba gambar lain.',
		},
	},

	ready: {
		choose: 'Pilih foto',
		nameLabel: 'Nama lengkap di akun bursa Anda',
		birthLabel: 'Tanggal lahir di akun Anda',
		countryLabel: 'Negara tempat tinggal di akun Anda',
		countryHint: 'Ketik nama negara, lalu pilih dari daftar.',
		countryNames: 'Dokumen diterbitkan oleh: {issuer}. Negara tempat tinggal: {residence}.',
		frontLabel: 'Foto halaman paspor Anda, atau bagian depan kartu identitas Anda',
		backLabel: 'Bagian belakang kartu identitas Anda (tempat MRZ biasanya berada), jika ada',
		reading: 'Membaca foto…',
		mrzAsRead: 'MRZ yang terbaca',
		mrzAria: 'Zona baca mesin yang terbaca',
		doubtful: 'meragukan',
		fixLabel: 'Jika ada karakter yang berbeda dari dokumen Anda, perbaiki di sini:',
		reportAria: 'Laporan kesiapan Anda',
		status: {
			pass: 'Tampak baik',
			warn: 'Periksa ini',
			fail: 'Kemungkinan gagal',
			todo: 'Menunggu',
			note: 'Catatan',
		},
		items: {
			photo: 'Kualitas foto',
			mrz: 'Zona baca mesin (MRZ)',
			name: 'Nama',
			birth: 'Tanggal lahir',
			validity: 'Masa berlaku dokumen',
			age: 'Usia',
			country: 'Negara penerbit dan negara tempat tinggal',
		},
		codes: {
			'no-photo': 'Pilih foto paspor Anda, atau foto bagian belakang kartu identitas Anda, untuk membaca MRZ-nya.',
			'not-found':
				'Tidak ada MRZ yang ditemukan. Banyak SIM dan bagian depan kartu identitas tidak memilikinya: pilih bagian belakang kartu, atau ketik data Anda secara manual di pencocok nama dan pemeriksa tanggal.',
			uncertain:
				'MRZ terbaca, tetapi beberapa karakter meragukan (ditandai di bawah). Bandingkan dengan dokumen Anda dan perbaiki.',
			read: 'MRZ terbaca dan semua digit pemeriksanya benar.',
			'no-account-name': 'Ketik nama lengkap Anda seperti yang tampil di akun bursa Anda.',
			'no-account-birth': 'Ketik tanggal lahir Anda seperti yang tampil di akun bursa Anda.',
			'no-account-country': 'Ketik negara tempat tinggal Anda seperti yang tampil di akun bursa Anda.',
			'no-document': 'Menunggu MRZ dokumen.',
			'photo-none': 'Pilih foto dokumen Anda untuk memeriksa kualitasnya.',
			'photo-good': 'Foto seharusnya lolos pemeriksaan kualitas yang biasa.',
			'photo-fix': 'Foto bisa dipakai, tetapi pemeriksaan yang ketat mungkin menolaknya:',
			'photo-retake': 'Ambil foto baru: foto ini kemungkinan besar akan ditolak:',
			'photo-cannot-open': 'Foto tidak bisa dibuka, jadi kualitasnya tidak bisa diperiksa.',
			unreadable: 'Nama di MRZ tidak terbaca.',
			exact: 'Nama di akun sama dengan dokumen.',
			equivalent: 'Nama di akun adalah nama yang sama seperti yang ditulis dokumen.',
			partial: 'Kedua nama punya bagian yang sama tetapi berbeda: pemeriksaan yang ketat mungkin menolaknya.',
			different: 'Nama di akun berbeda dengan dokumen.',
			'birth-same': 'Tanggal lahirnya sama.',
			'birth-same-if-reordered': 'Tanggalnya hanya sama jika hari dan bulan ditukar: periksa urutan yang Anda ketik.',
			'birth-different': 'Tanggal lahir di akun Anda berbeda dengan dokumen.',
			'birth-unreadable':
				'Tanggal lahir yang Anda ketik tidak terbaca sebagai tanggal. Ketik seperti yang tampil di akun Anda.',
			valid: 'Dokumen masih berlaku.',
			expired: 'Dokumen sudah kedaluwarsa: verifikasi akan ditolak.',
			'expires-soon': {
				other: 'Dokumen kedaluwarsa dalam {count} hari.',
			},
			adult: {
				other: 'Usia Anda sudah cukup ({count} tahun atau lebih).',
			},
			'under-age': {
				other: 'Menurut tanggal lahir ini, usia Anda di bawah {count} tahun.',
			},
			'future-birth': 'Tanggal lahir ada di masa depan: salah terbaca atau salah ketik.',
			'same-country': 'Dokumen diterbitkan oleh negara tempat tinggal Anda.',
			'other-country':
				'Dokumen diterbitkan oleh negara lain, bukan negara tempat Anda tinggal. Sebagian besar bursa membolehkannya (tempat tinggal dan kewarganegaraan bisa berbeda), tetapi pilih negara penerbit saat ditanya dokumen apa yang Anda miliki.',
			'unknown-country': 'Pilih negara tempat tinggal Anda dari daftar, atau ketik namanya secara lengkap.',
		},
		mrzStates: {
			read: 'Foto terbaca: laporan di bawah memakai MRZ-nya.',
			uncertain: 'Foto terbaca, dengan karakter yang meragukan: periksa MRZ di bawah.',
			'not-found': 'Tidak ada MRZ di foto ini.',
		},
		readErrors: {
			'cannot-decode': 'File ini tidak bisa dibuka sebagai foto. Pilih gambar JPEG, PNG, atau WebP.',
			'engine-failed': 'Pembaca tidak bisa dimulai. Muat ulang halaman dan coba lagi.',
		},
	},
};

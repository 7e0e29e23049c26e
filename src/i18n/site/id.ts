import type { SiteMessages } from './en';

/** The site's own words in Indonesian (the reader is "Anda"; terms from src/i18n/glossary/id.ts). */
export const messages: SiteMessages = {
	site: {
		title: 'Panduan Perbaikan KYC',
	},
	sidebar: {
		startHere: 'Mulai di sini',
		home: 'Beranda',
		beforeYouStart: 'Sebelum mulai',
		staySafe: 'Waspada penipuan',
		checkers: 'Alat pemeriksa',
	},
	categories: {
		'document-quality': {
			label: 'Kualitas foto dokumen',
			summary: 'Foto kartu identitas Anda buram, silau, terpotong, terlalu kecil, atau kurang cahaya.',
		},
		'information-mismatch': {
			label: 'Data tidak cocok',
			summary: 'Nama, tanggal lahir, atau negara Anda berbeda dengan kartu identitas, atau kartunya sudah kedaluwarsa.',
		},
		'facial-verification': {
			label: 'Verifikasi wajah',
			summary: 'Selfie atau pemeriksaan keaktifan gagal: cahaya, kacamata atau topi, posisi kamera, gerakan.',
		},
		'technical-issues': {
			label: 'Masalah teknis',
			summary: 'Langkah unggah atau kamera rusak: browser, versi aplikasi, jaringan, atau sesi habis.',
		},
		'after-repeated-failures': {
			label: 'Setelah gagal berulang kali',
			summary: 'Anda ditolak lebih dari sekali: baca alasannya, bersiap, hubungi tim dukungan, ganti dokumen.',
		},
		'account-and-eligibility': {
			label: 'Akun dan kelayakan',
			summary:
				'Bukti alamat, kartu identitas yang sudah digunakan, data terkonfirmasi yang salah, peninjauan lama, usia atau wilayah, penolakan final.',
		},
	},
	footer: {
		notice:
			'Ini adalah panduan independen. Panduan ini tidak berafiliasi dengan Binance atau bursa dan penyedia layanan verifikasi lain mana pun, serta tidak didukung atau dijalankan oleh mereka. Tidak ada seorang pun dari situs ini yang akan menghubungi Anda, meminta dokumen Anda, atau meminta bayaran. Sebelum menerima bantuan dari siapa pun, baca {link}.',
		staySafeLink: 'Waspada penipuan KYC',
	},
	article: {
		inShort: 'Singkatnya:',
		symptomsHeading: 'Yang mungkin Anda lihat',
		checkerPrintNote: 'Halaman ini punya alat pemeriksa interaktif. Gunakan secara online di {url}',
	},
	searchForm: {
		label: 'Ketik atau tempel pesan yang Anda lihat',
		placeholder: 'mis. The image is blurry',
		button: 'Cari',
	},
	searchPage: {
		title: 'Cari di panduan',
		description:
			'Cari di Panduan Perbaikan KYC dengan kata-kata dari pesan penolakan Anda, kata-kata Anda sendiri, atau bahkan salah ketik.',
		label: 'Apa isi pesan penolakannya, atau apa yang salah?',
		placeholder: 'mis. foto silau, nama tidak sama',
		category: 'Kategori',
		allCategories: 'Semua kategori',
		emptyIntro: 'Atau mulai dari jenis masalahnya:',
		beforeYouStart: '{link}: daftar periksa untuk percobaan berikutnya.',
		beforeYouStartLink: 'Sebelum mulai',
		noScript: 'Pencarian membutuhkan JavaScript. Telusuri kategori di menu sebagai gantinya.',
		prompt: 'Ketik kata-kata dari pesan penolakan Anda, atau jelaskan apa yang salah.',
		searching: 'Mencari…',
		correction: 'Menampilkan hasil untuk {corrected} (Anda mengetik “{typed}”).',
		noResults: 'Tidak ada halaman yang cocok dengan “{query}”.',
		noResultsInCategory: 'Tidak ada halaman yang cocok dengan “{query}” di {category}.',
		results: { other: '{count} halaman cocok.' },
		resultsInCategory: { other: '{count} halaman cocok di {category}.' },
		resultsReduced: {
			other: '{count} halaman cocok dengan kata-kata utama pesan Anda.',
		},
		resultsReducedInCategory: {
			other: '{count} halaman cocok dengan kata-kata utama pesan Anda di {category}.',
		},
		loadError: 'Pencarian tidak bisa dimuat. Muat ulang halaman, atau telusuri kategori di bawah.',
	},
	searchDialog: {
		correction: 'Menampilkan hasil untuk {corrected}.',
		seeAll: 'Lihat semua hasil di halaman pencarian',
	},
	openSearch: {
		description: 'Kenapa verifikasi identitas (KYC) gagal dan cara memperbaikinya',
	},
	offline: {
		title: 'Anda sedang offline.',
		stored: 'Panduan ini, pencariannya, dan alat pemeriksa tetap berfungsi: semuanya berjalan di perangkat Anda.',
		notStored:
			'Apa yang sudah dimuat halaman ini tetap berfungsi di perangkat Anda; halaman lain mungkin belum bisa dibuka sampai Anda kembali online.',
	},
	figures: {
		labels: { right: 'Baik', wrong: 'Buruk', single: 'Foto yang baik' },
		examples: {
			'good-document': {
				caption:
					'Foto dokumen yang baik: seluruh kartu dengan sedikit meja di sekelilingnya, memenuhi sebagian besar bingkai, tajam, rata, dan terang merata, tanpa silau. (Kartu contoh.)',
				rightAlt:
					'Foto kartu identitas yang diletakkan rata di atas meja polos berwarna gelap. Seluruh kartu ada di dalam foto dengan sedikit meja di sekelilingnya, kartu memenuhi sebagian besar foto, tajam, dan cahayanya merata, tanpa bercak terang.',
			},
			blur: {
				caption:
					'Baik: tajam, tulisan terkecil pun terbaca. Buruk: kartu yang sama tidak fokus; tulisan kecil hilang, dan alat pemeriksa foto menilai foto ini buram.',
				rightAlt: 'Kartu identitas yang dipotret tajam: setiap huruf nama dan tanggal bertepi tegas.',
				wrongAlt:
					'Kartu identitas yang sama tidak fokus: hurufnya lembek dan tercoreng, dan tulisan kecil tidak terbaca.',
			},
			glare: {
				caption:
					'Baik: setiap karakter baris kode terlihat. Buruk: pantulan lampu di plastik membuat bercak putih di atas baris kode, dan karakter di bawahnya hilang.',
				rightAlt:
					'Bagian belakang kartu identitas dengan tiga baris kode baca mesin, terang merata, setiap karakter terbaca.',
				wrongAlt:
					'Kartu yang sama dengan bercak silau putih dari lampu di atas baris kode: karakter di bawah bercak itu hilang.',
			},
			'cut-off': {
				caption:
					'Baik: keempat sudut, dengan sedikit jarak meja di sekeliling kartu. Buruk: tepi kanan dan sudut-sudutnya terpotong, sehingga kartu tidak bisa diperiksa secara utuh.',
				rightAlt: 'Kartu identitas dengan keempat sudut di dalam foto dan sedikit meja terlihat di setiap sisi.',
				wrongAlt: 'Kartu yang sama bergeser ke satu sisi: tepi kanan dan kedua sudut kanannya berada di luar foto.',
			},
			'too-far': {
				caption:
					'Baik: halaman paspor memenuhi sebagian besar bingkai, sehingga tulisannya punya cukup piksel. Buruk: diambil dari terlalu jauh, halaman itu hanya bidang kecil dan tulisannya terlalu sedikit piksel untuk dibaca.',
				rightAlt:
					'Halaman foto paspor memenuhi sebagian besar foto, dengan sedikit meja di tepinya: dua baris kode di bagian bawah cukup besar untuk dibaca.',
				wrongAlt:
					'Halaman paspor yang sama dipotret dari terlalu jauh: hanya bidang kecil di tengah meja dan tulisannya terlalu kecil untuk dibaca.',
			},
			shadow: {
				caption:
					'Baik: cahaya merata di seluruh kartu. Buruk: bayangan ponsel jatuh di bagian kiri kartu dan menyembunyikan detail foto wajah.',
				rightAlt: 'Kartu identitas yang terang merata dari sudut ke sudut.',
				wrongAlt:
					'Kartu yang sama dengan bayangan gelap, seperti bayangan ponsel atau tangan, melintang di bagian kirinya, di atas foto wajah.',
			},
			backlit: {
				caption:
					'Baik: cahaya di depan Anda dan dinding polos di belakang. Buruk: jendela terang di belakang Anda; kamera menyesuaikan diri dengan jendela, dan wajah Anda menjadi gelap.',
				rightAlt:
					'Gambar ilustrasi selfie: seorang perempuan menghadap kamera di depan dinding polos, wajahnya terang merata dan terlihat jelas.',
				wrongAlt:
					'Perempuan yang sama dengan jendela terang di belakangnya: wajahnya gelap dan detailnya sulit terlihat.',
			},
			'too-close': {
				caption:
					'Baik: ponsel sejauh satu lengan, sehingga seluruh kepala dan bagian atas bahu masuk. Buruk: terlalu dekat; wajah keluar dari gambar dan terlihat terdistorsi.',
				rightAlt:
					'Gambar ilustrasi selfie dengan seluruh kepala dan bagian atas bahu di dalam gambar, wajah di tengah.',
				wrongAlt:
					'Wajah yang sama dengan ponsel yang dipegang terlalu dekat: wajah memenuhi seluruh gambar, dan puncak kepala serta telinga terpotong.',
			},
			sunglasses: {
				caption:
					'Baik: tidak ada apa pun di wajah, kedua mata terlihat. Buruk: kacamata hitam menyembunyikan mata, padahal pencocokan wajah membutuhkannya. Lepas kacamata, topi, dan masker.',
				rightAlt: 'Gambar ilustrasi selfie seorang perempuan tanpa apa pun di wajahnya: kedua mata terlihat jelas.',
				wrongAlt: 'Perempuan yang sama memakai kacamata hitam gelap yang menyembunyikan matanya.',
			},
			moving: {
				caption:
					'Baik: ponsel dan kepala ditahan diam. Buruk: bergerak saat foto diambil; wajah tercoreng ke samping, dan pemeriksaan tidak bisa mencocokkannya.',
				rightAlt: 'Gambar ilustrasi selfie yang diambil dengan diam: garis wajah dan mata tajam.',
				wrongAlt: 'Selfie yang sama diambil sambil bergerak: wajah tercoreng ke samping dan matanya berbayang ganda.',
			},
		},
	},
	diagrams: {
		mrz: {
			label:
				'Letak zona baca mesin. Di halaman foto paspor, zona ini berupa dua baris berisi 44 karakter di sepanjang bagian bawah halaman. Di kartu identitas, zona ini berupa tiga baris berisi 30 karakter, biasanya di bagian belakang kartu, di sepanjang bagian bawah.',
			caption:
				'Zona baca mesin (MRZ) adalah blok baris kode dengan tanda <. Pastikan seluruhnya masuk ke foto, tajam dan tanpa silau.',
			passport: 'Halaman foto paspor',
			card: 'Kartu identitas, belakang',
			photo: 'Foto',
			mrz2: 'MRZ: 2 baris × 44',
			mrz3: 'MRZ: 3 baris × 30',
		},
		parallel: {
			label:
				'Dilihat dari samping: baik, ponsel dipegang rata di atas dokumen, sejajar dengannya, sehingga setiap bagian sama jaraknya dari kamera. Buruk, ponsel dimiringkan, sehingga satu ujung dokumen lebih dekat daripada ujung lainnya dan dokumen terlihat seperti trapesium.',
			caption: 'Pegang ponsel rata di atas dokumen, sejajar dengannya, tidak miring.',
			good: 'Baik: sejajar',
			bad: 'Buruk: miring',
			phone: 'Ponsel',
			document: 'Dokumen',
		},
		light: {
			label:
				'Dari mana cahaya sebaiknya datang. Baik: cahaya siang dari jendela di samping jatuh miring ke dokumen, dan pantulannya menjauh dari kamera. Buruk: lampu tepat di atas dokumen memantul langsung ke kamera sebagai silau.',
			caption:
				'Cahaya dari samping (jendela) memantul menjauh dari kamera. Lampu tepat di atas memantul ke kamera sebagai bercak putih.',
			good: 'Baik: dari samping',
			bad: 'Buruk: tepat di atas',
			window: 'Jendela',
			lamp: 'Lampu',
			reflection: 'Pantulan',
			glare: 'Silau',
		},
		margin: {
			label:
				'Dokumen di dalam bingkai kamera: keempat sudut terlihat, sedikit jarak meja di setiap sisi, dan dokumen memenuhi sebagian besar bingkai.',
			caption: 'Keempat sudut di dalam bingkai, dengan sedikit jarak meja di setiap sisi.',
			frame: 'Bingkai kamera',
			margin: 'Sedikit jarak',
			corner: 'Keempat sudut',
		},
		face: {
			label:
				'Wajah di dalam bingkai untuk selfie: seluruh kepala dari puncak rambut sampai dagu di dalam oval, wajah di tengah, menatap lurus ke kamera, bagian atas bahu terlihat, dan latar belakang polos.',
			caption: 'Seluruh wajah di dalam oval, mata sejajar, menatap kamera, bahu sedikit terlihat.',
			head: 'Puncak kepala di dalam',
			chin: 'Dagu di dalam',
			eyes: 'Mata sejajar, menatap lensa',
			plain: 'Latar polos',
		},
	},
};

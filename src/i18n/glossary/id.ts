import type { Glossary } from './types';

/**
 * How the Indonesian pages and checkers say the guide's key terms: the reader is "Anda", the words
 * are the plain ones of Indonesian help pages (banks' and e-wallets' eKYC, the exchanges' Indonesian
 * help centres), in the standard spelling (KBBI) where readers also know it.
 */
export const glossary: Glossary = [
	{
		en: 'identity verification (KYC)',
		term: 'verifikasi identitas',
		avoid: ['pemeriksaan identitas', 'validasi identitas', 'pengesahan identitas'],
		note: 'What Indonesian exchanges and e-wallets call the step, written "verifikasi identitas (KYC)" at first mention; readers type "KYC" as is.',
	},
	{
		en: 'verification',
		term: 'verifikasi',
		avoid: ['pengesahan', 'validasi', 'pemverifikasian'],
		note: 'One word for the whole process; "validasi" reads as a different, technical step.',
	},
	{
		en: 'selfie',
		term: 'selfie',
		avoid: ['swafoto', 'foto diri sendiri'],
		note: '"Swafoto" is the KBBI word, but apps and readers say "selfie"; the guide uses the word readers search for.',
	},
	{
		en: 'liveness check',
		term: 'pemeriksaan keaktifan',
		avoid: ['pemeriksaan kehidupan', 'uji kehidupan', 'cek kehidupan', 'tes kehidupan'],
		note: 'Says what the step checks (a live person in front of the camera now); "kehidupan" means "life" and reads as machine translation.',
	},
	{
		en: 'MRZ / machine-readable zone',
		term: 'MRZ',
		avoid: ['zona yang dapat dibaca mesin', 'area yang bisa dibaca mesin'],
		note: 'Explained once on a page as "zona baca mesin (MRZ)"; "MRZ" is what apps and readers write.',
	},
	{
		en: 'proof of address',
		term: 'bukti alamat',
		avoid: ['pembuktian alamat', 'bukti domisili alamat', 'tanda bukti alamat'],
		note: 'The exchanges\' Indonesian wording; "surat keterangan domisili" stays the name of a real document (a certificate of residence).',
	},
	{
		en: 'passport data page',
		term: 'halaman data paspor',
		avoid: ['halaman informasi paspor', 'halaman identitas paspor'],
		note: 'The page with the photo, the details and the MRZ.',
	},
	{
		en: 'ID card',
		term: 'kartu identitas',
		avoid: ['kartu ID', 'kartu pengenal diri'],
		note: 'The general word, which covers Indonesia\'s KTP (e-KTP) and other countries\' ID cards; readers who type "KTP" are mapped to it in search.',
	},
	{
		en: 'driving licence',
		term: 'SIM',
		avoid: ['lisensi mengemudi', 'surat izin berkendara', 'lisensi pengemudi'],
		note: '"SIM" (surat izin mengemudi) is the only name readers use; "lisensi" is a literal translation.',
	},
	{
		en: 'document',
		term: 'dokumen',
		avoid: ['dokumentasi', 'berkas identitas'],
		note: 'The everyday word for an ID, a passport or a bill.',
	},
	{
		en: 'exchange',
		term: 'bursa',
		avoid: ['pertukaran', 'tempat penukaran'],
		note: 'What Indonesian crypto users call an exchange ("bursa kripto"); "pertukaran" is a machine translation\'s choice.',
	},
	{
		en: 'account',
		term: 'akun',
		avoid: ['rekening akun', 'akun pengguna Anda'],
		note: '"Akun" for the exchange account; "rekening" stays for bank accounts ("rekening koran" is a bank statement).',
	},
	{
		en: 'date of birth',
		term: 'tanggal lahir',
		avoid: ['tgl lahir', 'hari lahir'],
		note: 'As on Indonesian forms and the KTP.',
	},
	{
		en: 'expiry date',
		term: 'tanggal kedaluwarsa',
		avoid: ['kadaluarsa', 'kadaluwarsa', 'kedaluarsa', 'tanggal habis masa'],
		note: 'The KBBI spelling; the common misspellings are kept out of the pages and mapped to it in search.',
	},
	{
		en: 'glare',
		term: 'silau',
		avoid: ['kilauan cahaya', 'sorotan'],
		note: '"Silau", "pantulan cahaya": what readers say about a bright reflection on a photo.',
	},
	{
		en: 'blur',
		term: 'buram',
		avoid: ['kabur'],
		note: '"Buram" in the pages; readers also type "blur" or "kabur" (which also means "run away"), mapped to it in search.',
	},
	{
		en: 'support ticket',
		term: 'tiket dukungan',
		avoid: ['karcis dukungan', 'tiket support', 'tiket bantuan'],
		note: 'A written request to support; "karcis" is a travel ticket.',
	},
	{
		en: 'rejection / rejected',
		term: 'ditolak',
		avoid: ['disangkal', 'ditampik', 'dibantah'],
		note: '"Ditolak", "penolakan": what apps and readers say.',
	},
	{
		en: 'checker',
		term: 'alat pemeriksa',
		avoid: ['pemeriksa otomatis', 'mesin pemeriksa'],
		note: 'A plain description of the on-device tools.',
	},
	{
		en: 'face check',
		term: 'verifikasi wajah',
		avoid: ['pengecekan muka', 'pemeriksaan muka'],
		note: 'The face step as Indonesian apps name it; "muka" is colloquial.',
	},
	{
		en: 'utility bill',
		term: 'tagihan listrik',
		avoid: ['tagihan utilitas', 'rekening utilitas'],
		note: 'Electricity, water or gas bills are named by what they are; "utilitas" is a literal translation readers do not use.',
	},
	{
		en: 'scam',
		term: 'penipuan',
		avoid: ['skam', 'kecurangan'],
		note: '"Penipuan", "penipu": the words Indonesian police, OJK and banks use in their warnings.',
	},
];

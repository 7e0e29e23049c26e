import { describe, expect, it } from 'vitest';
import { compareNames } from './index';
import type { DifferenceKind, Verdict } from './types';

interface Row {
	account: string;
	document: string;
	verdict: Verdict;
	/** Kinds that must be among the differences. */
	kinds: DifferenceKind[];
	/** Kinds that must not be. */
	not?: DifferenceKind[];
	/** A rule label that must explain one of the differences. */
	rule?: string;
}

const kindsOf = (account: string, document: string) => compareNames(account, document).differences.map((d) => d.kind);

describe.each<Row>([
	// Identical as typed.
	{ account: 'John Smith', document: 'John Smith', verdict: 'exact', kinds: [] },
	// Passports print names in capitals.
	{ account: 'John Smith', document: 'JOHN SMITH', verdict: 'equivalent', kinds: ['case'] },
	// Spanish accents dropped on the account: the issue's own example.
	{ account: 'Jose Garcia', document: 'JOSÉ GARCÍA', verdict: 'equivalent', kinds: ['diacritics'], rule: 'É→E' },
	// Vietnamese stacked marks and Đ: not in the ICAO table, still the same letters.
	{
		account: 'Nguyen Van Duc',
		document: 'Nguyễn Văn Đức',
		verdict: 'equivalent',
		kinds: ['diacritics', 'transliteration'],
		rule: 'Đ→D',
	},
	// German umlaut written the ICAO way in the MRZ.
	{ account: 'Hans Müller', document: 'HANS MUELLER', verdict: 'equivalent', kinds: ['transliteration'], rule: 'Ü→UE' },
	// German umlaut simply dropped (ICAO's "or U").
	{ account: 'Hans Muller', document: 'HANS MÜLLER', verdict: 'equivalent', kinds: ['diacritics'], rule: 'Ü→U' },
	// German ß typed as ss.
	{ account: 'Anna Strauss', document: 'ANNA STRAUß', verdict: 'equivalent', kinds: ['transliteration'], rule: 'ß→SS' },
	// Finnish: Hämäläinen written with AE for every ä.
	{ account: 'Hämäläinen', document: 'HAEMAELAEINEN', verdict: 'equivalent', kinds: ['transliteration'], rule: 'Ä→AE' },
	// Icelandic thorn and eth (Þ → TH, Ð → D).
	{
		account: 'Thor Gudmundsson',
		document: 'Þór Guðmundsson',
		verdict: 'equivalent',
		kinds: ['transliteration'],
		rule: 'Þ→TH',
	},
	// Danish Ø: ICAO writes OE; plain O is a common but non-ICAO spelling.
	{
		account: 'Soren Kierkegaard',
		document: 'SØREN KIERKEGAARD',
		verdict: 'equivalent',
		kinds: ['transliteration'],
		rule: 'Ø→O',
	},
	// Polish Ł.
	{ account: 'Lukasz Nowak', document: 'Łukasz Nowak', verdict: 'equivalent', kinds: ['transliteration'], rule: 'Ł→L' },
	// Turkish dotted capital İ and dotless ı, ş.
	{ account: 'Ismail Yilmaz', document: 'İSMAİL YILMAZ', verdict: 'equivalent', kinds: ['diacritics'], rule: 'İ→I' },
	{
		account: 'Aysegul Isik',
		document: 'Ayşegül Işık',
		verdict: 'equivalent',
		kinds: ['diacritics', 'transliteration'],
		rule: 'ı→I',
	},
	// Russian name in Cyrillic against the ICAO passport spelling.
	{
		account: 'Юлия Щеглова',
		document: 'IULIIA SHCHEGLOVA',
		verdict: 'equivalent',
		kinds: ['transliteration'],
		rule: 'Щ→SHCH',
	},
	// Older Russian passport (MVD 310) spelling against the current ICAO one.
	{
		account: 'Yuliya Shcheglova',
		document: 'IULIIA SHCHEGLOVA',
		verdict: 'equivalent',
		kinds: ['transliteration'],
		rule: 'YU→IU',
	},
	// Cyrillic against the older spelling.
	{ account: 'Юлия', document: 'YULIYA', verdict: 'equivalent', kinds: ['transliteration'], rule: 'Ю→YU' },
	// Ukrainian: Г is H and И is Y (ICAO language exceptions).
	{
		account: 'Олег Гриценко',
		document: 'OLEH HRYTSENKO',
		verdict: 'equivalent',
		kinds: ['transliteration'],
		rule: 'Г→H',
	},
	// Ukrainian initial Ю is YU.
	{ account: 'Юрій', document: 'YURII', verdict: 'equivalent', kinds: ['transliteration'], rule: 'Ю→YU' },
	// Full-width letters pasted from a CJK keyboard.
	{ account: 'Ｊｏｈｎ Smith', document: 'John Smith', verdict: 'equivalent', kinds: ['width'] },
	// Zero-width space pasted from a chat.
	{ account: 'John\u200B Smith', document: 'John Smith', verdict: 'equivalent', kinds: ['invisible'] },
	// Byte-order mark and soft hyphen.
	{ account: '\uFEFFAnna Ma\u00ADria', document: 'Anna Maria', verdict: 'equivalent', kinds: ['invisible'] },
	// A Cyrillic а inside a Latin name.
	{
		account: 'Ivаn Petrov',
		document: 'Ivan Petrov',
		verdict: 'equivalent',
		kinds: ['confusable'],
		not: ['transliteration'],
	},
	// A Greek capital omicron in "JOHN".
	{ account: 'J\u039FHN SMITH', document: 'JOHN SMITH', verdict: 'equivalent', kinds: ['confusable'] },
	// Family name first (Chinese order).
	{ account: 'Wang Xiaoming', document: 'XIAOMING WANG', verdict: 'equivalent', kinds: ['order'] },
	// Japanese order.
	{ account: 'Tanaka Hiroshi', document: 'Hiroshi Tanaka', verdict: 'equivalent', kinds: ['order'] },
	// Korean order with a hyphenated given name.
	{ account: 'Kim Min-jun', document: 'MIN-JUN KIM', verdict: 'equivalent', kinds: ['order'] },
	// Hungarian order with accents.
	{ account: 'Bela Nagy', document: 'Nagy Béla', verdict: 'equivalent', kinds: ['order', 'diacritics'] },
	// The comma form "SURNAME, Given".
	{ account: 'Hans Müller', document: 'MÜLLER, Hans', verdict: 'equivalent', kinds: ['order'] },
	// Hyphen typed as a space.
	{ account: 'Marie Elise Dupont', document: 'Marie-Elise Dupont', verdict: 'equivalent', kinds: ['punctuation'] },
	// Typographic apostrophe against a straight one.
	{ account: 'Sean O\u2019Brien', document: "Sean O'Brien", verdict: 'equivalent', kinds: ['punctuation'] },
	// Apostrophe dropped, as the MRZ does.
	{ account: "Sean O'Brien", document: 'SEAN OBRIEN', verdict: 'equivalent', kinds: ['punctuation'] },
	// Particle glued on (Dutch).
	{ account: 'Jan van der Berg', document: 'JAN VANDERBERG', verdict: 'equivalent', kinds: ['spacing'] },
	// Two given names written as one (Sumsub's weakContainment example).
	{ account: 'Johnmanuel Smith', document: 'John Manuel Smith', verdict: 'equivalent', kinds: ['spacing'] },
	// Double space and a no-break space.
	{ account: 'John  Smith', document: 'John\u00A0Smith', verdict: 'equivalent', kinds: ['spacing'] },
	// Trailing space.
	{ account: 'John Smith ', document: 'John Smith', verdict: 'equivalent', kinds: ['spacing'] },
	// Titles and suffixes on the account.
	{ account: 'Dr. John Smith Jr.', document: 'JOHN SMITH', verdict: 'equivalent', kinds: ['title'] },
	// Roman numeral suffix.
	{ account: 'William Gates III', document: 'WILLIAM GATES', verdict: 'equivalent', kinds: ['title'] },
	// Spanish double surname: the second surname is missing on the account.
	{ account: 'José García', document: 'JOSÉ GARCÍA LÓPEZ', verdict: 'partial', kinds: ['missing'] },
	// Middle name on the account that the ID does not have.
	{ account: 'Anna Maria Rossi', document: 'ANNA ROSSI', verdict: 'partial', kinds: ['extra'] },
	// Initial for a given name.
	{ account: 'J. Smith', document: 'John Smith', verdict: 'partial', kinds: ['initial'] },
	// Initial for a middle name.
	{ account: 'John F Kennedy', document: 'JOHN FITZGERALD KENNEDY', verdict: 'partial', kinds: ['initial'] },
	// German particle missing.
	{ account: 'Ursula Leyen', document: 'Ursula von der Leyen', verdict: 'partial', kinds: ['missing'] },
	// A typo.
	{ account: 'Jonh Smith', document: 'John Smith', verdict: 'different', kinds: ['spelling'] },
	// Arabic name romanised two ways: different letters, same name.
	{ account: 'Mohammed Ali', document: 'MUHAMMAD ALI', verdict: 'different', kinds: ['spelling'] },
	// Someone else.
	{ account: 'Maria Lopez', document: 'Peter Jones', verdict: 'different', kinds: ['missing', 'extra'] },
	// Chinese characters against the passport romanisation: no ICAO table, only a guess.
	{ account: '王小明', document: 'WANG XIAOMING', verdict: 'different', kinds: ['script'] },
	// Greek name typed in Greek.
	{ account: 'Γιώργος Παπαδόπουλος', document: 'GEORGIOS PAPADOPOULOS', verdict: 'different', kinds: ['script'] },
	// An emoji pasted into the name.
	{ account: 'Anna 🙂 Rossi', document: 'Anna Rossi', verdict: 'equivalent', kinds: ['symbol'] },
])('$account ↔ $document', ({ account, document, verdict, kinds, not, rule }) => {
	const result = compareNames(account, document);
	it(`is ${verdict}`, () => {
		expect(result.verdict).toBe(verdict);
	});
	it(`reports ${kinds.join(', ') || 'no differences'}`, () => {
		const found = kindsOf(account, document);
		for (const kind of kinds) expect(found).toContain(kind);
		for (const kind of not ?? []) expect(found).not.toContain(kind);
		if (kinds.length === 0) expect(found).toEqual([]);
	});
	if (rule) {
		it(`explains it with ${rule}`, () => {
			const labels = result.differences.flatMap((d) => d.rules ?? []).map((r) => r.label);
			expect(labels).toContain(rule);
		});
	}
});

describe('locations', () => {
	it('points at the accented letter in both names', () => {
		const result = compareNames('Jose Garcia', 'JOSÉ GARCÍA');
		const accent = result.differences.find((d) => d.kind === 'diacritics' && d.account.parts[0] === 0)!;
		expect(accent.account).toEqual({ parts: [0], ranges: [{ start: 3, end: 4 }], text: 'Jose' });
		expect(accent.document).toEqual({ parts: [0], ranges: [{ start: 3, end: 4 }], text: 'JOSÉ' });
	});
	it('points at the zero-width space', () => {
		const result = compareNames('Jo\u200Bhn Smith', 'John Smith');
		const invisible = result.differences.find((d) => d.kind === 'invisible')!;
		expect(invisible.account.ranges).toEqual([{ start: 2, end: 3 }]);
		expect(invisible.account.parts).toEqual([0]);
		expect(result.account.characters).toContainEqual({ start: 2, end: 3, codePoint: 0x200b, note: 'invisible' });
	});
	it('names the look-alike of a foreign letter', () => {
		const result = compareNames('Ivаn', 'Ivan');
		expect(result.account.characters).toContainEqual({
			start: 2,
			end: 3,
			codePoint: 0x0430,
			note: 'foreign-script',
			script: 'Cyrillic',
			looksLike: 'a',
		});
	});
	it('names the look-alike of a rare foreign letter (a Greek small capital gamma for r)', () => {
		const result = compareNames('Maᴦia', 'Maria');
		expect(result.account.characters).toContainEqual({
			start: 2,
			end: 3,
			codePoint: 0x1d26,
			note: 'foreign-script',
			script: 'Greek',
			looksLike: 'r',
		});
	});
	it('locates the moved part of a reordered name', () => {
		const result = compareNames('Wang Xiaoming', 'XIAOMING WANG');
		const order = result.differences.find((d) => d.kind === 'order')!;
		expect(order.account.text.length).toBeGreaterThan(0);
		expect(order.document.parts.length).toBe(1);
	});
	it('says the comma form when the document uses "SURNAME, Given"', () => {
		const result = compareNames('Hans Müller', 'MÜLLER, Hans');
		expect(result.differences.find((d) => d.kind === 'order')?.explanation).toBe('comma-form');
	});
	it('labels an older Russian passport spelling', () => {
		const t = compareNames('Yuliya', 'IULIIA').differences.find((d) => d.kind === 'transliteration')!;
		expect(t.explanation).toBe('older-russian-passport');
		expect(t.scheme).toBe('older-russian');
	});
	it('labels a Ukrainian exception with its language', () => {
		const t = compareNames('Олег', 'OLEH').differences.find((d) => d.kind === 'transliteration')!;
		expect(t.rules).toContainEqual({
			from: 'Г',
			to: 'H',
			label: 'Г→H',
			scheme: 'icao-language',
			languages: ['BE', 'SR', 'UK'],
		});
		expect(t.scheme).toBe('icao-language');
	});
	it('labels Ø → O as outside the ICAO table', () => {
		const t = compareNames('Soren', 'SØREN').differences.find((d) => d.kind === 'transliteration')!;
		expect(t.scheme).toBe('not-icao');
	});
	it('labels a different script as a guess', () => {
		expect(compareNames('王小明', 'WANG XIAOMING').differences[0]?.scheme).toBe('guess');
	});
	it('flags a particle that is missing', () => {
		const missing = compareNames('Ursula Leyen', 'Ursula von der Leyen').differences.filter(
			(d) => d.kind === 'missing',
		);
		expect(missing.map((d) => d.explanation)).toEqual(['particle', 'particle']);
	});
	it('marks an Arabic-style vowel difference as a romanisation variant', () => {
		const spelling = compareNames('Mohammed', 'MUHAMMAD').differences.find((d) => d.kind === 'spelling')!;
		expect(spelling.explanation).toBe('romanisation-variant');
		expect(spelling.similarity).toBeCloseTo(0.85, 2);
	});
});

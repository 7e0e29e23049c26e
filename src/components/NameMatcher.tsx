/**
 * Name-match tester island: the name on the exchange account, the name on the ID and an optional
 * MRZ in; a verdict, every difference highlighted in place, and what to do, out. All logic is in
 * `src/lib/names`; this file reads input and turns codes into words. Nothing typed is stored or sent.
 *
 * `src/lib/names` (with the `mrz` library, the ICAO and look-alike tables) is a chunk of its own,
 * loaded when the reader starts using the tester (first focus, press or input), not when the
 * island hydrates: see use-lazy-module.ts. Only types are imported from it statically.
 */
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import FillFromPhoto from './FillFromPhoto';
import { useAdoptedValue } from './use-adopted-value';
import { useLazyModule } from './use-lazy-module';
import type { ComponentChildren } from 'preact';
import type * as Names from '../lib/names';
import { byImportance } from '../lib/names/severity';
import { MAX_NAME_LENGTH, MRZ_LINE_LENGTH } from '../lib/names/constants';
import type {
	CharacterNote,
	CheckDigitField,
	Difference,
	DifferenceKind,
	DifferenceSide,
	Explanation,
	InputProblem,
	LanguageCode,
	MrzStatus,
	NameAnalysis,
	NameComparison,
	NameMatchResult,
	Rule,
	Scheme,
	Script,
	Verdict,
} from '../lib/names';
import './NameMatcher.css';

/** The checking logic, fetched on first use (one importer, so every island shares the load). */
const loadNames = (): Promise<typeof Names> => import('../lib/names');

// ---------------------------------------------------------------------------------------------
// Words. Every code the core returns has its sentence here; a new code without words fails the
// type check. `{account}` and `{document}` are replaced by the text of each side.

const VERDICT_TITLE: Record<Verdict, string> = {
	exact: 'The names match exactly, character for character.',
	equivalent: 'Same name, written differently. A strict check would fail.',
	partial: 'Part of the name is missing or shortened. Most checks would fail.',
	different: 'These read as different names. A check would fail.',
};

const VERDICT_ADVICE: Record<Verdict, string> = {
	exact:
		'Nothing to change here. If you were still rejected, the reason is probably elsewhere (photo, date of birth, document type).',
	equivalent:
		'Type the name exactly as it is printed on your ID: same letters, same order, same spaces and hyphens. Leave out titles, and retype the name by hand rather than pasting it.',
	partial:
		'Make the account name contain every name on your ID, in the same order, written out in full (no initials), unless the exchange asks only for first and last name.',
	different:
		'Check for typos first. If both names are yours but spelled differently, do not open a new account: contact support and ask them to correct the name to match your ID.',
};

/** The one-line reason shown under the verdict, built from the most important difference. */
const HEADLINE: Record<DifferenceKind, string> = {
	case: 'Only upper and lower case differ: your account has ‘{account}’, your ID ‘{document}’. Most checks ignore this; a strict one does not.',
	spacing: 'The spaces differ: your account has ‘{account}’, your ID ‘{document}’.',
	punctuation: 'The punctuation differs: your account has ‘{account}’, your ID ‘{document}’.',
	diacritics: 'The accents differ: your account has ‘{account}’, your ID ‘{document}’.',
	transliteration: 'The letters are converted differently: your account has ‘{account}’, your ID ‘{document}’.',
	order: 'The names are in a different order: ‘{account}’ sits in another place on your ID (‘{document}’).',
	width: 'Your account uses full-width or styled letters: ‘{account}’.',
	invisible: 'An invisible character is hidden in the name on your {where}.',
	confusable: 'A letter from another alphabet hides in ‘{account}’: it looks Latin but is not.',
	title: 'A title is included: ‘{text}’. IDs leave titles out.',
	symbol: 'A symbol that cannot be part of a name is included: ‘{text}’.',
	truncation: 'The machine-readable zone cut ‘{account}’ short to ‘{document}’.',
	missing: 'Your ID has ‘{document}’, which your account does not.',
	extra: 'Your account has ‘{account}’, which your ID does not.',
	initial: 'An initial stands for a whole name: your account has ‘{account}’, your ID ‘{document}’.',
	spelling: 'The spelling differs: your account has ‘{account}’, your ID ‘{document}’.',
	script: 'The two names are written in different alphabets, so they cannot be compared letter by letter.',
};

/** What each kind of difference means and what to do about it. */
const KIND_ADVICE: Record<DifferenceKind, string> = {
	case: 'Usually fine. If the exchange lets you edit the name, copy the capitalisation of your ID.',
	spacing: 'Use exactly one space between names, none at the start or end, and the same joins as your ID.',
	punctuation:
		"Copy hyphens and apostrophes as they are on your ID. Use a straight apostrophe (') if the form offers no other.",
	diacritics:
		'Type the accents as on your ID. If the form refuses them, use the spelling of the machine-readable zone (the lines with <<<).',
	transliteration: 'Use the Latin spelling printed on your ID, not your own conversion.',
	order:
		'Most checks compare first name and surname field by field. Put each name in the right field rather than reordering a single field.',
	width: 'Retype the name with your keyboard in its normal (half-width) mode.',
	invisible: 'Delete the name and type it again by hand; do not paste it from a chat or a PDF.',
	confusable: 'Switch your keyboard to the Latin layout and retype the name.',
	title: 'Leave out titles (Mr, Dr, Jr., III) unless your ID prints them as part of your name.',
	symbol: 'Remove the symbol or emoji.',
	truncation:
		'This is normal for long names and not your mistake: type your full name as printed in the upper part of the ID.',
	missing: 'Add this name to the account, in the same position as on your ID.',
	extra: 'Remove this name from the account, or check whether your ID prints it elsewhere.',
	initial: 'Write the name out in full, as on your ID.',
	spelling: 'Correct the spelling to match your ID letter for letter.',
	script:
		'Type the name in Latin letters exactly as your ID prints it; a Latin version of your name is on every passport.',
};

const EXPLANATION: Record<Explanation, string> = {
	'older-russian-passport':
		'This is how older Russian passports (before 2014) spelled names; current passports use the ICAO spelling. If your account was made with an old passport, contact support rather than editing the name.',
	'romanisation-variant':
		'These may be two Latin spellings of the same name (common for Arabic names such as Mohammed and Muhammad). Checks compare letters, so use the spelling on your ID.',
	'comma-form': 'Your ID writes the surname first, followed by a comma.',
	particle: 'This is a name particle (van, de, bin …): on your ID it is part of the surname.',
	'trailing-space': 'There is an extra space at the end.',
	'leading-space': 'There is an extra space at the start.',
	'mrz-filler': 'In the machine-readable zone, < stands for a space or a hyphen.',
};

const SCHEME: Record<Scheme, string> = {
	icao: 'ICAO passport rule',
	'icao-language': 'ICAO passport rule for',
	'older-russian': 'older Russian passports',
	'not-icao': 'a common spelling, not the ICAO rule',
	guess: 'a guess: there is no ICAO table for this script',
};

const LANGUAGE: Record<LanguageCode, string> = {
	BE: 'Belarusian',
	BG: 'Bulgarian',
	MK: 'Macedonian',
	SR: 'Serbian',
	UK: 'Ukrainian',
};

const SCRIPT: Record<Script, string> = {
	Latin: 'Latin',
	Cyrillic: 'Cyrillic',
	Greek: 'Greek',
	Armenian: 'Armenian',
	Georgian: 'Georgian',
	Arabic: 'Arabic',
	Hebrew: 'Hebrew',
	Han: 'Chinese',
	Hiragana: 'Japanese hiragana',
	Katakana: 'Japanese katakana',
	Hangul: 'Korean',
	Thai: 'Thai',
	Devanagari: 'Devanagari',
	Other: 'another script',
};

const NOTE: Record<CharacterNote, string> = {
	invisible: 'invisible character',
	control: 'control character',
	'odd-space': 'unusual space',
	'full-width': 'full-width letter',
	styled: 'styled letter',
	'foreign-script': 'letter',
	symbol: 'symbol',
	digit: 'digit',
};

/** Names of the invisible and odd characters people paste most often. */
const CHARACTER_NAME: Readonly<Record<number, string>> = {
	0x0009: 'tab',
	0x000a: 'line break',
	0x00a0: 'no-break space',
	0x00ad: 'soft hyphen',
	0x034f: 'combining grapheme joiner',
	0x061c: 'Arabic letter mark',
	0x200b: 'zero-width space',
	0x200c: 'zero-width non-joiner',
	0x200d: 'zero-width joiner',
	0x200e: 'left-to-right mark',
	0x200f: 'right-to-left mark',
	0x2009: 'thin space',
	0x202f: 'narrow no-break space',
	0x2060: 'word joiner',
	0x3000: 'ideographic space',
	0xfeff: 'byte-order mark',
};

const PROBLEM: Record<InputProblem, string> = {
	'account-empty': 'Type the name on your exchange account.',
	'document-empty': 'Type the name as printed on your ID.',
	'account-too-long': `The account name is very long; only its first ${MAX_NAME_LENGTH.toLocaleString('en')} characters were compared.`,
	'document-too-long': `The ID name is very long; only its first ${MAX_NAME_LENGTH.toLocaleString('en')} characters were compared.`,
	'account-no-letters': 'The account name has no letters.',
	'document-no-letters': 'The ID name has no letters.',
	'right-to-left':
		'Part of the text is written right to left. Exchanges compare the Latin spelling of your name, printed on your ID.',
};

const MRZ_STATUS: Record<MrzStatus, string> = {
	ok: '',
	empty: '',
	'wrong-line-count':
		'The machine-readable zone has two lines on a passport and three on an ID card. Paste all of them, one per line.',
	'wrong-line-length': `Each line should be ${MRZ_LINE_LENGTH.TD3} characters on a passport, ${MRZ_LINE_LENGTH.TD2} on some ID cards, ${MRZ_LINE_LENGTH.TD1} on most ID cards. A line is too short or too long: check for missing < signs.`,
	'bad-characters':
		'The machine-readable zone holds only capital letters A–Z, digits and the < sign. Replace any other character.',
	unreadable: 'This does not look like a machine-readable zone the tester knows.',
};

const CHECK_DIGIT: Record<CheckDigitField, string> = {
	documentNumberCheckDigit: 'document number',
	birthDateCheckDigit: 'date of birth',
	expirationDateCheckDigit: 'expiry date',
	personalNumberCheckDigit: 'personal number',
	compositeCheckDigit: 'whole zone (composite)',
};

const UI = {
	account: 'Name on your exchange account',
	accountHint: 'As you typed it when you signed up, or as the account page shows it.',
	document: 'Name on your ID',
	documentHint: 'As printed in the upper part of your passport or ID card: given names, then surname.',
	mrz: 'Machine-readable zone (optional)',
	mrzHint: 'The two or three lines full of < signs at the bottom of the passport page or the back of the card.',
	idle: 'Type both names to compare them. Nothing you type leaves this page.',
	loading: 'Checking…',
	loadFailed:
		'The tester could not load its checking code: the connection seems to be down. What you typed is kept. Reconnect, then change any field to check again.',
	yourAccount: 'Your account',
	yourId: 'Your ID',
	whatToDo: 'What to do',
	differences: 'What differs',
	similarity: 'Similarity: {percent} %.',
	mrzTitle: 'Machine-readable zone',
	mrzRead: 'Read as {format}. Name: {primary}, {secondary}.',
	mrzTruncated:
		'The name field ends in a letter in its last position: the name was probably cut short to fit. The letters that are there are compared as the start of your name.',
	checkOk: 'Check digit for the {field}: correct.',
	checkBad: 'Check digit for the {field}: wrong. Retype that part carefully; if it is right, the zone was misread.',
	mrzAgainstAccount: 'Against your account name: {verdict}',
	mrzAgainstId: 'Against the name you typed from your ID: {verdict}',
	looksLike: 'looks like Latin {letter}',
	highlightedLegend: 'Highlighted: the characters that differ.',
	support:
		'Names usually cannot be changed once an account is verified. If the fix is in a name you cannot edit, contact support and quote the spelling on your ID.',
	otherKinds: 'Also:',
} as const;

// ---------------------------------------------------------------------------------------------

function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

function describeRule(rule: Rule): string {
	const scheme =
		rule.scheme === 'icao-language' && rule.languages
			? `${SCHEME[rule.scheme]} ${rule.languages.map((l) => LANGUAGE[l]).join(', ')}`
			: SCHEME[rule.scheme];
	return `${rule.label} (${scheme})`;
}

function codePointLabel(codePoint: number): string {
	return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The name with differing characters in <mark> and invisible or foreign characters spelled out. */
function Highlighted({
	analysis,
	ranges,
}: {
	analysis: NameAnalysis;
	ranges: readonly { start: number; end: number }[];
}) {
	const text = analysis.text;
	const notable = new Map(analysis.characters.map((c) => [c.start, c]));
	const out: ComponentChildren[] = [];
	let buffer = '';
	let bufferMarked = false;
	const flush = () => {
		if (buffer === '') return;
		out.push(bufferMarked ? <mark key={out.length}>{buffer}</mark> : buffer);
		buffer = '';
	};
	const marked = (i: number) => ranges.some((r) => r.start <= i && i < r.end);
	let i = 0;
	for (const ch of text) {
		const here = marked(i);
		const note = notable.get(i);
		if (
			note &&
			(note.note === 'invisible' ||
				note.note === 'control' ||
				note.note === 'odd-space' ||
				note.note === 'foreign-script')
		) {
			flush();
			const name = CHARACTER_NAME[note.codePoint];
			const label =
				note.note === 'foreign-script'
					? `${note.script ? SCRIPT[note.script] : ''} ${ch}${note.looksLike ? `, ${fill(UI.looksLike, { letter: note.looksLike })}` : ''}`
					: `${name ?? NOTE[note.note]} ${codePointLabel(note.codePoint)}`;
			const visible = note.note === 'foreign-script' ? ch : '';
			const chip = (
				<span class="name-matcher__char" key={out.length}>
					{visible}
					<span class="name-matcher__char-label">[{label.trim()}]</span>
				</span>
			);
			out.push(here ? <mark key={out.length}>{chip}</mark> : chip);
		} else {
			if (here !== bufferMarked) flush();
			bufferMarked = here;
			buffer += ch;
		}
		i += ch.length;
	}
	flush();
	return <span class="name-matcher__name">{out.length > 0 ? out : '—'}</span>;
}

function sideText(side: DifferenceSide, analysis: NameAnalysis): string {
	if (side.text !== '') return side.text;
	return side.ranges.map((r) => analysis.text.slice(r.start, r.end)).join('');
}

function headline(result: NameComparison, top: Difference | undefined): string {
	if (!top) return '';
	const onAccount = top.account.parts.length > 0 || top.account.ranges.length > 0;
	const values = {
		account: sideText(top.account, result.account),
		document: sideText(top.document, result.document),
		text: onAccount ? sideText(top.account, result.account) : sideText(top.document, result.document),
		where: onAccount ? 'account' : 'ID',
	};
	return fill(HEADLINE[top.kind], values);
}

function DifferenceItem({ difference, result }: { difference: Difference; result: NameComparison }) {
	const { kind } = difference;
	const rules = difference.rules?.length ? difference.rules.map(describeRule).join('; ') : '';
	return (
		<li class={`name-matcher__difference name-matcher__difference--${kind}`}>
			<p>{headline(result, difference)}</p>
			<dl class="name-matcher__pair">
				<div>
					<dt>{UI.yourAccount}</dt>
					<dd>
						<Highlighted analysis={result.account} ranges={difference.account.ranges} />
					</dd>
				</div>
				<div>
					<dt>{UI.yourId}</dt>
					<dd>
						<Highlighted analysis={result.document} ranges={difference.document.ranges} />
					</dd>
				</div>
			</dl>
			{rules && <p class="name-matcher__rules">{rules}</p>}
			{difference.explanation && <p>{EXPLANATION[difference.explanation]}</p>}
			<p class="name-matcher__advice">{KIND_ADVICE[kind]}</p>
		</li>
	);
}

/** Differences worth a line of their own: case is folded into one note when other kinds exist. */
function listed(differences: readonly Difference[]): { main: Difference[]; caseOnlyToo: boolean } {
	const sorted = byImportance(differences);
	const others = sorted.filter((d) => d.kind !== 'case');
	if (others.length === 0) return { main: sorted.slice(0, 1), caseOnlyToo: false };
	return { main: others, caseOnlyToo: others.length < sorted.length };
}

function MrzSection({ result }: { result: NameMatchResult }) {
	const mrz = result.mrz;
	if (!mrz || mrz.status === 'empty') return null;
	if (mrz.status !== 'ok') return <p class="name-matcher__problem">{MRZ_STATUS[mrz.status]}</p>;
	return (
		<section class="name-matcher__mrz" aria-label={UI.mrzTitle}>
			<h3>{UI.mrzTitle}</h3>
			{mrz.name && (
				<p>
					{fill(UI.mrzRead, {
						format: mrz.format ?? '',
						primary: mrz.name.primary || '—',
						secondary: mrz.name.secondary || '—',
					})}
				</p>
			)}
			{mrz.name?.truncated && <p class="name-matcher__warning">{UI.mrzTruncated}</p>}
			<ul>
				{mrz.checkDigits.map((check) => (
					<li key={check.field} class={check.valid ? 'name-matcher__ok' : 'name-matcher__bad'}>
						{fill(check.valid ? UI.checkOk : UI.checkBad, { field: CHECK_DIGIT[check.field] })}
					</li>
				))}
			</ul>
			{mrz.account && <p>{fill(UI.mrzAgainstAccount, { verdict: VERDICT_TITLE[mrz.account.verdict] })}</p>}
			{mrz.document && <p>{fill(UI.mrzAgainstId, { verdict: VERDICT_TITLE[mrz.document.verdict] })}</p>}
		</section>
	);
}

/** The name-match tester. Hydrate with `client:visible`. */
export default function NameMatcher() {
	const id = useId();
	const [account, setAccount] = useState('');
	const [document, setDocument] = useState('');
	const [mrz, setMrz] = useState('');

	// The checking logic loads on first use: focus or a press in the tester, or any text (typed,
	// or adopted from before hydration), which also retries a load that failed.
	const names = useLazyModule(loadNames);
	const { load } = names;
	useEffect(() => {
		if (account !== '' || document !== '' || mrz !== '') load();
	}, [account, document, mrz, load]);

	const lib = names.module;
	const result = useMemo(
		() => (lib ? lib.compareNames(account, document, mrz.trim() === '' ? {} : { mrz }) : undefined),
		[lib, account, document, mrz],
	);
	const accountRef = useAdoptedValue<HTMLInputElement>(account, setAccount);
	const documentRef = useAdoptedValue<HTMLInputElement>(document, setDocument);
	const mrzRef = useAdoptedValue<HTMLTextAreaElement>(mrz, setMrz);
	const idle = account.trim() === '' || document.trim() === '';
	// Something to show that needs the logic, which is not there yet: "Checking…" or why not.
	const waiting = !result && (!idle || mrz.trim() !== '');

	return (
		<div class="name-matcher not-content" data-pagefind-ignore onFocusCapture={load} onPointerDown={load}>
			<form class="name-matcher__form" onSubmit={(event) => event.preventDefault()} noValidate>
				<div class="name-matcher__field">
					<label for={`${id}-account`}>{UI.account}</label>
					<input
						ref={accountRef}
						id={`${id}-account`}
						type="text"
						value={account}
						onInput={(event) => setAccount(event.currentTarget.value)}
						autocomplete="off"
						spellcheck={false}
						aria-describedby={`${id}-account-hint`}
					/>
					<p id={`${id}-account-hint`} class="name-matcher__hint">
						{UI.accountHint}
					</p>
				</div>
				<div class="name-matcher__field">
					<label for={`${id}-document`}>{UI.document}</label>
					<input
						ref={documentRef}
						id={`${id}-document`}
						type="text"
						value={document}
						onInput={(event) => setDocument(event.currentTarget.value)}
						autocomplete="off"
						spellcheck={false}
						aria-describedby={`${id}-document-hint`}
					/>
					<p id={`${id}-document-hint`} class="name-matcher__hint">
						{UI.documentHint}
					</p>
				</div>
				<div class="name-matcher__field">
					<label for={`${id}-mrz`}>{UI.mrz}</label>
					<textarea
						ref={mrzRef}
						id={`${id}-mrz`}
						rows={3}
						value={mrz}
						onInput={(event) => setMrz(event.currentTarget.value)}
						autocomplete="off"
						spellcheck={false}
						aria-describedby={`${id}-mrz-hint`}
						class="name-matcher__mrz-input"
					/>
					<p id={`${id}-mrz-hint`} class="name-matcher__hint">
						{UI.mrzHint}
					</p>
				</div>
				<FillFromPhoto
					onRead={({ result }) => {
						const { firstName, lastName } = result.fields ?? {};
						const name = [firstName, lastName].filter(Boolean).join(' ');
						if (name) setDocument(name);
						setMrz(result.lines.join('\n'));
						load();
					}}
				/>
			</form>

			<div class="name-matcher__result" role="status">
				{idle && <p class="name-matcher__idle">{UI.idle}</p>}
				{!idle && result && <VerdictSection result={result} />}
				{result && <MrzSection result={result} />}
				{waiting &&
					(names.failed ? (
						<p class="name-matcher__load-error" role="alert">
							{UI.loadFailed}
						</p>
					) : (
						<p class="name-matcher__loading">{UI.loading}</p>
					))}
			</div>
		</div>
	);
}

/** The verdict on two names: headline, problems, each difference highlighted, and what to do. */
function VerdictSection({ result }: { result: NameMatchResult }) {
	const { main, caseOnlyToo } = listed(result.differences);
	const top = main[0];
	const blockingProblems = result.problems.filter((p) => p !== 'account-empty' && p !== 'document-empty');
	return (
		<>
			<p class={`name-matcher__verdict name-matcher__verdict--${result.verdict}`}>
				<strong>{VERDICT_TITLE[result.verdict]}</strong> {headline(result, top)}
			</p>
			{blockingProblems.map((p) => (
				<p key={p} class="name-matcher__problem">
					{PROBLEM[p]}
				</p>
			))}
			{result.verdict === 'different' && result.similarity > 0 && (
				<p>{fill(UI.similarity, { percent: String(Math.round(result.similarity * 100)) })}</p>
			)}
			{main.length > 0 && result.verdict !== 'exact' && (
				<>
					<h3>{UI.differences}</h3>
					<p class="name-matcher__hint">{UI.highlightedLegend}</p>
					<ul class="name-matcher__differences">
						{main.map((d, k) => (
							<DifferenceItem key={k} difference={d} result={result} />
						))}
					</ul>
					{caseOnlyToo && <p class="name-matcher__hint">{`${UI.otherKinds} ${KIND_ADVICE.case}`}</p>}
				</>
			)}
			<h3>{UI.whatToDo}</h3>
			<p>{VERDICT_ADVICE[result.verdict]}</p>
			{result.verdict !== 'exact' && <p>{UI.support}</p>}
		</>
	);
}

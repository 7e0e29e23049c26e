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
import { Fragment, type ComponentChildren } from 'preact';
import type * as Names from '../lib/names';
import { byImportance } from '../lib/names/severity';
import { MAX_NAME_LENGTH, MRZ_LINE_LENGTH } from '../lib/names/constants';
import type { Difference, DifferenceSide, NameAnalysis, NameComparison, NameMatchResult, Rule } from '../lib/names';
import type { Locale } from '../i18n/locales';
import type { CheckerText } from '../i18n/checkers/format';
import { rich, useMessages, type IslandText } from '../i18n/checkers/use-messages';
import NotLoaded from './NotLoaded';
import './checker-frame.css';
import './checker-form.css';
import './NameMatcher.css';

/** The checking logic, fetched on first use (one importer, so every island shares the load). */
const loadNames = (): Promise<typeof Names> => import('../lib/names');

// ---------------------------------------------------------------------------------------------
// Words: the `name` group of src/i18n/checkers; every code the core returns has its message there.

/** The message groups this island shows (FillFromPhoto's included). */
const GROUPS = ['common', 'name', 'fill'] as const;

/** The messages and the formatter, as every piece below takes them. */
interface Words {
	m: IslandText<(typeof GROUPS)[number]>['m'];
	t: CheckerText;
}

// ---------------------------------------------------------------------------------------------

/** A spelling rule (Ü→UE) kept left to right, and where it comes from in the reader's words. */
function describeRule({ m, t }: Words, rule: Rule): ComponentChildren {
	const scheme = t.format(m.name.schemes[rule.scheme], {
		languages: t.list((rule.languages ?? []).map((code) => t.languageName(code))),
	});
	return (
		<>
			<bdi dir="ltr">{rule.label}</bdi> ({scheme})
		</>
	);
}

/** `U+200B`: four or more upper-case hex digits. */
function codePointHex(codePoint: number): string {
	return codePoint.toString(16).toUpperCase().padStart(4, '0');
}

function codePointLabel(codePoint: number): string {
	return `U+${codePointHex(codePoint)}`;
}

/** The name of a character people often paste by mistake, if it has one in the table. */
function characterName(m: Words['m'], codePoint: number): string | undefined {
	const names: Readonly<Record<string, string>> = m.name.characters;
	return names[codePointHex(codePoint)];
}

/** The name with differing characters in <mark> and invisible or foreign characters spelled out. */
function Highlighted({
	words: { m, t },
	analysis,
	ranges,
}: {
	words: Words;
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
			const name = characterName(m, note.codePoint);
			const label =
				note.note === 'foreign-script'
					? `${note.script ? m.name.scripts[note.script] : ''} ${ch}${note.looksLike ? `, ${t.format(m.name.looksLike, { letter: note.looksLike })}` : ''}`
					: `${name ?? m.name.notes[note.note]} ${codePointLabel(note.codePoint)}`;
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
	// A name may be in any script: its own direction, isolated from the sentence around it.
	return (
		<bdi class="name-matcher__name" dir="auto">
			{out.length > 0 ? out : '—'}
		</bdi>
	);
}

function sideText(side: DifferenceSide, analysis: NameAnalysis): string {
	if (side.text !== '') return side.text;
	return side.ranges.map((r) => analysis.text.slice(r.start, r.end)).join('');
}

/** The one-line reason for a difference, with the names as typed kept whole in either direction. */
function headline({ m, t }: Words, result: NameComparison, top: Difference | undefined): ComponentChildren {
	if (!top) return '';
	const onAccount = top.account.parts.length > 0 || top.account.ranges.length > 0;
	const name = (text: string) => <bdi dir="auto">{text}</bdi>;
	const values = {
		account: name(sideText(top.account, result.account)),
		document: name(sideText(top.document, result.document)),
		text: name(onAccount ? sideText(top.account, result.account) : sideText(top.document, result.document)),
	};
	const message = top.kind === 'invisible' && !onAccount ? m.name.invisibleOnId : m.name.headlines[top.kind];
	return rich(t, message, values);
}

function DifferenceItem({
	words,
	difference,
	result,
}: {
	words: Words;
	difference: Difference;
	result: NameComparison;
}) {
	const { m } = words;
	const { kind } = difference;
	const rules = difference.rules ?? [];
	return (
		<li class={`name-matcher__difference name-matcher__difference--${kind}`}>
			<p>{headline(words, result, difference)}</p>
			<dl class="name-matcher__pair">
				<div>
					<dt>{m.name.yourAccount}</dt>
					<dd>
						<Highlighted words={words} analysis={result.account} ranges={difference.account.ranges} />
					</dd>
				</div>
				<div>
					<dt>{m.name.yourId}</dt>
					<dd>
						<Highlighted words={words} analysis={result.document} ranges={difference.document.ranges} />
					</dd>
				</div>
			</dl>
			{rules.length > 0 && (
				<p class="name-matcher__rules">
					{rules.map((rule, i) => (
						<Fragment key={`${rule.label} ${rule.scheme}`}>
							{i > 0 && '; '}
							{describeRule(words, rule)}
						</Fragment>
					))}
				</p>
			)}
			{difference.explanation && <p>{m.name.explanations[difference.explanation]}</p>}
			<p class="name-matcher__advice">{m.name.kindAdvice[kind]}</p>
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

/** What the tester read from a pasted MRZ: pure, from `compareNames`' result. */
export function MrzSection({ words, result }: { words: Words; result: NameMatchResult }) {
	const { m, t } = words;
	const mrz = result.mrz;
	if (!mrz || mrz.status === 'empty') return null;
	if (mrz.status !== 'ok')
		return (
			<p class="name-matcher__problem">
				{t.format(m.name.mrzStatus[mrz.status], {
					td1: MRZ_LINE_LENGTH.TD1,
					td2: MRZ_LINE_LENGTH.TD2,
					td3: MRZ_LINE_LENGTH.TD3,
				})}
			</p>
		);
	return (
		<section class="name-matcher__mrz" aria-label={m.name.mrzTitle}>
			<h3>{m.name.mrzTitle}</h3>
			{mrz.name && (
				<p>
					{rich(t, m.name.mrzRead, {
						format: <bdi dir="ltr">{mrz.format ?? ''}</bdi>,
						primary: <bdi dir="ltr">{mrz.name.primary || '—'}</bdi>,
						secondary: <bdi dir="ltr">{mrz.name.secondary || '—'}</bdi>,
					})}
				</p>
			)}
			{mrz.name?.truncated && <p class="name-matcher__warning">{m.name.mrzTruncated}</p>}
			<ul>
				{mrz.checkDigits.map((check) => (
					<li key={check.field} class={check.valid ? 'name-matcher__ok' : 'name-matcher__bad'}>
						{t.format(check.valid ? m.name.checkOk : m.name.checkBad, { field: m.name.checkDigits[check.field] })}
					</li>
				))}
			</ul>
			{mrz.account && <p>{t.format(m.name.mrzAgainstAccount, { verdict: m.name.verdicts[mrz.account.verdict] })}</p>}
			{mrz.document && <p>{t.format(m.name.mrzAgainstId, { verdict: m.name.verdicts[mrz.document.verdict] })}</p>}
		</section>
	);
}

/** The name-match tester, in `locale`'s words. Hydrate with `client:visible`. */
export default function NameMatcher({ locale = 'en' }: { locale?: Locale }) {
	const { m, t, data } = useMessages(locale, GROUPS);
	const words = useMemo(() => ({ m, t }), [m, t]);
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
		<div class="checker-frame name-matcher not-content" data-pagefind-ignore onFocusCapture={load} onPointerDown={load}>
			<form class="checker-form" onSubmit={(event) => event.preventDefault()} noValidate>
				<div class="name-matcher__field">
					<label for={`${id}-account`}>{m.name.account}</label>
					<input
						ref={accountRef}
						id={`${id}-account`}
						type="text"
						value={account}
						onInput={(event) => setAccount(event.currentTarget.value)}
						dir="auto"
						autocomplete="off"
						spellcheck={false}
						aria-describedby={`${id}-account-hint`}
					/>
					<p id={`${id}-account-hint`} class="name-matcher__hint">
						{m.name.accountHint}
					</p>
				</div>
				<div class="name-matcher__field">
					<label for={`${id}-document`}>{m.name.document}</label>
					<input
						ref={documentRef}
						id={`${id}-document`}
						type="text"
						value={document}
						onInput={(event) => setDocument(event.currentTarget.value)}
						dir="auto"
						autocomplete="off"
						spellcheck={false}
						aria-describedby={`${id}-document-hint`}
					/>
					<p id={`${id}-document-hint`} class="name-matcher__hint">
						{m.name.documentHint}
					</p>
				</div>
				<div class="name-matcher__field">
					<label for={`${id}-mrz`}>{m.name.mrz}</label>
					<textarea
						ref={mrzRef}
						id={`${id}-mrz`}
						rows={3}
						value={mrz}
						onInput={(event) => setMrz(event.currentTarget.value)}
						dir="ltr"
						autocomplete="off"
						spellcheck={false}
						aria-describedby={`${id}-mrz-hint`}
						class="name-matcher__mrz-input"
					/>
					<p id={`${id}-mrz-hint`} class="name-matcher__hint">
						{m.name.mrzHint}
					</p>
				</div>
				<FillFromPhoto
					m={m.fill}
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
				{idle && <p class="name-matcher__idle">{m.name.idle}</p>}
				{!idle && result && <VerdictSection words={words} result={result} />}
				{result && <MrzSection words={words} result={result} />}
				{waiting && <NotLoaded failed={names.failed} loading={m.common.loading} loadFailed={m.name.loadFailed} />}
			</div>
			{data}
		</div>
	);
}

/** The verdict on two names: headline, problems, each difference highlighted, and what to do. */
export function VerdictSection({ words, result }: { words: Words; result: NameMatchResult }) {
	const { m, t } = words;
	const { main, caseOnlyToo } = listed(result.differences);
	const top = main[0];
	const blockingProblems = result.problems.filter((p) => p !== 'account-empty' && p !== 'document-empty');
	return (
		<>
			<p class={`name-matcher__verdict name-matcher__verdict--${result.verdict}`}>
				<strong>{m.name.verdicts[result.verdict]}</strong> {headline(words, result, top)}
			</p>
			{blockingProblems.map((p) => (
				<p key={p} class="name-matcher__problem">
					{t.format(m.name.problems[p], { max: MAX_NAME_LENGTH })}
				</p>
			))}
			{result.verdict === 'different' && result.similarity > 0 && (
				<p>{t.format(m.name.similarity, { percent: Math.round(result.similarity * 100) })}</p>
			)}
			{main.length > 0 && result.verdict !== 'exact' && (
				<>
					<h3>{m.name.differences}</h3>
					<p class="name-matcher__hint">{m.name.highlightedLegend}</p>
					<ul class="name-matcher__differences">
						{main.map((d, k) => (
							<DifferenceItem key={k} words={words} difference={d} result={result} />
						))}
					</ul>
					{caseOnlyToo && <p class="name-matcher__hint">{`${m.name.otherKinds} ${m.name.kindAdvice.case}`}</p>}
				</>
			)}
			<h3>{m.name.whatToDo}</h3>
			<p>{m.name.verdictAdvice[result.verdict]}</p>
			{result.verdict !== 'exact' && <p>{m.name.support}</p>}
		</>
	);
}

/**
 * The date checker island: "Do my account and my ID show the same date?" and "Is my document
 * still valid?". It reads the inputs, calls `src/lib/dates` and turns its codes into words; no
 * rule lives here. Nothing typed is stored or sent anywhere.
 *
 * `src/lib/dates` (with its calendars and month words) is a chunk of its own, loaded when the
 * reader starts using the checker (first focus, press or input), not when the island hydrates:
 * see use-lazy-module.ts. Only types are imported from it statically.
 */
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import FillFromPhoto from './FillFromPhoto';
import { useAdoptedValue } from './use-adopted-value';
import { useLazyModule, type LazyModule } from './use-lazy-module';
import type { JSX } from 'preact';
import type * as Dates from '../lib/dates';
import { DEFAULT_MINIMUM_AGE, YEAR_MAX, YEAR_MIN } from '../lib/dates/constants';
import type {
	DateComparison as CompareResultData,
	DateReading,
	DateRole,
	DocumentCheck as DocumentCheckData,
	DocumentProblem,
	FormOrder,
	ParseFailure,
	ParseResult,
} from '../lib/dates';
import type { Locale } from '../i18n/locales';
import type { CheckerText } from '../i18n/checkers/format';
import { rich, useMessages, type IslandText } from '../i18n/checkers/use-messages';
import { localToday } from './local-today';
import NotLoaded from './NotLoaded';
import './DateChecker.css';

type DatesModule = typeof Dates;
/** The checking logic, fetched on first use (one importer, so every island shares the load). */
const loadDates = (): Promise<DatesModule> => import('../lib/dates');

/** Which tasks to show: both (the checker page) or one (embedded in an article); in which language. */
export interface DateCheckerProps {
	task?: 'both' | 'compare' | 'validity';
	locale?: Locale;
}

/** The message groups this island shows (FillFromPhoto's included). */
const GROUPS = ['common', 'date', 'fill'] as const;

// ---- Words: the `date` group of src/i18n/checkers; every code of src/lib/dates has a message there. ----

type DateWords = IslandText<'common' | 'date' | 'fill'>;
/** The messages and the formatter, as every piece below takes them. */
interface Words {
	m: DateWords['m'];
	t: CheckerText;
}

/** Examples in the hints and problems: what a reader types and what IDs print (not translated). */
const EXAMPLE = '12/01/1990';
const EXAMPLE_WORDS = '12 JAN 1990';
const ACCOUNT_EXAMPLE = '03/04/1990';
const DOCUMENT_EXAMPLES = ['12 JAN/JANV 1990', '900112', '平成2年1月12日'] as const;

/** Why a text is not a date, in words. */
export function problemText({ m, t }: Words, failure: ParseFailure): string {
	const written = failure.written;
	const monthYear = !written
		? ''
		: (failure.calendar ?? 'gregory') === 'gregory'
			? t.monthYear(written.year, written.month)
			: t.format(m.date.monthOfYear, { month: String(written.month), year: String(written.year) });
	let text = t.text(
		m.date.problems[failure.problem],
		{
			word: failure.word ?? '',
			value: failure.value === undefined ? '' : String(failure.value),
			day: written ? String(written.day) : '',
			monthYear,
			min: String(YEAR_MIN),
			max: String(YEAR_MAX),
			example: EXAMPLE,
			exampleWords: EXAMPLE_WORDS,
		},
		failure.daysInMonth,
	);
	if (failure.suggestion) text += ` ${t.format(m.date.suggestion, { suggestion: failure.suggestion })}`;
	return text;
}

/** How a reading was read, in words: order, calendar and the flags worth knowing. */
function howRead({ m, t }: Words, reading: DateReading): string {
	const notes: string[] = [];
	if (reading.format === 'numeric' || reading.format === 'compact')
		notes.push(t.format(m.date.readAs, { order: m.date.orders[reading.order] }));
	else notes.push(m.date.formats[reading.format]);
	if (reading.calendar !== 'gregory') {
		const era = reading.written.era;
		const message = era
			? reading.calendarInferred
				? m.date.calendarEraGuessed
				: m.date.calendarEraYear
			: reading.calendarInferred
				? m.date.calendarGuessed
				: m.date.calendarYear;
		notes.push(
			t.format(message, {
				calendar: m.date.calendars[reading.calendar],
				era: era ? m.date.eras[era] : '',
				year: String(reading.written.year),
			}),
		);
	}
	if (reading.centuryInferred) notes.push(t.format(m.date.centuryTaken, { year: String(reading.written.year) }));
	if (reading.uncertainDays > 0) notes.push(t.plural(m.date.mayBeOff, reading.uncertainDays));
	return notes.join(m.date.noteSeparator);
}

/** A date in words, kept whole inside a sentence of either direction. */
function LongDate({ t, iso }: { t: CheckerText; iso: string }): JSX.Element {
	return <bdi>{t.date(iso)}</bdi>;
}

/** A date as digits (ISO or as typed for a form): always left to right. */
function Digits({ children }: { children: string }): JSX.Element {
	return <code dir="ltr">{children}</code>;
}

// ---- Pieces ----

function Readings({ words, result, label }: { words: Words; result: ParseResult; label: string }): JSX.Element {
	if (!result.ok)
		return (
			<p class="date-checker__problem">
				{label}: {problemText(words, result)}
			</p>
		);
	const [first, ...others] = result.readings;
	if (!first) return <></>;
	const how = howRead(words, first);
	return (
		<div class="date-checker__readings">
			<p>
				{label}:{' '}
				<strong>
					<LongDate t={words.t} iso={first.iso} />
				</strong>{' '}
				(<Digits>{first.iso}</Digits>)
				{how && (
					<span class="date-checker__how">
						{words.m.date.noteSeparator}
						{how}
					</span>
				)}
			</p>
			{others.length > 0 && (
				<>
					<p class="date-checker__warning">
						<span aria-hidden="true">⚠ </span>
						{words.m.date.ambiguous}
					</p>
					<ul>
						{others.map((r) => (
							<li key={r.iso}>
								<strong>
									<LongDate t={words.t} iso={r.iso} />
								</strong>{' '}
								(<Digits>{r.iso}</Digits>){words.m.date.noteSeparator}
								{howRead(words, r)}
							</li>
						))}
					</ul>
				</>
			)}
		</div>
	);
}

function Field(props: {
	id: string;
	label: string;
	hint?: string;
	value: string;
	onInput: (value: string) => void;
	error?: string | undefined;
}): JSX.Element {
	const ref = useAdoptedValue<HTMLInputElement>(props.value, props.onInput);
	const hintId = `${props.id}-hint`;
	const errorId = `${props.id}-error`;
	const describedBy = [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ');
	return (
		<div class="date-checker__field">
			<label for={props.id}>{props.label}</label>
			{props.hint && (
				<span class="date-checker__hint" id={hintId}>
					{props.hint}
				</span>
			)}
			{/* Digits, slashes and MRZ dates run left to right; a date in Arabic words right to left. */}
			<input
				ref={ref}
				id={props.id}
				type="text"
				inputMode="text"
				autoComplete="off"
				spellcheck={false}
				dir="auto"
				value={props.value}
				aria-invalid={props.error ? 'true' : undefined}
				aria-describedby={describedBy || undefined}
				onInput={(e) => props.onInput(e.currentTarget.value)}
			/>
			{props.error && (
				<span class="date-checker__field-error" id={errorId}>
					<span aria-hidden="true">✗ </span>
					{props.error}
				</span>
			)}
		</div>
	);
}

const preventSubmit = (e: Event) => e.preventDefault();

interface TaskProps {
	today: string | undefined;
	dates: LazyModule<DatesModule>;
	words: Words;
}

/** The verdict on two dates and what to type: pure, from `compareDates`' result. */
export function CompareResult({
	words,
	result,
	order,
	formatForForm,
}: {
	words: Words;
	result: CompareResultData;
	order: FormOrder | '';
	formatForForm: DatesModule['formatForForm'] | undefined;
}): JSX.Element {
	const { m, t } = words;
	const verdictClass = `date-checker__verdict date-checker__verdict--${result.verdict}`;
	return (
		<>
			<p class={verdictClass}>
				<span aria-hidden="true">
					{result.verdict === 'same' ? '✓ ' : result.verdict === 'unreadable' ? '? ' : '✗ '}
				</span>
				<strong>{t.text(m.date.verdicts[result.verdict], {}, Math.abs(result.daysApart ?? 0))}</strong>
			</p>
			{result.match && result.match.reasons.length > 0 && (
				<ul>
					{result.match.reasons.map((reason) => (
						<li key={reason}>{m.date.reasons[reason]}</li>
					))}
				</ul>
			)}
			{result.account.ok && <Readings words={words} result={result.account} label={m.date.readingLabels.account} />}
			{result.document.ok && <Readings words={words} result={result.document} label={m.date.readingLabels.document} />}
			{result.expected && result.verdict !== 'same' && result.verdict !== 'unreadable' && formatForForm && (
				<WhatToType words={words} iso={result.expected.iso} order={order} formatForForm={formatForForm} />
			)}
		</>
	);
}

function CompareTask({ today, dates, words }: TaskProps): JSX.Element {
	const { m } = words;
	const id = useId();
	const [account, setAccount] = useState('');
	const [documentText, setDocumentText] = useState('');
	const [order, setOrder] = useState<FormOrder | ''>('');
	const [role, setRole] = useState<DateRole>('birth');

	// Any text (typed, or adopted from before hydration) loads the logic, and retries a failed load.
	const { load } = dates;
	useEffect(() => {
		if (account !== '' || documentText !== '') load();
	}, [account, documentText, order, role, load]);

	const wanted = Boolean(today) && account.trim() !== '' && documentText.trim() !== '';
	const lib = dates.module;
	const result = useMemo(() => {
		if (!wanted || !today || !lib) return undefined;
		return lib.compareDates(account, documentText, { role, today, ...(order ? { order } : {}) });
	}, [wanted, lib, account, documentText, order, role, today]);

	const accountError = result && !result.account.ok ? problemText(words, result.account) : undefined;
	const documentError = result && !result.document.ok ? problemText(words, result.document) : undefined;

	return (
		<form class="date-checker__task" onSubmit={preventSubmit} aria-labelledby={`${id}-title`}>
			<h2 id={`${id}-title`}>{m.date.compareTitle}</h2>
			<div class="date-checker__row">
				<div class="date-checker__field">
					<label for={`${id}-role`}>{m.date.whichDate}</label>
					<select id={`${id}-role`} value={role} onChange={(e) => setRole(e.currentTarget.value as DateRole)}>
						<option value="birth">{m.date.roles.birth}</option>
						<option value="expiry">{m.date.roles.expiry}</option>
						<option value="issue">{m.date.roles.issue}</option>
					</select>
				</div>
				<div class="date-checker__field">
					<label for={`${id}-order`}>{m.date.formAsks}</label>
					<select id={`${id}-order`} value={order} onChange={(e) => setOrder(e.currentTarget.value as FormOrder | '')}>
						<option value="">{m.date.notSure}</option>
						<option value="DMY">{m.date.orders.DMY}</option>
						<option value="MDY">{m.date.orders.MDY}</option>
						<option value="YMD">{m.date.orders.YMD}</option>
					</select>
				</div>
			</div>
			<Field
				id={`${id}-account`}
				label={m.date.accountLabel}
				hint={words.t.format(m.date.accountHint, { example: ACCOUNT_EXAMPLE })}
				value={account}
				onInput={setAccount}
				error={accountError}
			/>
			<Field
				id={`${id}-document`}
				label={m.date.documentLabel}
				hint={words.t.format(m.date.documentHint, {
					example1: DOCUMENT_EXAMPLES[0],
					example2: DOCUMENT_EXAMPLES[1],
					example3: DOCUMENT_EXAMPLES[2],
				})}
				value={documentText}
				onInput={setDocumentText}
				error={documentError}
			/>
			<FillFromPhoto
				m={m.fill}
				onRead={({ dates: read }) => {
					const date = role === 'birth' ? read.birth : role === 'expiry' ? read.expiry : null;
					if (date) setDocumentText(date);
				}}
			/>
			<div class="date-checker__result" role="status" aria-live="polite" data-testid="compare-result">
				{result && <CompareResult words={words} result={result} order={order} formatForForm={lib?.formatForForm} />}
				{wanted && !result && (
					<NotLoaded failed={dates.failed} loading={words.m.common.loading} loadFailed={words.m.date.loadFailed} />
				)}
			</div>
		</form>
	);
}

function WhatToType({
	words,
	iso,
	order,
	formatForForm,
}: {
	words: Words;
	iso: string;
	order: FormOrder | '';
	formatForForm: DatesModule['formatForForm'];
}): JSX.Element {
	const { m, t } = words;
	const date = <LongDate t={t} iso={iso} />;
	if (order) {
		return (
			<p class="date-checker__type">
				{rich(t, m.date.typeExactly, {
					order: m.date.orders[order],
					value: <Digits>{formatForForm(iso, order)}</Digits>,
					date,
				})}
			</p>
		);
	}
	return (
		<div class="date-checker__type">
			<p>{rich(t, m.date.typeInOrder, { date })}</p>
			<ul>
				{(['DMY', 'MDY', 'YMD'] as const).map((o) => (
					<li key={o}>
						{m.date.orders[o]}: <Digits>{formatForForm(iso, o)}</Digits>
					</li>
				))}
			</ul>
		</div>
	);
}

function documentProblemText({ m, t }: Words, problem: DocumentProblem, minimumAge: number): string {
	if (problem.code === 'expires-soon' && (problem.days ?? 0) === 0) return m.date.expiresToday;
	const count = problem.code === 'under-age' ? (problem.age ?? 0) : (problem.days ?? 0);
	return t.text(
		m.date.documentProblems[problem.code],
		{ minimumAge, adultOn: problem.adultOn ? t.date(problem.adultOn) : '' },
		count,
	);
}

/** The verdict on a document's dates: pure, from `checkDocumentDates`' result. */
export function ValidityResult({ words, check }: { words: Words; check: DocumentCheckData }): JSX.Element {
	const { m, t } = words;
	const fields = check.fields;
	return (
		<>
			{check.problems.length > 0 ? (
				<ul class="date-checker__problems">
					{check.problems.map((p) => (
						<li key={p.code} class="date-checker__verdict date-checker__verdict--different">
							<span aria-hidden="true">✗ </span>
							{documentProblemText(words, p, DEFAULT_MINIMUM_AGE)}
						</li>
					))}
				</ul>
			) : (
				<p class="date-checker__verdict date-checker__verdict--same">
					<span aria-hidden="true">✓ </span>
					<strong>{m.date.noProblem}</strong>
					{check.daysUntilExpiry !== undefined && ` ${t.plural(m.date.validFor, check.daysUntilExpiry)}`}
				</p>
			)}
			{fields.birth?.ok && <Readings words={words} result={fields.birth} label={m.date.readingLabels.birth} />}
			{fields.issue?.ok && <Readings words={words} result={fields.issue} label={m.date.readingLabels.issue} />}
			{fields.expiry?.ok && <Readings words={words} result={fields.expiry} label={m.date.readingLabels.expiry} />}
		</>
	);
}

function ValidityTask({ today, dates, words }: TaskProps): JSX.Element {
	const { m } = words;
	const id = useId();
	const [birth, setBirth] = useState('');
	const [issue, setIssue] = useState('');
	const [expiry, setExpiry] = useState('');

	const { load } = dates;
	useEffect(() => {
		if (birth !== '' || issue !== '' || expiry !== '') load();
	}, [birth, issue, expiry, load]);

	const wanted = Boolean(today) && (birth.trim() !== '' || issue.trim() !== '' || expiry.trim() !== '');
	const lib = dates.module;
	const check = useMemo(() => {
		if (!wanted || !today || !lib) return undefined;
		return lib.checkDocumentDates({ birth, issue, expiry, today });
	}, [wanted, lib, birth, issue, expiry, today]);

	const error = (r: ParseResult | undefined) => (r && !r.ok ? problemText(words, r) : undefined);
	const fields = check?.fields;

	return (
		<form class="date-checker__task" onSubmit={preventSubmit} aria-labelledby={`${id}-title`}>
			<h2 id={`${id}-title`}>{m.date.validityTitle}</h2>
			<Field
				id={`${id}-birth`}
				label={m.date.birthLabel}
				value={birth}
				onInput={setBirth}
				error={error(fields?.birth)}
			/>
			<Field
				id={`${id}-issue`}
				label={m.date.issueLabel}
				value={issue}
				onInput={setIssue}
				error={error(fields?.issue)}
			/>
			<Field
				id={`${id}-expiry`}
				label={m.date.expiryLabel}
				value={expiry}
				onInput={setExpiry}
				error={error(fields?.expiry)}
			/>
			<FillFromPhoto
				m={m.fill}
				onRead={({ dates: read }) => {
					if (read.birth) setBirth(read.birth);
					if (read.expiry) setExpiry(read.expiry);
				}}
			/>
			<div class="date-checker__result" role="status" aria-live="polite" data-testid="validity-result">
				{check && <ValidityResult words={words} check={check} />}
				{wanted && !check && (
					<NotLoaded failed={dates.failed} loading={words.m.common.loading} loadFailed={words.m.date.loadFailed} />
				)}
			</div>
		</form>
	);
}

/** The island. `today` is read from the browser clock after hydration, never on the server. */
export default function DateChecker({ task = 'both', locale = 'en' }: DateCheckerProps): JSX.Element {
	const { m, t, data } = useMessages(locale, GROUPS);
	const words = useMemo(() => ({ m, t }), [m, t]);
	const [today, setToday] = useState<string | undefined>(undefined);
	useEffect(() => setToday(localToday()), []);
	// The checking logic loads on first use: focus or a press anywhere in the checker, or input.
	const dates = useLazyModule(loadDates);
	return (
		<div class="date-checker not-content" data-pagefind-ignore onFocusCapture={dates.load} onPointerDown={dates.load}>
			<p class="date-checker__privacy">{m.date.privacy}</p>
			{task !== 'validity' && <CompareTask today={today} dates={dates} words={words} />}
			{task !== 'compare' && <ValidityTask today={today} dates={dates} words={words} />}
			{data}
		</div>
	);
}

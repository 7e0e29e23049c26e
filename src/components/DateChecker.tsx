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
	CalendarName,
	CompareVerdict,
	DateFormat,
	DateReading,
	DateRole,
	DocumentProblem,
	DocumentProblemCode,
	FieldOrder,
	FormOrder,
	MatchReason,
	ParseFailure,
	ParseProblem,
	ParseResult,
} from '../lib/dates';
import './DateChecker.css';

type DatesModule = typeof Dates;
/** The checking logic, fetched on first use (one importer, so every island shares the load). */
const loadDates = (): Promise<DatesModule> => import('../lib/dates');

/** Which tasks to show: both (the checker page) or one (embedded in an article). */
export interface DateCheckerProps {
	task?: 'both' | 'compare' | 'validity';
}

// ---- Words. Every code of src/lib/dates has a sentence here; `{name}` fills from the result. ----

const PROBLEM_WORDS: Record<ParseProblem, string> = {
	empty: 'Type a date.',
	'too-long': 'This is too long to be a date. Type only the date, for example 12/01/1990.',
	'not-a-date': 'We could not find a date here. Type it as it appears, for example 12/01/1990 or 12 JAN 1990.',
	incomplete: 'A part is missing: a full date has a day, a month and a year.',
	'partly-unknown':
		'Part of this date is marked unknown (X or <). Documents print this when the day or month is not known: enter exactly what your document shows and ask the service how to fill in the form.',
	'unknown-month': '“{word}” is not a month we know.',
	'months-disagree': 'The month words “{word}” name different months. Check the spelling.',
	'month-out-of-range': 'There is no month {value}: months go from 1 to 12.',
	'day-out-of-range': 'There is no day {value}: days go from 1 to 31.',
	'year-out-of-range': `The year {value} cannot be on an ID (they carry years from ${YEAR_MIN} to ${YEAR_MAX}). Check for a typo.`,
	'no-such-day': '{month} {year} has {days} days, so day {day} does not exist.',
	'not-in-era':
		'That year is outside its Japanese era (Heisei began on 8 January 1989, Reiwa on 1 May 2019). Check the era and the year.',
};

const SUGGESTION_WORDS = 'Did you mean “{suggestion}”?';

/** While the checking code loads, and if it cannot (offline before the checker was first used). */
const LOADING_WORDS = 'Checking…';
const LOAD_FAILED_WORDS =
	'The checker could not load its checking code: the connection seems to be down. What you typed is kept. Reconnect, then change any field to check again.';

const VERDICT_WORDS: Record<CompareVerdict, string> = {
	same: 'Same date. Your account and your ID show the same day.',
	'same-if-reordered': 'Same day only if the dates are read differently. A verifier may see two different dates.',
	different: 'Different dates: {days} apart.',
	unreadable: 'One of the dates could not be read: see the message under it.',
};

const REASON_WORDS: Record<MatchReason, string> = {
	order: 'Day and month are in a different order from the one the form uses.',
	century: 'The two-digit year has to be read in the other century.',
	calendar: 'The year is in another calendar on one side.',
	'calendar-variant': 'They are one day apart, which Hijri dates allow: the day depends on the calendar used.',
};

const DOCUMENT_WORDS: Record<DocumentProblemCode, string> = {
	expired: 'Expired {days} ago. Verification will fail: renew the document or use another one that is valid.',
	'expires-soon':
		'Expires {when}. Some services refuse documents this close to expiry: use one valid for longer if you can.',
	'under-age': 'The holder is {age}; exchanges require {minimumAge}. They can verify from {adultOn}.',
	'future-birth': 'The date of birth is in the future. Check the year.',
	'issued-in-future': 'The issue date is in the future. Check the year, or whether issue and expiry are swapped.',
	'issued-after-expiry': 'The issue date is after the expiry date: the two are probably swapped.',
	'born-after-issue': 'The date of birth is after the issue date. Check both years.',
};

const CALENDAR_WORDS: Record<CalendarName, string> = {
	gregory: 'Gregorian calendar',
	buddhist: 'Thai Buddhist era',
	japanese: 'Japanese era',
	persian: 'Persian (Solar Hijri) calendar',
	'islamic-umalqura': 'Hijri calendar (Umm al-Qura)',
};

const ORDER_WORDS: Record<FieldOrder, string> = {
	DMY: 'day/month/year',
	MDY: 'month/day/year',
	YMD: 'year/month/day',
	YDM: 'year/day/month',
	DYM: 'day/year/month',
	MYD: 'month/year/day',
};

const FORMAT_WORDS: Record<DateFormat, string> = {
	numeric: '',
	iso: 'ISO 8601',
	compact: 'digits only',
	mrz: 'MRZ (YYMMDD)',
	'month-name': 'month name',
	marked: 'year, month and day marked',
};

const ERA_WORDS: Record<NonNullable<DateReading['written']['era']>, string> = {
	meiji: 'Meiji',
	taisho: 'Taishō',
	showa: 'Shōwa',
	heisei: 'Heisei',
	reiwa: 'Reiwa',
};

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

function fill(template: string, values: Record<string, string | number | undefined>): string {
	return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

function plural(n: number, unit: string): string {
	return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** `12 January 1990`, from the ISO string's numbers (never `new Date(string)`). */
function longDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** The user's local date, from the browser clock. */
function localToday(): string {
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function problemText(failure: ParseFailure): string {
	const written = failure.written;
	const month =
		written && (failure.calendar ?? 'gregory') === 'gregory'
			? MONTHS[written.month - 1]
			: `Month ${written?.month ?? ''} of`;
	let text = fill(PROBLEM_WORDS[failure.problem], {
		word: failure.word,
		value: failure.value,
		days: failure.daysInMonth,
		day: written?.day,
		year: written?.year,
		month,
	});
	if (failure.suggestion) text += ` ${fill(SUGGESTION_WORDS, { suggestion: failure.suggestion })}`;
	return text;
}

/** How a reading was read, in words: order, calendar and the flags worth knowing. */
function howRead(reading: DateReading): string {
	const notes: string[] = [];
	if (reading.format === 'numeric' || reading.format === 'compact') notes.push(`read as ${ORDER_WORDS[reading.order]}`);
	else if (FORMAT_WORDS[reading.format]) notes.push(FORMAT_WORDS[reading.format]);
	if (reading.calendar !== 'gregory') {
		const era = reading.written.era ? `${ERA_WORDS[reading.written.era]} ` : '';
		notes.push(
			`${CALENDAR_WORDS[reading.calendar]}: ${era}year ${reading.written.year}${reading.calendarInferred ? ', guessed from the year' : ''}`,
		);
	}
	if (reading.centuryInferred) notes.push(`two-digit year taken as ${reading.written.year}`);
	if (reading.uncertainDays > 0) notes.push(`may be ${plural(reading.uncertainDays, 'day')} off`);
	return notes.join('; ');
}

// ---- Pieces ----

function Readings({ result, label }: { result: ParseResult; label: string }): JSX.Element {
	if (!result.ok)
		return (
			<p class="date-checker__problem">
				{label}: {problemText(result)}
			</p>
		);
	const [first, ...others] = result.readings;
	if (!first) return <></>;
	return (
		<div class="date-checker__readings">
			<p>
				{label}: <strong>{longDate(first.iso)}</strong> (<code>{first.iso}</code>)
				{howRead(first) && <span class="date-checker__how">, {howRead(first)}</span>}
			</p>
			{others.length > 0 && (
				<>
					<p class="date-checker__warning">
						<span aria-hidden="true">⚠ </span>Ambiguous: it could also be
					</p>
					<ul>
						{others.map((r) => (
							<li key={r.iso}>
								<strong>{longDate(r.iso)}</strong> (<code>{r.iso}</code>), {howRead(r)}
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
			<input
				ref={ref}
				id={props.id}
				type="text"
				inputMode="text"
				autoComplete="off"
				spellcheck={false}
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

/** What the result region shows while the checking code is not there yet: never blank. */
function NotLoaded({ failed }: { failed: boolean }): JSX.Element {
	return failed ? (
		<p class="date-checker__load-error" role="alert">
			<span aria-hidden="true">⚠ </span>
			{LOAD_FAILED_WORDS}
		</p>
	) : (
		<p class="date-checker__loading">{LOADING_WORDS}</p>
	);
}

interface TaskProps {
	today: string | undefined;
	dates: LazyModule<DatesModule>;
}

function CompareTask({ today, dates }: TaskProps): JSX.Element {
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

	const accountError = result && !result.account.ok ? problemText(result.account) : undefined;
	const documentError = result && !result.document.ok ? problemText(result.document) : undefined;
	const verdictClass = result ? `date-checker__verdict date-checker__verdict--${result.verdict}` : '';

	return (
		<form class="date-checker__task" onSubmit={preventSubmit} aria-labelledby={`${id}-title`}>
			<h2 id={`${id}-title`}>Do my account and my ID show the same date?</h2>
			<div class="date-checker__row">
				<div class="date-checker__field">
					<label for={`${id}-role`}>Which date</label>
					<select id={`${id}-role`} value={role} onChange={(e) => setRole(e.currentTarget.value as DateRole)}>
						<option value="birth">Date of birth</option>
						<option value="expiry">Expiry date</option>
						<option value="issue">Issue date</option>
					</select>
				</div>
				<div class="date-checker__field">
					<label for={`${id}-order`}>My form asks for</label>
					<select id={`${id}-order`} value={order} onChange={(e) => setOrder(e.currentTarget.value as FormOrder | '')}>
						<option value="">Not sure</option>
						<option value="DMY">day/month/year</option>
						<option value="MDY">month/day/year</option>
						<option value="YMD">year/month/day</option>
					</select>
				</div>
			</div>
			<Field
				id={`${id}-account`}
				label="Date on my account (as I typed it)"
				hint="For example 03/04/1990"
				value={account}
				onInput={setAccount}
				error={accountError}
			/>
			<Field
				id={`${id}-document`}
				label="Date on my ID (as printed)"
				hint="For example 12 JAN/JANV 1990, 900112 or 平成2年1月12日"
				value={documentText}
				onInput={setDocumentText}
				error={documentError}
			/>
			<FillFromPhoto
				onRead={({ dates: read }) => {
					const date = role === 'birth' ? read.birth : role === 'expiry' ? read.expiry : null;
					if (date) setDocumentText(date);
				}}
			/>
			<div class="date-checker__result" role="status" aria-live="polite" data-testid="compare-result">
				{result && (
					<>
						<p class={verdictClass}>
							<span aria-hidden="true">
								{result.verdict === 'same' ? '✓ ' : result.verdict === 'unreadable' ? '? ' : '✗ '}
							</span>
							<strong>
								{fill(VERDICT_WORDS[result.verdict], { days: plural(Math.abs(result.daysApart ?? 0), 'day') })}
							</strong>
						</p>
						{result.match && result.match.reasons.length > 0 && (
							<ul>
								{result.match.reasons.map((reason) => (
									<li key={reason}>{REASON_WORDS[reason]}</li>
								))}
							</ul>
						)}
						{result.account.ok && <Readings result={result.account} label="Account" />}
						{result.document.ok && <Readings result={result.document} label="ID" />}
						{result.expected && result.verdict !== 'same' && result.verdict !== 'unreadable' && lib && (
							<WhatToType iso={result.expected.iso} order={order} formatForForm={lib.formatForForm} />
						)}
					</>
				)}
				{wanted && !result && <NotLoaded failed={dates.failed} />}
			</div>
		</form>
	);
}

function WhatToType({
	iso,
	order,
	formatForForm,
}: {
	iso: string;
	order: FormOrder | '';
	formatForForm: DatesModule['formatForForm'];
}): JSX.Element {
	if (order) {
		return (
			<p class="date-checker__type">
				Type exactly this into the form ({ORDER_WORDS[order]}): <code>{formatForForm(iso, order)}</code>, the date on
				your ID ({longDate(iso)}).
			</p>
		);
	}
	return (
		<div class="date-checker__type">
			<p>Type the date on your ID ({longDate(iso)}) in the form's order:</p>
			<ul>
				{(['DMY', 'MDY', 'YMD'] as const).map((o) => (
					<li key={o}>
						{ORDER_WORDS[o]}: <code>{formatForForm(iso, o)}</code>
					</li>
				))}
			</ul>
		</div>
	);
}

function documentProblemText(problem: DocumentProblem, minimumAge: number): string {
	const days = problem.days ?? 0;
	return fill(DOCUMENT_WORDS[problem.code], {
		days: plural(days, 'day'),
		when: days === 0 ? 'today' : `in ${plural(days, 'day')}`,
		age: problem.age,
		minimumAge,
		adultOn: problem.adultOn ? longDate(problem.adultOn) : '',
	});
}

function ValidityTask({ today, dates }: TaskProps): JSX.Element {
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

	const error = (r: ParseResult | undefined) => (r && !r.ok ? problemText(r) : undefined);
	const fields = check?.fields;

	return (
		<form class="date-checker__task" onSubmit={preventSubmit} aria-labelledby={`${id}-title`}>
			<h2 id={`${id}-title`}>Is my document still valid?</h2>
			<Field id={`${id}-birth`} label="Date of birth" value={birth} onInput={setBirth} error={error(fields?.birth)} />
			<Field id={`${id}-issue`} label="Date of issue" value={issue} onInput={setIssue} error={error(fields?.issue)} />
			<Field
				id={`${id}-expiry`}
				label="Date of expiry"
				value={expiry}
				onInput={setExpiry}
				error={error(fields?.expiry)}
			/>
			<FillFromPhoto
				onRead={({ dates: read }) => {
					if (read.birth) setBirth(read.birth);
					if (read.expiry) setExpiry(read.expiry);
				}}
			/>
			<div class="date-checker__result" role="status" aria-live="polite" data-testid="validity-result">
				{check && (
					<>
						{check.problems.length > 0 ? (
							<ul class="date-checker__problems">
								{check.problems.map((p) => (
									<li key={p.code} class="date-checker__verdict date-checker__verdict--different">
										<span aria-hidden="true">✗ </span>
										{documentProblemText(p, DEFAULT_MINIMUM_AGE)}
									</li>
								))}
							</ul>
						) : (
							<p class="date-checker__verdict date-checker__verdict--same">
								<span aria-hidden="true">✓ </span>
								<strong>No problem found with these dates.</strong>
								{check.daysUntilExpiry !== undefined && ` Valid for ${plural(check.daysUntilExpiry, 'more day')}.`}
							</p>
						)}
						{fields?.birth?.ok && <Readings result={fields.birth} label="Birth" />}
						{fields?.issue?.ok && <Readings result={fields.issue} label="Issue" />}
						{fields?.expiry?.ok && <Readings result={fields.expiry} label="Expiry" />}
					</>
				)}
				{wanted && !check && <NotLoaded failed={dates.failed} />}
			</div>
		</form>
	);
}

/** The island. `today` is read from the browser clock after hydration, never on the server. */
export default function DateChecker({ task = 'both' }: DateCheckerProps): JSX.Element {
	const [today, setToday] = useState<string | undefined>(undefined);
	useEffect(() => setToday(localToday()), []);
	// The checking logic loads on first use: focus or a press anywhere in the checker, or input.
	const dates = useLazyModule(loadDates);
	return (
		<div class="date-checker not-content" data-pagefind-ignore onFocusCapture={dates.load} onPointerDown={dates.load}>
			<p class="date-checker__privacy">Runs in your browser: nothing you type is stored or sent.</p>
			{task !== 'validity' && <CompareTask today={today} dates={dates} />}
			{task !== 'compare' && <ValidityTask today={today} dates={dates} />}
		</div>
	);
}

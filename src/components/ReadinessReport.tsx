/**
 * "Ready to submit?": the account's details and a photo of the document, in one report. The worker
 * (src/workers/mrz.worker.ts) starts when the reader starts (first focus or choice), reads a photo as
 * soon as it is chosen (the OCR engine loads then, never before), and builds the report (src/lib/ready)
 * as the reader types. The worker also scores each photo's quality, and the report shows it first.
 * This island only collects input and shows codes as words. Nothing leaves the device.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { MrzResult } from '../lib/mrz/decide';
import type { PhotoInput, ReportItem } from '../lib/ready/report';
import { countryFromInput, countryName, countryOptions } from '../lib/ready/countries';
import { DEFAULT_MINIMUM_AGE, EXPIRES_SOON_DAYS } from '../lib/dates/constants';
import type { MrzAnswer, MrzReadProblem, MrzRequest, MrzTimings } from '../workers/mrz.worker';
import { PHOTO_CHECK_ARTICLES, READINESS_ITEM_ARTICLES } from '../lib/checker-articles';
import { LOCALE_INFO, type Locale } from '../i18n/locales';
import type { CheckerText } from '../i18n/checkers/format';
import { localeArticleHref } from '../i18n/checkers/links';
import { useMessages, type IslandText } from '../i18n/checkers/use-messages';
import FileButton from './FileButton';
import './checker-frame.css';
import './checker-form.css';
import './ReadinessReport.css';
import { localToday } from './local-today';

type Side = 'front' | 'back';
type Reading =
	| { state: 'reading' }
	| { state: 'done'; result: MrzResult; timings: MrzTimings }
	| { state: 'error'; problem: MrzReadProblem };

/** The message groups this island shows. */
const GROUPS = ['common', 'ready', 'photo'] as const;

/** The messages and the formatter, as every piece below takes them. */
interface Words {
	m: IslandText<(typeof GROUPS)[number]>['m'];
	t: CheckerText;
}

/** What one item of the report found, in words (`lang`, the page's BCP 47 tag, names the countries). */
export function reportCodeText({ m, t }: Words, item: ReportItem, lang = 'en'): string {
	const count =
		item.code === 'expires-soon'
			? EXPIRES_SOON_DAYS
			: item.code === 'adult' || item.code === 'under-age'
				? DEFAULT_MINIMUM_AGE
				: undefined;
	const text = t.text(m.ready.codes[item.code], {}, count);
	if (!item.countries) return text;
	const names = t.format(m.ready.countryNames, {
		issuer: countryName(item.countries.issuer, lang),
		residence: countryName(item.countries.residence, lang),
	});
	return `${text} ${names}`;
}

/** The photo item's problems, each with the article that fixes it. */
function PhotoProblems({ words, item, locale }: { words: Words; item: ReportItem; locale: Locale }) {
	const { m } = words;
	if (!item.problems?.length) return null;
	return (
		<ul class="readiness__problems">
			{item.problems.map((p) => {
				const article = PHOTO_CHECK_ARTICLES[p.check];
				return (
					<li key={p.problem} data-problem={p.problem} data-status={p.status}>
						<strong>{m.photo.checks[p.check]}</strong>: {m.photo.problems[p.problem]}{' '}
						{article && <a href={localeArticleHref(article, locale)}>{m.common.readMore}</a>}
					</li>
				);
			})}
		</ul>
	);
}

/** The report, item by item, with a link to the article that fixes what did not pass: pure, from the items. */
export function ReportList({ words, items, locale }: { words: Words; items: readonly ReportItem[]; locale: Locale }) {
	const { m } = words;
	const lang = LOCALE_INFO[locale].lang;
	return (
		<ol class="readiness__report" aria-label={m.ready.reportAria}>
			{items.map((item) => (
				<li
					key={item.id}
					class={`readiness__item readiness__item--${item.status}`}
					data-item={item.id}
					data-status={item.status}
				>
					<strong>{m.ready.items[item.id]}</strong>: <span class="readiness__badge">{m.ready.status[item.status]}</span>
					. <span dir="auto">{reportCodeText(words, item, lang)}</span>{' '}
					{item.status !== 'pass' && item.status !== 'todo' && !item.problems?.length && (
						<a href={localeArticleHref(READINESS_ITEM_ARTICLES[item.id], locale)}>{m.common.readMore}</a>
					)}
					<PhotoProblems words={words} item={item} locale={locale} />
				</li>
			))}
		</ol>
	);
}

/** "Ready to submit?", in `locale`'s words. */
export default function ReadinessReport({ locale = 'en' }: { locale?: Locale }) {
	const { m, t, data } = useMessages(locale, GROUPS);
	const words = useMemo(() => ({ m, t }), [m, t]);
	const id = useId();
	const [name, setName] = useState('');
	const [birth, setBirth] = useState('');
	/** The country field as typed (a name, or a code); the report gets its ISO code when it names a country. */
	const [country, setCountry] = useState('');
	const lang = LOCALE_INFO[locale].lang;
	const countries = useMemo(() => countryOptions(lang), [lang]);
	const countryCode = useMemo(() => countryFromInput(country, lang, countries), [country, lang, countries]);
	const [readings, setReadings] = useState<Partial<Record<Side, Reading>>>({});
	const [qualities, setQualities] = useState<Partial<Record<Side, PhotoInput>>>({});
	const [typed, setTyped] = useState<string | null>(null);
	const [report, setReport] = useState<{ mrz: MrzResult | null; items: ReportItem[] } | null>(null);
	const worker = useRef<Worker | null>(null);
	const requests = useRef(0);
	const sides = useRef(new Map<number, Side>());
	const lastReport = useRef(0);

	useEffect(() => () => worker.current?.terminate(), []);

	function start(): Worker {
		if (worker.current) return worker.current;
		const w = new Worker(new URL('../workers/mrz.worker.ts', import.meta.url), { type: 'module' });
		w.onmessage = (event: MessageEvent<MrzAnswer>) => {
			const answer = event.data;
			if (answer.type === 'report') {
				if (answer.id === lastReport.current) setReport({ mrz: answer.mrz, items: answer.items });
				return;
			}
			const from = sides.current.get(answer.id);
			if (!from) return;
			if (answer.type === 'quality') {
				const { quality } = answer;
				if (quality) setQualities((old) => ({ ...old, [from]: quality }));
				return;
			}
			if (answer.type === 'error' && answer.problem === 'cannot-decode')
				setQualities((old) => ({ ...old, [from]: 'cannot-open' }));
			sides.current.delete(answer.id);
			setReadings((old) => ({
				...old,
				[from]:
					answer.type === 'result'
						? { state: 'done', result: answer.result, timings: answer.timings }
						: { state: 'error', problem: answer.problem },
			}));
			setTyped(null);
		};
		worker.current = w;
		return w;
	}

	function choose(side: Side, file: File | undefined) {
		if (!file) return;
		const request: MrzRequest = { type: 'read', id: ++requests.current, file, today: localToday() };
		sides.current.set(request.id, side);
		setReadings((old) => ({ ...old, [side]: { state: 'reading' } }));
		setQualities(({ [side]: _dropped, ...rest }) => rest);
		start().postMessage(request);
	}

	// The side whose reading is best: read, then uncertain; else whichever was read.
	const rank = { read: 2, uncertain: 1, 'not-found': 0 } as const;
	const photoResult =
		(['front', 'back'] as const)
			.map((side) => readings[side])
			.filter((r): r is Extract<Reading, { state: 'done' }> => r?.state === 'done')
			.map((r) => r.result)
			.sort((a, b) => rank[b.status] - rank[a.status])[0] ?? null;

	const photos = (['front', 'back'] as const).flatMap((side) => {
		const quality = qualities[side];
		return quality ? [quality] : [];
	});

	// Every change asks the worker for a fresh report (once the reader has started: before that, nothing to say).
	useEffect(() => {
		if (!worker.current && !name && !birth && !country && !photoResult && photos.length === 0) return;
		const request: MrzRequest = {
			type: 'report',
			id: ++requests.current,
			account: { name, birth, country: countryCode ?? country },
			photo: photoResult,
			typed,
			photos,
			today: localToday(),
		};
		lastReport.current = request.id;
		start().postMessage(request);
	}, [name, birth, country, countryCode, photoResult, typed, qualities]);

	const mrz = report ? report.mrz : photoResult;
	// The worker's split of the last reading, for bench/mrz-browser.bench.ts.
	const lastTimings = (['front', 'back'] as const)
		.map((side) => readings[side])
		.find((r): r is Extract<Reading, { state: 'done' }> => r?.state === 'done')?.timings;
	const items = report?.items ?? null;
	const reading = readings.front?.state === 'reading' || readings.back?.state === 'reading';
	const errors = (['front', 'back'] as const).flatMap((side) => {
		const r = readings[side];
		return r?.state === 'error' ? [m.ready.readErrors[r.problem]] : [];
	});
	const doubtful = new Set((typed !== null ? [] : (photoResult?.doubtful ?? [])).map((d) => `${d.line}:${d.column}`));

	return (
		<div
			class="checker-frame readiness"
			data-pagefind-ignore
			data-timings={lastTimings ? JSON.stringify(lastTimings) : undefined}
		>
			<form class="checker-form" onSubmit={(e) => e.preventDefault()} onFocusIn={() => start()}>
				<div class="readiness__field">
					<label for={`${id}-name`}>{m.ready.nameLabel}</label>
					<input
						id={`${id}-name`}
						value={name}
						maxLength={300}
						autocomplete="off"
						dir="auto"
						onInput={(e) => setName(e.currentTarget.value)}
					/>
				</div>
				<div class="readiness__field">
					<label for={`${id}-birth`}>{m.ready.birthLabel}</label>
					<input
						id={`${id}-birth`}
						value={birth}
						maxLength={60}
						autocomplete="off"
						dir="auto"
						onInput={(e) => setBirth(e.currentTarget.value)}
					/>
				</div>
				<div class="readiness__field">
					<label for={`${id}-country`}>{m.ready.countryLabel}</label>
					<input
						id={`${id}-country`}
						value={country}
						maxLength={60}
						autocomplete="off"
						dir="auto"
						list={`${id}-countries`}
						aria-describedby={`${id}-country-hint`}
						onInput={(e) => setCountry(e.currentTarget.value)}
					/>
					<p id={`${id}-country-hint`} class="readiness__hint">
						{m.ready.countryHint}
					</p>
					<datalist id={`${id}-countries`}>
						{countries.map((option) => (
							<option key={option.code} value={option.name} />
						))}
					</datalist>
				</div>
				<div class="readiness__field">
					<label for={`${id}-front`}>{m.ready.frontLabel}</label>
					<FileButton id={`${id}-front`} label={m.ready.choose} onFile={(file) => choose('front', file)} />
				</div>
				<div class="readiness__field">
					<label for={`${id}-back`}>{m.ready.backLabel}</label>
					<FileButton id={`${id}-back`} label={m.ready.choose} onFile={(file) => choose('back', file)} />
				</div>
			</form>
			<div role="status" class="readiness__status">
				{reading ? m.ready.reading : mrz ? m.ready.mrzStates[mrz.status] : ''}
			</div>
			{errors.map((text) => (
				<p role="alert" class="readiness__error">
					{text}
				</p>
			))}
			{mrz && mrz.status !== 'not-found' && (
				<div class="checker-form readiness__mrz">
					<h3>{m.ready.mrzAsRead}</h3>
					<pre data-mrz-lines data-mrz-status={mrz.status} aria-label={m.ready.mrzAria} dir="ltr">
						{mrz.lines.map((line, l) => (
							<>
								{[...line].map((char, c) =>
									doubtful.has(`${l}:${c}`) ? <mark title={m.ready.doubtful}>{char}</mark> : char,
								)}
								{l < mrz.lines.length - 1 ? '\n' : ''}
							</>
						))}
					</pre>
					<label for={`${id}-fix`}>{m.ready.fixLabel}</label>
					<textarea
						id={`${id}-fix`}
						rows={mrz.lines.length}
						spellcheck={false}
						dir="ltr"
						value={typed ?? mrz.lines.join('\n')}
						onInput={(e) => setTyped(e.currentTarget.value)}
					/>
				</div>
			)}
			{mrz && mrz.status === 'not-found' && <pre hidden data-mrz-lines data-mrz-status="not-found" />}
			{items && <ReportList words={words} items={items} locale={locale} />}
			{data}
		</div>
	);
}

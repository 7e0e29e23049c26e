/**
 * "Ready to submit?": the account's details and a photo of the document, in one report. The worker
 * (src/workers/mrz.worker.ts) starts when the reader starts (first focus or choice), reads a photo as
 * soon as it is chosen (the OCR engine loads then, never before), and builds the report (src/lib/ready)
 * as the reader types. This island only collects input and shows codes as words. Nothing leaves the device.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { MrzResult } from '../lib/mrz/decide';
import type { ItemStatus, ReportItem, ReportItemId } from '../lib/ready/report';
import type { MrzAnswer, MrzRequest, MrzTimings } from '../workers/mrz.worker';
import { articleHref } from '../lib/site-paths';
import { READINESS_ITEM_ARTICLES } from '../lib/checker-articles';
import './ReadinessReport.css';

type Side = 'front' | 'back';
type Reading =
	| { state: 'reading' }
	| { state: 'done'; result: MrzResult; timings: MrzTimings }
	| { state: 'error'; problem: string };

const STATUS_WORDS: Record<ItemStatus, string> = {
	pass: 'Looks fine',
	warn: 'Check this',
	fail: 'Will likely fail',
	todo: 'Waiting',
	note: 'Note',
};

const ITEM_TITLES: Record<ReportItemId, string> = {
	mrz: 'Machine-readable zone (MRZ)',
	name: 'Name',
	birth: 'Date of birth',
	validity: 'Document validity',
	age: 'Age',
	country: 'Issuing country and country of residence',
};

const CODE_WORDS: Record<string, string> = {
	'no-photo': 'Choose a photo of your passport, or of the back of your ID card, to read its MRZ.',
	'not-found':
		'No MRZ was found. Many driving licences and ID card fronts have none: choose the back of the card, or type your details into the name and date checkers by hand.',
	uncertain:
		'The MRZ was read, but some characters are doubtful (marked below). Compare them with your document and correct them.',
	read: 'The MRZ was read and every check digit holds.',
	'no-account-name': 'Type your full name as your exchange account shows it.',
	'no-account-birth': 'Type your date of birth as your exchange account shows it.',
	'no-account-country': 'Type your country of residence as your exchange account shows it.',
	'no-document': 'Waiting for the document’s MRZ.',
	unreadable: 'The name in the MRZ could not be read.',
	exact: 'The account name matches the document.',
	equivalent: 'The account name is the same name as the document writes it.',
	partial: 'The names share parts but differ: a strict check may reject this.',
	different: 'The account name differs from the document.',
	same: 'The dates of birth match.',
	'same-if-reordered': 'The dates match only if day and month are swapped: check the order you typed.',
	valid: 'The document is valid.',
	expired: 'The document has expired: verification will be rejected.',
	'expires-soon': 'The document expires within 30 days.',
	adult: 'You are old enough (18 or over).',
	'under-age': 'By this date of birth you are under 18.',
	'future-birth': 'The date of birth is in the future: it was misread or mistyped.',
	'same-country': 'The document was issued by your country of residence.',
	'other-country':
		'The document was issued by another country than the one you live in. That is allowed on most exchanges (residence and nationality may differ), but choose the issuing country when asked which document you have.',
};

const MRZ_STATE_WORDS: Record<MrzResult['status'], string> = {
	read: 'Photo read: the report below uses its MRZ.',
	uncertain: 'Photo read, with doubtful characters: check the MRZ below.',
	'not-found': 'No MRZ found on this photo.',
};

const READ_WORDS: Record<string, string> = {
	'cannot-decode': 'This file could not be opened as a photo. Choose a JPEG, PNG or WebP image.',
	'engine-failed': 'The reader could not start. Reload the page and try again.',
};

function today(): string {
	const d = new Date();
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export default function ReadinessReport() {
	const id = useId();
	const [name, setName] = useState('');
	const [birth, setBirth] = useState('');
	const [country, setCountry] = useState('');
	const [readings, setReadings] = useState<Partial<Record<Side, Reading>>>({});
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
		const request: MrzRequest = { type: 'read', id: ++requests.current, file, today: today() };
		sides.current.set(request.id, side);
		setReadings((old) => ({ ...old, [side]: { state: 'reading' } }));
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

	// Every change asks the worker for a fresh report (once the reader has started: before that, nothing to say).
	useEffect(() => {
		if (!worker.current && !name && !birth && !country && !photoResult) return;
		const request: MrzRequest = {
			type: 'report',
			id: ++requests.current,
			account: { name, birth, country },
			photo: photoResult,
			typed,
			today: today(),
		};
		lastReport.current = request.id;
		start().postMessage(request);
	}, [name, birth, country, photoResult, typed]);

	const mrz = report ? report.mrz : photoResult;
	// The worker's split of the last reading, for bench/mrz-browser.bench.ts.
	const lastTimings = (['front', 'back'] as const)
		.map((side) => readings[side])
		.find((r): r is Extract<Reading, { state: 'done' }> => r?.state === 'done')?.timings;
	const items = report?.items ?? null;
	const reading = readings.front?.state === 'reading' || readings.back?.state === 'reading';
	const errors = (['front', 'back'] as const).flatMap((side) => {
		const r = readings[side];
		return r?.state === 'error' ? [READ_WORDS[r.problem] ?? READ_WORDS['engine-failed']!] : [];
	});
	const doubtful = new Set((typed !== null ? [] : (photoResult?.doubtful ?? [])).map((d) => `${d.line}:${d.column}`));

	return (
		<div class="readiness" data-pagefind-ignore data-timings={lastTimings ? JSON.stringify(lastTimings) : undefined}>
			<form class="readiness__form" onSubmit={(e) => e.preventDefault()} onFocusIn={() => start()}>
				<div class="readiness__field">
					<label for={`${id}-name`}>Full name on your exchange account</label>
					<input
						id={`${id}-name`}
						value={name}
						maxLength={300}
						autocomplete="off"
						onInput={(e) => setName(e.currentTarget.value)}
					/>
				</div>
				<div class="readiness__field">
					<label for={`${id}-birth`}>Date of birth on your account</label>
					<input
						id={`${id}-birth`}
						value={birth}
						maxLength={60}
						autocomplete="off"
						onInput={(e) => setBirth(e.currentTarget.value)}
					/>
				</div>
				<div class="readiness__field">
					<label for={`${id}-country`}>Country of residence on your account (three-letter code, e.g. DEU)</label>
					<input
						id={`${id}-country`}
						value={country}
						maxLength={60}
						autocomplete="off"
						onInput={(e) => setCountry(e.currentTarget.value)}
					/>
				</div>
				<div class="readiness__field">
					<label for={`${id}-front`}>Photo of your passport page, or the front of your ID card</label>
					<input
						id={`${id}-front`}
						type="file"
						accept="image/*"
						onChange={(e) => choose('front', e.currentTarget.files?.[0])}
					/>
				</div>
				<div class="readiness__field">
					<label for={`${id}-back`}>Back of your ID card (where its MRZ usually is), if you have one</label>
					<input
						id={`${id}-back`}
						type="file"
						accept="image/*"
						onChange={(e) => choose('back', e.currentTarget.files?.[0])}
					/>
				</div>
			</form>
			<div role="status" class="readiness__status">
				{reading ? 'Reading the photo…' : mrz ? MRZ_STATE_WORDS[mrz.status] : ''}
			</div>
			{errors.map((text) => (
				<p role="alert" class="readiness__error">
					{text}
				</p>
			))}
			{mrz && mrz.status !== 'not-found' && (
				<div class="readiness__mrz">
					<h3>The MRZ as read</h3>
					<pre data-mrz-lines data-mrz-status={mrz.status} aria-label="Machine-readable zone as read">
						{mrz.lines.map((line, l) => (
							<>
								{[...line].map((char, c) => (doubtful.has(`${l}:${c}`) ? <mark title="doubtful">{char}</mark> : char))}
								{l < mrz.lines.length - 1 ? '\n' : ''}
							</>
						))}
					</pre>
					<label for={`${id}-fix`}>If a character differs from your document, correct it here:</label>
					<textarea
						id={`${id}-fix`}
						rows={mrz.lines.length}
						spellcheck={false}
						value={typed ?? mrz.lines.join('\n')}
						onInput={(e) => setTyped(e.currentTarget.value)}
					/>
				</div>
			)}
			{mrz && mrz.status === 'not-found' && <pre hidden data-mrz-lines data-mrz-status="not-found" />}
			{items && (
				<ol class="readiness__report" aria-label="Your readiness report">
					{items.map((item) => (
						<li class={`readiness__item readiness__item--${item.status}`} data-item={item.id} data-status={item.status}>
							<strong>{ITEM_TITLES[item.id]}</strong>: <span class="readiness__badge">{STATUS_WORDS[item.status]}</span>
							. {CODE_WORDS[item.code] ?? ''}{' '}
							{item.status !== 'pass' && item.status !== 'todo' && (
								<a href={articleHref(READINESS_ITEM_ARTICLES[item.id])}>How to fix this</a>
							)}
						</li>
					))}
				</ol>
			)}
		</div>
	);
}

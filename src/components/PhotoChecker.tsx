/**
 * Photo checker island: choose or take a photo of an ID (or a selfie), see whether it would pass the
 * usual quality checks, with the document outline and glare drawn on a preview and advice per check.
 * Decoding and analysis run in src/workers/photo.worker.ts (the maths is in src/lib/photo); this file
 * reads the file input and turns codes into words. The photo never leaves the device: no network
 * request, no upload, no storage.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CheckId, FileProblem, PhotoAnalysis, PhotoCheck, PhotoKind } from '../lib/photo';
import type { AnalyzeRequest, PrepareRequest, WorkerAnswer, WorkerTimings } from '../workers/photo-messages';
import './PhotoChecker.css';
import { PHOTO_CHECK_ARTICLES } from '../lib/checker-articles';
import { MAX_FILE_BYTES } from '../lib/photo/thresholds';
import { useChosenFile } from './use-chosen-file';
import type { Locale } from '../i18n/locales';
import type { CheckerText } from '../i18n/checkers/format';
import { localeArticleHref } from '../i18n/checkers/links';
import { useMessages, type IslandText } from '../i18n/checkers/use-messages';

/** The width suggested for a smaller copy of a photo with too many pixels (plenty for the checks). */
const SUGGESTED_EXPORT_WIDTH = 4000;

// ---------------------------------------------------------------------------------------------
// Words: the `photo` group of src/i18n/checkers; every code the core returns has its message there.

/** The message groups this island shows. */
const GROUPS = ['common', 'photo'] as const;

/** The messages and the formatter, as every piece below takes them. */
interface Words {
	m: IslandText<(typeof GROUPS)[number]>['m'];
	t: CheckerText;
}

/** A file problem in words (the size limits written the reader's way). */
export function fileProblemText({ m, t }: Words, problem: FileProblem): string {
	return t.format(m.photo.fileProblems[problem], {
		megabytes: MAX_FILE_BYTES / 1024 / 1024,
		pixels: SUGGESTED_EXPORT_WIDTH,
	});
}

/** The article that explains each check, per mode, in the reader's language, under the site's base path. */
function articleFor(id: CheckId, mode: PhotoKind, locale: Locale): string | null {
	const path = PHOTO_CHECK_ARTICLES[mode][id];
	return path ? localeArticleHref(path, locale) : null;
}

// ---------------------------------------------------------------------------------------------

type State =
	| { phase: 'idle' }
	| { phase: 'working'; fileName: string }
	| {
			phase: 'done';
			fileName: string;
			analysis: PhotoAnalysis;
			preview: ImageBitmap;
			previewTurned: boolean;
			timings: WorkerTimings;
	  }
	| { phase: 'error'; fileName: string; problem: FileProblem };

interface Props {
	mode?: PhotoKind;
	locale?: Locale;
}

/** The photo checker widget, in `locale`'s words. */
export default function PhotoChecker({ mode = 'document', locale = 'en' }: Props) {
	const { m, t, data } = useMessages(locale, GROUPS);
	const words = useMemo(() => ({ m, t }), [m, t]);
	const id = useId();
	const [state, setState] = useState<State>({ phase: 'idle' });
	const worker = useRef<Worker | null>(null);
	const busy = useRef(false);
	const requestId = useRef(0);
	const canvas = useRef<HTMLCanvasElement>(null);

	// The worker starts once the widget is on screen (islands also render on the server, where there
	// are no workers) and waits: it warms up, with its helper, only when the reader shows they mean to
	// choose a photo (a pointer over or on the buttons, or focus on them; see `prepare`), so a page where
	// the checker is only seen costs no more than loading the worker. It is ended when the widget goes away.
	useEffect(() => {
		if (!worker.current) createWorker();
		return () => {
			worker.current?.terminate();
			worker.current = null;
		};
	}, []);

	const prepared = useRef(false);
	/** Asks the worker to warm up ahead of a photo, once. */
	function prepare() {
		if (prepared.current) return;
		prepared.current = true;
		const message: PrepareRequest = { type: 'prepare' };
		(worker.current ?? createWorker()).postMessage(message);
	}

	// Draw the preview bitmap as soon as its canvas is in the page: a layout effect, so the photo appears
	// in the same frame as the verdict (a plain effect waits for a paint, about a frame later).
	useLayoutEffect(() => {
		if (state.phase !== 'done' || !canvas.current) return;
		const c = canvas.current;
		c.width = state.preview.width;
		c.height = state.preview.height;
		// An upright bitmap is handed to the canvas without a copy or a draw on this thread. A turned one (the
		// decoder's frame with its EXIF orientation attached) is drawn: drawImage applies the turn, and
		// Chromium's transferFromImageBitmap ignores it (a portrait photo came out squeezed, unturned).
		const renderer = state.previewTurned ? null : c.getContext('bitmaprenderer');
		if (renderer) renderer.transferFromImageBitmap(state.preview);
		else c.getContext('2d')?.drawImage(state.preview, 0, 0);
		performance.mark('photo-checker:result');
	}, [state]);

	function start(file: File) {
		performance.mark('photo-checker:chosen');
		// A new photo cancels the running analysis: that worker is ended and a fresh one starts.
		if (busy.current && worker.current) {
			worker.current.terminate();
			worker.current = null;
		}
		const w = worker.current ?? createWorker();
		const request: AnalyzeRequest = {
			type: 'analyze',
			id: ++requestId.current,
			file,
			kind: mode,
			sentAt: performance.timeOrigin + performance.now(),
		};
		busy.current = true;
		setState({ phase: 'working', fileName: file.name });
		w.postMessage(request);
	}

	function createWorker(): Worker {
		const w = new Worker(new URL('../workers/photo.worker.ts', import.meta.url), { type: 'module' });
		w.onmessage = (event: MessageEvent<WorkerAnswer>) => {
			const answer = event.data;
			if (answer.id !== requestId.current) return;
			performance.mark('photo-checker:answer');
			busy.current = false;
			setState((previous) => {
				const fileName = previous.phase === 'idle' ? '' : previous.fileName;
				if (previous.phase === 'done') previous.preview.close();
				return answer.type === 'result'
					? {
							phase: 'done',
							fileName,
							analysis: answer.analysis,
							preview: answer.preview,
							previewTurned: answer.previewTurned,
							timings: answer.timings,
						}
					: { phase: 'error', fileName, problem: answer.problem };
			});
		};
		w.onerror = (event) => {
			event.preventDefault();
			busy.current = false;
			setState((previous) => ({
				phase: 'error',
				fileName: previous.phase === 'idle' ? '' : previous.fileName,
				problem: 'analysis-failed',
			}));
		};
		worker.current = w;
		return w;
	}

	const { root, onChange } = useChosenFile(start);

	return (
		<div ref={root} class="photo-checker not-content" data-pagefind-ignore data-mode={mode} data-state={state.phase}>
			<p class="photo-checker__intro">{mode === 'selfie' ? m.photo.selfieIntro : m.photo.documentIntro}</p>
			<div
				class="photo-checker__actions"
				onPointerOver={prepare}
				onPointerDown={prepare}
				onTouchStart={prepare}
				onFocusIn={prepare}
			>
				<input id={`${id}-file`} class="photo-checker__input" type="file" accept="image/*" onChange={onChange} />
				<label for={`${id}-file`} class="photo-checker__button">
					{m.photo.choose}
				</label>
				<input
					id={`${id}-camera`}
					class="photo-checker__input"
					type="file"
					accept="image/*"
					capture={mode === 'selfie' ? 'user' : 'environment'}
					onChange={onChange}
				/>
				<label for={`${id}-camera`} class="photo-checker__button photo-checker__button--secondary">
					{m.photo.camera}
				</label>
			</div>
			<p class="photo-checker__privacy">{m.photo.privacy}</p>

			<div role="alert" class="photo-checker__alert">
				{state.phase === 'error' && <p class="photo-checker__error">{fileProblemText(words, state.problem)}</p>}
			</div>

			<div role="status" class="photo-checker__status">
				{state.phase === 'working' && <p>{m.photo.working}</p>}
				{state.phase === 'done' && <PhotoVerdict words={words} analysis={state.analysis} />}
			</div>

			{state.phase === 'done' && (
				<div class="photo-checker__result" data-timings={JSON.stringify(state.timings)}>
					<figure class="photo-checker__figure">
						<div class="photo-checker__preview">
							<canvas
								ref={canvas}
								role="img"
								aria-label={mode === 'selfie' ? m.photo.previewSelfie : m.photo.previewDocument}
							/>
							<Overlay analysis={state.analysis} />
						</div>
					</figure>
					<CheckList words={words} analysis={state.analysis} mode={mode} locale={locale} />
				</div>
			)}
			{data}
		</div>
	);
}

/** The score and the verdict, in words. */
export function PhotoVerdict({ words: { m, t }, analysis }: { words: Words; analysis: PhotoAnalysis }) {
	return (
		<p class="photo-checker__verdict" data-verdict={analysis.verdict}>
			<strong>{t.format(m.photo.score, { score: analysis.score })}</strong> {m.photo.verdicts[analysis.verdict]}
		</p>
	);
}

/** Every check with its advice, what needs fixing first: pure, from the analysis. */
export function CheckList({
	words,
	analysis,
	mode,
	locale,
}: {
	words: Words;
	analysis: PhotoAnalysis;
	mode: PhotoKind;
	locale: Locale;
}) {
	return (
		<>
			<ul class="photo-checker__checks">
				{problemsFirst(analysis.checks).map((check) => (
					<CheckItem key={check.id} words={words} check={check} mode={mode} locale={locale} />
				))}
			</ul>
			{mode === 'selfie' && <p class="photo-checker__note">{words.m.photo.noFaceDetection}</p>}
		</>
	);
}

/** Rank of a status in the list: what needs fixing comes first. */
const STATUS_ORDER: Record<PhotoCheck['status'], number> = { fail: 0, warn: 1, pass: 2 };

/** The checks with failures first, then warnings, then passes; the analysis' order is kept within each (the sort is stable). */
function problemsFirst(checks: readonly PhotoCheck[]): PhotoCheck[] {
	return [...checks].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
}

/** The document outline and glare boxes, in the analysed image's pixels, stretched over the preview. */
function Overlay({ analysis }: { analysis: PhotoAnalysis }) {
	const { width, height } = analysis.image;
	const stroke = Math.max(2, Math.round(Math.max(width, height) / 300));
	return (
		<svg
			class="photo-checker__overlay"
			viewBox={`0 0 ${width} ${height}`}
			preserveAspectRatio="none"
			aria-hidden="true"
		>
			{analysis.document && !analysis.document.fillsFrame && (
				<polygon
					class="photo-checker__outline"
					points={analysis.document.corners.map((p) => `${p.x},${p.y}`).join(' ')}
					stroke-width={stroke}
				/>
			)}
			{analysis.glareRegions.map((r, i) => (
				<rect
					key={i}
					class="photo-checker__glare"
					x={r.x}
					y={r.y}
					width={r.width}
					height={r.height}
					stroke-width={stroke}
				/>
			))}
		</svg>
	);
}

function CheckItem({
	words: { m },
	check,
	mode,
	locale,
}: {
	words: Words;
	check: PhotoCheck;
	mode: PhotoKind;
	locale: Locale;
}) {
	const href = check.status === 'pass' ? null : articleFor(check.id, mode, locale);
	return (
		<li
			class={`photo-checker__check photo-checker__check--${check.status}`}
			data-check={check.id}
			data-status={check.status}
		>
			<span class="photo-checker__check-name">{m.photo.checks[check.id]}</span>{' '}
			<span class="photo-checker__badge">{m.common.checkStatus[check.status]}</span>
			<p class="photo-checker__advice">
				{check.problem ? m.photo.problems[check.problem] : m.photo.checkOk[check.id]}
				{href && (
					<>
						{' '}
						<a href={href}>{m.common.readMore}</a>
					</>
				)}
			</p>
		</li>
	);
}

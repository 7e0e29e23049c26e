/**
 * Photo checker island: choose or take a photo of an ID, see whether it would pass the usual quality
 * checks, with the document outline and glare drawn on a preview and advice per check (selfies have
 * their own checker, SelfieChecker.tsx). Decoding and analysis run in src/workers/photo.worker.ts (the
 * maths is in src/lib/photo); this file reads the file input and turns codes into words. The photo
 * never leaves the device: no network request, no upload, no storage.
 */
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FileProblem, FramingMeasure, PhotoAnalysis, PhotoCheck } from '../lib/photo';
import type { AnalyzeRequest, PrepareRequest, WorkerAnswer, WorkerTimings } from '../workers/photo-messages';
import './checker-frame.css';
import './PhotoChecker.css';
import { CheckList, FileProblemAlert, formatFileProblem } from './CheckResults';
import { PHOTO_CHECK_ARTICLES } from '../lib/checker-articles';
import FileButton from './FileButton';
import { useChosenFile } from './use-chosen-file';
import { usePictureWorker } from './use-picture-worker';
import type { Locale } from '../i18n/locales';
import type { CheckerText } from '../i18n/checkers/format';
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
	return formatFileProblem(t, m.photo.fileProblems[problem], SUGGESTED_EXPORT_WIDTH);
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

/** The photo checker widget, in `locale`'s words. */
export default function PhotoChecker({ locale = 'en' }: { locale?: Locale }) {
	const { m, t, data } = useMessages(locale, GROUPS);
	const words = useMemo(() => ({ m, t }), [m, t]);
	const id = useId();
	const [state, setState] = useState<State>({ phase: 'idle' });
	const canvas = useRef<HTMLCanvasElement>(null);

	// The worker starts once the widget is on screen and waits: it warms up, with its helper, only when the
	// reader shows they mean to choose a photo (a pointer over or on the buttons, or focus on them; see
	// `prepare`), so a page where the checker is only seen costs little more than loading the worker.
	const { send, notify } = usePictureWorker<AnalyzeRequest, WorkerAnswer>({
		warm: true,
		create: () => new Worker(new URL('../workers/photo.worker.ts', import.meta.url), { type: 'module' }),
		onAnswer: (answer) => {
			performance.mark('photo-checker:answer');
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
		},
		onCrash: () =>
			setState((previous) => ({
				phase: 'error',
				fileName: previous.phase === 'idle' ? '' : previous.fileName,
				problem: 'analysis-failed',
			})),
	});

	const prepared = useRef(false);
	/** Asks the worker to warm up ahead of a photo, once. */
	function prepare() {
		if (prepared.current) return;
		prepared.current = true;
		notify({ type: 'prepare' } satisfies PrepareRequest);
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
		setState({ phase: 'working', fileName: file.name });
		send({ type: 'analyze', file, kind: 'document', sentAt: performance.timeOrigin + performance.now() });
	}

	const { root, onFile } = useChosenFile(start);

	return (
		<div ref={root} class="checker-frame photo-checker not-content" data-pagefind-ignore data-state={state.phase}>
			<p class="photo-checker__intro">{m.photo.documentIntro}</p>
			<div
				class="photo-checker__actions"
				onPointerOver={prepare}
				onPointerDown={prepare}
				onTouchStart={prepare}
				onFocusIn={prepare}
			>
				<FileButton id={`${id}-file`} label={m.photo.choose} onFile={onFile} primary />
				<FileButton id={`${id}-camera`} label={m.photo.camera} onFile={onFile} capture="environment" />
			</div>
			<p class="photo-checker__privacy">{m.photo.privacy}</p>

			<FileProblemAlert
				block="photo-checker"
				text={state.phase === 'error' ? fileProblemText(words, state.problem) : null}
			/>

			<div role="status" class="photo-checker__status">
				{state.phase === 'working' && <p>{m.photo.working}</p>}
				{state.phase === 'done' && <PhotoVerdict words={words} analysis={state.analysis} />}
			</div>

			{state.phase === 'done' && (
				<div class="photo-checker__result" data-timings={JSON.stringify(state.timings)}>
					<figure class="photo-checker__figure">
						<div class="photo-checker__preview">
							<canvas ref={canvas} role="img" aria-label={m.photo.previewDocument} />
							<Overlay analysis={state.analysis} />
						</div>
					</figure>
					<PhotoChecks words={words} analysis={state.analysis} locale={locale} />
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
export function PhotoChecks({
	words: { m },
	analysis,
	locale,
}: {
	words: Words;
	analysis: PhotoAnalysis;
	locale: Locale;
}) {
	return (
		<>
			{analysis.measuredOn === 'centre' && <p class="photo-checker__measured-on">{m.photo.measuredOnCentre}</p>}
			<CheckList
				block="photo-checker"
				checks={analysis.checks}
				common={m.common}
				name={(check) => m.photo.checks[check.id]}
				advice={(check) => checkAdvice(m, check)}
				article={(check) => PHOTO_CHECK_ARTICLES[check.id]}
				unsure={(check) => (unsureMeasures(check).length > 0 ? m.photo.unsure.badge : null)}
				locale={locale}
			/>
		</>
	);
}

/** The framing measures the analysis left without a verdict, too close to their limit to call (`<measure>Unsure`). */
export function unsureMeasures(check: PhotoCheck): Array<keyof FramingMeasure> {
	return UNSURE_MEASURES.filter((measure) => check.details?.[`${measure}Unsure`] === 1);
}

const UNSURE_MEASURES: ReadonlyArray<keyof FramingMeasure> = ['margin', 'fill', 'tilt'];

/**
 * What to do about one check. A problem's advice, or what was fine; then a line for each measure too close
 * to call. "All four corners, with a margin" is not said when the margin itself is too close to call; a
 * glare check judged on the middle of the picture does not claim the document is free of glare.
 */
function checkAdvice(m: Words['m'], check: PhotoCheck): string {
	const unsure = unsureMeasures(check);
	const lines: string[] = [];
	if (check.problem) lines.push(m.photo.problems[check.problem]);
	else if (check.id === 'glare' && check.details?.onDocument === 0) lines.push(m.photo.glareOkCentre);
	else if (!unsure.includes('margin')) lines.push(m.photo.checkOk[check.id]);
	for (const measure of unsure) lines.push(m.photo.unsure[measure]);
	return lines.join(' ');
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

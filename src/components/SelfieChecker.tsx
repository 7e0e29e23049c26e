/**
 * Selfie checker island: choose or take a selfie, see whether a face check is likely to accept it, with
 * the face box drawn on the picture and advice per check in the capture tools' plain words. Face
 * detection and the checks run in src/workers/face.worker.ts (the rules are in src/lib/face); this file
 * reads the file input and turns codes into words. The picture never leaves the device.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { SelfieAnalysis } from '../lib/face';
import type { SelfieAnswer, SelfieError, SelfieRequest, SelfieTimings } from '../workers/face-messages';
import './checker-frame.css';
import './PhotoChecker.css';
import './SelfieChecker.css';
import { CheckList, FileProblemAlert, formatFileProblem } from './CheckResults';
import { SELFIE_CHECK_ARTICLES } from '../lib/checker-articles';
import { SELFIE_MIN_SIDE } from '../lib/face/thresholds';
import FileButton from './FileButton';
import { useChosenFile } from './use-chosen-file';
import { usePictureWorker } from './use-picture-worker';
import type { Locale } from '../i18n/locales';
import type { CheckerText } from '../i18n/checkers/format';
import { useMessages, type IslandText } from '../i18n/checkers/use-messages';

// ---------------------------------------------------------------------------------------------
// Words: the `selfie` group of src/i18n/checkers; every code the core returns has its message there.
// Short instructions first, as capture tools word them (REFERENCE §8.2, §8.3).

/** The message groups this island shows. */
const GROUPS = ['common', 'selfie'] as const;

/** The messages and the formatter, as every piece below takes them. */
interface Words {
	m: IslandText<(typeof GROUPS)[number]>['m'];
	t: CheckerText;
}

/** Why a picture could not be checked, in words (the size limits written the reader's way). */
export function selfieErrorText({ m, t }: Words, problem: SelfieError['problem']): string {
	return formatFileProblem(t, m.selfie.errors[problem], SELFIE_MIN_SIDE);
}

// ---------------------------------------------------------------------------------------------

type State =
	| { phase: 'idle' }
	| { phase: 'working'; first: boolean }
	| { phase: 'done'; analysis: SelfieAnalysis; url: string; timings: SelfieTimings }
	| { phase: 'error'; problem: SelfieError['problem'] };

/** The selfie checker widget, in `locale`'s words. */
export default function SelfieChecker({ locale = 'en' }: { locale?: Locale }) {
	const { m, t, data } = useMessages(locale, GROUPS);
	const words = useMemo(() => ({ m, t }), [m, t]);
	const id = useId();
	const [state, setState] = useState<State>({ phase: 'idle' });
	const url = useRef<string | null>(null);

	// The worker (and with it the face finder) starts only when a selfie is chosen, and ends with the widget.
	const { send } = usePictureWorker<SelfieRequest, SelfieAnswer>({
		create: () => new Worker(new URL('../workers/face.worker.ts', import.meta.url), { type: 'module' }),
		onAnswer: (answer) =>
			setState(
				answer.type === 'result'
					? { phase: 'done', analysis: answer.analysis, url: url.current!, timings: answer.timings }
					: { phase: 'error', problem: answer.problem },
			),
		onCrash: () => setState({ phase: 'error', problem: 'analysis-failed' }),
	});
	useEffect(
		() => () => {
			if (url.current) URL.revokeObjectURL(url.current);
		},
		[],
	);

	function start(file: File) {
		if (url.current) URL.revokeObjectURL(url.current);
		url.current = URL.createObjectURL(file);
		// A fresh worker loads the face finder first: the message says the first check takes longer.
		const { fresh } = send({ file });
		setState({ phase: 'working', first: fresh });
	}

	const { root, onFile } = useChosenFile(start);

	return (
		<div ref={root} class="checker-frame selfie-checker not-content" data-pagefind-ignore data-state={state.phase}>
			<p class="selfie-checker__intro">{m.selfie.intro}</p>
			<div class="selfie-checker__actions">
				<FileButton id={`${id}-file`} label={m.selfie.choose} onFile={onFile} primary />
				<FileButton id={`${id}-camera`} label={m.selfie.camera} onFile={onFile} capture="user" />
			</div>
			<p class="selfie-checker__privacy">{m.selfie.privacy}</p>

			<FileProblemAlert
				block="selfie-checker"
				text={state.phase === 'error' ? selfieErrorText(words, state.problem) : null}
			/>

			<div role="status" class="selfie-checker__status">
				{state.phase === 'working' && <p>{state.first ? m.selfie.loading : m.selfie.working}</p>}
				{state.phase === 'done' && (
					<p class="selfie-checker__verdict" data-verdict={state.analysis.overall}>
						{m.selfie.verdicts[state.analysis.overall]}
					</p>
				)}
			</div>

			{state.phase === 'done' && (
				<div
					class="selfie-checker__result"
					data-faces={state.analysis.faces.length}
					data-timings={JSON.stringify(state.timings)}
				>
					<figure class="selfie-checker__figure">
						<div class="selfie-checker__preview">
							<img
								src={state.url}
								alt={state.analysis.faces.length > 1 ? m.selfie.previewMany : m.selfie.preview}
								width={state.analysis.width}
								height={state.analysis.height}
							/>
							<FaceBoxes analysis={state.analysis} />
						</div>
					</figure>
					<SelfieChecks words={words} analysis={state.analysis} locale={locale} />
				</div>
			)}
			{data}
		</div>
	);
}

/** Every check that ran, with its advice, what needs fixing first, and what is not checked: pure, from the analysis. */
export function SelfieChecks({
	words: { m },
	analysis,
	locale,
}: {
	words: Words;
	analysis: SelfieAnalysis;
	locale: Locale;
}) {
	const shown = analysis.checks.filter((c) => !c.skipped);
	return (
		<>
			<CheckList
				block="selfie-checker"
				checks={shown}
				common={m.common}
				name={(check) => m.selfie.checks[check.id]}
				advice={(check) => (check.problem ? m.selfie.problems[check.problem] : m.selfie.checkOk[check.id])}
				article={(check) => SELFIE_CHECK_ARTICLES[check.id]}
				locale={locale}
			/>
			{shown.length === 1 && <p class="selfie-checker__note">{m.selfie.otherChecks}</p>}
			<p class="selfie-checker__limits">{m.selfie.limits}</p>
		</>
	);
}

/** The face boxes, in the analysed picture's pixels, stretched over the preview (which shows the same picture, upright). */
function FaceBoxes({ analysis }: { analysis: SelfieAnalysis }) {
	const { width, height, faces } = analysis;
	const stroke = Math.max(2, Math.round(Math.max(width, height) / 250));
	return (
		<svg
			class="selfie-checker__overlay"
			viewBox={`0 0 ${width} ${height}`}
			preserveAspectRatio="none"
			aria-hidden="true"
		>
			{faces.map((face, i) => (
				<rect
					key={i}
					class={`selfie-checker__face${faces.length > 1 ? ' selfie-checker__face--other' : ''}`}
					data-face-box=""
					x={face.box.x}
					y={face.box.y}
					width={face.box.width}
					height={face.box.height}
					stroke-width={stroke}
				/>
			))}
		</svg>
	);
}

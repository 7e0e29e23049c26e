/**
 * Selfie checker island: choose or take a selfie, see whether a face check is likely to accept it, with
 * the face box drawn on the picture and advice per check in the capture tools' plain words. Face
 * detection and the checks run in src/workers/face.worker.ts (the rules are in src/lib/face); this file
 * reads the file input and turns codes into words. The picture never leaves the device.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { FaceCheck, FaceCheckId, FaceCheckStatus, FaceProblem, SelfieAnalysis } from '../lib/face';
import type { SelfieAnswer, SelfieError, SelfieRequest, SelfieTimings } from '../workers/face-messages';
import './PhotoChecker.css';
import './SelfieChecker.css';
import { articleHref } from '../lib/site-paths';
import { SELFIE_CHECK_ARTICLES } from '../lib/checker-articles';
import { SELFIE_MIN_SIDE } from '../lib/face/thresholds';
import { MAX_FILE_BYTES } from '../lib/photo/thresholds';
import { useChosenFile } from './use-chosen-file';

// ---------------------------------------------------------------------------------------------
// Words. Every code the core returns has its sentence here; a new code without words fails the
// type check. Short instructions first, as capture tools word them (REFERENCE §8.2, §8.3).

const UI = {
	intro:
		'Check a selfie before a face check: is your face found, centred, big enough and well lit? It is checked on this device and never sent anywhere.',
	choose: 'Choose a selfie',
	camera: 'Take a selfie',
	working: 'Looking for your face…',
	loading: 'Looking for your face… (the first check takes a few seconds while the face finder loads)',
	preview: 'Your selfie. A green box marks the face that was found.',
	previewMany: 'Your selfie. Boxes mark each face that was found.',
	readMore: 'How to fix this',
	otherChecks: 'The other checks need exactly one face.',
	limits:
		'What this does not check: whether your eyes are open or covered, glasses, a hat or a mask, and whether the picture is a live photo of you. Exchanges check that themselves (a photo of a screen, a printed photo or a video is rejected); this page cannot tell, so always use your own live camera.',
	privacy: 'Your selfie stays on this device.',
} as const;

const VERDICT: Record<FaceCheckStatus, string> = {
	pass: 'Looks good: a face check should accept this selfie.',
	warn: 'Usable, but worth fixing: a strict face check may reject it.',
	fail: 'Take a new selfie: this one is likely to be rejected.',
};

const STATUS: Record<FaceCheckStatus, string> = { pass: 'OK', warn: 'Worth fixing', fail: 'Problem' };

const CHECK_LABEL: Record<FaceCheckId, string> = {
	face: 'Face',
	'face-size': 'Distance',
	'face-position': 'Position',
	'head-pose': 'Head straight',
	backlight: 'Backlight',
	evenness: 'Even light',
	exposure: 'Brightness',
	sharpness: 'Sharpness',
};

/** What a passing check says. */
const CHECK_OK: Record<FaceCheckId, string> = {
	face: 'One face found.',
	'face-size': 'Your face is a good size in the picture.',
	'face-position': 'Your face is near the centre.',
	'head-pose': 'You are looking straight at the camera.',
	backlight: 'Your face is not darker than the background.',
	evenness: 'Both sides of your face are evenly lit.',
	exposure: 'Your face is neither too dark nor too bright.',
	sharpness: 'Your face is sharp.',
};

const PROBLEM: Record<FaceProblem, string> = {
	'no-face':
		'Face not detected. Hold the phone at eye level with your whole face in the picture, uncovered and lit from the front.',
	'several-faces': 'Several faces found. Only one person: move to a place where nobody else is in the picture.',
	'face-too-small':
		'Move closer. Your face is small in the picture: hold the phone nearer, at arm’s length. (A photo of your ID card belongs in the photo checker, not here.)',
	'face-too-close': 'Move farther. Your face fills the picture: hold the phone a little farther away.',
	'face-cut-off': 'Keep your whole face in the picture. Part of it is outside the frame.',
	'face-off-centre': 'Centre your face. Move the phone so your face is in the middle of the picture.',
	'head-tilted': 'Hold your head straight. Keep your eyes level with the camera.',
	'head-turned': 'Look straight at the camera. Your head is turned to one side.',
	backlit:
		'Move to a spot with less light behind you. The light is behind you, so your face is dark: face a window or lamp instead.',
	'uneven-light': 'One side of your face is in shadow. Turn so the light falls evenly on your face.',
	'face-too-dark': 'Move to a brighter spot. Your face is too dark.',
	'face-too-bright': 'Move to a spot with less light. Your face is too bright, and details are lost.',
	'face-blurry': 'Hold still. Your face is blurry: keep the phone steady and wipe the camera lens.',
	'face-soft': 'Hold still. Your face is a little soft: keep the phone steady, and take the selfie in good light.',
};

const ERROR: Record<SelfieError['problem'], string> = {
	'empty-file': 'This file is empty (0 bytes). Choose the selfie again, or take a new one.',
	'file-too-large': `This file is over ${MAX_FILE_BYTES / 1024 / 1024} MB, too big to check here. Take the selfie with your phone’s standard camera settings.`,
	'not-an-image':
		'This file is not a picture this checker can read. Choose a JPEG, PNG or WebP photo (a PDF or a document will not work).',
	'too-many-pixels': 'This image has too many pixels to check on this device. Export a smaller JPEG copy.',
	'heic-not-supported':
		'This browser cannot open HEIC photos (the iPhone’s usual format). Open this page on the iPhone itself, in Safari, or choose “Most Compatible” under Settings > Camera > Formats and take the selfie again.',
	'cannot-decode':
		'This picture could not be opened: the file may be damaged or only partly downloaded. Take a new selfie, or copy it to your device again.',
	'selfie-too-small': `This picture is too small to find a face in (under ${SELFIE_MIN_SIDE} pixels on a side). Use your phone’s camera at full size, not a thumbnail or a screenshot.`,
	'detector-failed': 'The face finder could not load. Reload the page and try again.',
	'analysis-failed': 'Something went wrong while checking this picture. Try again, or try another picture.',
};

// ---------------------------------------------------------------------------------------------

type State =
	| { phase: 'idle' }
	| { phase: 'working'; first: boolean }
	| { phase: 'done'; analysis: SelfieAnalysis; url: string; timings: SelfieTimings }
	| { phase: 'error'; problem: SelfieError['problem'] };

/** The selfie checker widget. */
export default function SelfieChecker() {
	const id = useId();
	const [state, setState] = useState<State>({ phase: 'idle' });
	const worker = useRef<Worker | null>(null);
	const requestId = useRef(0);
	const answered = useRef(0);
	const url = useRef<string | null>(null);

	// The worker (and with it the face finder) starts only when a selfie is chosen, and ends with the widget.
	useEffect(
		() => () => {
			worker.current?.terminate();
			worker.current = null;
			if (url.current) URL.revokeObjectURL(url.current);
		},
		[],
	);

	function start(file: File) {
		// A new picture cancels the running one: that worker is ended and a fresh one starts.
		if (worker.current && answered.current !== requestId.current) {
			worker.current.terminate();
			worker.current = null;
		}
		const first = worker.current === null || answered.current === 0;
		const w = worker.current ?? createWorker();
		if (url.current) URL.revokeObjectURL(url.current);
		url.current = URL.createObjectURL(file);
		const request: SelfieRequest = { id: ++requestId.current, file };
		setState({ phase: 'working', first });
		w.postMessage(request);
	}

	function createWorker(): Worker {
		const w = new Worker(new URL('../workers/face.worker.ts', import.meta.url), { type: 'module' });
		w.onmessage = (event: MessageEvent<SelfieAnswer>) => {
			const answer = event.data;
			if (answer.id !== requestId.current) return;
			answered.current = answer.id;
			setState(
				answer.type === 'result'
					? { phase: 'done', analysis: answer.analysis, url: url.current!, timings: answer.timings }
					: { phase: 'error', problem: answer.problem },
			);
		};
		w.onerror = (event) => {
			event.preventDefault();
			answered.current = requestId.current;
			setState({ phase: 'error', problem: 'analysis-failed' });
		};
		worker.current = w;
		return w;
	}

	const { root, onChange } = useChosenFile(start);

	const shown = state.phase === 'done' ? state.analysis.checks.filter((c) => !c.skipped) : [];
	return (
		<div ref={root} class="selfie-checker not-content" data-pagefind-ignore data-state={state.phase}>
			<p class="selfie-checker__intro">{UI.intro}</p>
			<div class="selfie-checker__actions">
				<input id={`${id}-file`} class="selfie-checker__input" type="file" accept="image/*" onChange={onChange} />
				<label for={`${id}-file`} class="selfie-checker__button">
					{UI.choose}
				</label>
				<input
					id={`${id}-camera`}
					class="selfie-checker__input"
					type="file"
					accept="image/*"
					capture="user"
					onChange={onChange}
				/>
				<label for={`${id}-camera`} class="selfie-checker__button selfie-checker__button--secondary">
					{UI.camera}
				</label>
			</div>
			<p class="selfie-checker__privacy">{UI.privacy}</p>

			<div role="alert" class="selfie-checker__alert">
				{state.phase === 'error' && <p class="selfie-checker__error">{ERROR[state.problem]}</p>}
			</div>

			<div role="status" class="selfie-checker__status">
				{state.phase === 'working' && <p>{state.first ? UI.loading : UI.working}</p>}
				{state.phase === 'done' && (
					<p class="selfie-checker__verdict" data-verdict={state.analysis.overall}>
						{VERDICT[state.analysis.overall]}
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
								alt={state.analysis.faces.length > 1 ? UI.previewMany : UI.preview}
								width={state.analysis.width}
								height={state.analysis.height}
							/>
							<FaceBoxes analysis={state.analysis} />
						</div>
					</figure>
					<ul class="selfie-checker__checks">
						{problemsFirst(shown).map((check) => (
							<CheckItem key={check.id} check={check} />
						))}
					</ul>
					{shown.length === 1 && <p class="selfie-checker__note">{UI.otherChecks}</p>}
					<p class="selfie-checker__limits">{UI.limits}</p>
				</div>
			)}
		</div>
	);
}

/** Rank of a status in the list: what needs fixing comes first. */
const STATUS_ORDER: Record<FaceCheckStatus, number> = { fail: 0, warn: 1, pass: 2 };

/** The checks with failures first, then warnings, then passes; the analysis' order is kept within each (the sort is stable). */
function problemsFirst(checks: readonly FaceCheck[]): FaceCheck[] {
	return [...checks].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
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

function CheckItem({ check }: { check: FaceCheck }) {
	const href = check.status === 'pass' ? null : articleHref(SELFIE_CHECK_ARTICLES[check.id]);
	return (
		<li
			class={`selfie-checker__check selfie-checker__check--${check.status}`}
			data-check={check.id}
			data-status={check.status}
		>
			<span class="selfie-checker__check-name">{CHECK_LABEL[check.id]}</span>{' '}
			<span class="selfie-checker__badge">{STATUS[check.status]}</span>
			<p class="selfie-checker__advice">
				{check.problem ? PROBLEM[check.problem] : CHECK_OK[check.id]}
				{href && (
					<>
						{' '}
						<a href={href}>{UI.readMore}</a>
					</>
				)}
			</p>
		</li>
	);
}

/**
 * Photo checker island: choose or take a photo of an ID (or a selfie), see whether it would pass the
 * usual quality checks, with the document outline and glare drawn on a preview and advice per check.
 * Decoding and analysis run in src/workers/photo.worker.ts (the maths is in src/lib/photo); this file
 * reads the file input and turns codes into words. The photo never leaves the device: no network
 * request, no upload, no storage.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type {
	CheckId,
	CheckStatus,
	FileProblem,
	PhotoAnalysis,
	PhotoCheck,
	PhotoKind,
	ProblemCode,
} from '../lib/photo';
import type { AnalyzeRequest, WorkerAnswer, WorkerTimings } from '../workers/photo-messages';
import './PhotoChecker.css';
import { articleHref } from '../lib/site-paths';
import { PHOTO_CHECK_ARTICLES } from '../lib/checker-articles';
import { MAX_FILE_BYTES } from '../lib/photo/thresholds';
import { useChosenFile } from './use-chosen-file';

// ---------------------------------------------------------------------------------------------
// Words. Every code the core returns has its sentence here; a new code without words fails the
// type check.

const UI = {
	documentIntro: 'Check a photo of your ID before you upload it. It is checked on this device and never sent anywhere.',
	selfieIntro: 'Check the light in a selfie before a face check. It is checked on this device and never sent anywhere.',
	choose: 'Choose a photo',
	camera: 'Take a photo',
	working: 'Checking your photo…',
	scoreLabel: 'Score',
	previewDocument: 'Your photo. The outline shows where the document was found; boxes mark glare.',
	previewSelfie: 'Your photo.',
	readMore: 'How to fix this',
	noFaceDetection:
		'This check looks at light only. It does not look for your face, so also make sure your whole face is visible, with nothing covering it.',
	privacy: 'Your photo stays on this device.',
} as const;

const VERDICT: Record<PhotoAnalysis['verdict'], string> = {
	good: 'Looks good: this photo should pass the usual quality checks.',
	fix: 'Usable, but worth fixing: a strict check may reject it.',
	retake: 'Take a new photo: this one is likely to be rejected.',
};

const STATUS: Record<CheckStatus, string> = { pass: 'OK', warn: 'Worth fixing', fail: 'Problem' };

const CHECK_LABEL: Record<CheckId, string> = {
	resolution: 'Resolution',
	sharpness: 'Sharpness',
	glare: 'Glare',
	exposure: 'Brightness',
	evenness: 'Even light',
	framing: 'Framing',
	color: 'Colour',
	backlight: 'Backlight',
};

/** What a passing check says. */
const CHECK_OK: Record<CheckId, string> = {
	resolution: 'Enough pixels for the text to be read.',
	sharpness: 'Sharp enough to read.',
	glare: 'No glare found on the document.',
	exposure: 'Neither too dark nor too bright.',
	evenness: 'The light is even.',
	framing: 'All four corners are in the picture, with a margin.',
	color: 'A colour photo.',
	backlight: 'Your face is not darker than the background.',
};

const PROBLEM: Record<ProblemCode, string> = {
	'image-too-small':
		'The photo is small. Use your phone’s main camera at full resolution, and send the original file rather than a screenshot or a copy from a chat app.',
	'document-low-dpi':
		'The document is small in the photo, so its text has few pixels. Move the camera closer until the document fills most of the picture.',
	soft: 'The photo is a little soft. Hold the phone with both hands, tap the document on the screen to focus, and wait a moment before taking the picture.',
	blurry:
		'The photo is blurry. Rest your elbows on the table, tap to focus on the document, and take the photo in good light so the camera does not need a slow shutter.',
	'no-detail':
		'There is almost no detail in the photo. Make sure the document is in the picture and the lens is not covered.',
	glare: 'Light reflects off the document. Tilt it slightly, move away from lamps and windows, and turn off the flash.',
	'too-dark':
		'The photo is too dark. Move to a brighter place, near a window in daylight if you can, without direct sun on the document.',
	'too-bright':
		'The photo is too bright. Move out of direct light or tap the document on the screen so the camera adjusts.',
	'clipped-shadows':
		'Parts of the photo are pure black. Add light, or avoid a very dark background next to a bright document.',
	'clipped-highlights':
		'Parts of the photo are burnt out to pure white, so details are lost. Avoid direct light and tap the document on the screen to adjust the exposure.',
	'low-contrast': 'The photo looks washed out. Avoid light shining into the lens and clean the camera lens.',
	'uneven-light':
		'A shadow or uneven light falls across the photo. Move so the light falls evenly, and keep your hand and phone from casting a shadow.',
	'document-not-found':
		'We could not find the edges of your document, so we cannot judge its framing, size or tilt. Put it on a plain surface of a different colour from the document, so all four edges stand out.',
	'fills-frame':
		'The document fills the whole picture, so its edges cannot be seen. Leave a small margin around it: many checks want to see all four corners.',
	'cut-off': 'Part of the document is outside the picture. Move the camera back until all four corners are visible.',
	'near-edge': 'The document touches the edge of the picture. Leave a small margin on every side.',
	'too-small-in-frame':
		'The document is small in the picture. Move closer so it fills most of the frame, with a small margin.',
	tilted: 'The document is photographed at an angle. Hold the phone flat above it, parallel to the document.',
	grayscale:
		'This looks like a black-and-white photo or a photocopy. Most checks reject these: photograph the original document in colour.',
	'low-color':
		'The photo has very little colour. Make sure it is a colour photo of the original document, not a copy, and turn off any filter.',
	backlit:
		'The light is behind you, so your face is dark. Face the light (a window in front of you), not away from it.',
};

const FILE_PROBLEM: Record<FileProblem, string> = {
	'empty-file': 'This file is empty (0 bytes). Choose the photo again, or take a new one.',
	'file-too-large': `This file is over ${MAX_FILE_BYTES / 1024 / 1024} MB, too big to check here. Take the photo with your phone’s standard camera settings, or export a JPEG copy.`,
	'not-an-image':
		'This file is not a photo this checker can read. Choose a JPEG, PNG, WebP or HEIC photo (a PDF or a document will not work).',
	'too-many-pixels':
		'This image has too many pixels to check on this device. Export a smaller JPEG copy (for example 4000 pixels wide).',
	'heic-not-supported':
		'This browser cannot open HEIC photos (the iPhone’s usual format). Open this page on the iPhone itself, in Safari, which can. Or get a JPEG: on the iPhone open Settings > Camera > Formats, choose “Most Compatible” and take the photo again; to copy photos to a computer as JPEG, open Settings > Photos and under “Transfer to Mac or PC” choose “Automatic”.',
	'cannot-decode':
		'This photo could not be opened: the file may be damaged or only partly downloaded. Copy it to your device again, or take a new photo.',
	'analysis-failed': 'Something went wrong while checking this photo. Try again, or try another photo.',
};

/** The article that explains each check, per mode, under the site's base path. */
function articleFor(id: CheckId, mode: PhotoKind): string | null {
	const path = PHOTO_CHECK_ARTICLES[mode][id];
	return path ? articleHref(path) : null;
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
}

/** The photo checker widget. */
export default function PhotoChecker({ mode = 'document' }: Props) {
	const id = useId();
	const [state, setState] = useState<State>({ phase: 'idle' });
	const worker = useRef<Worker | null>(null);
	const busy = useRef(false);
	const requestId = useRef(0);
	const canvas = useRef<HTMLCanvasElement>(null);

	// The worker starts once the widget is on screen (islands also render on the server, where there
	// are no workers), warms up while the reader looks, and is ended when the widget goes away.
	useEffect(() => {
		if (!worker.current) createWorker();
		return () => {
			worker.current?.terminate();
			worker.current = null;
		};
	}, []);

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
			<p class="photo-checker__intro">{mode === 'selfie' ? UI.selfieIntro : UI.documentIntro}</p>
			<div class="photo-checker__actions">
				<input id={`${id}-file`} class="photo-checker__input" type="file" accept="image/*" onChange={onChange} />
				<label for={`${id}-file`} class="photo-checker__button">
					{UI.choose}
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
					{UI.camera}
				</label>
			</div>
			<p class="photo-checker__privacy">{UI.privacy}</p>

			<div role="alert" class="photo-checker__alert">
				{state.phase === 'error' && <p class="photo-checker__error">{FILE_PROBLEM[state.problem]}</p>}
			</div>

			<div role="status" class="photo-checker__status">
				{state.phase === 'working' && <p>{UI.working}</p>}
				{state.phase === 'done' && (
					<p class="photo-checker__verdict" data-verdict={state.analysis.verdict}>
						<strong>
							{UI.scoreLabel} {state.analysis.score} / 100.
						</strong>{' '}
						{VERDICT[state.analysis.verdict]}
					</p>
				)}
			</div>

			{state.phase === 'done' && (
				<div class="photo-checker__result" data-timings={JSON.stringify(state.timings)}>
					<figure class="photo-checker__figure">
						<div class="photo-checker__preview">
							<canvas ref={canvas} role="img" aria-label={mode === 'selfie' ? UI.previewSelfie : UI.previewDocument} />
							<Overlay analysis={state.analysis} />
						</div>
					</figure>
					<ul class="photo-checker__checks">
						{problemsFirst(state.analysis.checks).map((check) => (
							<CheckItem key={check.id} check={check} mode={mode} />
						))}
					</ul>
					{mode === 'selfie' && <p class="photo-checker__note">{UI.noFaceDetection}</p>}
				</div>
			)}
		</div>
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

function CheckItem({ check, mode }: { check: PhotoCheck; mode: PhotoKind }) {
	const href = check.status === 'pass' ? null : articleFor(check.id, mode);
	return (
		<li
			class={`photo-checker__check photo-checker__check--${check.status}`}
			data-check={check.id}
			data-status={check.status}
		>
			<span class="photo-checker__check-name">{CHECK_LABEL[check.id]}</span>{' '}
			<span class="photo-checker__badge">{STATUS[check.status]}</span>
			<p class="photo-checker__advice">
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

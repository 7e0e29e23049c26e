/**
 * "Fill from my document photo": reads the MRZ of a chosen photo in the readiness worker
 * (src/workers/mrz.worker.ts, started on the first choice) and hands the reading to the checker that
 * embeds this, which fills its own fields. Says what happened, in words; nothing leaves the device.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { MrzResult } from '../lib/mrz/decide';
import type { MrzAnswer, MrzRequest } from '../workers/mrz.worker';
import './FillFromPhoto.css';

/** A reading handed to the checker: the MRZ and its dates as YYYY-MM-DD. */
export interface PhotoReading {
	result: MrzResult;
	dates: { birth: string | null; expiry: string | null };
}

type State = 'idle' | 'reading' | MrzResult['status'] | 'error';

const WORDS: Record<State, string> = {
	idle: '',
	reading: 'Reading the photo…',
	read: 'Filled from the machine-readable zone (MRZ) of your photo. Compare it with your document.',
	uncertain:
		'Filled from the MRZ of your photo, but some characters are doubtful: compare every filled field with your document.',
	'not-found':
		'No MRZ was found on this photo (many driving licences and ID card fronts have none). Type the details by hand, or choose the back of your ID card.',
	error: 'This file could not be read as a photo. Choose a JPEG, PNG or WebP image.',
};

function today(): string {
	const d = new Date();
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export default function FillFromPhoto({ onRead }: { onRead: (reading: PhotoReading) => void }) {
	const id = useId();
	const [state, setState] = useState<State>('idle');
	const worker = useRef<Worker | null>(null);
	const latest = useRef(0);
	const handler = useRef(onRead);
	handler.current = onRead;

	useEffect(() => () => worker.current?.terminate(), []);

	function choose(file: File | undefined) {
		if (!file) return;
		if (!worker.current) {
			const w = new Worker(new URL('../workers/mrz.worker.ts', import.meta.url), { type: 'module' });
			w.onmessage = (event: MessageEvent<MrzAnswer>) => {
				const answer = event.data;
				if (answer.id !== latest.current) return;
				if (answer.type === 'error') return setState('error');
				if (answer.type !== 'result') return;
				setState(answer.result.status);
				if (answer.result.status !== 'not-found') handler.current({ result: answer.result, dates: answer.dates });
			};
			worker.current = w;
		}
		const request: MrzRequest = { type: 'read', id: ++latest.current, file, today: today() };
		setState('reading');
		worker.current.postMessage(request);
	}

	return (
		<div class="fill-from-photo">
			<label for={`${id}-photo`}>
				Fill from my document photo (passport page or back of ID card; read on this device)
			</label>
			<input id={`${id}-photo`} type="file" accept="image/*" onChange={(e) => choose(e.currentTarget.files?.[0])} />
			<p aria-live="polite" class="fill-from-photo__status" data-fill-state={state}>
				{WORDS[state]}
			</p>
		</div>
	);
}

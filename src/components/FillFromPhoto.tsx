/**
 * "Fill from my document photo": reads the MRZ of a chosen photo in the readiness worker
 * (src/workers/mrz.worker.ts, started on the first choice) and hands the reading to the checker that
 * embeds this, which fills its own fields. Says what happened, in words; nothing leaves the device.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { MrzResult } from '../lib/mrz/decide';
import type { MrzAnswer, MrzRequest } from '../workers/mrz.worker';
import type { CheckerMessages } from '../i18n/checkers/types';
import FileButton from './FileButton';
import { localToday } from './local-today';
import './checker-form.css';
import './FillFromPhoto.css';

/** A reading handed to the checker: the MRZ and its dates as YYYY-MM-DD. */
export interface PhotoReading {
	result: MrzResult;
	dates: { birth: string | null; expiry: string | null };
}

type State = 'idle' | 'reading' | MrzResult['status'] | 'error';

/** The control; `m` is the `fill` group of the embedding checker's messages. */
export default function FillFromPhoto({
	onRead,
	m,
}: {
	onRead: (reading: PhotoReading) => void;
	m: CheckerMessages['fill'];
}) {
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
		const request: MrzRequest = { type: 'read', id: ++latest.current, file, today: localToday() };
		setState('reading');
		worker.current.postMessage(request);
	}

	return (
		<div class="checker-form fill-from-photo">
			<label for={`${id}-photo`}>{m.label}</label>
			<FileButton id={`${id}-photo`} label={m.choose} onFile={choose} />
			<p aria-live="polite" class="fill-from-photo__status" data-fill-state={state}>
				{state === 'idle' ? '' : m[state]}
			</p>
		</div>
	);
}

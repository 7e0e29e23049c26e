import { useEffect, useRef } from 'preact/hooks';

/** What a request and its answer carry: the request's number, so an answer to an older one is dropped. */
interface Numbered {
	id: number;
}

interface Options<A> {
	/**
	 * Makes the worker. Written in the island as `new Worker(new URL('../workers/….worker.ts',
	 * import.meta.url), { type: 'module' })`, the form the bundler finds workers by.
	 */
	create: () => Worker;
	/** The answer to the latest request. */
	onAnswer: (answer: A) => void;
	/** The worker failed (an uncaught error, or its code did not load) before answering. */
	onCrash: () => void;
	/** Start the worker when the widget mounts, so it warms up while the reader looks; else on the first request. */
	warm?: boolean;
}

/**
 * The island's side of a worker that checks one picture at a time (the photo and selfie checkers). A new
 * request cancels the running one: that worker is ended and a fresh one starts. Answers to an older request
 * are dropped, and the worker ends with the widget. Islands also render on the server, where there are no
 * workers: nothing starts before an effect or a request.
 */
export function usePictureWorker<R extends Numbered, A extends Numbered>({
	create,
	onAnswer,
	onCrash,
	warm = false,
}: Options<A>) {
	const worker = useRef<Worker | null>(null);
	const sent = useRef(0);
	const answered = useRef(0);
	const handlers = useRef({ onAnswer, onCrash });
	handlers.current = { onAnswer, onCrash };

	function start(): Worker {
		const w = create();
		w.onmessage = (event: MessageEvent<A>) => {
			if (event.data.id !== sent.current) return;
			answered.current = event.data.id;
			handlers.current.onAnswer(event.data);
		};
		w.onerror = (event) => {
			event.preventDefault();
			answered.current = sent.current;
			handlers.current.onCrash();
		};
		worker.current = w;
		return w;
	}

	useEffect(() => {
		if (warm && !worker.current) start();
		return () => {
			worker.current?.terminate();
			worker.current = null;
		};
		// Once: the worker lives as long as the widget.
	}, []);

	/**
	 * Sends `request`, numbered here, cancelling any still running. `fresh` is true when the worker answering
	 * it has answered nothing yet (so it may still be loading what it needs).
	 */
	function send(request: Omit<R, 'id'>): { fresh: boolean } {
		if (worker.current && answered.current !== sent.current) {
			worker.current.terminate();
			worker.current = null;
		}
		const fresh = worker.current === null || answered.current === 0;
		const w = worker.current ?? start();
		w.postMessage({ ...request, id: ++sent.current });
		return { fresh };
	}

	/** Posts a message that is not a request (no answer expected, nothing cancelled), starting the worker if needed. */
	function notify(message: unknown): void {
		(worker.current ?? start()).postMessage(message);
	}

	return { send, notify };
}

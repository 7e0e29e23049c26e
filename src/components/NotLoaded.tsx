import './NotLoaded.css';

interface Props {
	/** True once loading the checking code failed (it is tried again on the next input). */
	failed: boolean;
	/** Shown while the code loads. */
	loading: string;
	/** Shown when it could not load. */
	loadFailed: string;
}

/**
 * What a checker's result region shows while its checking code, loaded on first use, is not there yet:
 * never blank. A failure is an alert with a symbol as well as a colour.
 */
export default function NotLoaded({ failed, loading, loadFailed }: Props) {
	return failed ? (
		<p class="not-loaded not-loaded--failed" role="alert">
			<span aria-hidden="true">⚠ </span>
			{loadFailed}
		</p>
	) : (
		<p class="not-loaded">{loading}</p>
	);
}

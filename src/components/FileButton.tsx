import './FileButton.css';

interface Props {
	id: string;
	/** The button's words, in the page's language. */
	label: string;
	onFile: (file: File | undefined) => void;
	/** Which camera a phone opens at once (`environment` for a document, `user` for a selfie); without it, the picker. */
	capture?: 'environment' | 'user';
	/** The widget's main action: filled with the accent colour rather than outlined. */
	primary?: boolean;
}

/**
 * A photo picker whose button speaks the page's language. The browser's own file control ("Choose File /
 * No file chosen") speaks the browser's language, so it is hidden, still focusable and reachable by
 * keyboard, and a label after it, styled as a button, opens it. The field's own label names the input too.
 */
export default function FileButton({ id, label, onFile, capture, primary = false }: Props) {
	return (
		<>
			<input
				id={id}
				class="file-button__input"
				type="file"
				accept="image/*"
				capture={capture}
				onChange={(e) => onFile(e.currentTarget.files?.[0])}
			/>
			<label for={id} class={primary ? 'file-button file-button--primary' : 'file-button'}>
				{label}
			</label>
		</>
	);
}

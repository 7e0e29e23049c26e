import './FileButton.css';

interface Props {
	id: string;
	/** The button's words, in the page's language. */
	label: string;
	onFile: (file: File | undefined) => void;
}

/**
 * A photo picker whose button speaks the page's language. The browser's own file control ("Choose File /
 * No file chosen") speaks the browser's language, so it is hidden, still focusable and reachable by
 * keyboard, and a label after it, styled as a button, opens it. The field's own label names the input too.
 */
export default function FileButton({ id, label, onFile }: Props) {
	return (
		<>
			<input
				id={id}
				class="file-button__input"
				type="file"
				accept="image/*"
				onChange={(e) => onFile(e.currentTarget.files?.[0])}
			/>
			<label for={id} class="file-button">
				{label}
			</label>
		</>
	);
}

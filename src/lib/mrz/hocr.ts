/** Reading Tesseract's hOCR (with `hocr_char_boxes`) into lines of characters with their confidences. */

/** One line the recogniser read: its characters and each one's confidence in [0, 1]. */
export interface OcrLine {
	text: string;
	confidences: number[];
}

/** The lines of an hOCR page, in order, spaces between words dropped (MRZ lines have none). */
export function linesOfHocr(hocr: string): OcrLine[] {
	const lines: OcrLine[] = [];
	// Each line starts at an element of class ocr_line (or ocr_textfloat / ocr_header, Tesseract's other line classes).
	const parts = hocr.split(/<span class='ocr_(?:line|textfloat|header|caption)'/).slice(1);
	for (const part of parts) {
		let text = '';
		const confidences: number[] = [];
		for (const match of part.matchAll(/<span class='ocrx_cinfo' title='[^']*x_conf ([\d.]+)'>([^<]*)<\/span>/g)) {
			const char = decodeEntity(match[2]!);
			if (char.length !== 1 || char === ' ') continue;
			text += char;
			confidences.push(Math.max(0, Math.min(1, Number(match[1]) / 100)));
		}
		if (text) lines.push({ text, confidences });
	}
	return lines;
}

function decodeEntity(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");
}

import { grade, isWorse } from './grade';
import { quadAspect, sideLengths, type Quad } from './quad';
import {
	DOCUMENT_DPI_FAIL,
	DOCUMENT_DPI_WARN,
	ID1_WIDTH_INCHES,
	IMAGE_LONG_SIDE_FAIL,
	IMAGE_LONG_SIDE_WARN,
	PASSPORT_ASPECT_BELOW,
	TD3_WIDTH_INCHES,
} from './thresholds';
import type { PhotoCheck } from './types';

/**
 * Effective DPI of a document quad: its long side in source pixels over the physical width, 85.6 mm for
 * an ID-1 card, 125 mm for a passport page (chosen by aspect, PASSPORT_ASPECT_BELOW).
 * `scale` converts quad pixels to source pixels.
 */
export function documentDpi(corners: Quad, scale: number): number {
	const [a, b, c, d] = sideLengths(corners);
	const long = Math.max((a + c) / 2, (b + d) / 2) * scale;
	const inches = quadAspect(corners) < PASSPORT_ASPECT_BELOW ? TD3_WIDTH_INCHES : ID1_WIDTH_INCHES;
	return long / inches;
}

/** The resolution check: the image's long side, and the document's DPI when a document was found. */
export function resolutionCheck(sourceLongSide: number, dpi: number | null): PhotoCheck {
	const imageThreshold = { direction: 'min', warn: IMAGE_LONG_SIDE_WARN, fail: IMAGE_LONG_SIDE_FAIL } as const;
	const dpiThreshold = { direction: 'min', warn: DOCUMENT_DPI_WARN, fail: DOCUMENT_DPI_FAIL } as const;
	const imageStatus = grade(sourceLongSide, imageThreshold);
	const details: Record<string, number> = { longSide: sourceLongSide };
	if (dpi !== null) {
		const value = Math.round(dpi);
		details.dpi = value;
		const dpiStatus = grade(value, dpiThreshold);
		if (!isWorse(imageStatus, dpiStatus)) {
			return {
				id: 'resolution',
				status: dpiStatus,
				problem: dpiStatus === 'pass' ? null : 'document-low-dpi',
				value,
				threshold: dpiThreshold,
				unit: 'DPI',
				details,
			};
		}
	}
	return {
		id: 'resolution',
		status: imageStatus,
		problem: imageStatus === 'pass' ? null : 'image-too-small',
		value: sourceLongSide,
		threshold: imageThreshold,
		unit: 'px',
		details,
	};
}

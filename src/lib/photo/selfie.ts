import { grade } from './grade';
import { BACKLIGHT_FAIL, BACKLIGHT_WARN, EVENNESS_FAIL, EVENNESS_WARN, SELFIE_CENTRE_SHARE } from './thresholds';
import type { PhotoCheck } from './types';

/** Mean luma of the centre box (where a face is expected), the surround, and the centre's left and right halves. */
export interface SelfieLight {
	centre: number;
	surround: number;
	left: number;
	right: number;
}

/**
 * Light of a selfie without a face detector: the centre box (SELFIE_CENTRE_SHARE of each side) stands in
 * for the face. Backlight compares it with the surround; evenness compares its left and right halves.
 */
export function measureSelfieLight(luma: Uint8Array, width: number, height: number): SelfieLight {
	const bw = Math.max(1, Math.round(width * SELFIE_CENTRE_SHARE));
	const bh = Math.max(1, Math.round(height * SELFIE_CENTRE_SHARE));
	const x0 = Math.floor((width - bw) / 2);
	const y0 = Math.floor((height - bh) / 2);
	const mid = x0 + bw / 2;
	let c = 0,
		cn = 0,
		s = 0,
		sn = 0,
		l = 0,
		ln = 0,
		r = 0,
		rn = 0;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const v = luma[y * width + x]!;
			if (x >= x0 && x < x0 + bw && y >= y0 && y < y0 + bh) {
				c += v;
				cn++;
				if (x < mid) {
					l += v;
					ln++;
				} else {
					r += v;
					rn++;
				}
			} else {
				s += v;
				sn++;
			}
		}
	}
	const mean = (sum: number, n: number, fallback: number) => (n === 0 ? fallback : sum / n);
	const centre = mean(c, cn, 0);
	return { centre, surround: mean(s, sn, centre), left: mean(l, ln, centre), right: mean(r, rn, centre) };
}

/** Backlit: the centre much darker than the surround. */
export function backlightCheck(m: SelfieLight): PhotoCheck {
	const threshold = { direction: 'min', warn: BACKLIGHT_WARN, fail: BACKLIGHT_FAIL } as const;
	const ratio = m.surround <= 0 ? 1 : Math.min(1, m.centre / m.surround);
	const value = Math.round(ratio * 100) / 100;
	const status = grade(value, threshold);
	return {
		id: 'backlight',
		status,
		problem: status === 'pass' ? null : 'backlit',
		value,
		threshold,
		unit: 'ratio',
		details: { centre: Math.round(m.centre), surround: Math.round(m.surround) },
	};
}

/** Uneven: one half of the centre much darker than the other (light from one side). */
export function selfieEvennessCheck(m: SelfieLight): PhotoCheck {
	const threshold = { direction: 'min', warn: EVENNESS_WARN, fail: EVENNESS_FAIL } as const;
	const hi = Math.max(m.left, m.right);
	const ratio = hi <= 0 ? 1 : Math.min(m.left, m.right) / hi;
	const value = Math.round(ratio * 100) / 100;
	const status = grade(value, threshold);
	return {
		id: 'evenness',
		status,
		problem: status === 'pass' ? null : 'uneven-light',
		value,
		threshold,
		unit: 'ratio',
		details: { left: Math.round(m.left), right: Math.round(m.right) },
	};
}

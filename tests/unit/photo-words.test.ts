/**
 * What the photo checker says about what it could not back: a framing measure too close to its limit to call
 * (`<measure>Unsure` in the framing check's details) and glare and light judged on the middle of the picture
 * because the document's edges were not found (`measuredOn`). From real analyses and checks to the words shown,
 * in every language with a checker table.
 */
import { describe, expect, test } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { checkerText } from '../../src/i18n/checkers/format';
import { localesWithTable, serverMessages } from '../../src/i18n/checkers/tables';
import { PhotoChecks } from '../../src/components/PhotoChecker';
import { analyzePhoto, type PhotoAnalysis, type PhotoCheck } from '../../src/lib/photo';
import { framingCheck } from '../../src/lib/photo/framing';
import { MARGIN_MIN, TILT_WARN } from '../../src/lib/photo/thresholds';
import { solid, syntheticCard } from '../../src/lib/photo/testing/synthetic';
import type { Quad } from '../../src/lib/photo/quad';
import type { Locale } from '../../src/i18n/locales';

const W = 800;
const H = 600;
/** The finder's uncertainty when every side was refined: about a third of a pixel at its 320 px. */
const SIGMA = 1 / 320;

/** A found document's framing check: corners as given, the finder sure, with its uncertainty. */
const framing = (corners: Quad) =>
	framingCheck({ corners, frameSides: 0, support: 1, confident: true, uncertainty: SIGMA }, false, W, H);

/** A quad spanning x0..x1 whose left side is `left` px and right side `right` px high, centred at y = 300. */
function trapezoid(x0: number, x1: number, left: number, right: number): Quad {
	return [
		{ x: x0, y: 300 - left / 2 },
		{ x: x1, y: 300 - right / 2 },
		{ x: x1, y: 300 + right / 2 },
		{ x: x0, y: 300 + left / 2 },
	];
}

/** The HTML of the check list for `checks` (and where light was measured) in `locale`. */
function shown(locale: Locale, checks: PhotoCheck[], measuredOn: PhotoAnalysis['measuredOn'] = 'document'): string {
	const words = { m: serverMessages(locale), t: checkerText(locale) };
	return renderToString(h(PhotoChecks, { words, analysis: { checks, measuredOn } as PhotoAnalysis, locale }));
}

/** One check's list item, by its id. */
function item(html: string, id: string): string {
	const match = html.match(new RegExp(`<li[^>]*data-check="${id}"[^>]*>[\\s\\S]*?</li>`));
	expect(match, id).not.toBeNull();
	return match![0];
}

/** The text inside the badge of an item. */
const badge = (li: string) => li.match(/<span class="check-results__badge">([^<]*)<\/span>/)![1];

const decode = (s: string) =>
	s
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

describe.each(localesWithTable())('photo checker words in %s', (locale) => {
	const m = serverMessages(locale);

	test('a tilt too close to call is shown as such, not as a plain pass', () => {
		const check = framing(trapezoid(100, 700, 200 * TILT_WARN + 0.5, 200));
		// The analysis itself: no verdict, the tilt named.
		expect(check.status).toBe('pass');
		expect(check.details?.tiltUnsure).toBe(1);
		const li = decode(item(shown(locale, [check]), 'framing'));
		expect(li).toContain('data-unsure="true"');
		expect(li).toContain('check-results__check--unsure');
		expect(badge(li)).toBe(m.photo.unsure.badge);
		expect(li).toContain(m.photo.unsure.tilt);
		// The corners are in with a margin: that much is backed, and still said.
		expect(li).toContain(m.photo.checkOk.framing);
		expect(li).not.toContain(m.photo.unsure.margin);
	});

	test('it comes after the problems and before the plain passes', () => {
		const unsure = framing(trapezoid(100, 700, 200 * TILT_WARN + 0.5, 200));
		const other = (id: PhotoCheck['id'], status: PhotoCheck['status']): PhotoCheck => ({
			id,
			status,
			problem: status === 'pass' ? null : 'soft',
			value: 0,
			threshold: { direction: 'min', warn: 1, fail: 0 },
			unit: '',
		});
		const html = shown(locale, [other('resolution', 'pass'), unsure, other('sharpness', 'warn')]);
		const order = [...html.matchAll(/data-check="([a-z]+)"/g)].map((match) => match[1]);
		expect(order).toEqual(['sharpness', 'framing', 'resolution']);
	});

	test('a margin too close to call does not claim "all four corners, with a margin"', () => {
		// Left corners just inside the warning margin, within two of the corners' standard deviations of it.
		const x0 = (MARGIN_MIN + 0.0005) * W;
		const check = framing(trapezoid(x0, 700, 300, 300));
		expect(check.details?.marginUnsure).toBe(1);
		const li = decode(item(shown(locale, [check]), 'framing'));
		expect(badge(li)).toBe(m.photo.unsure.badge);
		expect(li).toContain(m.photo.unsure.margin);
		expect(li).not.toContain(m.photo.checkOk.framing);
	});

	test('a problem found keeps its badge and advice, and the measure too close to call is added', () => {
		// A small document (fill ≈ 0.4, a warning) with a tilt on the line.
		const check = framing(trapezoid(240, 560, 100 * TILT_WARN + 0.2, 100));
		expect(check.problem).toBe('too-small-in-frame');
		expect(check.details?.tiltUnsure).toBe(1);
		const li = decode(item(shown(locale, [check]), 'framing'));
		expect(badge(li)).toBe(m.common.checkStatus.warn);
		expect(li).not.toContain('data-unsure');
		expect(li).toContain(m.photo.problems['too-small-in-frame']);
		expect(li).toContain(m.photo.unsure.tilt);
	});

	test('a clear pass is a plain pass', () => {
		const check = framing(trapezoid(100, 700, 300, 300));
		const li = decode(item(shown(locale, [check]), 'framing'));
		expect(badge(li)).toBe(m.common.checkStatus.pass);
		expect(li).toContain(m.photo.checkOk.framing);
		expect(li).not.toContain(m.photo.unsure.badge);
	});
});

describe('where glare and light were judged', () => {
	// Real analyses: a blank table (nothing to find) and the synthetic card on a table (found for sure).
	const blank = analyzePhoto(solid(W, H, [120, 90, 60]));
	const card = analyzePhoto(syntheticCard().image);

	test.each(localesWithTable())('%s: the middle of the picture, when the document was not found', (locale) => {
		const m = serverMessages(locale);
		expect(blank.measuredOn).toBe('centre');
		const html = decode(shown(locale, blank.checks, blank.measuredOn));
		expect(html).toContain(m.photo.measuredOnCentre);
		const glare = item(html, 'glare');
		expect(glare).toContain(m.photo.glareOkCentre);
		expect(glare).not.toContain(m.photo.checkOk.glare);
	});

	test.each(localesWithTable())('%s: the document, when it was found', (locale) => {
		const m = serverMessages(locale);
		expect(card.measuredOn).toBe('document');
		const html = decode(shown(locale, card.checks, card.measuredOn));
		expect(html).not.toContain(m.photo.measuredOnCentre);
		expect(item(html, 'glare')).toContain(m.photo.checkOk.glare);
	});
});

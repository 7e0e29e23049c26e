import { describe, expect, test } from 'vitest';
import { analyzePhoto } from '../photo/index';
import { blur, syntheticCard } from '../photo/testing/synthetic';
import { PHOTO_PROBLEMS_SHOWN, photoQuality, sureDocument } from './photo';

describe('photoQuality and sureDocument, on the scorer’s own analyses', () => {
	const { image: card, card: place } = syntheticCard();

	test('a sharp card on a table: the verdict’s status, and its corners are trusted', () => {
		const analysis = analyzePhoto(card);
		const quality = photoQuality(analysis);
		expect(quality.status).toBe(analysis.verdict === 'good' ? 'pass' : analysis.verdict === 'fix' ? 'warn' : 'fail');
		const corners = sureDocument(analysis);
		expect(corners).not.toBeNull();
		// The corners are the card's, within a few pixels.
		expect(corners![0].x).toBeCloseTo(place.x, -1);
		expect(corners![2].y).toBeCloseTo(place.y + place.height, -1);
	});

	test('a heavily blurred card is not passed, names the blur, failures first, at most the shown number of problems', () => {
		const quality = photoQuality(analyzePhoto(blur(card, 4)));
		expect(quality.status).not.toBe('pass');
		expect(quality.problems.length).toBeLessThanOrEqual(PHOTO_PROBLEMS_SHOWN);
		expect(quality.problems.map((p) => p.problem)).toContain('blurry');
		// Failures come before warnings.
		const ranks = quality.problems.map((p) => (p.status === 'fail' ? 0 : 1));
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
	});

	test('a card pushed past the edge is cut off: its corners are not trusted (the MRZ may be outside)', () => {
		const analysis = analyzePhoto(syntheticCard({ shiftX: 500 }).image);
		expect(analysis.checks.find((c) => c.id === 'framing')?.problem).toBe('cut-off');
		expect(sureDocument(analysis)).toBeNull();
	});
});

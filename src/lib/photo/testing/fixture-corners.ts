/** Reads the hand-measured corners of the fixture photos (fixture-corners.tsv beside this file). */
import { readFileSync } from 'node:fs';
import type { Point } from '../types';

/** How the document sits in a fixture photo. */
export type FixtureFraming = 'inside' | 'edge' | 'cut-off' | 'scan';

/** One fixture photo's measured document. */
export interface FixtureCorners {
	file: string;
	/** Top-left, top-right, bottom-right, bottom-left as shares of the upright width and height; null when not all are in view. */
	corners: [Point, Point, Point, Point] | null;
	framing: FixtureFraming;
	notes: string;
}

/** The rows of fixture-corners.tsv. */
export function readFixtureCorners(): FixtureCorners[] {
	const text = readFileSync(new URL('./fixture-corners.tsv', import.meta.url), 'utf8');
	return text
		.split('\n')
		.filter((line) => line && !line.startsWith('#') && !line.startsWith('file\t'))
		.map((line) => {
			const f = line.split('\t');
			const n = f.slice(1, 9).map(Number);
			const corners = n.some((v) => Number.isNaN(v))
				? null
				: ([0, 1, 2, 3].map((i) => ({ x: n[2 * i]!, y: n[2 * i + 1]! })) as [Point, Point, Point, Point]);
			return { file: f[0]!, corners, framing: f[9] as FixtureFraming, notes: f[10] ?? '' };
		});
}

/**
 * The projective map of a quadrilateral: how a flat rectangle (a document) looks in a photo taken at an
 * angle. The MRZ reader straightens a found document with it; the photo tests' composites warp documents
 * onto backgrounds with it.
 */

/** A point in pixels. */
export interface Point {
	x: number;
	y: number;
}

/** Maps (u, v) of the unit square to a point: a projective map, 8 numbers row-major (h33 = 1). */
export type Homography = readonly [number, number, number, number, number, number, number, number];

/**
 * The projective map taking the unit square's corners (0,0), (1,0), (1,1), (0,1) to `q`'s four
 * corners (Heckbert, "Fundamentals of Texture Mapping", 1989, §2.2.3). Null for a quad that is not one.
 */
export function squareToQuad(q: readonly [Point, Point, Point, Point]): Homography | null {
	const [p0, p1, p2, p3] = q;
	const sx = p0.x - p1.x + p2.x - p3.x;
	const sy = p0.y - p1.y + p2.y - p3.y;
	const dx1 = p1.x - p2.x;
	const dx2 = p3.x - p2.x;
	const dy1 = p1.y - p2.y;
	const dy2 = p3.y - p2.y;
	const det = dx1 * dy2 - dx2 * dy1;
	if (!Number.isFinite(det) || Math.abs(det) < 1e-9) return null;
	const g = (sx * dy2 - dx2 * sy) / det;
	const h = (dx1 * sy - sx * dy1) / det;
	return [
		p1.x - p0.x + g * p1.x,
		p3.x - p0.x + h * p3.x,
		p0.x,
		p1.y - p0.y + g * p1.y,
		p3.y - p0.y + h * p3.y,
		p0.y,
		g,
		h,
	];
}

/** The point (u, v) of the unit square maps to. */
export function mapUnitSquare(m: Homography, u: number, v: number): Point {
	const w = m[6] * u + m[7] * v + 1;
	return { x: (m[0] * u + m[1] * v + m[2]) / w, y: (m[3] * u + m[4] * v + m[5]) / w };
}

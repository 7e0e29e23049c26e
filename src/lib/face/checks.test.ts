import { describe, expect, test } from 'vitest';
import { analyzeSelfie, faceSizeCheck, facePositionCheck, headPoseCheck } from './checks';
import { measureFaceLight, faceSharpness } from './light';
import type { Face, RgbaImage } from './types';

/** A face box with BlazeFace-like key points: eyes 42 % of the width apart, level, then turned by `spacing` and rolled by `roll` degrees. */
function face(x: number, y: number, size: number, { roll = 0, spacing = 0.42 } = {}): Face {
	const cx = x + size / 2;
	const cy = y + size * 0.4;
	const half = (spacing * size) / 2;
	const r = (roll * Math.PI) / 180;
	const eye = (s: number) => ({ x: cx + s * half * Math.cos(r), y: cy + s * half * Math.sin(r) });
	return {
		box: { x, y, width: size, height: size },
		score: 0.9,
		keypoints: [eye(-1), eye(1), { x: cx, y: cy + size * 0.2 }, { x: cx, y: cy + size * 0.4 }, eye(-2), eye(2)],
	};
}

/** A grey picture with a lighter or darker square where the face is; `left`/`right` set the face halves. */
function picture(
	w: number,
	h: number,
	bg: number,
	box: { x: number; y: number; size: number },
	left: number,
	right = left,
): RgbaImage {
	const data = new Uint8Array(w * h * 4);
	for (let y = 0; y < h; y++)
		for (let x = 0; x < w; x++) {
			const inside = x >= box.x && x < box.x + box.size && y >= box.y && y < box.y + box.size;
			const v = inside ? (x < box.x + box.size / 2 ? left : right) : bg;
			data.set([v, v, v, 255], (y * w + x) * 4);
		}
	return { width: w, height: h, data };
}

describe.each<{ what: string; face: Face; status: string; problem: string | null }>([
	// An arm's-length selfie: the face box about a third of the height.
	{ what: 'usual size', face: face(275, 280, 300), status: 'pass', problem: null },
	// Across the room: a face a tenth of the height.
	{ what: 'far away', face: face(340, 400, 100), status: 'fail', problem: 'face-too-small' },
	{ what: 'a little far', face: face(330, 400, 160), status: 'warn', problem: 'face-too-small' },
	// The phone held too close: the face box is most of the height (and wider than the picture).
	{ what: 'too close', face: face(-15, 100, 780), status: 'fail', problem: 'face-too-close' },
	{ what: 'a little close', face: face(100, 150, 480), status: 'warn', problem: 'face-too-close' },
	// Half the face out of the picture at the top.
	{ what: 'cut off', face: face(275, -150, 300), status: 'fail', problem: 'face-cut-off' },
])('face size: $what', ({ face: f, status, problem }) => {
	test(`${status} ${problem ?? ''}`, () => {
		const check = faceSizeCheck(f, 750, 1000);
		expect([check.status, check.problem]).toEqual([status, problem]);
	});
});

describe.each<{ what: string; face: Face; status: string }>([
	// Face centre at 50 % across, 45 % down: where capture tools put the oval.
	{ what: 'centred', face: face(225, 300, 300), status: 'pass' },
	// Centre 20 % off to the right: warn.
	{ what: 'a little off', face: face(375, 300, 300), status: 'warn' },
	// Centre at the left edge's third: fail.
	{ what: 'at the side', face: face(0, 300, 250), status: 'fail' },
	// Face at the bottom of the picture.
	{ what: 'at the bottom', face: face(225, 650, 300), status: 'fail' },
])('face position: $what', ({ face: f, status }) => {
	test(status, () => expect(facePositionCheck(f, 750, 1000).status).toBe(status));
});

describe.each<{ what: string; roll: number; spacing: number; status: string; problem: string | null }>([
	{ what: 'straight', roll: 2, spacing: 0.42, status: 'pass', problem: null },
	// A natural head tilt in a posed portrait.
	{ what: 'slight tilt', roll: 12, spacing: 0.42, status: 'pass', problem: null },
	{ what: 'tilted', roll: 18, spacing: 0.42, status: 'warn', problem: 'head-tilted' },
	{ what: 'on one side', roll: 30, spacing: 0.42, status: 'fail', problem: 'head-tilted' },
	// Eyes close together in the box: the head is turned.
	{ what: 'turned a little', roll: 0, spacing: 0.3, status: 'warn', problem: 'head-turned' },
	{ what: 'in profile', roll: 0, spacing: 0.1, status: 'fail', problem: 'head-turned' },
	// Mirrored selfie: the eyes come in the other order; the roll is the same.
	{ what: 'mirrored, tilted', roll: 180 - 18, spacing: 0.42, status: 'warn', problem: 'head-tilted' },
])('head pose: $what', ({ roll, spacing, status, problem }) => {
	test(`${status} ${problem ?? ''}`, () => {
		const check = headPoseCheck(face(200, 200, 300, { roll, spacing }));
		expect([check.status, check.problem]).toEqual([status, problem]);
	});
});

describe('light on the face', () => {
	const box = { x: 300, y: 300, size: 200 };
	const f = face(box.x, box.y, box.size);
	test('a face as light as the room: nothing to report', () => {
		const a = analyzeSelfie(picture(800, 1000, 140, box, 150), [f]);
		for (const id of ['backlight', 'evenness', 'exposure'])
			expect(a.checks.find((c) => c.id === id)!.status).toBe('pass');
	});
	test('a dark face before a bright window is backlit (and dark)', () => {
		const a = analyzeSelfie(picture(800, 1000, 235, box, 60), [f]);
		expect(a.checks.find((c) => c.id === 'backlight')).toMatchObject({ status: 'fail', problem: 'backlit' });
		expect(a.checks.find((c) => c.id === 'exposure')).toMatchObject({ status: 'warn', problem: 'face-too-dark' });
	});
	test('light from one side: one half of the face in shadow', () => {
		const light = measureFaceLight(picture(800, 1000, 120, box, 60, 180), f.box);
		expect(light.left).toBeLessThan(light.right / 2);
		const a = analyzeSelfie(picture(800, 1000, 120, box, 60, 180), [f]);
		expect(a.checks.find((c) => c.id === 'evenness')).toMatchObject({ status: 'fail', problem: 'uneven-light' });
	});
	test('a burnt-out face is too bright', () => {
		const a = analyzeSelfie(picture(800, 1000, 200, box, 240), [f]);
		expect(a.checks.find((c) => c.id === 'exposure')).toMatchObject({ status: 'fail', problem: 'face-too-bright' });
	});
});

describe('sharpness on the face', () => {
	// A checkerboard of 4-pixel squares is full of edges; a flat square has none.
	const w = 400;
	const data = new Uint8Array(w * w * 4);
	for (let y = 0; y < w; y++)
		for (let x = 0; x < w; x++)
			data.set(((x >> 2) + (y >> 2)) % 2 ? [200, 200, 200, 255] : [60, 60, 60, 255], (y * w + x) * 4);
	const box = { x: 100, y: 100, width: 200, height: 200 };
	test('edges read high, a flat face reads zero', () => {
		expect(faceSharpness({ width: w, height: w, data }, box, 96)).toBeGreaterThan(20);
		expect(faceSharpness(picture(w, w, 120, { x: 100, y: 100, size: 200 }, 130), box, 96)).toBe(0);
	});
});

describe('face count', () => {
	const img = picture(750, 1000, 128, { x: 0, y: 0, size: 0 }, 128);
	test.each<{ faces: Face[]; status: string; problem: string | null; others: boolean }>([
		{ faces: [], status: 'fail', problem: 'no-face', others: false },
		{ faces: [face(250, 300, 250)], status: 'pass', problem: null, others: true },
		// Two people: the other checks would judge the wrong face, so they are skipped.
		{ faces: [face(50, 300, 250), face(450, 300, 250)], status: 'fail', problem: 'several-faces', others: false },
	])('$faces.length face(s): $status', ({ faces, status, problem, others }) => {
		const a = analyzeSelfie(img, faces);
		expect(a.checks[0]).toMatchObject({ id: 'face', status, problem, value: faces.length });
		expect(a.checks.slice(1).every((c) => !c.skipped)).toBe(others);
	});
});
